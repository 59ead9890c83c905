import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { InvitationLinkPreviewQuery } from './api';
import { looseT } from './common';

const storageKey = (networkSlug: string) => `kizuna.invite.${networkSlug}`;

function readStored(networkSlug: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(networkSlug));
  } catch {
    return null;
  }
}

/**
 * The invitation code of `/join/<slug>?invite=<code>`. It is kept for the tab's session, so it
 * survives a detour through a sign-in provider (social sign-up comes back without the query).
 */
export function useInvitationCode(networkSlug: string): { code: string | null; clear: () => void } {
  const [code, setCode] = useState<string | null>(() => new URLSearchParams(window.location.search).get('invite')?.trim() || readStored(networkSlug));
  useEffect(() => {
    try {
      if (code) sessionStorage.setItem(storageKey(networkSlug), code);
    } catch {
      // Storage disabled: the code lasts as long as the page.
    }
  }, [code, networkSlug]);
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(storageKey(networkSlug));
    } catch {
      // Nothing stored.
    }
    setCode(null);
  }, [networkSlug]);
  return { code, clear };
}

/** Who invited the visitor, or why their invitation link no longer works (they may register without it). */
export function InvitationNotice({ networkSlug, code, onDismiss }: { networkSlug: string; code: string | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  const preview = useQuery(InvitationLinkPreviewQuery, { networkSlug, code: code ?? '' }, { pause: !code });
  const result = preview.data?.invitationLinkPreview;
  if (!code || !result) return null;
  if (result.valid) {
    return (
      <Alert color="indigo" variant="light" role="status" data-testid="invitation-notice">
        {result.inviterName
          ? t(result.skipsApproval ? 'roles.join.invitedBySkips' : 'roles.join.invitedBy', { name: result.inviterName })
          : t('roles.inviteFriends.title')}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" role="status" data-testid="invitation-notice">
      <Stack gap={4} align="flex-start">
        <Text size="sm">{looseT(t)([`roles.join.invalid.${result.errorCode ?? 'INVITATION_INVALID'}`, 'roles.join.invalid.INVITATION_INVALID'])}</Text>
        <Anchor component="button" type="button" size="sm" onClick={onDismiss}>
          {t('roles.join.registerWithout')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
