import { useEffect, useState } from 'react';
import { Button, Card, Collapse, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { useViewer } from '../session/viewer';
import { InvitationLinksQuery, InvitationSettingsQuery, type InvitationLink } from './api';
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
  const [list, setList] = useState<InvitationLink[]>([]);
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (links.data) setList(links.data.invitationLinks.edges.map((e) => e.node));
  }, [links.data]);

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
            onCreated={(link) => {
              setList((current) => [link, ...current]);
              setCreating(false);
              setDone(t('roles.inviteFriends.created'));
            }}
          />
        </Collapse>
        <InvitationLinkList links={list} showCreator={false} onChanged={(changed) => setList((current) => current.map((l) => (l.id === changed.id ? changed : l)))} />
      </Stack>
    </Card>
  );
}
