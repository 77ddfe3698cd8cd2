import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { FindingBadges } from '../health/health.findings';

/**
 * One part of a step page: a titled section with its findings, an action to add to it, and a
 * short text that says what belongs here. `focused` scrolls it into view and moves focus to
 * its title, for fix links that point at the whole list.
 */
export function StepSection(props: {
  title: ReactNode;
  description: ReactNode;
  count?: number;
  /** Document path whose findings the title shows, e.g. "situation.channels". */
  path?: string;
  action?: ReactNode;
  focused?: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!props.focused) return;
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, [props.focused]);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Group gap="xs" align="center">
              <Title order={2} size="h3" id={headingId} ref={heading} tabIndex={-1} style={{ scrollMarginTop: 80 }}>
                {props.title}
              </Title>
              {props.count !== undefined && props.count > 0 && (
                <Badge variant="default" size="sm" aria-hidden>
                  {props.count}
                </Badge>
              )}
              {props.path && <FindingBadges path={props.path} />}
            </Group>
            <Text size="sm" c="dimmed" mt={4} maw={640}>
              {props.description}
            </Text>
          </div>
          {props.action}
        </Group>
        {props.children}
      </Stack>
    </Paper>
  );
}
