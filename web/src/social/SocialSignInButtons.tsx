import { Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { LoginProvidersQuery, socialStartUrl } from './api';
import { ProviderMark, providerButtonStyle } from './ProviderMark';
import classes from './SocialSignInButtons.module.css';

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
        const label = t('social.continueWith', { provider: provider.name });
        // LINE's guidelines fix its button at white text on #06C755, which is 2.25:1, below WCAG AA's
        // 4.5:1; they also allow LINE's icon alone as the login button. So LINE's part is its icon on
        // its green, and the words sit beside it in dark text on a white button, as Google's
        // guidelines have theirs (white, #747775 border, #1F1F1F text), which reads at 16:1.
        const line = provider.id === 'line';
        const style = line ? { variant: 'default' as const } : providerButtonStyle(provider.id);
        const mark = <ProviderMark provider={provider.id} name={provider.name} />;
        return (
          <Button
            key={provider.id}
            component="a"
            href={socialStartUrl(provider.id, slug, intent)}
            fullWidth
            size="md"
            variant={style.variant}
            color={style.color}
            className={style.variant === 'default' ? classes.neutral : undefined}
            leftSection={line ? <span className={classes.lineIcon}>{mark}</span> : mark}
          >
            {label}
          </Button>
        );
      })}
      <Divider label={t('social.or')} labelPosition="center" my={4} />
    </Stack>
  );
}
