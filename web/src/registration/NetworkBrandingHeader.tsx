import { Box, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkBranding } from './api';

/** The top of a network's registration page: its colour, logo, name and welcome text. */
export function NetworkBrandingHeader({
  network,
  eyebrow,
  title,
  titleOrder = 1,
}: {
  network: Pick<NetworkBranding, 'name' | 'logoUrl' | 'primaryColor' | 'welcomeText'>;
  eyebrow: string;
  title: string;
  /** 1 on the registration page; lower where the header is previewed inside another page. */
  titleOrder?: 1 | 2 | 3;
}) {
  const { t } = useTranslation();
  const color = network.primaryColor ?? 'var(--mantine-color-indigo-8)';
  return (
    <Stack gap="sm">
      <Box h={6} style={{ background: color, borderRadius: 3 }} data-testid="network-color" />
      <Group gap="md" wrap="nowrap" align="center">
        {network.logoUrl && (
          <Image src={network.logoUrl} alt={t('registration.join.logoAlt', { network: network.name })} h={56} w="auto" maw={160} fit="contain" />
        )}
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="xs" fw={700} tt="uppercase" lts={0.5} style={{ color }}>
            {eyebrow}
          </Text>
          <Title order={titleOrder} fz={26}>
            {title}
          </Title>
        </Stack>
      </Group>
      {network.welcomeText && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="welcome-text">
          {network.welcomeText}
        </Text>
      )}
    </Stack>
  );
}
