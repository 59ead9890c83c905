import { useCallback, useEffect, useState } from 'react';
import { Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { translateUserError } from '../api/errors';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { session } from '../session/session';
import { useViewer } from '../session/viewer';
import { ResendVerificationEmailMutation, VerifyEmailMutation } from './api';
import { TokenOutcome } from './TokenOutcome';
import { useSpendOnce } from './useSpendOnce';

/**
 * `/verify-email?token=…`: the link in the verification e-mail, or the one that continues joining.
 * Works signed in or not; it signs this browser in to the link's network, and someone who has just
 * registered lands on their pending page (or the home page, if already approved).
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('credentials.verify.pageTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { client, token: accessToken } = useSession();
  const spend = useCallback(
    async (token: string) => {
      const result = await client.mutation(VerifyEmailMutation, { input: { token } }).toPromise();
      const payload = result.data?.verifyEmail;
      if (payload?.emailVerified && payload.accessToken && payload.member) {
        session.start(payload.accessToken, payload.member.network.slug);
        void navigate(payload.member.status === 'APPROVED' ? '/' : '/pending', { replace: true });
      }
      if (payload?.emailVerified) return { ok: true as const, value: true };
      return { ok: false as const, codes: payload?.errors.map((e) => e.code) ?? ['UNEXPECTED'] };
    },
    [client, navigate],
  );
  const state = useSpendOnce(params.get('token')?.trim() ?? '', spend);
  // `me` may have been read before the link was spent: read it again so the reminder goes away.
  const { refetch } = useViewer();
  useEffect(() => {
    if (state.phase === 'done') refetch();
  }, [state.phase, refetch]);
  const [resend, setResend] = useState<{ sending: boolean; message?: string; failed?: boolean }>({ sending: false });

  const resendLink = async () => {
    setResend({ sending: true });
    const result = await client.mutation(ResendVerificationEmailMutation, {}).toPromise();
    const payload = result.data?.resendVerificationEmail;
    if (payload?.sent) setResend({ sending: false, message: t('credentials.verify.resent') });
    else setResend({ sending: false, failed: true, message: payload?.errors[0] ? translateUserError(t, payload.errors[0]) : t('errors.unexpected') });
  };

  const code = state.phase === 'failed' ? state.codes[0] : null;
  const failure = code === 'TOKEN_EXPIRED' ? 'expired' : code === 'TOKEN_USED' ? 'used' : code === 'TOKEN_INVALID' ? 'invalid' : null;
  const title = state.phase === 'done' ? t('credentials.verify.successTitle') : failure ? t(`credentials.verify.${failure}Title`) : t('errors.unexpected');
  const body = state.phase === 'done' ? t('credentials.verify.successBody') : failure ? t(`credentials.verify.${failure}Body`) : null;
  const slug = session.lastNetworkSlug();
  const signInPath = slug ? `/sign-in?network=${encodeURIComponent(slug)}` : '/sign-in';

  return (
    <CardPage>
      <TokenOutcome phase={state.phase} working={t('credentials.verify.verifying')} title={title} body={body}>
        {state.phase === 'done' && (
          <Button component={Link} to={accessToken ? '/' : signInPath}>
            {accessToken ? t('credentials.verify.continue') : t('credentials.verify.signIn')}
          </Button>
        )}
        {state.phase === 'failed' && failure !== 'used' && accessToken && (
          <Button onClick={() => void resendLink()} loading={resend.sending} variant="light">
            {t('credentials.verify.resend')}
          </Button>
        )}
        {state.phase === 'failed' && failure !== 'used' && !accessToken && (
          <Text size="sm">
            <Anchor component={Link} to={signInPath} state={{ from: '/account' }}>
              {t('credentials.verify.signInToResend')}
            </Anchor>
          </Text>
        )}
        {state.phase === 'failed' && failure === 'used' && (
          <Button component={Link} to={accessToken ? '/' : signInPath} variant="light">
            {accessToken ? t('credentials.verify.continue') : t('credentials.verify.signIn')}
          </Button>
        )}
        {resend.message && (
          <Text size="sm" c={resend.failed ? 'red' : 'teal'} role="status">
            {resend.message}
          </Text>
        )}
      </TokenOutcome>
    </CardPage>
  );
}
