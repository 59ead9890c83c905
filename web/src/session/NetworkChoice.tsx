import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipStatus, SignInNetworkChoice } from '../api/documents';
import { session } from './session';

/** Rejected and suspended memberships are listed, as such, but cannot be signed in to. */
export function canSignInTo(status: MembershipStatus): boolean {
  return status === 'APPROVED' || status === 'PENDING';
}

/** The network this device used last, when the choice offers it and it can be signed in to. */
export function rememberedNetwork(choice: SignInNetworkChoice): string | null {
  const slug = session.lastNetworkSlug();
  return choice.networks.some((option) => option.network.slug === slug && canSignInTo(option.status)) ? slug : null;
}

/** The second step of signing in for an account with several networks: one button per network, by name. */
export function NetworkChoice({ choice, choosing, onChoose }: { choice: SignInNetworkChoice; choosing: string | null; onChoose: (slug: string) => void }) {
  const { t } = useTranslation();
  const last = session.lastNetworkSlug();
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz={26}>
          {t('sessions.chooseNetwork.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('sessions.chooseNetwork.intro')}
        </Text>
      </Stack>
      <Stack gap="xs" component="ul" aria-label={t('sessions.chooseNetwork.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {choice.networks.map((option) => {
          const slug = option.network.slug;
          const details = [t(`sessions.networks.status.${option.status}`), ...(slug === last ? [t('sessions.chooseNetwork.lastUsed')] : [])].join(' · ');
          return (
            <li key={slug}>
              <Button
                fullWidth
                h="auto"
                py="sm"
                justify="flex-start"
                variant={slug === last ? 'light' : 'default'}
                disabled={!canSignInTo(option.status) || (choosing !== null && choosing !== slug)}
                loading={choosing === slug}
                onClick={() => onChoose(slug)}
              >
                <Stack component="span" gap={2} align="flex-start">
                  <Text component="span" fw={600}>
                    {option.network.name}
                  </Text>
                  <Text component="span" size="xs">
                    {details}
                  </Text>
                </Stack>
              </Button>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
