import type { FieldError } from '@kurs/core';
import { Alert, Code, List, Text } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import { FormattedMessage } from 'react-intl';
import { isApiError } from '../api/api.client';
import { useProblemWords } from './problem-words';

/** Problems whose own words add nothing to "fix these": their field errors say it all. */
const GENERAL = new Set([undefined, 'invalid', 'syntax']);

/**
 * Field errors of a refused file or save, each with its path and, for files, the line, in the
 * reader's language. `source` says what was refused: an uploaded file, or what a form sent;
 * `problem` is the refusal (an ApiError), whose own words lead when they say more.
 */
export function ProblemList(props: { errors: FieldError[]; problem?: unknown; source?: 'file' | 'form' }) {
  const { errors } = props;
  const words = useProblemWords();
  const count = Math.max(errors.length, 1);
  const file = props.source === 'file';
  const said = isApiError(props.problem) && (errors.length === 0 || !GENERAL.has(props.problem.code)) ? words.problem(props.problem) : undefined;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconFileAlert aria-hidden />}
      title={<FormattedMessage id={file ? 'problems.title' : 'problems.saveTitle'} values={{ count }} />}
      role="alert"
    >
      <Text size="sm" mb="xs">
        {said ?? <FormattedMessage id={file ? 'problems.intro' : 'problems.saveIntro'} />}
      </Text>
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
              {words.field(error)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
