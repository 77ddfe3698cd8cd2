import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { FormattedMessage } from 'react-intl';
import { isApiError } from '../api/api.client';
import { ProblemList } from './problem-list';
import { useProblemWords } from './problem-words';

/** A failed load or save in the reader's language: what went wrong, and each field error the server named. */
export function ErrorAlert(props: { error: unknown; onRetry?: () => void }) {
  const { error } = props;
  const words = useProblemWords();
  const network = isApiError(error) && error.status === 0;
  const notFound = isApiError(error) && error.status === 404;
  const detail = words.problem(error);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={<FormattedMessage id={notFound ? 'error.notFoundTitle' : 'error.title'} />}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        {network && <Text size="sm"><FormattedMessage id="error.network" /></Text>}
        {notFound && <Text size="sm"><FormattedMessage id="error.notFoundBody" /></Text>}
        {!network && !notFound && detail && <Text size="sm">{detail}</Text>}
        {isApiError(error) && error.errors.length > 0 && (
          <List size="sm" spacing={4}>
            {error.errors.map((e, i) => (
              <List.Item key={`${e.path}-${i}`}>{e.path ? `${e.path}: ${words.field(e)}` : words.field(e)}</List.Item>
            ))}
          </List>
        )}
        {props.onRetry && (
          <Button size="xs" variant="default" onClick={props.onRetry}>
            <FormattedMessage id="error.retry" />
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** A refused save or delete: its field errors as a list when the server named fields, else the general alert. */
export function RefusalAlert(props: { error: unknown }) {
  const { error } = props;
  return isApiError(error) && error.errors.length > 0 ? <ProblemList errors={error.errors} problem={error} /> : <ErrorAlert error={error} />;
}
