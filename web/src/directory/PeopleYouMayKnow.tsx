import { useEffect, useState } from 'react';
import { Anchor, Avatar, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/hooks';
import { useSession } from '../session/hooks';
import { DismissSuggestionMutation, PeopleYouMayKnowQuery, type Suggestion } from './companies.api';
import { looseT } from './CompanyForm';

const SHOWN = 6;

/** "People you may know": members with something in common, each with why, linking to their profile. */
export function PeopleYouMayKnow() {
  const { t } = useTranslation();
  const { client } = useSession();
  // Twice as many as shown, so the places of people dismissed fill at once.
  const suggestions = useQuery(PeopleYouMayKnowQuery, { first: SHOWN * 2 });
  const [list, setList] = useState<Suggestion[]>([]);

  useEffect(() => {
    if (suggestions.data) setList(suggestions.data.peopleYouMayKnow);
  }, [suggestions.data]);

  const dismiss = async (memberId: string) => {
    setList((current) => current.filter((s) => s.member.id !== memberId));
    const result = await client.mutation(DismissSuggestionMutation, { input: { memberId } }).toPromise();
    if (result.error || result.data?.dismissSuggestion.errors.length) suggestions.refetch();
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} fz="lg">
            {t('companies.pymk.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('companies.pymk.hint')}
          </Text>
        </Stack>
        {suggestions.error && !suggestions.data ? (
          <Text size="sm" c="red">
            {t('companies.pymk.loadError')}
          </Text>
        ) : !suggestions.data ? (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('companies.pymk.empty')}
          </Text>
        ) : (
          <ul aria-label={t('companies.pymk.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {list.slice(0, SHOWN).map((suggestion) => (
              <li key={suggestion.member.id}>
                <Group justify="space-between" wrap="nowrap" gap="sm" py="xs" align="flex-start">
                  <Group wrap="nowrap" gap="sm" align="flex-start" style={{ minWidth: 0 }}>
                    <Avatar src={suggestion.profile.photoUrl} alt="" radius="xl" name={suggestion.profile.displayName} />
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={`/members/${suggestion.member.id}`} fw={600}>
                        {suggestion.profile.displayName}
                      </Anchor>
                      {suggestion.profile.headline && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {suggestion.profile.headline}
                        </Text>
                      )}
                      {suggestion.reasons.map((reason) => (
                        <Text key={reason.kind} size="xs" data-testid="suggestion-reason">
                          {looseT(t)(`companies.pymk.reasons.${reason.kind}`, { values: reason.values.join(', ') })}
                        </Text>
                      ))}
                    </Stack>
                  </Group>
                  <Button
                    variant="subtle"
                    color="gray"
                    size="compact-xs"
                    onClick={() => void dismiss(suggestion.member.id)}
                    aria-label={t('companies.pymk.dismissLabel', { name: suggestion.profile.displayName })}
                  >
                    {t('companies.pymk.dismiss')}
                  </Button>
                </Group>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Card>
  );
}
