import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Avatar, Badge, Button, Card, CloseButton, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeRequestError } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import { AlertIcon } from '../../components/icons';
import { PageLoader } from '../../components/Page';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../session/hooks';
import { describeCrmError, AdminMemberQuery, BulkTagMembersMutation, TagsQuery, type AdminMember } from './crm.api';
import { formatDateTime } from './MembersPage';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={200} fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

const shown = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

/** One person as admins see them: every profile field, registration answers, behaviour data, and their tags (editable). */
export function MemberDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { client } = useSession();
  const member = useQuery(AdminMemberQuery, { id });
  const tags = useQuery(TagsQuery, {});
  const [adding, setAdding] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const found: AdminMember | null | undefined = member.data?.adminMember;
  usePageTitle(found?.profile.displayName ?? t('crm.detail.title'));

  if (member.fetching && !found) return <PageLoader />;
  if (member.error)
    return (
      <Alert color="red" role="alert">
        {describeRequestError(t, member.error)}
      </Alert>
    );
  if (!found) {
    return (
      <Stack>
        <Text>{t('crm.detail.notFound')}</Text>
        <Anchor component={Link} to="/admin/members">
          {t('crm.detail.back')}
        </Anchor>
      </Stack>
    );
  }

  const changeTag = async (tagId: string, action: 'ADD' | 'REMOVE') => {
    setError(null);
    const result = await client.mutation(BulkTagMembersMutation, { input: { tagId, memberIds: [found.id], action } }).toPromise();
    const payload = result.data?.bulkTagMembers;
    if (result.error || !payload) return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    if (payload.errors.length > 0) return setError(payload.errors.map((e) => describeCrmError(t, e)).join(' '));
    setAdding(null);
    member.refetch();
  };

  const profile = found.profile;
  const carried = new Set(found.tags.map((tag) => tag.id));
  const available = (tags.data?.tags.edges.map((edge) => edge.node) ?? []).filter((tag) => !carried.has(tag.id));
  const answers = Object.entries(found.registrationAnswers ?? {});

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/admin/members" size="sm">
        {t('crm.detail.back')}
      </Anchor>
      <Group gap="md">
        <Avatar src={profile.photoUrl} size={64} radius="xl" alt="">
          {profile.displayName.slice(0, 1)}
        </Avatar>
        <Stack gap={2}>
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {profile.displayName}
          </Title>
          <Group gap="xs">
            <Badge variant="outline">{t(`crm.status.${found.status}`)}</Badge>
            {profile.nameKana && <Text c="dimmed">{profile.nameKana}</Text>}
          </Group>
        </Stack>
      </Group>
      {error && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {error}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder radius="md" role="region" aria-label={t('crm.detail.behaviour')}>
          <Title order={2} fz="lg" mb="xs">
            {t('crm.detail.behaviour')}
          </Title>
          <Table>
            <Table.Tbody>
              <Row label={t('crm.fields.lastSignIn')}>{formatDateTime(found.lastSignInAt, i18n.language)}</Row>
              <Row label={t('crm.fields.signInCount')}>{found.signInCount}</Row>
              <Row label={t('crm.fields.line')}>{found.lineLinked ? t('crm.filter.yes') : t('crm.filter.no')}</Row>
              <Row label={t('crm.fields.joinedAt')}>{formatDateTime(found.joinedAt, i18n.language)}</Row>
              <Row label={t('crm.fields.email')}>{shown(found.email)}</Row>
              <Row label={t('crm.fields.externalId')}>{shown(found.externalId)}</Row>
            </Table.Tbody>
          </Table>
        </Card>

        <Card withBorder radius="md" role="region" aria-label={t('crm.fields.tags')}>
          <Title order={2} fz="lg" mb="xs">
            {t('crm.fields.tags')}
          </Title>
          <Group gap={6} mb="sm">
            {found.tags.length === 0 && <Text c="dimmed">{t('crm.detail.noTags')}</Text>}
            {found.tags.map((tag) => (
              <Badge
                key={tag.id}
                variant="light"
                color={tag.color ?? 'gray'}
                tt="none"
                rightSection={
                  <CloseButton size="xs" aria-label={t('crm.detail.removeTag', { tag: tag.name })} onClick={() => void changeTag(tag.id, 'REMOVE')} />
                }
              >
                {tag.name}
              </Badge>
            ))}
          </Group>
          <Group align="flex-end">
            <Select
              label={t('crm.detail.addTag')}
              data={available.map((tag) => ({ value: tag.id, label: tag.name }))}
              value={adding}
              onChange={setAdding}
              searchable
              w={220}
            />
            <Button onClick={() => adding && void changeTag(adding, 'ADD')} disabled={!adding}>
              {t('crm.bulk.add')}
            </Button>
          </Group>
        </Card>

        <Card withBorder radius="md" role="region" aria-label={t('crm.detail.profile')}>
          <Title order={2} fz="lg" mb="xs">
            {t('crm.detail.profile')}
          </Title>
          <Table>
            <Table.Tbody>
              <Row label={t('crm.fields.nameRomaji')}>{shown(profile.nameRomaji)}</Row>
              <Row label={t('crm.fields.headline')}>{shown(profile.headline)}</Row>
              <Row label={t('crm.fields.entryYear')}>{shown(profile.entryYear)}</Row>
              <Row label={t('crm.fields.leaveYear')}>{shown(profile.leaveYear)}</Row>
              <Row label={t('crm.fields.department')}>{shown(profile.department)}</Row>
              <Row label={t('crm.fields.employer')}>{shown(profile.employer)}</Row>
              <Row label={t('crm.fields.jobTitle')}>{shown(profile.jobTitle)}</Row>
              <Row label={t('crm.fields.industry')}>{shown(profile.industry)}</Row>
              <Row label={t('crm.fields.location')}>{shown(profile.location)}</Row>
              <Row label={t('crm.fields.skills')}>{shown(profile.skills?.join(', '))}</Row>
              <Row label={t('crm.fields.interests')}>{shown(profile.interests?.join(', '))}</Row>
              <Row label={t('crm.fields.contactEmail')}>{shown(profile.contactEmail)}</Row>
              <Row label={t('crm.fields.phone')}>{shown(profile.phone)}</Row>
              <Row label={t('crm.fields.links')}>
                {profile.links?.length
                  ? profile.links.map((link) => (
                      <Anchor key={link.url} href={link.url} target="_blank" rel="noopener noreferrer" mr="sm">
                        {link.label || link.url}
                      </Anchor>
                    ))
                  : '—'}
              </Row>
              {profile.customFields.map((field) => (
                <Row key={field.fieldId} label={field.label}>
                  {field.displayText}
                </Row>
              ))}
              <Row label={t('crm.fields.bio')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {shown(profile.bio)}
                </Text>
              </Row>
            </Table.Tbody>
          </Table>
        </Card>

        <Card withBorder radius="md" role="region" aria-label={t('crm.detail.answers')}>
          <Title order={2} fz="lg" mb="xs">
            {t('crm.detail.answers')}
          </Title>
          {answers.length === 0 ? (
            <Text c="dimmed">{t('crm.detail.noAnswers')}</Text>
          ) : (
            <Table>
              <Table.Tbody>
                {answers.map(([key, value]) => (
                  <Row key={key} label={key}>
                    {Array.isArray(value) ? value.join(', ') : String(value)}
                  </Row>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
