import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { IconArrowBackUp, IconDownload, IconFlag } from '@tabler/icons-react';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { VIEWS, type RoadmapFilters, type RoadmapView } from './roadmap.filter';
import { ZOOMS, type Zoom } from './roadmap.scale';

export type ExportFormat = 'svg' | 'png';

export interface ToolbarProps {
  filters: RoadmapFilters;
  zoom: Zoom;
  owners: readonly string[];
  goals: readonly { id: string; title: string }[];
  /** Undo of the last change; null for a reader who cannot change the roadmap. */
  undo: { can: boolean; run(): void } | null;
  /** Adds a milestone; null for a reader. */
  onAddMilestone: (() => void) | null;
  saving: boolean;
  exporting: ExportFormat | null;
  onView(view: RoadmapView): void;
  onZoom(zoom: Zoom): void;
  onOwner(owner: string | null): void;
  onGoal(goal: string | null): void;
  onExport(format: ExportFormat): void;
}

/** Buttons that work as one choice (aria-pressed), for a handful of options. */
function Choice<T extends string>(props: { label: string; options: readonly T[]; value: T; name(option: T): string; onChange(value: T): void }) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={500} mb={4}>
        {props.label}
      </Text>
      <Button.Group>
        {props.options.map((option) => (
          <Button
            key={option}
            size="sm"
            variant={option === props.value ? 'filled' : 'default'}
            aria-pressed={option === props.value}
            onClick={() => props.onChange(option)}
          >
            {props.name(option)}
          </Button>
        ))}
      </Button.Group>
    </div>
  );
}

/**
 * View, zoom and filters on the left; adding a milestone, undo and export on the right. Plain controls (native
 * selects, buttons): the toolbar is drawn with the timeline, and it must not slow it down.
 */
export function RoadmapToolbar(props: ToolbarProps) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  const select = (all: string, options: readonly { value: string; label: string }[]) => [{ value: '', label: all }, ...options];

  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Group gap="sm" align="flex-end" style={{ flex: '1 1 auto' }}>
        <Choice label={t('roadmap.view.label')} options={VIEWS} value={props.filters.view} name={(view) => t(`roadmap.view.${view}`)} onChange={props.onView} />
        <Choice label={t('roadmap.zoom.label')} options={ZOOMS} value={props.zoom} name={(zoom) => t(`roadmap.zoom.${zoom}`)} onChange={props.onZoom} />
        <NativeSelect
          size="sm"
          w={{ base: 'calc(50% - 6px)', sm: 190 }}
          label={t('roadmap.filter.owner')}
          data={select(t('roadmap.filter.ownerAll'), props.owners.map((owner) => ({ value: owner, label: owner })))}
          value={props.filters.owner ?? ''}
          onChange={(event) => props.onOwner(event.currentTarget.value || null)}
        />
        <NativeSelect
          size="sm"
          w={{ base: 'calc(50% - 6px)', sm: 240 }}
          label={t('roadmap.filter.goal')}
          data={select(t('roadmap.filter.goalAll'), props.goals.map((goal) => ({ value: goal.id, label: goal.title })))}
          value={props.filters.goal ?? ''}
          onChange={(event) => props.onGoal(event.currentTarget.value || null)}
        />
      </Group>
      <Group gap="sm" align="center">
        {props.saving && (
          <Text size="sm" c="dimmed">
            {t('roadmap.saving')}
          </Text>
        )}
        {props.onAddMilestone && (
          <Button variant="default" size="sm" leftSection={<IconFlag size={16} aria-hidden />} onClick={props.onAddMilestone}>
            {t('roadmap.milestone.add')}
          </Button>
        )}
        {props.undo && (
          <Button
            variant="default"
            size="sm"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            disabled={!props.undo.can}
            onClick={props.undo.run}
            aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
            title={`${t('roadmap.undo.hint')} (${isMac ? '⌘Z' : 'Ctrl+Z'})`}
          >
            {t('roadmap.undo')}
          </Button>
        )}
        <Button.Group>
          {(['png', 'svg'] as const).map((format) => (
            <Button
              key={format}
              size="sm"
              variant="light"
              loading={props.exporting === format}
              disabled={props.exporting !== null && props.exporting !== format}
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => props.onExport(format)}
            >
              {t(`roadmap.export.${format}`)}
            </Button>
          ))}
        </Button.Group>
      </Group>
    </Group>
  );
}
