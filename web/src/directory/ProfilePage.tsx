import type { ReactNode } from 'react';
import { Alert, Anchor, Avatar, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useViewer } from '../session/viewer';
import { MessageMemberButton } from '../messaging/MessageMemberButton';
import { FoundedCompanies } from './FoundedCompanies';
import { ProfileQuery, type Profile } from './profiles.api';

/** One labelled detail; nothing at all when the value is empty or not shown to the viewer. */
function Detail({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

function Tags({ items }: { items: string[] | null }) {
  if (!items || items.length === 0) return null;
  return (
    <Group gap={6}>
      {items.map((item) => (
        <Badge key={item} variant="light" tt="none">
          {item}
        </Badge>
      ))}
    </Group>
  );
}

const initials = (name: string) => name.trim().slice(0, 1);

/** A member's profile as the API returns it for the viewer: fields the viewer may not see never arrive. */
export function ProfileView({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const years =
    profile.entryYear && profile.leaveYear
      ? t('profiles.page.years', { from: profile.entryYear, to: profile.leaveYear })
      : profile.entryYear
        ? t('profiles.page.entryYear', { year: profile.entryYear })
        : null;
  const hasContact = Boolean(profile.contactEmail || profile.phone || profile.links?.length);
  return (
    <Stack gap="md">
      <Card withBorder padding="lg">
        <Group align="flex-start" wrap="nowrap">
          <Avatar src={profile.photoUrl} alt="" size={96} radius="md" color="indigo">
            {initials(profile.displayName)}
          </Avatar>
          <Stack gap={4}>
            <Title order={2} data-testid="profile-name">
              {profile.displayName}
            </Title>
            {(profile.nameKana || profile.nameRomaji) && (
              <Text c="dimmed">{[profile.nameKana, profile.nameRomaji].filter(Boolean).join(' / ')}</Text>
            )}
            {profile.headline && <Text fw={500}>{profile.headline}</Text>}
            {years && <Text size="sm">{years}</Text>}
          </Stack>
        </Group>
      </Card>

      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="sm">
          {t('profiles.page.career')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Detail label={t('profiles.fields.department')}>{profile.department}</Detail>
          <Detail label={t('profiles.fields.employer')}>{profile.employer}</Detail>
          <Detail label={t('profiles.fields.jobTitle')}>{profile.jobTitle}</Detail>
          <Detail label={t('profiles.fields.industry')}>{profile.industry}</Detail>
          <Detail label={t('profiles.fields.location')}>{profile.location}</Detail>
          <Detail label={t('profiles.fields.leaveYear')}>{profile.leaveYear}</Detail>
        </SimpleGrid>
      </Card>

      {(profile.bio || profile.skills?.length || profile.interests?.length) && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('profiles.page.about')}
            </Title>
            <Detail label={t('profiles.fields.bio')}>{profile.bio}</Detail>
            {profile.skills && profile.skills.length > 0 && (
              <Detail label={t('profiles.fields.skills')}>
                <Tags items={profile.skills} />
              </Detail>
            )}
            {profile.interests && profile.interests.length > 0 && (
              <Detail label={t('profiles.fields.interests')}>
                <Tags items={profile.interests} />
              </Detail>
            )}
          </Stack>
        </Card>
      )}

      {profile.customFields.length > 0 && (
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            {t('profiles.page.more')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {profile.customFields.map((field) => (
              <Detail key={field.fieldId} label={field.label}>
                {field.type === 'URL' ? (
                  <Anchor href={field.displayText} target="_blank" rel="noopener noreferrer">
                    {field.displayText}
                  </Anchor>
                ) : (
                  field.displayText
                )}
              </Detail>
            ))}
          </SimpleGrid>
        </Card>
      )}

      {hasContact && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('profiles.page.contact')}
            </Title>
            <Detail label={t('profiles.fields.contactEmail')}>
              {profile.contactEmail && <Anchor href={`mailto:${profile.contactEmail}`}>{profile.contactEmail}</Anchor>}
            </Detail>
            <Detail label={t('profiles.fields.phone')}>{profile.phone}</Detail>
            {profile.links && profile.links.length > 0 && (
              <Detail label={t('profiles.fields.links')}>
                <Stack gap={2}>
                  {profile.links.map((link) => (
                    <Anchor key={link.url} href={link.url} target="_blank" rel="noopener noreferrer">
                      {link.label}
                    </Anchor>
                  ))}
                </Stack>
              </Detail>
            )}
          </Stack>
        </Card>
      )}

      {(profile.email || (profile.registrationAnswers && profile.registrationAnswers.length > 0)) && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('profiles.page.admin')}
            </Title>
            <Detail label={t('profiles.page.email')}>{profile.email}</Detail>
            {profile.registrationAnswers && profile.registrationAnswers.length > 0 && (
              <Detail label={t('profiles.page.registrationAnswers')}>
                <Stack gap={2}>
                  {profile.registrationAnswers.map((answer) => (
                    <Text key={answer.key} size="sm">
                      <Text span c="dimmed">
                        {answer.key}:
                      </Text>{' '}
                      {answer.values.join(', ')}
                    </Text>
                  ))}
                </Stack>
              </Detail>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

/** `/members/:memberId`: a member's profile, showing only what the directory returns for the viewer. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { memberId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, fetching } = useQuery(ProfileQuery, { memberId }, { pause: !viewer });
  const profile = data?.profile ?? null;
  usePageTitle(profile?.displayName ?? t('profiles.page.title'));

  if (!viewer || (fetching && !data)) return <PageLoader />;
  const mine = viewer.id === memberId;
  return (
    <ContentPage
      title={profile?.displayName ?? t('profiles.page.title')}
      subtitle={
        mine ? (
          <Button component={Link} to="/profile" variant="light" size="xs">
            {t('profiles.page.edit')}
          </Button>
        ) : profile && viewer.status === 'APPROVED' ? (
          <MessageMemberButton memberId={profile.memberId} />
        ) : undefined
      }
    >
      {error && !error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN') ? (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {describeRequestError(t, error)}
        </Alert>
      ) : profile ? (
        <Stack gap="md">
          <ProfileView profile={profile} />
          <FoundedCompanies memberId={profile.memberId} displayName={profile.displayName} />
        </Stack>
      ) : (
        <Alert color="gray" variant="light" role="status">
          {t('profiles.page.notFound')}
        </Alert>
      )}
    </ContentPage>
  );
}
