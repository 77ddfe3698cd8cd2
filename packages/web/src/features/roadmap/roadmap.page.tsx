import { StepFrame } from '../steps/steps.frame';

export default function RoadmapPage() {
  return <StepFrame step="roadmap" />;
}
