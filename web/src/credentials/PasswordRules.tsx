import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The password rules, shown next to every field where a new password is chosen. */
export function PasswordRules({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <div id={id}>
      <Text size="xs" c="dimmed">
        {t('credentials.rules.title')}
      </Text>
      <List size="xs" c="dimmed" spacing={0} withPadding>
        <List.Item>{t('credentials.rules.length')}</List.Item>
        <List.Item>{t('credentials.rules.common')}</List.Item>
        <List.Item>{t('credentials.rules.email')}</List.Item>
      </List>
    </div>
  );
}

/** Several messages for one field, one per line. */
export function FieldMessages({ messages }: { messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return messages.length === 1 ? messages[0] : messages.map((message) => <div key={message}>{message}</div>);
}
