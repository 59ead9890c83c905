import { Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { LoginProvidersQuery, socialStartUrl } from './api';
import { ProviderMark, providerButtonStyle } from './ProviderMark';

/**
 * "Continue with LINE" (and every other configured provider) for the sign-in and join pages. Each
 * button is a plain link: the browser goes to identity's /auth route, then to the provider. A sign-in
 * needs no network: the account's own networks are offered once the provider answered.
 */
export function SocialSignInButtons({ networkSlug, intent }: { networkSlug: string | null; intent: 'sign-in' | 'sign-up' }) {
  const { t } = useTranslation();
  const { data } = useQuery(LoginProvidersQuery, {});
  const providers = data?.loginProviders ?? [];
  if (providers.length === 0) return null;
  const slug = networkSlug?.trim() || null;
  return (
    <Stack gap="xs">
      {providers.map((provider) => {
        const style = providerButtonStyle(provider.id);
        return (
          <Button
            key={provider.id}
            component="a"
            href={socialStartUrl(provider.id, slug, intent)}
            fullWidth
            size="md"
            variant={style.variant}
            color={style.color}
            leftSection={<ProviderMark provider={provider.id} name={provider.name} />}
          >
            {t('social.continueWith', { provider: provider.name })}
          </Button>
        );
      })}
      <Divider label={t('social.or')} labelPosition="center" my={4} />
    </Stack>
  );
}
