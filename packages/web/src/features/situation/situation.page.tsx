import { Paper, Stack } from '@mantine/core';
import { usePlanPart } from '../../shared/api/api.plan-parts';
import { useCollection } from '../../shared/api/api.queries';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { StepFindings, useFocusPath } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { AudiencesSection } from './situation.audiences';
import { CampaignsSection } from './situation.campaigns';
import { CompetitorsSection } from './situation.competitors';
import { EcosystemSection } from './situation.ecosystem';
import { FindingsSection } from './situation.findings';
import { situationFocus } from './situation.model';

/** Step 1: where the company stands today, mapped before a new course is set. */
export default function SituationPage() {
  const { ws, plan } = usePlanContext();
  const audiences = useCollection(ws, plan.id, 'audiences');
  const competitors = useCollection(ws, plan.id, 'competitors');
  const channels = useCollection(ws, plan.id, 'channels');
  const campaigns = useCollection(ws, plan.id, 'campaigns');
  const situation = usePlanPart(ws, plan.id, 'situation');
  const focus = situationFocus(useFocusPath());
  const queries = [audiences, competitors, channels, campaigns, situation];
  const failed = queries.find((query) => query.isError);

  if (failed) {
    return (
      <StepFrame step="situation">
        <ErrorAlert error={failed.error} onRetry={() => queries.forEach((query) => void query.refetch())} />
      </StepFrame>
    );
  }
  if (!audiences.data || !competitors.data || !channels.data || !campaigns.data || !situation.data) {
    return (
      <StepFrame step="situation">
        <PageLoader />
      </StepFrame>
    );
  }
  const { usp, findings = [] } = situation.data.value;
  const empty =
    !usp && findings.length + audiences.data.length + competitors.data.length + channels.data.length + campaigns.data.length === 0;

  return (
    <StepFrame step="situation">
      <Stack gap="lg">
        <StepFindings step="situation" />
        {empty && (
          <Paper withBorder radius="md" p="md">
            <StepEmptyState step="situation" />
          </Paper>
        )}
        <AudiencesSection audiences={audiences.data} focus={focus} />
        <CompetitorsSection competitors={competitors.data} focus={focus} />
        <EcosystemSection channels={channels.data} focus={focus} />
        <CampaignsSection campaigns={campaigns.data} channels={channels.data} focus={focus} />
        <FindingsSection findings={findings} focused={focus?.kind === 'section' && focus.section === 'findings'} />
      </Stack>
    </StepFrame>
  );
}
