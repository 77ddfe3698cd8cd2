import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconShare } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { usePlanContext } from '../plans/plan.context';
import { useCan } from './access.can';
import { AccessFrame, StatusBadge, TableScroller } from './access.frame';
import { useCreateShareLink, useRevokeShareLink, useShareLinks } from './access.queries';
import { RevokeDialog } from './access.revoke';
import type { ShareLink } from './access.types';
import { absoluteUrl, ExpirySelect, SecretOnce } from './access.secret';
import { useSignedIn } from './access.session';
import { expiryDays, useMoments } from './access.time';
import { useT } from './access.words';

/**
 * Read-only links to the plan's stakeholder view (dashboard and roadmap) for people without an
 * account: who each is for, when it expires, revoke one at once.
 */
export default function ShareLinksPage() {
  const t = useT();
  const { ws, plan } = usePlanContext();
  const session = useSignedIn();
  const workspace = session?.workspaces.find((w) => w.id === ws);
  const canShare = useCan('share_links.manage');

  return (
    <AccessFrame title={t('access.share.title')} lead={t('access.share.lead', { plan: plan.name })} workspace={workspace} plan={plan}>
      {canShare ? (
        <>
          <NewShareLinkForm ws={ws} plan={plan.id} />
          <ShareLinkList ws={ws} plan={plan.id} />
        </>
      ) : (
        <Text size="sm">{t('access.share.editorsOnly')}</Text>
      )}
    </AccessFrame>
  );
}

function NewShareLinkForm(props: { ws: string; plan: string }) {
  const t = useT();
  const create = useCreateShareLink(props.ws, props.plan);
  const [label, setLabel] = useState('');
  const [expiry, setExpiry] = useState('90');
  const [checked, setChecked] = useState(false);
  const url = create.data && absoluteUrl(create.data.url);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!label.trim()) return;
    create.mutate(
      { label: label.trim(), expires_in_days: expiryDays(expiry) },
      {
        onSuccess: () => {
          setLabel('');
          setChecked(false);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="new-share-heading">
      <Title order={2} size="h4" id="new-share-heading" mb="sm">
        {t('access.share.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('access.share.label')}
              description={t('access.share.labelHint')}
              required
              style={{ flex: '1 1 260px' }}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={checked && !label.trim() && t('access.share.labelMissing')}
            />
            <ExpirySelect value={expiry} onChange={setExpiry} />
          </Group>
          {create.isError && <ErrorAlert error={create.error} />}
          <Button type="submit" leftSection={<IconShare size={16} aria-hidden />} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('access.share.create')}
          </Button>
          {url && (
            <Stack gap={6}>
              <SecretOnce label={t('access.share.link', { label: create.data.label })} value={url} />
              <Anchor href={url} target="_blank" rel="noopener" size="sm">
                <Group gap={4} component="span">
                  {t('access.share.open')}
                  <IconExternalLink size={14} aria-hidden />
                </Group>
              </Anchor>
            </Stack>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function ShareLinkList(props: { ws: string; plan: string }) {
  const t = useT();
  const moments = useMoments();
  const links = useShareLinks(props.ws, props.plan);
  const revoke = useRevokeShareLink(props.ws, props.plan);
  const [revoking, setRevoking] = useState<ShareLink | null>(null);

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="share-links-heading">
      <Title order={2} size="h4" id="share-links-heading" p="md" pb="xs">
        {t('access.share.list')}
      </Title>
      {links.isPending && <PageLoader />}
      {links.isError && <ErrorAlert error={links.error} onRetry={() => void links.refetch()} />}
      {links.data?.length === 0 && (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('access.share.none')}
        </Text>
      )}
      {links.data && links.data.length > 0 && (
        <TableScroller minWidth={560} label={t('access.share.list')}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('access.share.label')}</Table.Th>
                <Table.Th>{t('access.common.status')}</Table.Th>
                <Table.Th>{t('access.common.created')}</Table.Th>
                <Table.Th>{t('access.common.expires')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('access.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {links.data.map((link) => (
                <Table.Tr key={link.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {link.label}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={link.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{moments.day(link.created_at)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{link.expires_at ? moments.day(link.expires_at) : t('access.common.never')}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {link.status === 'active' && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        aria-label={t('access.share.revokeWhich', { label: link.label })}
                        onClick={() => {
                          revoke.reset();
                          setRevoking(link);
                        }}
                      >
                        {t('access.common.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      <RevokeDialog target={revoking} title={t('access.share.revokeTitle')} body={t('access.share.revokeBody', { label: revoking?.label ?? '' })} revoke={revoke} onClose={() => setRevoking(null)} />
    </Paper>
  );
}
