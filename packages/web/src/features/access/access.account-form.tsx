import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/api.client';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useProblemWords } from '../../shared/ui/problem-words';
import { PasswordField } from './access.fields';
import { fieldMessages, looksLikeEmail, passwordProblem, PASSWORD_MAX, PASSWORD_MIN } from './access.password';
import type { NewAccount } from './access.session';
import { useT } from './access.words';

/**
 * Name, email and password of a new account, checked against the server's rules before it is
 * sent; what the server still refuses is shown beside the field it names.
 */
export function AccountForm(props: {
  submitLabel: string;
  /** An invitation for one address fixes the email. */
  email?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (account: NewAccount) => void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState(props.email ?? '');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);

  const emailWrong = !looksLikeEmail(email);
  const problem = passwordProblem(password);
  const words = useProblemWords();
  const server = fieldMessages(isApiError(props.error) ? props.error : null, ['email', 'password', 'name'], words.field);
  const fieldError = (local: string | false | null, field: string) => (checked && local) || server[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (emailWrong || problem) return;
    props.onSubmit({ email: email.trim(), password, ...(name.trim() ? { name: name.trim() } : {}) });
  };

  const otherError = Boolean(props.error) && Object.keys(server).length === 0;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('access.field.name')} autoComplete="name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={server.name} />
        <TextInput
          label={t('access.field.email')}
          type="email"
          autoComplete="email"
          required
          readOnly={props.email !== undefined}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError(emailWrong && t('access.field.emailInvalid'), 'email')}
        />
        <PasswordField
          label={t('access.field.newPassword')}
          description={t('access.field.passwordRule', { min: PASSWORD_MIN })}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError(problem && t(problem === 'short' ? 'access.field.passwordShort' : 'access.field.passwordLong', { min: PASSWORD_MIN, max: PASSWORD_MAX }), 'password')}
        />
        {otherError && <ErrorAlert error={props.error} />}
        <Button type="submit" loading={props.pending} mt="xs">
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
