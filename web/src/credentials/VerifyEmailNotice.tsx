import { useEffect, useState } from 'react';
import { Alert, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { useSession } from '../session/hooks';
import { AccountEmailQuery, ResendVerificationEmailMutation } from './api';

/** A reminder for signed-in people whose e-mail address is not verified yet, with a resend button. */
export function VerifyEmailNotice() {
  const { t } = useTranslation();
  const { client, token } = useSession();
  const { data, refetch } = useQuery(AccountEmailQuery, {}, { pause: token === null });
  const [resend, setResend] = useState<{ sending: boolean; message?: string; failed?: boolean }>({ sending: false });
  const { pathname } = useLocation();

  // Moving between pages (e.g. after opening the link on /verify-email) shows the current state.
  useEffect(() => {
    if (token !== null) refetch();
  }, [pathname, token, refetch]);

  // Verified in another tab (the link from the mail): look again when this one comes back.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetch]);

  const me = data?.me;
  if (token === null || !me || me.emailVerified !== false || pathname === '/verify-email') return null;

  const resendLink = async () => {
    setResend({ sending: true });
    const result = await client.mutation(ResendVerificationEmailMutation, {}).toPromise();
    const payload = result.data?.resendVerificationEmail;
    if (payload?.sent) setResend({ sending: false, message: t('credentials.notice.resent') });
    else if (payload?.errors[0]?.code === 'ALREADY_VERIFIED') refetch();
    else setResend({ sending: false, failed: true, message: payload?.errors[0] ? translateUserError(t, payload.errors[0]) : t('errors.unexpected') });
  };

  return (
    <Container size="md" px={{ base: 'sm', xs: 'md' }} pt="md">
      <Alert color="yellow" variant="light" data-testid="verify-email-notice">
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('credentials.notice.text', { email: me.email })}</Text>
          {resend.message ? (
            <Text size="sm" c={resend.failed ? 'red' : 'teal'} role="status">
              {resend.message}
            </Text>
          ) : (
            <Button size="xs" variant="light" color="yellow" onClick={() => void resendLink()} loading={resend.sending}>
              {t('credentials.notice.resend')}
            </Button>
          )}
        </Group>
      </Alert>
    </Container>
  );
}
