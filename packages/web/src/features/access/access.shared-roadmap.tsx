import type { RoadmapModel } from '@kurs/core';
import { Paper, Stack, Text, Title, useComputedColorScheme } from '@mantine/core';
import { useCallback, useId, useMemo } from 'react';
import { RoadmapChart } from '../roadmap/roadmap.chart';
import { shownRoadmap, type RoadmapFilters } from '../roadmap/roadmap.filter';
import { layoutRoadmap } from '../roadmap/roadmap.layout';
import { RoadmapLegend } from '../roadmap/roadmap.legend';
import { paletteFor } from '../roadmap/roadmap.palette';
import { useRoadmapWords } from '../roadmap/roadmap.words';
import { useT } from './access.words';

const STAKEHOLDER: RoadmapFilters = { view: 'stakeholder', owner: null, goal: null };
const nothing = () => undefined;

/** The roadmap step's own timeline in its stakeholder view, read-only: no drag, no details, no filters. */
export function SharedRoadmap(props: { model: RoadmapModel }) {
  const t = useT();
  const headingId = useId();
  const helpId = useId();
  const { model } = props;
  const shown = useMemo(() => shownRoadmap(model, STAKEHOLDER, nothing), [model]);
  const layout = useMemo(() => layoutRoadmap(shown.lanes), [shown.lanes]);
  const palette = paletteFor(useComputedColorScheme('light'));
  const words = useRoadmapWords(model.today);
  const overrides = useMemo(() => new Map(), []);
  const ignore = useCallback(() => undefined, []);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('access.shared.roadmap')}
        </Title>
        {shown.bars === 0 ? (
          <Text size="sm" c="dimmed">
            {t('access.shared.noRoadmap')}
          </Text>
        ) : (
          <>
            <RoadmapLegend view="stakeholder" palette={palette} accent={model.lanes[0]?.color ?? palette.status.planned} />
            <RoadmapChart
              model={model}
              layout={layout}
              links={shown.links}
              zoom="year"
              view="stakeholder"
              palette={palette}
              words={words}
              overrides={overrides}
              editable={false}
              focusId={null}
              label={t('access.shared.roadmapLabel', { count: shown.bars, lanes: shown.lanes.length })}
              describedBy={helpId}
              formatRange={words.range}
              onChange={ignore}
              onOpen={ignore}
              onLeave={ignore}
            />
            <Text id={helpId} size="xs" c="dimmed">
              {t('access.shared.roadmapHelp')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
