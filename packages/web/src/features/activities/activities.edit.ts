import { ACTIVITY_STATUSES, SCORE_MAX, SCORE_MIN, TEXT_LIMITS } from '@kurs/core/browser';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { useCreateEntity, useRefreshPlan } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import type { InlineOption } from '../../shared/ui/inline-cell';
import { STATUS_MESSAGES } from './activities.labels';

/** The fields edited in the backlog's cells and by a bulk edit. */
export const EDITABLE_FIELDS = ['status', 'owner', 'team', 'theme', 'start', 'end', 'estimate_hours', 'value', 'effort'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** A new activity from its title alone: an idea, as the form starts one; the rest is filled in later. */
export function useQuickAddActivity(ws: string, plan: string) {
  const { mutateAsync } = useCreateEntity(ws, plan, 'activities');
  const refresh = useRefreshPlan(ws, plan);
  return useCallback(
    async (title: string, id: string) => {
      await mutateAsync({ id, title, status: 'idea' });
      // Its hours count in the 90-day plan and the theme budgets.
      void refresh();
    },
    [mutateAsync, refresh],
  );
}

export interface FieldSpec {
  field: EditableField;
  /** The field's name, as the form calls it. */
  name: string;
  kind: 'text' | 'number' | 'select' | 'date';
  options?: InlineOption[];
  min?: number;
  max?: number;
  maxLength?: number;
}

/** How each editable field is edited: its name, kind, choices and bounds (those of the plan format). */
export function useFieldSpecs(themes: readonly Entity<'themes'>[]): Record<EditableField, FieldSpec> {
  const intl = useIntl();
  return useMemo(() => {
    const name = (id: MessageId) => intl.formatMessage({ id });
    const text = (field: EditableField, id: MessageId): FieldSpec => ({ field, name: name(id), kind: 'text', maxLength: TEXT_LIMITS.name });
    const score = (field: EditableField, id: MessageId): FieldSpec => ({ field, name: name(id), kind: 'number', min: SCORE_MIN, max: SCORE_MAX });
    return {
      status: { field: 'status', name: name('activities.field.status'), kind: 'select', options: ACTIVITY_STATUSES.map((s) => ({ value: s, label: name(STATUS_MESSAGES[s]) })) },
      owner: text('owner', 'activities.field.owner'),
      team: text('team', 'activities.field.team'),
      theme: { field: 'theme', name: name('activities.field.theme'), kind: 'select', options: themes.map((t) => ({ value: t.id, label: t.name })) },
      start: { field: 'start', name: name('activities.field.start'), kind: 'date' },
      end: { field: 'end', name: name('activities.field.end'), kind: 'date' },
      estimate_hours: { field: 'estimate_hours', name: name('activities.field.estimateHours'), kind: 'number', min: 0 },
      value: score('value', 'activities.field.value'),
      effort: score('effort', 'activities.field.effort'),
    };
  }, [intl, themes]);
}
