import { useCallback } from 'react';
import { Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { translateUserError } from '../api/errors';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { ConfirmEmailChangeMutation } from './api';
import { TokenOutcome } from './TokenOutcome';
import { useSpendOnce } from './useSpendOnce';

/** `/confirm-email?token=…`: the link sent to a new address; opening it moves the account there. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('credentials.confirmEmail.pageTitle'));
  const [params] = useSearchParams();
  const { client, token: accessToken } = useSession();
  const spend = useCallback(
    async (token: string) => {
      const result = await client.mutation(ConfirmEmailChangeMutation, { input: { token } }).toPromise();
      const payload = result.data?.confirmEmailChange;
      if (payload?.email && payload.errors.length === 0) return { ok: true as const, value: payload.email };
      return { ok: false as const, codes: payload?.errors.map((e) => e.code) ?? ['UNEXPECTED'] };
    },
    [client],
  );
  const state = useSpendOnce(params.get('token')?.trim() ?? '', spend);

  return (
    <CardPage>
      <TokenOutcome
        phase={state.phase}
        working={t('credentials.confirmEmail.confirming')}
        title={state.phase === 'done' ? t('credentials.confirmEmail.successTitle') : t('credentials.confirmEmail.failedTitle')}
        body={
          state.phase === 'done'
            ? t('credentials.confirmEmail.successBody', { email: state.value })
            : state.phase === 'failed'
              ? translateUserError(t, { code: state.codes[0] ?? 'UNEXPECTED', field: null, message: t('errors.unexpected') })
              : null
        }
      >
        {state.phase === 'done' && (
          <Button component={Link} to={accessToken ? '/account' : '/sign-in'}>
            {accessToken ? t('credentials.verify.continue') : t('credentials.verify.signIn')}
          </Button>
        )}
        {state.phase === 'failed' && (
          <Text size="sm">
            <Anchor component={Link} to="/account">
              {t('credentials.confirmEmail.requestNew')}
            </Anchor>
          </Text>
        )}
      </TokenOutcome>
    </CardPage>
  );
}
