import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { UserError } from '../api/documents';
import { describeRequestError, translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { PageLoader } from '../components/Page';
import { currentLanguage } from '../i18n';
import { useSession } from '../session/hooks';
import { CompleteLoginLinkMutation, LinkedLoginsQuery, StartLoginLinkMutation, UnlinkLoginMutation } from '../social/api';
import { LINE_GREEN, ProviderMark } from '../social/ProviderMark';

type Notice = { text: string; failed?: boolean };

/**
 * Account settings: logins at LINE, Google, … that sign in to this account. Linking sends the
 * browser to the provider, which returns to /account?linkTicket=…; this section then finishes the
 * link with the member's own token. An account always keeps one way to sign in.
 */
export function LinkedLoginsSection() {
  const { t } = useTranslation();
  const { client } = useSession();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(LinkedLoginsQuery, {});
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const completing = useRef<string | null>(null);

  const providerName = (id: string) => data?.loginProviders.find((p) => p.id === id)?.name ?? id;
  const describe = (errors: UserError[], provider: string): string =>
    errors
      .map((e) => (e.code === 'LAST_SIGN_IN_METHOD' ? t('social.linked.lastMethod', { provider: providerName(provider) }) : translateUserError(t, e)))
      .join(' ');

  // Back from the provider: finish the link once, then drop the ticket from the address.
  const ticket = params.get('linkTicket');
  useEffect(() => {
    if (!ticket || completing.current === ticket) return;
    completing.current = ticket;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('linkTicket');
        return next;
      },
      { replace: true },
    );
    void client
      .mutation(CompleteLoginLinkMutation, { ticket })
      .toPromise()
      .then((result) => {
        const payload = result.data?.completeLoginLink;
        if (result.error || !payload) setNotice({ text: result.error ? describeRequestError(t, result.error) : t('errors.unexpected'), failed: true });
        else if (payload.errors.length > 0) setNotice({ text: payload.errors.map((e) => translateUserError(t, e)).join(' '), failed: true });
        else {
          const newest = [...(payload.linkedLogins ?? [])].sort((a, b) => b.linkedAt.localeCompare(a.linkedAt))[0];
          setNotice({ text: t('social.linked.linkedNow', { provider: newest?.providerName ?? '' }) });
        }
        refetch();
      });
  }, [ticket, client, setParams, refetch, t]);

  const link = async (provider: string) => {
    setBusy(provider);
    setNotice(null);
    const result = await client.mutation(StartLoginLinkMutation, { provider }).toPromise();
    const payload = result.data?.startLoginLink;
    if (payload?.authorizationUrl) {
      window.location.assign(payload.authorizationUrl);
      return;
    }
    setBusy(null);
    if (result.error || !payload) setNotice({ text: result.error ? describeRequestError(t, result.error) : t('errors.unexpected'), failed: true });
    else setNotice({ text: describe(payload.errors, provider), failed: true });
  };

  const unlink = async (provider: string) => {
    setBusy(provider);
    setConfirming(null);
    setNotice(null);
    const result = await client.mutation(UnlinkLoginMutation, { provider }).toPromise();
    setBusy(null);
    const payload = result.data?.unlinkLogin;
    if (result.error || !payload) setNotice({ text: result.error ? describeRequestError(t, result.error) : t('errors.unexpected'), failed: true });
    else if (payload.errors.length > 0) setNotice({ text: describe(payload.errors, provider), failed: true });
    else setNotice({ text: t('social.linked.unlinkedNow', { provider: providerName(provider) }) });
    refetch();
  };

  if (error && !data) {
    return (
      <Alert color="red" variant="light">
        {t('social.linked.loadError')}
      </Alert>
    );
  }
  if (!data?.me) return <PageLoader />;
  const linked = new Map((data.me.linkedLogins ?? []).map((login) => [login.provider, login]));
  // Providers no longer offered still show while linked, so they can be unlinked.
  const rows = [
    ...data.loginProviders.map((p) => ({ id: p.id, name: p.name })),
    ...[...linked.values()].filter((l) => !data.loginProviders.some((p) => p.id === l.provider)).map((l) => ({ id: l.provider, name: l.providerName })),
  ];

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-linked-logins-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="account-linked-logins-title">
            {t('social.linked.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('social.linked.description')}
          </Text>
        </Stack>
        {notice && (
          <Alert color={notice.failed ? 'red' : 'teal'} variant="light" role={notice.failed ? 'alert' : 'status'}>
            {notice.text}
          </Alert>
        )}
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('social.linked.noProviders')}
          </Text>
        )}
        <Stack gap="sm">
          {rows.map((provider) => {
            const login = linked.get(provider.id);
            return (
              <Group key={provider.id} justify="space-between" wrap="wrap" gap="sm" data-testid={`linked-login-${provider.id}`}>
                <Group gap="sm" wrap="nowrap">
                  <Text c={provider.id === 'line' ? LINE_GREEN : undefined} lh={0}>
                    <ProviderMark provider={provider.id} name={provider.name} />
                  </Text>
                  <Stack gap={0}>
                    <Group gap="xs">
                      <Text fw={500}>{provider.name}</Text>
                      <Badge variant="light" color={login ? 'teal' : 'gray'}>
                        {login ? t('social.linked.linkedOn', { date: formatDateTime(login.linkedAt, currentLanguage()) }) : t('social.linked.notLinked')}
                      </Badge>
                    </Group>
                    {login && (login.email || login.displayName) && (
                      <Text size="xs" c="dimmed">
                        {[login.displayName, login.email].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                  </Stack>
                </Group>
                {login ? (
                  confirming === provider.id ? (
                    <Group gap="xs">
                      <Text size="sm">{t('social.linked.unlinkConfirm', { provider: provider.name })}</Text>
                      <Button size="xs" color="red" onClick={() => void unlink(provider.id)} loading={busy === provider.id}>
                        {t('social.linked.unlink')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                        {t('social.linked.cancel')}
                      </Button>
                    </Group>
                  ) : (
                    <Button size="xs" variant="default" onClick={() => setConfirming(provider.id)} disabled={busy !== null}>
                      {t('social.linked.unlink')}
                    </Button>
                  )
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => void link(provider.id)}
                    loading={busy === provider.id}
                    disabled={busy !== null && busy !== provider.id}
                  >
                    {t('social.linked.link', { provider: provider.name })}
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
