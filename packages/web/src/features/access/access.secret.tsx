import { ActionIcon, Alert, CopyButton, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { EXPIRY_CHOICES } from './access.time';
import { useT } from './access.words';

/** A link the server gave as a path when it does not know its public address: this page's origin is it. */
export function absoluteUrl(url: string): string {
  return new URL(url, window.location.origin).href;
}

/**
 * A new invitation link, share link or API token. Only its hash is stored, so this is the one
 * time it can be seen: it is shown selected-ready with a copy button and a plain warning.
 */
export function SecretOnce(props: { label: string; value: string; hint?: string }) {
  const t = useT();
  return (
    <Alert color="teal" variant="light" icon={<IconKey aria-hidden />} title={t('access.secret.title')}>
      <Stack gap="xs">
        <Text size="sm">{props.hint ?? t('access.secret.once')}</Text>
        <TextInput
          label={props.label}
          value={props.value}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          data-secret
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          rightSection={
            <CopyButton value={props.value}>
              {({ copied, copy }) => (
                <Tooltip label={t(copied ? 'access.secret.copied' : 'access.secret.copy')} withArrow>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t(copied ? 'access.secret.copied' : 'access.secret.copy')}>
                    {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
      </Stack>
    </Alert>
  );
}

/** The lifetime of a new API token or share link: 30, 90 or 365 days, or never. */
export function ExpirySelect(props: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <Select
      label={t('access.common.expiresIn')}
      miw={140}
      data={EXPIRY_CHOICES.map((d) => ({ value: d, label: d === 'never' ? t('access.common.never') : t('access.common.days', { count: Number(d) }) }))}
      value={props.value}
      onChange={(value) => value && props.onChange(value)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
