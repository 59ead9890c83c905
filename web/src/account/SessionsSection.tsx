import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeRequestError, translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { PageLoader } from '../components/Page';
import { RevokeSessionMutation, SessionsQuery, SignOutEverywhereMutation, type DeviceSession, type DeviceType } from '../session/api';
import { useSession } from '../session/hooks';
import { useSignOut } from '../session/useSignOut';

const PAGE_SIZE = 20;

/**
 * Account settings: the browsers and devices signed in to this account (newest sign-in first),
 * signing out one of them, this one, or every other one.
 */
export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const signOut = useSignOut();
  const { client } = useSession();
  const [first, setFirst] = useState(PAGE_SIZE);
  const { data, error, refetch } = useQuery(SessionsQuery, { first });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; failed?: boolean } | null>(null);

  const describe = (device: DeviceSession): string => {
    const browser = device.browser ?? t('sessions.devices.unknownBrowser');
    return device.operatingSystem ? t('sessions.devices.browserOnSystem', { browser, system: device.operatingSystem }) : browser;
  };

  const fail = (text: string) => setNotice({ text, failed: true });

  const signOutDevice = async (device: DeviceSession) => {
    if (device.current) {
      signOut();
      return;
    }
    setBusy(device.id);
    setNotice(null);
    const result = await client.mutation(RevokeSessionMutation, { input: { sessionId: device.id } }).toPromise();
    setBusy(null);
    const payload = result.data?.revokeSession;
    if (result.error || !payload) return fail(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    if (payload.errors.length > 0) fail(payload.errors.map((e) => translateUserError(t, e)).join(' '));
    else setNotice({ text: t('sessions.devices.signedOutDevice', { device: describe(device) }) });
    refetch();
  };

  const signOutOthers = async () => {
    setBusy('others');
    setNotice(null);
    const result = await client.mutation(SignOutEverywhereMutation, { input: { includeCurrent: false } }).toPromise();
    setBusy(null);
    setConfirming(false);
    const payload = result.data?.signOutEverywhere;
    if (result.error || !payload) return fail(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    if (payload.errors.length > 0) return fail(payload.errors.map((e) => translateUserError(t, e)).join(' '));
    setNotice({ text: t('sessions.devices.signedOutOthers', { count: payload.endedSessions }) });
    refetch();
  };

  const connection = data?.sessions;
  const devices = connection?.edges.map((edge) => edge.node) ?? [];
  const others = devices.filter((device) => !device.current).length + Math.max(0, (connection?.totalCount ?? 0) - devices.length);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-sessions-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={2} fz="lg" id="account-sessions-title">
              {t('sessions.devices.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('sessions.devices.description')}
            </Text>
          </Stack>
          {connection && (
            <Badge variant="light" color="gray">
              {t('sessions.devices.count', { count: connection.totalCount })}
            </Badge>
          )}
        </Group>
        {notice && (
          <Alert color={notice.failed ? 'red' : 'teal'} variant="light" role={notice.failed ? 'alert' : 'status'}>
            {notice.text}
          </Alert>
        )}
        {error && !connection && (
          <Alert color="red" variant="light" role="alert">
            {describeRequestError(t, error)}
          </Alert>
        )}
        {!connection && !error && <PageLoader />}
        {connection && (
          <Stack gap={0} component="ul" aria-label={t('sessions.devices.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {devices.map((device) => (
              <Group
                key={device.id}
                component="li"
                justify="space-between"
                align="center"
                wrap="wrap"
                gap="sm"
                py="sm"
                style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                data-testid="device-session"
                data-current={device.current}
              >
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>{describe(device)}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`sessions.devices.deviceType.${device.deviceType as DeviceType}`)}
                    </Text>
                    {device.current && (
                      <Badge color="teal" variant="light">
                        {t('sessions.devices.thisDevice')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[
                      t('sessions.devices.lastUsedAt', { date: formatDateTime(device.lastUsedAt, i18n.language) }),
                      t('sessions.devices.signedInAt', { date: formatDateTime(device.createdAt, i18n.language) }),
                      device.ipAddress ? t('sessions.devices.address', { address: device.ipAddress }) : null,
                      device.network ? t('sessions.devices.network', { network: device.network.name }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
                <Button
                  variant={device.current ? 'default' : 'light'}
                  color={device.current ? 'gray' : 'red'}
                  size="xs"
                  loading={busy === device.id}
                  onClick={() => void signOutDevice(device)}
                  aria-label={device.current ? t('sessions.devices.signOutThisDevice') : t('sessions.devices.signOutDeviceLabel', { device: describe(device) })}
                >
                  {device.current ? t('sessions.devices.signOutThisDevice') : t('sessions.devices.signOutDevice')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        {connection?.pageInfo.hasNextPage && (
          <Button variant="subtle" size="xs" onClick={() => setFirst((n) => n + PAGE_SIZE)} style={{ alignSelf: 'flex-start' }}>
            {t('sessions.devices.loadMore')}
          </Button>
        )}
        {connection &&
          (others > 0 ? (
            <Button variant="light" color="red" onClick={() => setConfirming(true)} style={{ alignSelf: 'flex-start' }}>
              {t('sessions.devices.signOutOthers')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('sessions.devices.onlyThisDevice')}
            </Text>
          ))}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('sessions.devices.signOutOthersConfirmTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('sessions.devices.signOutOthersConfirmBody')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('sessions.devices.cancel')}
            </Button>
            <Button color="red" loading={busy === 'others'} onClick={() => void signOutOthers()}>
              {t('sessions.devices.signOutOthersConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
