import type { FunnelStage, Strategy } from '@kurs/core';
import { FUNNEL_STAGES } from '@kurs/core/browser';
import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconTargetArrow } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSavePlanPart } from '../../shared/api/api.plan-parts';
import type { Entity } from '../../shared/api/api.types';
import { FindingBadges } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { InlineText } from '../situation/situation.inline-text';
import { entityPath } from '../situation/situation.model';
import { StepSection } from '../situation/situation.section';
import { stepPath } from '../steps/steps.list';
import { funnelBoard } from './strategy.model';
import classes from './strategy.module.css';

type Channel = Entity<'channels'>;
type Kpi = Entity<'kpis'>;
type Activity = Entity<'activities'>;

/** How many activities a column lists before it only counts the rest. */
const SHOWN_ACTIVITIES = 6;

/**
 * The funnel board: a column per stage with the strategy's text for it and everything in the
 * plan that works on it — channels, KPIs and activities — so an empty stage shows at a glance.
 */
export function FunnelBoard(props: {
  strategy: Strategy;
  channels: Channel[];
  kpis: Kpi[];
  activities: Activity[];
  focusStage?: FunnelStage;
}) {
  const board = funnelBoard(props.channels, props.kpis, props.activities);
  const index = {
    channels: new Map(props.channels.map((c, i) => [c.id, i])),
    kpis: new Map(props.kpis.map((k, i) => [k.id, i])),
    activities: new Map(props.activities.map((a, i) => [a.id, i])),
  };
  return (
    <StepSection title={<FormattedMessage id="strategy.funnel.title" />} description={<FormattedMessage id="strategy.funnel.lead" />} path="strategy.funnel">
      <SimpleGrid type="container" cols={{ base: 1, '480px': 2, '700px': 4 }} spacing="xs">
        {FUNNEL_STAGES.map((stage, i) => (
          <StageColumn
            key={stage}
            stage={stage}
            number={i + 1}
            text={props.strategy.funnel?.[stage]}
            channels={board[stage].channels}
            kpis={board[stage].kpis}
            activities={board[stage].activities}
            index={index}
            focused={props.focusStage === stage}
          />
        ))}
      </SimpleGrid>
    </StepSection>
  );
}

function StageColumn(props: {
  stage: FunnelStage;
  number: number;
  text: string | undefined;
  channels: Channel[];
  kpis: Kpi[];
  activities: Activity[];
  index: { channels: Map<string, number>; kpis: Map<string, number>; activities: Map<string, number> };
  focused: boolean;
}) {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  const save = useSavePlanPart(ws, plan.id, 'strategy');
  const root = useRef<HTMLDivElement>(null);
  const { stage } = props;
  const stageName = intl.formatMessage({ id: `situation.stage.${stage}` });
  const nothing = props.channels.length + props.kpis.length + props.activities.length === 0;
  const link = (step: 'situation' | 'kpis' | 'activities', path: string) => `${stepPath(ws, plan.id, step)}?focus=${encodeURIComponent(path)}`;

  useEffect(() => {
    if (props.focused) root.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [props.focused]);

  return (
    <Paper ref={root} withBorder radius="md" p="sm" className={classes.stage} data-stage={stage} component="article" aria-label={stageName}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Group gap={6} wrap="nowrap">
            <ThemeIcon size="sm" radius="xl" variant="filled" aria-hidden>
              <Text span size="xs" fw={700}>
                {props.number}
              </Text>
            </ThemeIcon>
            <Title order={3} size="h5">
              {stageName}
            </Title>
          </Group>
          <FindingBadges path={`strategy.funnel.${stage}`} />
        </Stack>
        <Text size="xs" c="dimmed">
          <FormattedMessage id={`strategy.funnel.question.${stage}`} />
        </Text>
        <InlineText
          label={intl.formatMessage({ id: 'strategy.funnel.textLabel' }, { stage: stageName })}
          value={props.text}
          placeholder={intl.formatMessage({ id: 'strategy.funnel.textEmpty' })}
          editLabel={intl.formatMessage({ id: 'strategy.funnel.textEdit' }, { stage: stageName })}
          save={(text) => save.mutateAsync((current) => ({ ...current, funnel: { ...current.funnel, [stage]: text || undefined } }))}
          reload={save.reload}
          focused={props.focused}
        />
        {nothing ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconAlertTriangle size={16} className={classes.warnIcon} aria-hidden />
            <Text size="xs">
              <FormattedMessage id="strategy.funnel.nothing" />
            </Text>
          </Group>
        ) : (
          <>
            <BoardList title={intl.formatMessage({ id: 'strategy.funnel.channels' })} count={props.channels.length}>
              <Group gap={4}>
                {props.channels.map((channel) => (
                  <Badge
                    key={channel.id}
                    component={Link}
                    to={link('situation', entityPath('channels', props.index.channels.get(channel.id)!))}
                    variant={channel.present === false ? 'outline' : 'light'}
                    color={channel.present === false ? 'gray' : undefined}
                    size="sm"
                    tt="none"
                    fw={500}
                    className={classes.link}
                    title={channel.present === false ? intl.formatMessage({ id: 'strategy.funnel.absent' }) : undefined}
                  >
                    {channel.name}
                    {channel.present === false && <VisuallyHidden> ({intl.formatMessage({ id: 'strategy.funnel.absent' })})</VisuallyHidden>}
                  </Badge>
                ))}
              </Group>
            </BoardList>
            <BoardList title={intl.formatMessage({ id: 'strategy.funnel.kpis' })} count={props.kpis.length}>
              <List size="xs" spacing={2} listStyleType="none">
                {props.kpis.map((kpi) => (
                  <List.Item key={kpi.id}>
                    <Group gap={4} wrap="nowrap" align="flex-start">
                      {kpi.conversion && <IconTargetArrow size={14} className={classes.conversion} aria-label={intl.formatMessage({ id: 'strategy.funnel.conversion' })} />}
                      <Anchor component={Link} to={link('kpis', `kpis[${props.index.kpis.get(kpi.id)}]`)} size="xs" className={classes.link}>
                        {kpi.name}
                      </Anchor>
                    </Group>
                  </List.Item>
                ))}
              </List>
            </BoardList>
            <BoardList title={intl.formatMessage({ id: 'strategy.funnel.activities' })} count={props.activities.length}>
              <List size="xs" spacing={2} listStyleType="none">
                {props.activities.slice(0, SHOWN_ACTIVITIES).map((activity) => (
                  <List.Item key={activity.id}>
                    <Anchor component={Link} to={link('activities', `activities[${props.index.activities.get(activity.id)}]`)} size="xs" className={classes.link}>
                      {activity.title}
                    </Anchor>
                  </List.Item>
                ))}
                {props.activities.length > SHOWN_ACTIVITIES && (
                  <List.Item>
                    <Text size="xs" c="dimmed">
                      <FormattedMessage id="strategy.funnel.more" values={{ count: props.activities.length - SHOWN_ACTIVITIES }} />
                    </Text>
                  </List.Item>
                )}
              </List>
            </BoardList>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** One kind of thing in a stage's column; an empty kind says so in a word. */
function BoardList(props: { title: string; count: number; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
        {props.title} · {props.count}
      </Text>
      {props.count > 0 ? (
        props.children
      ) : (
        <Text size="xs" c="dimmed" fs="italic">
          <FormattedMessage id="strategy.funnel.noneHere" />
        </Text>
      )}
    </div>
  );
}
