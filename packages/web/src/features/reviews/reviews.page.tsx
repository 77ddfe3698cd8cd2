import { StepFrame } from '../steps/steps.frame';

export default function ReviewsPage() {
  return <StepFrame step="reviews" />;
}
