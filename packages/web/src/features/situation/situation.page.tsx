import { StepFrame } from '../steps/steps.frame';

export default function SituationPage() {
  return <StepFrame step="situation" />;
}
