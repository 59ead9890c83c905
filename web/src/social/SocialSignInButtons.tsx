import { Button, Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { LoginProvidersQuery, socialStartUrl } from './api';
import { ProviderMark, providerButtonStyle } from './ProviderMark';

/**
 * "Continue with LINE" (and every other configured provider) for the sign-in and join pages. Each
 * button is a plain link: the browser goes to identity's /auth route, then to the provider.
 */
export function SocialSignInButtons({ networkSlug, intent }: { networkSlug: string; intent: 'sign-in' | 'sign-up' }) {
  const { t } = useTranslation();
  const { data } = useQuery(LoginProvidersQuery, {});
  const providers = data?.loginProviders ?? [];
  if (providers.length === 0) return null;
  const slug = networkSlug.trim();
  return (
    <Stack gap="xs">
      {providers.map((provider) => {
        const label = t('social.continueWith', { provider: provider.name });
        const style = providerButtonStyle(provider.id);
        return (
          <Button
            key={provider.id}
            component="a"
            href={slug ? socialStartUrl(provider.id, slug, intent) : undefined}
            data-disabled={slug ? undefined : true}
            aria-disabled={slug ? undefined : true}
            onClick={(event) => {
              if (!slug) event.preventDefault();
            }}
            fullWidth
            size="md"
            variant={style.variant}
            color={style.color}
            leftSection={<ProviderMark provider={provider.id} name={provider.name} />}
          >
            {label}
          </Button>
        );
      })}
      {!slug && (
        <Text size="xs" c="dimmed" ta="center">
          {t('social.networkFirst', { provider: providers[0]?.name ?? '' })}
        </Text>
      )}
      <Divider label={t('social.or')} labelPosition="center" my={4} />
    </Stack>
  );
}
