import { toDayNumber } from '@kurs/core/browser';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { dateFormatter, intlTag } from '../../i18n/i18n.format';
import { useLocale } from '../../i18n/i18n.provider';
import { dateOfDay } from './roadmap.dates';
import type { Dates } from './roadmap.drag';
import type { DrawingWords } from './roadmap.drawing';
import { barStatus, type BarStatus } from './roadmap.palette';

/** Stand-ins for the parts of a bar's label that differ from bar to bar. */
const SLOT = { title: '\u0001', range: '\u0002', owner: '\u0003' } as const;

export interface RoadmapWords extends DrawingWords {
  range(dates: Dates): string;
  status(status: BarStatus): string;
  /** The tip over the timeline's empty space. */
  addMilestoneAt(date: string): string;
}

/** The drawing's words and date formats in the reader's language, made once per language. */
export function useRoadmapWords(today: string): RoadmapWords {
  const intl = useIntl();
  const { locale } = useLocale();
  return useMemo(() => {
    const utc = { timeZone: 'UTC' } as const;
    const tag = intlTag(locale);
    const short = new Intl.DateTimeFormat(tag, { ...utc, month: 'short' });
    const narrow = new Intl.DateTimeFormat(tag, { ...utc, month: 'narrow' });
    const monthYear = new Intl.DateTimeFormat(tag, { ...utc, month: 'long', year: 'numeric' });
    const formatter = dateFormatter(locale);
    const hours = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    // Formatting is slow next to drawing: each range is written once, each bar label is a
    // template per status filled in by plain string replacement.
    const ranges = new Map<string, string>();
    const range = (dates: Dates) => {
      const key = `${dates.start}/${dates.end}`;
      let text = ranges.get(key);
      if (text === undefined) {
        const start = dateOfDay(toDayNumber(dates.start));
        text = dates.start === dates.end ? formatter.format(start) : formatter.formatRange(start, dateOfDay(toDayNumber(dates.end)));
        ranges.set(key, text);
      }
      return text;
    };
    const templates = new Map<string, string>();
    const barTemplate = (status: BarStatus, hasOwner: 'yes' | 'no') => {
      const key = `${status}/${hasOwner}`;
      let template = templates.get(key);
      if (template === undefined) {
        template = intl.formatMessage(
          { id: 'roadmap.bar.label' },
          { title: SLOT.title, range: SLOT.range, status: intl.formatMessage({ id: `roadmap.status.${status}` }), hasOwner, owner: SLOT.owner },
        );
        templates.set(key, template);
      }
      return template;
    };
    const status = (value: BarStatus) => intl.formatMessage({ id: `roadmap.status.${value}` });
    const quarter = (date: Date) =>
      intl.formatMessage({ id: 'roadmap.axis.quarter' }, { quarter: Math.floor(date.getUTCMonth() / 3) + 1, year: date.getUTCFullYear() });
    return {
      range,
      status,
      quarter,
      month: (date, width) => (width < 34 ? narrow : short).format(date),
      monthYear: (date) => monthYear.format(date),
      today: intl.formatMessage({ id: 'roadmap.axis.today' }),
      date: (iso) => range({ start: iso, end: iso }),
      laneName: (lane) => lane.lane.name ?? intl.formatMessage({ id: 'roadmap.lane.none' }),
      barCount: (count) => intl.formatMessage({ id: 'roadmap.lane.count' }, { count }),
      bar: (box, dates) =>
        barTemplate(barStatus(box.bar.status, dates.end, today), box.bar.owner ? 'yes' : 'no')
          .replace(SLOT.title, () => box.bar.title)
          .replace(SLOT.range, () => range(dates))
          .replace(SLOT.owner, () => box.bar.owner ?? ''),
      milestone: (m, date, lane) =>
        intl.formatMessage(
          { id: 'roadmap.milestone.label' },
          { title: m.title, date: range({ start: date, end: date }), lane: lane.lane.name ?? intl.formatMessage({ id: 'roadmap.lane.none' }) },
        ),
      addMilestoneAt: (date) => intl.formatMessage({ id: 'roadmap.milestone.addAt' }, { date: range({ start: date, end: date }) }),
      overBudget: (q, planned, budget) =>
        intl.formatMessage(
          { id: 'roadmap.overBudget' },
          { quarter: quarter(dateOfDay(toDayNumber(q.start))), planned: hours.format(planned), budget: hours.format(budget) },
        ),
      outOfOrder: (from, to) => intl.formatMessage({ id: 'roadmap.link.outOfOrder' }, { from, to }),
    };
  }, [intl, locale, today]);
}
