import { Alert, Avatar, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '../api/hooks';
import { AlertIcon } from '../components/icons';
import { SocialSignupQuery, type SocialSignup } from './api';

export interface SocialSignupState {
  /** The `signup` ticket in the join page's address, unless it turned out expired. */
  ticket: string | null;
  /** What the provider shared; null while loading or when the ticket expired. */
  details: SocialSignup | null;
  fetching: boolean;
  expired: boolean;
  /** Drops the ticket from the address: the person registers with a password instead. */
  dismiss: () => void;
}

/** The join page's sign-up through a provider (/join/<network>?signup=<ticket>). */
export function useSocialSignup(): SocialSignupState {
  const [params, setParams] = useSearchParams();
  const ticket = params.get('signup');
  const { data, fetching } = useQuery(SocialSignupQuery, { ticket: ticket ?? '' }, { pause: !ticket });
  const details = data?.socialSignup ?? null;
  const expired = Boolean(ticket) && !fetching && data !== undefined && details === null;
  return {
    ticket: expired ? null : ticket,
    details,
    fetching: Boolean(ticket) && fetching,
    expired,
    dismiss: () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('signup');
          return next;
        },
        { replace: true },
      ),
  };
}

/** Tells the person they are signing up through LINE (or another provider), or that the sign-up expired. */
export function SocialSignupNotice({ signup }: { signup: SocialSignupState }) {
  const { t } = useTranslation();
  if (signup.expired) {
    return (
      <Alert color="yellow" variant="light" icon={<AlertIcon size={20} />} title={t('social.signup.expiredTitle')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('social.signup.expired')}</Text>
          <Button variant="light" color="yellow" size="xs" onClick={signup.dismiss}>
            {t('social.signup.usePassword')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const details = signup.details;
  if (!details) return null;
  return (
    <Alert color="green" variant="light" title={t('social.signup.banner', { provider: details.providerName })} data-testid="social-signup">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {details.pictureUrl && <Avatar src={details.pictureUrl} alt="" radius="xl" size="md" />}
        <Stack gap={6}>
          <Text size="sm">
            {details.existingAccount
              ? t('social.signup.existingAccount', { provider: details.providerName, email: details.email ?? '' })
              : t('social.signup.bannerText', { provider: details.providerName })}
          </Text>
        </Stack>
      </Group>
    </Alert>
  );
}
