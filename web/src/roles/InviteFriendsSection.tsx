import { useState } from 'react';
import { Button, Card, Collapse, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { useViewer } from '../session/viewer';
import { InvitationLinksQuery, InvitationSettingsQuery } from './api';
import { Feedback } from './common';
import { CreateInvitationLinkForm, InvitationLinkList } from './invitationLinks';

/** "Invite a friend": a member's own invitation links, when the network lets members invite. */
export function InviteFriendsSection() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const approved = viewer?.status === 'APPROVED';
  const settings = useQuery(InvitationSettingsQuery, {}, { pause: !approved });
  const administrator = viewer?.role === 'OWNER' || viewer?.role === 'ADMIN';
  const allowed = approved && (administrator || settings.data?.invitationSettings.membersCanInvite === true);
  const links = useQuery(InvitationLinksQuery, { mine: true, first: 20 }, { pause: !allowed });
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // The list is what the server answered, asked again after each change: a copy kept here was
  // overwritten by a first answer arriving after a link was made, and the new link vanished.
  const list = links.data?.invitationLinks.edges.map((e) => e.node) ?? [];

  if (!allowed || !viewer) return null;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="invite-friends-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="invite-friends-title">
          {t('roles.inviteFriends.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('roles.inviteFriends.body', { network: viewer.network.name })}
        </Text>
        <Feedback done={done} onClose={() => setDone(null)} />
        {!creating && (
          <Button variant="light" onClick={() => setCreating(true)} style={{ alignSelf: 'flex-start' }}>
            {t('roles.inviteFriends.newLink')}
          </Button>
        )}
        <Collapse expanded={creating}>
          <CreateInvitationLinkForm
            administrator={false}
            onCreated={() => {
              links.refetch();
              setCreating(false);
              setDone(t('roles.inviteFriends.created'));
            }}
          />
        </Collapse>
        <InvitationLinkList links={list} showCreator={false} onChanged={() => links.refetch()} />
      </Stack>
    </Card>
  );
}
