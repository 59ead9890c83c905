import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/hooks';
import { usePermissions } from '../roles/permissions';
import { ContentSettingsQuery } from './member-articles.api';

/** "Write an article" and "My articles" under the home page's composer, for members while the network lets them write. */
export function WriteArticleEntry() {
  const { t } = useTranslation();
  const manager = usePermissions().has('MANAGE_CONTENT');
  const settings = useQuery(ContentSettingsQuery, {}, { pause: manager });
  // Staff write from the office's Content page.
  if (manager || settings.data?.contentSettings.membersMayWriteArticles !== true) return null;
  return (
    <Group gap="xs">
      <Button component={Link} to="/articles/new" variant="light" size="xs">
        {t('articles.mine.write')}
      </Button>
      <Button component={Link} to="/articles/mine" variant="subtle" size="xs">
        {t('articles.mine.title')}
      </Button>
    </Group>
  );
}
