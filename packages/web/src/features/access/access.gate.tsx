import { Container } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { onSessionLost } from '../../shared/api/api.client';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { signInPath } from './access.next';
import { sessionKey, useSession } from './access.session';

/**
 * Shows its children only to a signed-in person. The app stays hidden until the session is
 * known, and a session that ends on the way (any 401) leads to the sign-in page, which comes
 * back here afterwards.
 */
export function RequireSession(props: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    onSessionLost(() => queryClient.setQueryData(sessionKey, null));
    return () => onSessionLost(null);
  }, [queryClient]);

  if (session.isPending) return <PageLoader />;
  if (session.isError) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </Container>
    );
  }
  if (!session.data) return <Navigate to={signInPath(location)} replace />;
  return props.children;
}
