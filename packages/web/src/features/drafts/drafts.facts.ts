import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import type { DraftItem, PlanLists } from './drafts.model';

/**
 * The main facts of a draft in words, so that it can be judged without opening it: a goal's
 * horizon, KPI and target date; a KPI's unit and frequency; an activity's theme, dates and
 * estimate; a milestone's date and theme; a theme's budget; an audience's kind; a channel's
 * type and funnel stages; what a competitor is better at.
 */
export function useDraftFacts(lists: PlanLists, currency?: string): (item: DraftItem) => string[] {
  const intl = useIntl();
  const format = useFormat(currency);
  const say = intl.formatMessage;
  const nameIn = (list: readonly { id: string; name?: string; title?: string }[] | undefined, id: string | undefined) => {
    const found = id ? list?.find((e) => e.id === id) : undefined;
    return found ? (found.name ?? found.title ?? id) : id;
  };
  const theme = (id: string | undefined) => (id ? [say({ id: 'drafts.fact.theme' }, { name: nameIn(lists.themes, id) })] : []);

  return (item) => {
    const e = item.entity;
    switch (item.collection) {
      case 'goals': {
        const goal = e as Entity<'goals'>;
        return [
          say({ id: 'drafts.fact.horizon' }, { horizon: say({ id: `goals.horizon.${goal.horizon}` }) }),
          goal.kpi ? say({ id: 'drafts.fact.kpi' }, { name: nameIn(lists.kpis, goal.kpi) }) : say({ id: 'drafts.fact.noKpi' }),
          ...(goal.target?.date ? [say({ id: 'drafts.fact.due' }, { date: format.date(goal.target.date) })] : []),
        ];
      }
      case 'kpis': {
        const kpi = e as Entity<'kpis'>;
        return [
          ...(kpi.unit ? [say({ id: 'drafts.fact.unit' }, { unit: say({ id: `kpis.unit.${kpi.unit}` }) })] : []),
          ...(kpi.frequency ? [say({ id: 'drafts.fact.frequency' }, { frequency: say({ id: `kpis.frequency.${kpi.frequency}` }) })] : []),
        ];
      }
      case 'activities': {
        const activity = e as Entity<'activities'>;
        const dates = format.span(activity.start, activity.end);
        return [
          ...theme(activity.theme),
          dates || say({ id: 'drafts.fact.undated' }),
          ...(activity.estimate_hours !== undefined ? [say({ id: 'drafts.fact.estimate' }, { hours: activity.estimate_hours })] : []),
        ];
      }
      case 'milestones': {
        const milestone = e as Entity<'milestones'>;
        return [format.date(milestone.date), ...theme(milestone.theme)];
      }
      case 'themes': {
        const hours = (e as Entity<'themes'>).budget_hours;
        return hours !== undefined ? [say({ id: 'drafts.fact.budget' }, { hours })] : [];
      }
      case 'audiences': {
        const kind = (e as Entity<'audiences'>).kind;
        return kind ? [say({ id: `situation.audiences.kind.${kind}` })] : [];
      }
      case 'channels': {
        const channel = e as Entity<'channels'>;
        const stages = (channel.funnel ?? []).map((stage) => say({ id: `situation.stage.${stage}` }));
        return [
          ...(channel.type ? [say({ id: `situation.channelType.${channel.type}` })] : []),
          ...(stages.length > 0 ? [say({ id: 'drafts.fact.stages' }, { stages: intl.formatList(stages) })] : []),
        ];
      }
      case 'competitors': {
        const betterAt = (e as Entity<'competitors'>).better_at ?? [];
        return betterAt.length > 0 ? [say({ id: 'drafts.fact.betterAt' }, { list: intl.formatList(betterAt) })] : [];
      }
    }
  };
}
