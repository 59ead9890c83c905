import { Alert, Avatar, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { PageLoader } from '../components/Page';
import { MyNetworksQuery } from '../session/api';
import { useSwitchNetwork } from '../session/useSwitchNetwork';

/** Account settings: every network this account belongs to, its standing there, and switching to it. */
export function NetworksSection() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MyNetworksQuery, {});
  const { switchTo, switching, error: switchError } = useSwitchNetwork();
  const networks = data?.myNetworks;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-networks-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="account-networks-title">
            {t('sessions.networks.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('sessions.networks.description')}
          </Text>
        </Stack>
        {switchError && (
          <Alert color="red" variant="light" role="alert">
            {switchError}
          </Alert>
        )}
        {error && !networks && (
          <Alert color="red" variant="light" role="alert">
            {describeRequestError(t, error)}
          </Alert>
        )}
        {!networks && !error && <PageLoader />}
        {networks && (
          <Stack gap={0} component="ul" aria-label={t('sessions.networks.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {networks.map((membership) => {
              const usable = membership.status === 'APPROVED' || membership.status === 'PENDING';
              return (
                <Group
                  key={membership.id}
                  component="li"
                  justify="space-between"
                  wrap="wrap"
                  gap="sm"
                  py="sm"
                  style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                  data-testid="account-network"
                >
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 240px' }}>
                    <Avatar src={membership.network.logoUrl} alt="" radius="sm" color="indigo">
                      {membership.network.name.slice(0, 1)}
                    </Avatar>
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap="xs" wrap="wrap">
                        <Text fw={600}>{membership.network.name}</Text>
                        {membership.current && (
                          <Badge color="teal" variant="light">
                            {t('sessions.networks.current')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm" c="dimmed">
                        {[membership.displayName, t(`sessions.networks.role.${membership.role}`), t(`sessions.networks.status.${membership.status}`)].join(
                          ' · ',
                        )}
                      </Text>
                    </Stack>
                  </Group>
                  {!membership.current && usable && (
                    <Button
                      size="xs"
                      variant="light"
                      loading={switching === membership.network.slug}
                      onClick={() => void switchTo(membership.network.slug, membership.network.name)}
                      aria-label={t('sessions.networks.switchTo', { network: membership.network.name })}
                    >
                      {t('sessions.networks.switch')}
                    </Button>
                  )}
                </Group>
              );
            })}
          </Stack>
        )}
        <Text size="sm" c="dimmed">
          {t('sessions.networks.joinAnother')}
        </Text>
      </Stack>
    </Paper>
  );
}
