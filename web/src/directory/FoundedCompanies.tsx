import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/hooks';
import { useViewer } from '../session/viewer';
import { stageLabel } from './CompanyForm';

const FoundedCompaniesQuery = graphql(`
  query FoundedCompanies($memberId: ID!) {
    profile(memberId: $memberId) {
      memberId
      foundedCompanies {
        id
        name
        industry
        stage
        url
        description
        foundedYear
      }
    }
  }
`);

/**
 * The companies a member founded, on their profile page. Only approved members see alumni companies
 * (an applicant asking would be refused), so nothing is asked or shown for anyone else.
 */
export function FoundedCompanies({ memberId, displayName }: { memberId: string; displayName: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const approved = viewer?.status === 'APPROVED';
  const { data } = useQuery(FoundedCompaniesQuery, { memberId }, { pause: !approved });
  const companies = data?.profile?.foundedCompanies ?? [];
  const mine = viewer?.id === memberId;
  if (!approved || (companies.length === 0 && !mine) || !data) return null;

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('companies.profile.title')}
        </Title>
        {companies.length > 0 && (
          <Stack component="ul" aria-label={t('companies.profile.listLabel', { name: displayName })} gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {companies.map((company) => (
              <li key={company.id}>
                <Stack gap={4}>
                  <Group gap={6} wrap="wrap">
                    {company.url ? (
                      <Anchor href={company.url} target="_blank" rel="noopener noreferrer nofollow" fw={600}>
                        {company.name}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{company.name}</Text>
                    )}
                    {company.industry && (
                      <Badge variant="light" color="gray" tt="none">
                        {company.industry}
                      </Badge>
                    )}
                    {company.stage && (
                      <Badge variant="light" color="indigo" tt="none">
                        {stageLabel(t, company.stage)}
                      </Badge>
                    )}
                    {company.foundedYear !== null && (
                      <Text size="xs" c="dimmed">
                        {t('companies.foundedIn', { year: company.foundedYear })}
                      </Text>
                    )}
                  </Group>
                  {company.description && (
                    <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                      {company.description}
                    </Text>
                  )}
                </Stack>
              </li>
            ))}
          </Stack>
        )}
        {mine && (
          <Button component={Link} to="/companies" variant="light" size="xs" style={{ alignSelf: 'flex-start' }}>
            {t('companies.profile.addOwn')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
