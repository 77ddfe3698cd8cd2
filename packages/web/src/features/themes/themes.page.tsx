import { StepFrame } from '../steps/steps.frame';

export default function ThemesPage() {
  return <StepFrame step="themes" />;
}
