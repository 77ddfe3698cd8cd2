import { StepFrame } from '../steps/steps.frame';

export default function GoalsPage() {
  return <StepFrame step="goals" />;
}
