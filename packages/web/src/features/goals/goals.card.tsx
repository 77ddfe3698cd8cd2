import type { GoalProgress, Kpi } from '@kurs/core';
import { TEXT_LIMITS } from '@kurs/core/browser';
import { ActionIcon, Badge, Box, Button, Checkbox, Collapse, Group, Menu, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconEye, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { MessageId } from '../../i18n/i18n.messages';
import type { EntityPatch } from '../../shared/api/api.resources';
import type { Entity } from '../../shared/api/api.types';
import type { EntitySaves } from '../../shared/entity-saves';
import { DangerMenuItem } from '../../shared/ui/danger-menu-item';
import { DraftBadge } from '../../shared/ui/draft-badge';
import { InlineCell } from '../../shared/ui/inline-cell';
import { FindingBadges, FindingsInline, findingsAt, useFindings } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { pointWith } from './goals.inline';
import { GoalProgressText } from './goals.progress';
import { GoalStatusBadge, STATUS_COLOR } from './goals.status';

export interface GoalCardProps {
  goal: Entity<'goals'>;
  /** The goal's place in the plan document, which the health check's paths name. */
  index: number;
  kpi: Kpi | undefined;
  /** Every KPI of the plan, to choose the goal's from. */
  kpis: readonly Kpi[];
  /** Saves a change made in the card (owner, KPI, baseline, target) and offers its undo. */
  saves: EntitySaves<'goals'>;
  /** Whether the goal is chosen for a change to several goals at once; undefined: no choosing. */
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
  /** undefined while the engine's answer is loading, null when it could not be had. */
  progress: GoalProgress | null | undefined;
  /** Shown when the parent is not shown above the goal (a view of one horizon). */
  parentTitle?: string;
  highlighted: boolean;
  /** Whether the reader may change goals: the editing menu, or else only the details. */
  canEdit: boolean;
  /** Opens the whole goal: to edit, or read-only for a viewer. */
  onOpen: () => void;
  onAddSubGoal: () => void;
  onDelete: () => void;
  children?: ReactNode;
}

/** One goal in the tree: what it is, how it is measured, where it stands and where it is heading. */
export function GoalCard(props: GoalCardProps) {
  const { goal, kpi, progress } = props;
  const intl = useIntl();
  const { plan } = usePlanContext();
  const format = useFormat(plan.currency);
  const { findings } = useFindings();
  const path = `goals[${props.index}]`;
  const hasFindings = findingsAt(findings, path).length > 0;
  const [showFindings, setShowFindings] = useState(false);
  const titleId = `goal-title-${goal.id}`;
  const value = (n: number | undefined) => (n === undefined ? '–' : format.kpiValue(n, kpi?.unit));
  const readOnly = !props.canEdit;
  const t = (id: Extract<MessageId, string>, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  // One field changed in place: saved with the goal's version, and offered for undo in words.
  const save = async (field: string, patch: EntityPatch<'goals'>, shown: string | null) => {
    const words = { field, goal: goal.title, value: shown ?? '' };
    await props.saves.save(goal, patch, t(shown === null ? 'goals.inline.removed' : 'goals.inline.changed', words));
  };
  const fieldLabel = (field: string) => t('goals.inline.label', { field, goal: goal.title });
  const kpiLabel = t('goals.card.kpi');
  // The cells hold the numbers as they are typed; the unit is named with the field.
  const unit = unitWord(kpi?.unit, plan.currency, intl.formatMessage({ id: 'goals.card.seconds' }));
  const withUnit = (label: string) => (unit ? `${label} (${unit})` : label);
  const baselineLabel = withUnit(t('goals.card.baseline'));
  const targetLabel = withUnit(t('goals.card.target'));
  const dateLabel = t('goals.card.targetDate');
  const ownerLabel = t('goals.card.owner');

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      p="md"
      id={`goal-${goal.id}`}
      data-goal={goal.id}
      tabIndex={-1}
      style={props.highlighted ? { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: 2 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap={6}>
            {props.onSelect && (
              <Checkbox
                size="xs"
                checked={props.selected ?? false}
                onChange={(e) => props.onSelect?.(e.currentTarget.checked)}
                aria-label={t('goals.card.select', { goal: goal.title })}
              />
            )}
            <Badge variant="outline" color="gray" size="sm">
              {intl.formatMessage({ id: `goals.horizon.${goal.horizon}` })}
            </Badge>
            {progress ? <GoalStatusBadge status={progress.status} size="sm" /> : progress === undefined && <Skeleton height={18} width={70} radius="xl" />}
            <FindingBadges path={path} />
            <DraftBadge collection="goals" entity={goal} />
          </Group>
          <Title order={3} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {goal.title}
          </Title>
          {props.parentTitle && (
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: 'goals.card.partOf' }, { parent: props.parentTitle })}
            </Text>
          )}
        </Stack>
        {props.canEdit ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={intl.formatMessage({ id: 'goals.card.actions' }, { goal: goal.title })}>
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={props.onOpen}>
                {intl.formatMessage({ id: 'goals.edit' })}
              </Menu.Item>
              <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={props.onAddSubGoal}>
                {intl.formatMessage({ id: 'goals.addSubGoal' })}
              </Menu.Item>
              <Menu.Divider />
              <DangerMenuItem onClick={props.onDelete}>{intl.formatMessage({ id: 'goals.delete' })}</DangerMenuItem>
            </Menu.Dropdown>
          </Menu>
        ) : (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconEye size={16} aria-hidden />}
            onClick={props.onOpen}
            aria-label={intl.formatMessage({ id: 'goals.card.detailsOf' }, { goal: goal.title })}
            style={{ flexShrink: 0 }}
          >
            {intl.formatMessage({ id: 'goals.card.details' })}
          </Button>
        )}
      </Group>

      <Box
        component="dl"
        mt="sm"
        mb={0}
        data-inline-grid=""
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: '6px 16px' }}
      >
        <Fact label={kpiLabel}>
          <InlineCell
            component="div"
            kind="select"
            column="kpi"
            label={fieldLabel(kpiLabel)}
            readOnly={readOnly}
            value={goal.kpi}
            options={props.kpis.map((k) => ({ value: k.id, label: k.name }))}
            clearable
            display={(id) => (id ? (props.kpis.find((k) => k.id === id)?.name ?? id) : <Missing>{t('goals.card.noKpi')}</Missing>)}
            onSave={(id) => save(kpiLabel, { kpi: id }, id ? (props.kpis.find((k) => k.id === id)?.name ?? id) : null)}
            onReload={() => void props.saves.reload()}
          />
        </Fact>
        <Fact label={baselineLabel}>
          <InlineCell
            component="div"
            kind="number"
            column="baseline"
            label={fieldLabel(baselineLabel)}
            readOnly={readOnly}
            value={goal.baseline?.value}
            onSave={(n) => save(baselineLabel, { baseline: pointWith(goal.baseline, 'value', n) }, n === null ? null : value(n))}
            onReload={() => void props.saves.reload()}
          />
        </Fact>
        <Fact label={targetLabel}>
          <InlineCell
            component="div"
            kind="number"
            column="target"
            label={fieldLabel(targetLabel)}
            readOnly={readOnly}
            value={goal.target?.value}
            onSave={(n) => save(targetLabel, { target: pointWith(goal.target, 'value', n) }, n === null ? null : value(n))}
            onReload={() => void props.saves.reload()}
          />
        </Fact>
        <Fact label={dateLabel}>
          <InlineCell
            component="div"
            kind="date"
            column="targetDate"
            label={fieldLabel(dateLabel)}
            readOnly={readOnly}
            value={goal.target?.date}
            display={(d) => (d ? format.date(d) : <Missing>{t('goals.card.noDate')}</Missing>)}
            onSave={(d) => save(dateLabel, { target: pointWith(goal.target, 'date', d) }, d === null ? null : format.date(d))}
            onReload={() => void props.saves.reload()}
          />
        </Fact>
        <Fact label={ownerLabel}>
          <InlineCell
            component="div"
            kind="text"
            column="owner"
            label={fieldLabel(ownerLabel)}
            readOnly={readOnly}
            value={goal.owner}
            maxLength={TEXT_LIMITS.name}
            display={(o) => o?.trim() || <Missing>{t('goals.card.noOwner')}</Missing>}
            onSave={(o) => save(ownerLabel, { owner: o }, o)}
            onReload={() => void props.saves.reload()}
          />
        </Fact>
        {goal.department && <Fact label={t('goals.card.department')}>{goal.department}</Fact>}
        <Fact label={t('goals.card.businessLink')}>
          {goal.business_link ? (
            t(`goals.businessLink.${goal.business_link}`)
          ) : (
            // A sub-goal serves the business through its parent; only a goal of its own lacks a link.
            <Missing>{t(goal.parent ? 'goals.card.viaParent' : 'goals.card.noBusinessLink')}</Missing>
          )}
        </Fact>
      </Box>

      {progress !== null && (
        <Box mt="sm">{progress ? <GoalProgressBlock progress={progress} kpi={kpi} title={goal.title} /> : <Skeleton height={8} radius="xl" />}</Box>
      )}

      {hasFindings && (
        <Box mt="xs">
          <Button variant="subtle" size="compact-xs" onClick={() => setShowFindings((v) => !v)} aria-expanded={showFindings || props.highlighted}>
            {intl.formatMessage({ id: showFindings || props.highlighted ? 'goals.card.hideFindings' : 'goals.card.showFindings' })}
          </Button>
          <Collapse expanded={showFindings || props.highlighted}>
            <Box pt="xs">
              <FindingsInline path={path} />
            </Box>
          </Collapse>
        </Box>
      )}
      {props.children}
    </Paper>
  );
}

