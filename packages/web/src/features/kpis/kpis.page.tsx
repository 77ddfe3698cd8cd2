import { StepFrame } from '../steps/steps.frame';

export default function KpisPage() {
  return <StepFrame step="kpis" />;
}
