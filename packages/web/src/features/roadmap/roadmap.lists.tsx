import type { RoadmapBucket, RoadmapMilestone, RoadmapUndatedItem } from '@kurs/core';
import { ROADMAP_BUCKETS } from '@kurs/core/browser';
import { Badge, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { RoadmapView } from './roadmap.filter';
import classes from './roadmap.module.css';
import type { RoadmapWords } from './roadmap.words';

/**
 * Activities with no dates yet, in now / next / later as the engine sorted them: the part of
 * the roadmap that is a list rather than a timeline ("detailed planning rarely holds beyond
 * 90 days").
 */
export function UndatedBuckets(props: {
  undated: Record<RoadmapBucket, RoadmapUndatedItem[]>;
  view: RoadmapView;
  words: RoadmapWords;
  highlight: string | null;
  onOpen(id: string): void;
}) {
  const intl = useIntl();
  return (
    <section aria-labelledby="roadmap-undated">
      <Title order={2} size="h4" id="roadmap-undated">
        {intl.formatMessage({ id: 'roadmap.undated.title' })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {intl.formatMessage({ id: 'roadmap.undated.lead' })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {ROADMAP_BUCKETS.map((bucket) => (
          <Paper key={bucket} withBorder radius="md" p="sm">
            <Title order={3} size="h6" mb="xs">
              {intl.formatMessage({ id: `roadmap.bucket.${bucket}` })}{' '}
              <Badge size="sm" variant="light" color="gray">
                {props.undated[bucket].length}
              </Badge>
            </Title>
            {props.undated[bucket].length === 0 ? (
              <Text size="sm" c="dimmed">
                {intl.formatMessage({ id: 'roadmap.bucket.empty' })}
              </Text>
            ) : (
              <ul className={classes.list}>
                {props.undated[bucket].map((item) => (
                  <li key={item.id}>
                    <button type="button" className={classes.item} data-undated={item.id} data-highlight={props.highlight === item.id || undefined} onClick={() => props.onOpen(item.id)}>
                      <span className={classes.dot} style={{ background: item.color }} aria-hidden />
                      <span>
                        <span className={classes.title}>{item.title}</span>
                        <span className={classes.meta}>
                          {[props.words.status(item.status ?? 'none'), props.view === 'team' ? item.owner : null].filter(Boolean).join(' · ')}
                        </span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

/** The milestones of the shown lanes in date order: what stakeholders will be shown, and when. */
export function MilestoneList(props: { milestones: readonly RoadmapMilestone[]; laneName(theme: string | null): string; words: RoadmapWords; today: string }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="roadmap-milestones" id="roadmap-milestone-list">
      <Title order={2} size="h4" id="roadmap-milestones" mb="xs">
        {intl.formatMessage({ id: 'roadmap.milestones.title' })}
      </Title>
      {props.milestones.length === 0 ? (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'roadmap.milestones.empty' })}
        </Text>
      ) : (
        <ol className={classes.list}>
          {props.milestones.map((m, i) => (
            <li key={`${m.date}-${i}`} className={classes.milestone} data-past={m.date < props.today || undefined}>
              <svg width={12} height={12} aria-hidden="true">
                <path d="M6,0L12,6L6,12L0,6Z" fill={m.color} />
              </svg>
              <span className={classes.date}>{props.words.range({ start: m.date, end: m.date })}</span>
              <span>
                <span className={classes.title}>{m.title}</span>
                <span className={classes.meta}>{props.laneName(m.theme)}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