/** The unit a goal's numbers are in, as a reader writes it beside a number; none for plain counts and ratios. */
function unitWord(unit: Kpi['unit'], currency: string | undefined, seconds: string): string | undefined {
  if (unit === 'percent') return '%';
  if (unit === 'currency') return currency;
  if (unit === 'duration_s') return seconds;
  return undefined;
}

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text component="dt" size="xs" c="dimmed" fw={500}>
        {props.label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {props.children}
      </Text>
    </div>
  );
}

function Missing(props: { children: ReactNode }) {
  return (
    <Text span size="sm" c="dimmed" fs="italic">
      {props.children}
    </Text>
  );
}

/** The engine's progress as a bar with the expected progress marked, and its words beside it. */
function GoalProgressBlock(props: { progress: GoalProgress; kpi: Kpi | undefined; title: string }) {
  const { progress } = props;
  const intl = useIntl();
  const clamp = (share: number) => Math.max(0, Math.min(100, share * 100));
  return (
    <Stack gap={6}>
      <Box pos="relative">
        <Progress.Root size="md" radius="xl">
          <Progress.Section
            value={progress.progress === null ? 0 : clamp(progress.progress)}
            color={STATUS_COLOR[progress.status]}
            aria-label={intl.formatMessage({ id: 'goals.card.progressLabel' }, { goal: props.title })}
          />
        </Progress.Root>
        <Box
          aria-hidden
          pos="absolute"
          top={-3}
          bottom={-3}
          w={2}
          left={`calc(${clamp(progress.expected)}% - 1px)`}
          style={{ background: 'var(--mantine-color-text)', borderRadius: 1 }}
          title={intl.formatMessage({ id: 'goals.card.expectedMarker' })}
        />
      </Box>
      <GoalProgressText progress={progress} unit={props.kpi?.unit} />
    </Stack>
  );
}
