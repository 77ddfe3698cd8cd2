import { Alert, Button, Checkbox, Paper, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/api.client';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PasswordField } from './access.fields';
import { AccessFrame } from './access.frame';
import { passwordProblem, PASSWORD_MAX, PASSWORD_MIN } from './access.password';
import { useChangePassword } from './access.session';
import { useT } from './access.words';

/** A new password, given the current one; other browsers can be signed out at the same time. */
export default function PasswordPage() {
  const t = useT();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [others, setOthers] = useState(true);
  const [checked, setChecked] = useState(false);

  const problem = passwordProblem(next);
  const mismatch = repeat !== next;
  const wrongCurrent = isApiError(change.error) && change.error.errors.some((e) => e.path === 'current_password');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problem || mismatch || !current) return;
    change.mutate(
      { current_password: current, new_password: next, revoke_other_sessions: others },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
          setChecked(false);
        },
      },
    );
  };

  return (
    <AccessFrame title={t('access.password.title')} lead={t('access.password.lead')}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={480}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <PasswordField
              label={t('access.password.current')}
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={(checked && !current && t('access.password.currentMissing')) || (wrongCurrent && t('access.password.currentWrong'))}
            />
            <PasswordField
              label={t('access.password.new')}
              description={t('access.field.passwordRule', { min: PASSWORD_MIN })}
              autoComplete="new-password"
              required
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              error={checked && problem && t(problem === 'short' ? 'access.field.passwordShort' : 'access.field.passwordLong', { min: PASSWORD_MIN, max: PASSWORD_MAX })}
            />
            <PasswordField
              label={t('access.password.repeat')}
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              error={checked && mismatch && t('access.password.mismatch')}
            />
            <Checkbox label={t('access.password.others')} checked={others} onChange={(e) => setOthers(e.currentTarget.checked)} mt="xs" />
            {change.isError && !wrongCurrent && <ErrorAlert error={change.error} />}
            {change.isSuccess && (
              <Alert color="teal" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
                {t('access.password.changed')}
              </Alert>
            )}
            <Button type="submit" loading={change.isPending} mt="xs" style={{ alignSelf: 'flex-start' }}>
              {t('access.password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </AccessFrame>
  );
}
