import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link, useRouteError } from 'react-router';
import { ErrorAlert } from '../shared/ui/error-alert';

export function NotFoundPage() {
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1}>
          <FormattedMessage id="error.notFoundTitle" />
        </Title>
        <Text>
          <FormattedMessage id="error.notFoundBody" />
        </Text>
        <Button component={Link} to="/" variant="light">
          <FormattedMessage id="error.home" />
        </Button>
      </Stack>
    </Container>
  );
}

/** Catches what a page throws while rendering or loading its code, so the app never goes blank. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <ErrorAlert error={error} onRetry={() => window.location.reload()} />
        <Button component={Link} to="/" variant="subtle">
          <FormattedMessage id="error.home" />
        </Button>
      </Stack>
    </Container>
  );
}
