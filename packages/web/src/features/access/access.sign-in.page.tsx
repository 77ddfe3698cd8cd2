import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/api.client';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { AuthCard, PasswordField } from './access.fields';
import { safeNext } from './access.next';
import { useSession, useSetup, useSignIn } from './access.session';
import { useT } from './access.words';

/** Email and password; afterwards back to the page that asked for it (`?next=`). */
export default function SignInPage() {
  const t = useT();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const setup = useSetup();
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.data) return <Navigate to={next} replace />;
  if (setup.data?.needs_first_account) return <Navigate to="/setup" replace />;
  if (setup.isPending || session.isPending) return <PageLoader />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };
  const status = isApiError(signIn.error) ? signIn.error.status : undefined;
  const known = status === 401 || status === 429;

  return (
    <AuthCard title={t('access.signIn.title')} lead={t(params.has('next') ? 'access.signIn.leadAgain' : 'access.signIn.lead')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label={t('access.field.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordField
            label={t('access.field.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {known && (
            <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
              {t(status === 401 ? 'access.signIn.wrong' : 'access.signIn.tooMany')}
            </Alert>
          )}
          {signIn.isError && !known && <ErrorAlert error={signIn.error} />}
          <Button type="submit" loading={signIn.isPending} mt="xs">
            {t('access.signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" c="dimmed">
        {t('access.signIn.noAccount')}
      </Text>
    </AuthCard>
  );
}
