import { useEffect } from 'react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { session } from '../session/session';

/** Where a person lands after deleting their account: signed out, with what happened. */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.deleted.pageTitle'));
  const deletedJustNow = (useLocation().state as { accountDeleted?: boolean } | null)?.accountDeleted === true;
  useEffect(() => {
    if (deletedJustNow) session.signOut();
  }, [deletedJustNow]);
  return (
    <CardPage>
      <Stack gap="md" role="status">
        <Title order={1} fz="h2">
          {t('privacy.deleted.title')}
        </Title>
        <Text>{t('privacy.deleted.body')}</Text>
        <Anchor component={Link} to="/sign-in">
          {t('privacy.deleted.signIn')}
        </Anchor>
      </Stack>
    </CardPage>
  );
}
