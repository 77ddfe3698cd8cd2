import type { FieldError } from '@kurs/core';
import { Alert, Code, List, Text } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import { FormattedMessage } from 'react-intl';

/** The errors of a refused plan document, each with the field path and, for files, the line. */
export function ProblemList(props: { errors: FieldError[]; fallback?: string }) {
  const { errors } = props;
  const count = Math.max(errors.length, 1);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconFileAlert aria-hidden />}
      title={<FormattedMessage id="problems.title" values={{ count }} />}
      role="alert"
    >
      <Text size="sm" mb="xs">
        <FormattedMessage id="problems.intro" />
      </Text>
      {errors.length === 0 && props.fallback && <Text size="sm">{props.fallback}</Text>}
      <List size="sm" spacing={6}>
        {errors.map((error, index) => (
          <List.Item key={`${error.path}-${index}`}>
            <Code>{error.path || <FormattedMessage id="problems.document" />}</Code>
            {error.line !== undefined && (
              <Text span size="xs" c="dimmed" ml={6}>
                (<FormattedMessage id="problems.where" values={{ line: error.line, column: error.column ?? 1 }} />)
              </Text>
            )}
            <Text span size="sm">
              {': '}
              {error.message}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
