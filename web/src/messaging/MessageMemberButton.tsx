import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../session/hooks';
import { StartDirectConversationMutation } from './messaging.api';
import { userErrorMessage } from './userErrors';

/** Opens (or reopens) the direct conversation with a member. */
export function MessageMemberButton({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    const result = await client.mutation(StartDirectConversationMutation, { input: { memberId } }).toPromise();
    setBusy(false);
    const payload = result.data?.startDirectConversation;
    if (payload?.conversation) return void navigate(`/messages/${payload.conversation.id}`);
    setError(userErrorMessage(t, payload?.errors, true));
  };
  return (
    <Stack gap={4} align="flex-start">
      <Button size="xs" onClick={() => void start()} loading={busy}>
        {t('messaging.profile.message')}
      </Button>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
