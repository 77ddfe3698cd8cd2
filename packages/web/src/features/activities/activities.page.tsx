import { StepFrame } from '../steps/steps.frame';

export default function ActivitiesPage() {
  return <StepFrame step="activities" />;
}
