import { StepFrame } from '../steps/steps.frame';

export default function DashboardPage() {
  return <StepFrame step="dashboard" />;
}
