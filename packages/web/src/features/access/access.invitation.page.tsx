import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconMailOpened } from '@tabler/icons-react';
import { Link, Navigate, useLocation } from 'react-router';
import { isApiError } from '../../shared/api/api.client';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { AccountForm } from './access.account-form';
import { AuthCard } from './access.fields';
import { RoleBadge } from './access.frame';
import { useAcceptInvitation, useInvitationPreview } from './access.queries';
import { useSession, useSignUp } from './access.session';
import { useMoments } from './access.time';
import type { InvitationPreview } from './access.types';
import { useT } from './access.words';

/**
 * Where an invitation link leads (`/invitations#<token>`; after `#`, so the token never
 * reaches a server log). It says what the invitation offers, then makes an account with it
 * or, signed in, accepts it.
 */
export default function InvitationPage() {
  const t = useT();
  const { hash } = useLocation();
  const token = decodeURIComponent(hash.replace(/^#/, ''));
  const preview = useInvitationPreview(token);
  const session = useSession();
  // Held here, not in the forms below: once joined, the page shows the workspace whatever the session query does meanwhile.
  const signUp = useSignUp();
  const accept = useAcceptInvitation();

  if (preview.data && (signUp.isSuccess || accept.isSuccess)) {
    return <Navigate to={`/workspaces/${encodeURIComponent(preview.data.workspace.id)}`} replace />;
  }

  if (!token || (preview.isError && isApiError(preview.error) && preview.error.status === 404)) {
    return (
      <AuthCard title={t('access.invitation.invalidTitle')}>
        <Text size="sm">{t('access.invitation.invalidBody')}</Text>
        <Anchor component={Link} to="/sign-in" size="sm">
          {t('access.invitation.toSignIn')}
        </Anchor>
      </AuthCard>
    );
  }
  if (preview.isError) {
    return (
      <AuthCard title={t('access.invitation.title')}>
        <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
      </AuthCard>
    );
  }
  if (preview.isPending || session.isPending) return <PageLoader />;

  const invitation = preview.data;
  return (
    <AuthCard title={t('access.invitation.title')} lead={<InvitationSummary invitation={invitation} />}>
      {session.data ? (
        <Accept token={token} invitation={invitation} email={session.data.user.email} accept={accept} />
      ) : (
        <SignUp token={token} invitation={invitation} hash={hash} signUp={signUp} />
      )}
    </AuthCard>
  );
}

function InvitationSummary(props: { invitation: InvitationPreview }) {
  const t = useT();
  const moments = useMoments();
  const { invitation } = props;
  return (
    <Stack gap={6}>
      <Text size="sm">
        {t('access.invitation.offer', { workspace: invitation.workspace.name })}
      </Text>
      <Group gap="xs">
        <RoleBadge role={invitation.role} />
        <Text span size="sm" c="dimmed">
          {t(`access.role.${invitation.role}.can`)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('access.invitation.expires', { date: moments.time(invitation.expires_at) })}
      </Text>
    </Stack>
  );
}

function Accept(props: { token: string; invitation: InvitationPreview; email: string; accept: ReturnType<typeof useAcceptInvitation> }) {
  const t = useT();
  const { accept } = props;
  const target = `/workspaces/${encodeURIComponent(props.invitation.workspace.id)}`;
  const already = isApiError(accept.error) && accept.error.status === 409;
  const otherEmail = props.invitation.email !== null && props.invitation.email !== props.email.toLowerCase();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('access.invitation.signedInAs', { email: props.email })}</Text>
      {otherEmail && (
        <Alert color="yellow" variant="light">
          {t('access.invitation.otherEmail', { email: props.invitation.email ?? '' })}
        </Alert>
      )}
      {already ? (
        <Alert color="blue" variant="light" icon={<IconMailOpened aria-hidden />}>
          <Stack gap={6} align="flex-start">
            <Text size="sm">{t('access.invitation.already')}</Text>
            <Anchor component={Link} to={target} size="sm">
              {t('access.invitation.open', { workspace: props.invitation.workspace.name })}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <>
          {accept.isError && <ErrorAlert error={accept.error} />}
          <Button loading={accept.isPending} onClick={() => accept.mutate(props.token)}>
            {t('access.invitation.accept')}
          </Button>
        </>
      )}
    </Stack>
  );
}

function SignUp(props: { token: string; invitation: InvitationPreview; hash: string; signUp: ReturnType<typeof useSignUp> }) {
  const t = useT();
  const { signUp } = props;
  const hasAccount = isApiError(signUp.error) && signUp.error.status === 409;
  const signIn = `/sign-in?next=${encodeURIComponent(`/invitations${props.hash}`)}`;
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {t('access.invitation.newAccount')}
      </Text>
      {hasAccount && (
        <Alert color="blue" variant="light">
          {t('access.invitation.hasAccount')}
        </Alert>
      )}
      <AccountForm
        submitLabel={t('access.invitation.signUp')}
        email={props.invitation.email ?? undefined}
        pending={signUp.isPending}
        error={hasAccount ? null : signUp.error}
        onSubmit={(account) => signUp.mutate({ ...account, invitation: props.token })}
      />
      <Text size="sm">
        {t('access.invitation.haveAccount')}{' '}
        <Anchor component={Link} to={signIn}>
          {t('access.invitation.signInFirst')}
        </Anchor>
      </Text>
    </Stack>
  );
}
