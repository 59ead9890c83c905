import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeRequestError, translateUserError } from '../api/errors';
import { SwitchNetworkMutation } from './api';
import { useSession } from './hooks';
import { session } from './session';

/**
 * Switches to another of the account's networks: a token for that membership (the browser's
 * session moves there too, so a reload stays), then its home page, or the pending screen.
 */
export function useSwitchNetwork() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { client } = useSession();
  const [switching, setSwitching] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const switchTo = useCallback(
    async (networkSlug: string, networkName: string) => {
      setSwitching(networkSlug);
      setError(null);
      const result = await client.mutation(SwitchNetworkMutation, { input: { networkSlug } }).toPromise();
      setSwitching(null);
      const payload = result.data?.switchNetwork;
      if (!payload?.accessToken) {
        const reason = result.error
          ? describeRequestError(t, result.error)
          : payload?.errors.map((e) => translateUserError(t, e)).join(' ') || t('errors.unexpected');
        setError(t('sessions.networks.switchFailed', { network: networkName, reason }));
        return;
      }
      session.start(payload.accessToken, networkSlug);
      void navigate(payload.member?.status === 'PENDING' ? '/pending' : '/', { replace: true });
    },
    [client, navigate, t],
  );

  return { switchTo, switching, error };
}
