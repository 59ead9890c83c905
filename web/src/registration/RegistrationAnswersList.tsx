import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationAnswer } from './api';

/** What an applicant answered at registration, for administrators verifying them. */
export function RegistrationAnswersList({ answers }: { answers: RegistrationAnswer[] | null | undefined }) {
  const { t } = useTranslation();
  if (!answers || answers.length === 0) return null;
  return (
    <Stack gap={2} mt={4} component="dl" style={{ margin: 0 }} aria-label={t('registration.answers.title')}>
      {answers.map((answer) => (
        <Group key={answer.question.id} gap={6} wrap="wrap" align="baseline">
          <Text component="dt" size="xs" c="dimmed">
            {answer.question.label}:
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-line' }}>
            {answer.displayText}
          </Text>
          {answer.question.adminOnly && (
            <Badge size="xs" variant="light" color="grape">
              {t('registration.answers.adminOnly')}
            </Badge>
          )}
          {answer.question.archivedAt && (
            <Badge size="xs" variant="light" color="gray">
              {t('registration.answers.archived')}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}
