import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import type { RoadmapView } from './roadmap.filter';
import classes from './roadmap.module.css';
import { mix, type BarStatus, type Palette } from './roadmap.palette';

const STAKEHOLDER_STATUSES: BarStatus[] = ['done', 'in_progress', 'planned', 'idea', 'overdue'];

function Swatch(props: { children: ReactNode; label: string }) {
  return (
    <li>
      <svg width={22} height={14} aria-hidden="true">
        {props.children}
      </svg>
      {props.label}
    </li>
  );
}

/** What the colours and marks of the current view mean. */
export function RoadmapLegend(props: { view: RoadmapView; palette: Palette; accent: string }) {
  const intl = useIntl();
  const { palette } = props;
  const t = (id: MessageId) => intl.formatMessage({ id });
  const bar = (fill: string, stroke?: string, dashed?: boolean) => (
    <rect x={1} y={2} width={20} height={10} rx={2} fill={fill} stroke={stroke} strokeDasharray={dashed ? '3 2' : undefined} />
  );
  return (
    <ul className={classes.legend} aria-label={t('roadmap.legend.label')}>
      {props.view === 'stakeholder'
        ? STAKEHOLDER_STATUSES.map((status) => (
            <Swatch key={status} label={t(`roadmap.status.${status}`)}>
              {bar(palette.status[status])}
            </Swatch>
          ))
        : [
            ['roadmap.legend.planned', bar(props.accent)],
            ['roadmap.legend.done', bar(mix(props.accent, palette.background, 0.4), props.accent)],
            ['roadmap.legend.idea', bar(mix(props.accent, palette.background, 0.18), props.accent, true)],
            ['roadmap.legend.overdue', bar(props.accent, palette.status.overdue)],
            ['roadmap.legend.dependency', <path key="p" d="M1,7H17M13,3L18,7L13,11" fill="none" stroke={palette.link} strokeWidth={1.5} />],
            ['roadmap.legend.outOfOrder', <path key="p" d="M1,7H17M13,3L18,7L13,11" fill="none" stroke={palette.linkOutOfOrder} strokeWidth={1.5} strokeDasharray="4 2" />],
            ['roadmap.legend.overBudget', <rect key="r" x={1} y={5} width={20} height={3} fill={palette.overBudget} />],
          ].map(([id, mark]) => (
            <Swatch key={id as string} label={t(id as MessageId)}>
              {mark}
            </Swatch>
          ))}
      <Swatch label={t('roadmap.legend.milestone')}>
        <path d="M11,1L17,7L11,13L5,7Z" fill={palette.dimmed} />
      </Swatch>
      <Swatch label={t('roadmap.axis.today')}>
        <line x1={11} x2={11} y1={0} y2={14} stroke={palette.today} strokeWidth={2} />
      </Swatch>
    </ul>
  );
}
