import { Card, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '../api/hooks';
import { ContentSettingsQuery, UpdateContentSettingsMutation } from './member-articles.api';

/** The office's switch on /admin/content: may members write articles (through the review queue)? */
export function MemberWritingSetting() {
  const { t } = useTranslation();
  const settings = useQuery(ContentSettingsQuery, {});
  const update = useMutation(UpdateContentSettingsMutation, { refetch: [ContentSettingsQuery] });
  const on = settings.data?.contentSettings.membersMayWriteArticles ?? false;
  return (
    <Card withBorder radius="lg" padding="md">
      <Switch
        label={t('articles.settings.membersMayWrite')}
        description={t('articles.settings.membersMayWriteHint')}
        checked={on}
        disabled={!settings.data || update.busy}
        onChange={(event) => void update.run({ input: { membersMayWriteArticles: event.currentTarget.checked } })}
      />
      {update.errors.form.length > 0 && (
        <Text size="sm" c="red" role="alert" mt="xs">
          {update.errors.form.join(' ')}
        </Text>
      )}
    </Card>
  );
}
