import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RenewAccessTokenMutation } from '../api/documents';
import { CheckIcon, HourglassIcon } from '../components/icons';
import { CardPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useNotifications } from '../notifications/NotificationsProvider';
import { useSession } from '../session/hooks';
import { session } from '../session/session';
import { useViewer } from '../session/viewer';

const APPROVED_KIND = 'membership.approved';

/**
 * Shown to an applicant until an administrator approves them. Approval arrives live as a
 * `membership.approved` notification: the page then renews the access token (whose claims carry
 * the membership status) and moves on to the home page, without a reload.
 */
export function PendingPage() {
  const { t } = useTranslation();
  usePageTitle(t('pending.pageTitle'));
  const navigate = useNavigate();
  const { client } = useSession();
  const { viewer, refetch } = useViewer();
  const { onAdded } = useNotifications();
  const [phase, setPhase] = useState<'waiting' | 'approved' | 'failed'>('waiting');
  const renewing = useRef(false);

  const enterNetwork = useCallback(async () => {
    if (renewing.current) return;
    renewing.current = true;
    setPhase('approved');
    const result = await client.mutation(RenewAccessTokenMutation, { input: {} }).toPromise();
    const payload = result.data?.renewAccessToken;
    if (!payload?.accessToken || payload.errors.length > 0) {
      renewing.current = false;
      setPhase('failed');
      return;
    }
    session.start(payload.accessToken, payload.member?.network.slug);
    void navigate('/', { replace: true, state: { approved: true } });
  }, [client, navigate]);

  useEffect(
    () =>
      onAdded((notification) => {
        if (notification.kind === APPROVED_KIND) void enterNetwork();
      }),
    [onAdded, enterNetwork],
  );

  // Approved while this page was not listening (closed tab, lost connection): `me` tells.
  const status = viewer?.status;
  useEffect(() => {
    if (status === 'APPROVED') void enterNetwork();
  }, [status, enterNetwork]);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetch]);

  if (!viewer) return <PageLoader />;

  const network = viewer.network.name;
  if (status === 'REJECTED' || status === 'SUSPENDED') {
    return (
      <CardPage>
        <Stack gap="sm">
          <Title order={1} fz={24}>
            {viewer.displayName}
          </Title>
          <Text>{t(status === 'REJECTED' ? 'pending.rejected' : 'pending.suspended', { network })}</Text>
        </Stack>
      </CardPage>
    );
  }
  if (phase === 'failed') {
    return (
      <CardPage>
        <Alert color="yellow" variant="light">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('pending.renewFailed')}</Text>
            <Button size="xs" variant="light" onClick={() => session.signOut()}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </Alert>
      </CardPage>
    );
  }
  return (
    <CardPage>
      <Stack gap="md" align="center" ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" color={phase === 'approved' ? 'teal' : 'indigo'}>
          {phase === 'approved' ? <CheckIcon size={34} /> : <HourglassIcon size={34} />}
        </ThemeIcon>
        <Title order={1} fz={26}>
          {t('pending.title')}
        </Title>
        <Text fw={600} size="lg">
          {t('pending.greeting', { name: viewer.displayName })}
        </Text>
        <Text>{t('pending.body', { network })}</Text>
        <div role="status" aria-live="polite">
          {phase === 'approved' ? (
            <Group gap="xs" justify="center">
              <Loader size="xs" color="teal" />
              <Text c="teal" fw={600}>
                {t('pending.approved', { network })}
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('pending.hint')}
            </Text>
          )}
        </div>
      </Stack>
    </CardPage>
  );
}
