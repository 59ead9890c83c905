import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/hooks';
import { AlertIcon } from '../components/icons';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { LoginProvidersQuery } from './api';

const KNOWN_CODES = new Set([
  'UNKNOWN_PROVIDER',
  'UNKNOWN_NETWORK',
  'INVALID_REQUEST',
  'PROVIDER_UNAVAILABLE',
  'FLOW_NOT_FOUND',
  'FLOW_EXPIRED',
  'CONSENT_DENIED',
  'PROVIDER_ERROR',
  'LOGIN_FAILED',
  'EMAIL_IN_USE',
  'MEMBERSHIP_REJECTED',
  'MEMBERSHIP_SUSPENDED',
  'NOT_REGISTERED',
]);

/** Where identity sends the browser when a sign-in through a provider did not finish: /social-login/error?code=… */
export function SocialLoginErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t('social.error.pageTitle'));
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const providerId = params.get('provider') ?? '';
  const intent = params.get('intent');
  const network = params.get('network');
  const { data } = useQuery(LoginProvidersQuery, {});
  const provider = data?.loginProviders.find((p) => p.id === providerId)?.name ?? (providerId ? providerId.charAt(0).toUpperCase() + providerId.slice(1) : '');
  const message = KNOWN_CODES.has(code)
    ? t(`social.error.codes.${code}` as 'social.error.codes.unknown', { provider })
    : t('social.error.codes.unknown', { provider });

  const back =
    intent === 'link'
      ? { to: '/account', label: t('social.error.backToAccount') }
      : intent === 'sign-up' && network
        ? { to: `/join/${encodeURIComponent(network)}`, label: t('social.error.backToJoin') }
        : { to: network ? `/sign-in?network=${encodeURIComponent(network)}` : '/sign-in', label: t('social.error.backToSignIn') };

  return (
    <CardPage>
      <Stack gap="md">
        <Title order={1} fz={24}>
          {t('social.error.title')}
        </Title>
        <Alert color={code === 'CONSENT_DENIED' ? 'yellow' : 'red'} variant="light" icon={<AlertIcon size={20} />} role="alert">
          <Text size="sm" data-code={code}>
            {message}
          </Text>
        </Alert>
        <Anchor component={Link} to={back.to}>
          {back.label}
        </Anchor>
      </Stack>
    </CardPage>
  );
}
