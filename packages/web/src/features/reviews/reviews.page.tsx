import { quarterOf } from '@kurs/core/browser';
import { Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconClipboardCheck, IconFlask } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useCollection, useProgress } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import { DeleteDialog } from '../../shared/ui/delete-dialog';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { StepFindings, useFocusPath } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { ReviewEditor } from './reviews.editor';
import { ReviewList } from './reviews.list';
import { ExperimentLog } from './reviews.log';
import { experimentLog, quarterOfReview } from './reviews.model';
import { useQuarterLabel } from './reviews.quarter';

type Editing = { kind: 'new' } | { kind: 'edit'; index: number };

export default function ReviewsPage() {
  const intl = useIntl();
  const quarterLabel = useQuarterLabel();
  const { ws, plan } = usePlanContext();
  const reviews = useCollection(ws, plan.id, 'reviews');
  const goals = useCollection(ws, plan.id, 'goals');
  const kpis = useCollection(ws, plan.id, 'kpis');
  const progress = useProgress(ws, plan.id);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [tab, setTab] = useState<string | null>('reviews');
  const [highlight, setHighlight] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Entity<'reviews'> | null>(null);
  const focus = useFocusPath();
  const handledFocus = useRef<string | null>(null);
  const canEdit = useCan('plan.write');

  // A fix link names a review (reviews[1]) or a part of one (reviews[1].experiments[0].learning):
  // that review opens to be fixed, or is shown with its findings to someone who may not change it.
  useEffect(() => {
    if (!focus || handledFocus.current === focus || !reviews.data) return;
    handledFocus.current = focus;
    const match = /^reviews\[(\d+)\](\.)?/.exec(focus);
    const review = match ? reviews.data[Number(match[1])] : undefined;
    if (!match || !review) return;
    if (match[2] && canEdit) setEditing({ kind: 'edit', index: Number(match[1]) });
    else {
      setTab('reviews');
      setHighlight(review.id);
    }
  }, [focus, reviews.data, canEdit]);

  useEffect(() => {
    if (editing) document.getElementById('review-editor-title')?.scrollIntoView({ block: 'start' });
    else if (highlight) document.getElementById(`review-${highlight}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [editing, highlight]);

  /** Opens a stored review in the editor; one saved by someone else meanwhile is fetched first. */
  const openReview = async (id: string) => {
    const list = reviews.data?.some((r) => r.id === id) ? reviews.data : (await reviews.refetch()).data;
    const index = list?.findIndex((r) => r.id === id) ?? -1;
    if (index >= 0) setEditing({ kind: 'edit', index });
  };

  const queries = [reviews, goals, kpis, progress];
  const failed = queries.find((q) => q.isError);
  let content: ReactNode;
  if (failed) content = <ErrorAlert error={failed.error} onRetry={() => queries.forEach((q) => q.isError && void q.refetch())} />;
  else if (!reviews.data || !goals.data || !kpis.data || !progress.data) content = <PageLoader />;
  else if (editing) {
    const stored = editing.kind === 'edit' ? reviews.data[editing.index] : undefined;
    content = (
      <ReviewEditor
        key={stored ? `${stored.id}@${stored.version}` : 'new'}
        editing={stored && editing.kind === 'edit' ? { review: stored, index: editing.index } : undefined}
        reviews={reviews.data}
        goals={goals.data}
        kpis={kpis.data}
        progress={progress.data}
        onDone={(id) => {
          setEditing(null);
          if (id) {
            setTab('reviews');
            setHighlight(id);
          }
        }}
        onOpenReview={(id) => void openReview(id)}
      />
    );
  } else {
    const quarter = quarterOf(progress.data.today);
    const current = quarterLabel(quarter);
    // One review per quarter: once this quarter has one, the action opens it.
    const held = reviews.data.findIndex((r) => quarterOfReview(r) === quarter);
    const start = canEdit && (
      <Button leftSection={<IconClipboardCheck size={16} aria-hidden />} onClick={() => setEditing(held >= 0 ? { kind: 'edit', index: held } : { kind: 'new' })}>
        {intl.formatMessage({ id: held >= 0 ? 'reviews.openCurrent' : reviews.data.length ? 'reviews.start' : 'reviews.startFirst' }, { quarter: current })}
      </Button>
    );
    const experiments = experimentLog(reviews.data).length;
    content =
      reviews.data.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <StepEmptyState step="reviews" action={start || undefined} />
        </Paper>
      ) : (
        <Stack gap="md">
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" maw={520}>
              {intl.formatMessage({ id: 'reviews.lead' })}
            </Text>
            {start}
          </Group>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="reviews" leftSection={<IconClipboardCheck size={16} aria-hidden />}>
                {intl.formatMessage({ id: 'reviews.tabs.reviews' }, { count: reviews.data.length })}
              </Tabs.Tab>
              <Tabs.Tab value="experiments" leftSection={<IconFlask size={16} aria-hidden />}>
                {intl.formatMessage({ id: 'reviews.tabs.experiments' }, { count: experiments })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="reviews">
              <ReviewList
                reviews={reviews.data}
                goals={goals.data}
                highlight={highlight}
                actions={canEdit ? { onEdit: (index) => setEditing({ kind: 'edit', index }), onDelete: setDeleting } : undefined}
              />
            </Tabs.Panel>
            <Tabs.Panel value="experiments">
              <Text size="sm" c="dimmed" mb="md">
                {intl.formatMessage({ id: 'reviews.log.lead' })}
              </Text>
              <ExperimentLog
                reviews={reviews.data}
                goals={goals.data}
                kpis={kpis.data}
                onEdit={canEdit ? (index) => setEditing({ kind: 'edit', index }) : undefined}
              />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      );
  }

  return (
    <StepFrame step="reviews">
      <Stack gap="md">
        {!editing && <StepFindings step="reviews" />}
        {content}
      </Stack>
      <DeleteDialog
        ws={ws}
        plan={plan.id}
        collection="reviews"
        entity={deleting}
        title={intl.formatMessage({ id: 'reviews.delete.title' })}
        body={intl.formatMessage({ id: 'reviews.delete.body' }, { quarter: deleting ? quarterLabel(quarterOfReview(deleting)) : '' })}
        confirm={intl.formatMessage({ id: 'reviews.delete.confirm' })}
        cancel={intl.formatMessage({ id: 'reviews.editor.cancel' })}
        onClose={() => setDeleting(null)}
      />
    </StepFrame>
  );
}
