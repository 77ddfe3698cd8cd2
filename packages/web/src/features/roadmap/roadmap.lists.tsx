import type { RoadmapBucket, RoadmapUndatedItem } from '@kurs/core';
import { ROADMAP_BUCKETS } from '@kurs/core/browser';
import { ActionIcon, Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconPencil, IconPlus } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import type { Entity } from '../../shared/api/api.types';
import { DangerMenuItem } from '../../shared/ui/danger-menu-item';
import { DraftBadge } from '../../shared/ui/draft-badge';
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

export interface MilestoneRow {
  milestone: Entity<'milestones'>;
  color: string;
  laneName: string;
  /** The titles of the goals the milestone brings closer. */
  goalNames: readonly string[];
}

/**
 * The plan's milestones in date order: what stakeholders will be shown, and when. Each opens
 * its form (read-only for a reader); an editor adds, changes and deletes them here too.
 */
export function MilestoneList(props: {
  rows: readonly MilestoneRow[];
  words: RoadmapWords;
  today: string;
  canEdit: boolean;
  /** A milestone a fix link points at. */
  highlight: string | null;
  onOpen(id: string): void;
  onAdd(): void;
  onDelete(milestone: Entity<'milestones'>): void;
}) {
  const intl = useIntl();
  const addButton = props.canEdit && (
    <Button variant={props.rows.length === 0 ? 'filled' : 'light'} size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={props.onAdd}>
      {intl.formatMessage({ id: 'roadmap.milestone.add' })}
    </Button>
  );
  return (
    <section aria-labelledby="roadmap-milestones" id="roadmap-milestone-list">
      <Group justify="space-between" align="center" mb="xs" gap="xs">
        <Title order={2} size="h4" id="roadmap-milestones">
          {intl.formatMessage({ id: 'roadmap.milestones.title' })}
        </Title>
        {props.rows.length > 0 && addButton}
      </Group>
      {props.rows.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'roadmap.milestones.empty' })}
          </Text>
          {addButton}
        </Stack>
      ) : (
        <ol className={classes.list}>
          {props.rows.map(({ milestone: m, color, laneName, goalNames }) => (
            <li key={m.id} className={classes.milestone} data-past={m.date < props.today || undefined}>
              <div className={classes.milestoneMain}>
                <button type="button" className={classes.item} data-milestone-row={m.id} data-highlight={props.highlight === m.id || undefined} onClick={() => props.onOpen(m.id)}>
                  <svg width={12} height={12} aria-hidden="true" className={classes.diamond}>
                    <path d="M6,0L12,6L6,12L0,6Z" fill={color} />
                  </svg>
                  <span className={classes.date}>{props.words.date(m.date)}</span>
                  <span>
                    <span className={classes.title}>{m.title}</span>
                    <span className={classes.meta}>{laneName}</span>
                    {goalNames.length > 0 && (
                      <span className={classes.meta} data-milestone-goals>
                        {intl.formatMessage({ id: 'roadmap.milestones.goals' }, { goals: goalNames.join(', ') })}
                      </span>
                    )}
                  </span>
                </button>
                {m.draft && (
                  <div className={classes.draft}>
                    <DraftBadge collection="milestones" entity={m} />
                  </div>
                )}
              </div>
              {props.canEdit && (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={intl.formatMessage({ id: 'roadmap.milestone.actions' }, { title: m.title })}>
                      <IconDots size={16} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => props.onOpen(m.id)}>
                      {intl.formatMessage({ id: 'roadmap.milestone.edit' })}
                    </Menu.Item>
                    <DangerMenuItem onClick={() => props.onDelete(m)}>{intl.formatMessage({ id: 'roadmap.milestone.delete' })}</DangerMenuItem>
                  </Menu.Dropdown>
                </Menu>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
