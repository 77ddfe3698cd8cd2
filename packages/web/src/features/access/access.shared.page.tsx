import { Badge, Container, Grid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconEye } from '@tabler/icons-react';
import { useLocation } from 'react-router';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import { isApiError } from '../../shared/api/api.client';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { AuthCard } from './access.fields';
import { SharedRoadmap } from './access.shared-roadmap';
import { SharedGoals, SharedHealth, SharedMilestones } from './access.shared-summary';
import { useSharedPlan, useShareTarget } from './access.shared.queries';
import { useMoments } from './access.time';
import { useT } from './access.words';

/**
 * The stakeholder view a share link opens (`/shared#<token>`): the plan's goals, health,
 * milestones and roadmap, read-only, for someone without an account. The token stays after
 * `#`, so it never reaches a server log or a Referer.
 */
export default function SharedPlanPage() {
  const t = useT();
  const { hash } = useLocation();
  const token = decodeURIComponent(hash.replace(/^#/, ''));
  const { locale } = useLocale();
  const target = useShareTarget(token);
  const parts = useSharedPlan(token, target.data, locale);
  const moments = useMoments();
  const format = useFormat(parts.header.data?.currency);
  useDocumentTitle(`${target.data?.plan.name ?? t('access.shared.title')} · Kurs`);

  const all = [target, ...Object.values(parts)];
  const failed = all.find((q) => q.isError);
  if (!token || (failed && isApiError(failed.error) && (failed.error.status === 401 || failed.error.status === 404))) {
    return (
      <AuthCard title={t('access.shared.deadTitle')}>
        <Text size="sm">{t('access.shared.deadBody')}</Text>
      </AuthCard>
    );
  }
  if (failed) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={failed.error} onRetry={() => all.filter((q) => q.isError).forEach((q) => void q.refetch())} />
      </Container>
    );
  }
  const { header, progress, health, goals, milestones, roadmap } = parts;
  if (!target.data || !header.data || !progress.data || !health.data || !goals.data || !milestones.data || !roadmap.data) return <PageLoader />;

  return (
    <Container size={1400} py="lg" px={{ base: 'sm', sm: 'lg' }} data-shared-plan>
      <Stack gap="lg">
        <header>
          <Badge variant="light" color="gray" leftSection={<IconEye size={14} aria-hidden />} mb="xs">
            {t('access.shared.readOnly')}
          </Badge>
          <Title order={1}>{header.data.name}</Title>
          <Text c="dimmed" mt={4}>
            {target.data.workspace.name} · {format.period(header.data.period)}
          </Text>
          {header.data.business_objective && <Text mt="xs" maw={820}>{header.data.business_objective}</Text>}
          {target.data.expires_at && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('access.shared.until', { date: moments.day(target.data.expires_at) })}
            </Text>
          )}
        </header>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <SharedGoals summary={progress.data.summary} progress={progress.data.goals} goals={goals.data.items} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              <SharedHealth report={health.data} />
              <SharedMilestones milestones={milestones.data.items} today={progress.data.today} />
            </Stack>
          </Grid.Col>
        </Grid>
        <SharedRoadmap model={roadmap.data} />
      </Stack>
    </Container>
  );
}
