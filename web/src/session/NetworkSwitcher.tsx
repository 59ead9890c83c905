import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/hooks';
import { MyNetworksQuery } from './api';
import { useSwitchNetwork } from './useSwitchNetwork';
import { useViewer } from './viewer';

/** In the header, for accounts in several networks: which network this is, and a menu to switch. */
export function NetworkSwitcher() {
  const { t } = useTranslation();
  const { signedIn } = useViewer();
  const { data } = useQuery(MyNetworksQuery, {}, { pause: !signedIn });
  const { switchTo, switching, error } = useSwitchNetwork();
  const networks = data?.myNetworks ?? [];
  const current = networks.find((membership) => membership.current);
  const others = networks.filter((membership) => !membership.current && (membership.status === 'APPROVED' || membership.status === 'PENDING'));
  if (!current || others.length === 0) return null;

  return (
    <Menu position="bottom-start" withinPortal shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          fw={500}
          loading={switching !== null}
          aria-label={t('sessions.switcher.label', { network: current.network.name })}
          title={error ?? undefined}
          style={{ maxWidth: 220 }}
        >
          <Text span size="sm" truncate>
            {current.network.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('sessions.switcher.menuTitle')}</Menu.Label>
        {others.map((membership) => (
          <Menu.Item key={membership.id} onClick={() => void switchTo(membership.network.slug, membership.network.name)}>
            {membership.network.name}
            {membership.status === 'PENDING' && (
              <Text span size="xs" c="dimmed">
                {' '}
                ({t('sessions.switcher.pending')})
              </Text>
            )}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item component={Link} to="/account#account-networks-title">
          {t('sessions.switcher.manage')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
