import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconBraces, IconFileCode } from '@tabler/icons-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { documentUrl, type DocumentFormat } from '../../shared/api/api.resources';
import { usePlanContext } from './plan.context';

const FORMATS: { format: DocumentFormat; icon: typeof IconFileCode }[] = [
  { format: 'yaml', icon: IconFileCode },
  { format: 'json', icon: IconBraces },
];

/** Download the plan document; plain links, so the browser's own download handles it. */
export default function ExportPage() {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  useDocumentTitle(`${intl.formatMessage({ id: 'export.title' })} · ${plan.name} · Kurs`);

  return (
    <Stack gap="lg" maw={900}>
      <header>
        <Text size="sm" c="dimmed" fw={500}>
          {plan.name}
        </Text>
        <Title order={1} mt={4}>
          <FormattedMessage id="export.title" />
        </Title>
        <Text c="dimmed" mt="xs" maw={760}>
          <FormattedMessage id="export.lead" />
        </Text>
      </header>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {FORMATS.map(({ format, icon: Icon }) => (
          <Card key={format} withBorder padding="lg">
            <Stack gap="sm" align="flex-start">
              <Icon size={28} stroke={1.6} aria-hidden />
              <Text size="sm" c="dimmed">
                <FormattedMessage id={format === 'yaml' ? 'export.yamlHint' : 'export.jsonHint'} />
              </Text>
              <Button component="a" href={documentUrl(ws, plan.id, format)} download={`${plan.id}.${format}`} variant="light">
                <FormattedMessage id={format === 'yaml' ? 'export.yaml' : 'export.json'} />
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
