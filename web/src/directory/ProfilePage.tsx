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
import { fieldsOf, type ProfileSection } from './profile-sections';
import { ProfileQuery, type Profile, type ProfileFieldDescription, type ProfileLink } from './profiles.api';

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

/** One standard field's value, shown by its kind; null when empty or not shown to the viewer. */
function fieldValue(profile: Profile, field: ProfileFieldDescription): ReactNode {
  const value = (profile as unknown as Record<string, unknown>)[field.key];
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  switch (field.kind) {
    case 'LIST':
      return <Tags items={value as string[]} />;
    case 'LINKS':
      return (
        <Stack gap={2}>
          {(value as ProfileLink[]).map((link) => (
            <Anchor key={link.url} href={link.url} target="_blank" rel="noopener noreferrer">
              {link.label}
            </Anchor>
          ))}
        </Stack>
      );
    case 'EMAIL':
      return <Anchor href={`mailto:${String(value)}`}>{String(value)}</Anchor>;
    default:
      return String(value);
  }
}

/** A member's profile as the API returns it for the viewer: fields the viewer may not see never arrive; the fields and their order are the directory's. */
export function ProfileView({ profile, fields }: { profile: Profile; fields: readonly ProfileFieldDescription[] }) {
  const { t } = useTranslation();
  // The header shows the names, headline and years; each card the filled-in fields of its section.
  const details = (section: ProfileSection, leaveOut: readonly string[] = []) =>
    fieldsOf(fields, section).flatMap((field) => {
      const value = leaveOut.includes(field.key) ? null : fieldValue(profile, field);
      return value === null
        ? []
        : [
            <Detail key={field.key} label={(t as unknown as (key: string) => string)(`profiles.fields.${field.key}`)}>
              {value}
            </Detail>,
          ];
    });
  const career = details('career', ['entryYear']);
  const about = details('about');
  const contact = details('contact');
  const years =
    profile.entryYear && profile.leaveYear
      ? t('profiles.page.years', { from: profile.entryYear, to: profile.leaveYear })
      : profile.entryYear
        ? t('profiles.page.entryYear', { year: profile.entryYear })
        : null;
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
            {(profile.nameKana || profile.nameRomaji) && <Text c="dimmed">{[profile.nameKana, profile.nameRomaji].filter(Boolean).join(' / ')}</Text>}
            {profile.headline && <Text fw={500}>{profile.headline}</Text>}
            {years && <Text size="sm">{years}</Text>}
          </Stack>
        </Group>
      </Card>

      {career.length > 0 && (
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            {t('profiles.page.career')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {career}
          </SimpleGrid>
        </Card>
      )}

      {about.length > 0 && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('profiles.page.about')}
            </Title>
            {about}
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

      {contact.length > 0 && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('profiles.page.contact')}
            </Title>
            {contact}
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
    // The action sits under the heading as a block of its own: the subtitle is a paragraph, which cannot hold it.
    <ContentPage title={profile?.displayName ?? t('profiles.page.title')}>
      {mine ? (
        <Group>
          <Button component={Link} to="/profile" variant="light" size="xs">
            {t('profiles.page.edit')}
          </Button>
        </Group>
      ) : profile && viewer.status === 'APPROVED' ? (
        <MessageMemberButton memberId={profile.memberId} />
      ) : null}
      {error && !error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN') ? (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {describeRequestError(t, error)}
        </Alert>
      ) : profile ? (
        <Stack gap="md">
          <ProfileView profile={profile} fields={data?.profileFields ?? []} />
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
