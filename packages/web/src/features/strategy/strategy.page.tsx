import { StepFrame } from '../steps/steps.frame';

export default function StrategyPage() {
  return <StepFrame step="strategy" />;
}
