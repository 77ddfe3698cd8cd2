import { Accordion, Blockquote, List, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconPointFilled, IconQuote, IconCompass } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n.provider';
import { useHealthSummary } from '../../shared/api/api.queries';
import { usePlanContext } from '../plans/plan.context';
import type { StepId } from '../steps/steps.list';
import { loadGuidance } from './guidance.load';

/**
 * The method's questions and checklist for one step, in the reader's language. The checklist
 * is ticked only when the health check scores the step 100: the step has content and nothing
 * to improve, the same truth as the navigation's "100 % complete".
 */
export function GuidancePanel(props: { step: StepId }) {
  const { locale } = useLocale();
  const intl = useIntl();
  const headingId = useId();
  const { ws, plan } = usePlanContext();
  const health = useHealthSummary(ws, plan.id, locale);
  const score = props.step === 'dashboard' ? health.data?.scores.overall : health.data?.scores.steps[props.step];
  const met = score === 100;
  const query = useQuery({
    queryKey: ['guidance', locale],
    queryFn: () => loadGuidance(locale),
    staleTime: Infinity,
  });
  const guidance = query.data?.[props.step];

  return (
    <Paper component="aside" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <ThemeIcon variant="light" size="md" radius="xl" aria-hidden>
            <IconCompass size={18} />
          </ThemeIcon>
          <FormattedMessage id="guidance.title" />
        </Title>
        {!guidance ? (
          <Stack gap="xs" aria-busy="true" aria-label={intl.formatMessage({ id: 'guidance.loading' })}>
            <Skeleton height={14} />
            <Skeleton height={14} width="80%" />
            <Skeleton height={14} width="90%" />
          </Stack>
        ) : (
          <>
            <Accordion multiple defaultValue={['0']} variant="contained" chevronPosition="right">
              {guidance.sections.map((section, index) => (
                <Accordion.Item key={section.title} value={String(index)}>
                  <Accordion.Control>
                    <Text fw={600} size="sm">
                      {section.title}
                    </Text>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <List size="sm" spacing={8} withPadding={false} listStyleType="disc" ml="md">
                      {section.questions.map((question) => (
                        <List.Item key={question}>{question}</List.Item>
                      ))}
                    </List>
                    {section.example && (
                      <Text size="sm" mt="sm">
                        <Text span fw={600} inherit>
                          <FormattedMessage id="guidance.example" />
                        </Text>{' '}
                        {section.example}
                      </Text>
                    )}
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
            <div>
              <Title order={3} size="h6" mb={4}>
                <FormattedMessage id="guidance.checklist" />
              </Title>
              {score !== undefined && (
                <Text size="xs" c="dimmed" mb="xs" data-checklist={met ? 'met' : 'open'}>
                  <FormattedMessage id={met ? 'guidance.checklistMet' : 'guidance.checklistOpen'} />
                </Text>
              )}
              <List
                size="sm"
                spacing={8}
                icon={
                  met ? (
                    <ThemeIcon color="teal" size={18} radius="xl" variant="light" aria-hidden data-tick>
                      <IconCheck size={12} />
                    </ThemeIcon>
                  ) : (
                    <ThemeIcon color="gray" size={18} radius="xl" variant="transparent" aria-hidden>
                      <IconPointFilled size={12} />
                    </ThemeIcon>
                  )
                }
              >
                {guidance.checklist.map((item) => (
                  <List.Item key={item}>{item}</List.Item>
                ))}
              </List>
            </div>
            {guidance.quote && (
              <Blockquote icon={<IconQuote size={18} aria-hidden />} iconSize={32} p="md">
                <Text size="sm" fs="italic">
                  {guidance.quote.text}
                </Text>
                <Text size="xs" c="dimmed" mt="xs">
                  – {guidance.quote.author}
                </Text>
              </Blockquote>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
