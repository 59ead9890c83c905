import { useEffect, useRef } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { describeRequestError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { formatDateTime } from '../components/format';
import { usePageTitle } from '../components/usePageTitle';
import { usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { ArticleBody } from './ArticleBody';
import { ArticleQuery, RecordArticleReadMutation } from './articles.api';
import classes from './articles.module.css';

/** The reader: an article with its cover, counted once per open; staff also see its read counts and earlier versions. */
export function ArticlePage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const { viewer } = useViewer();
  const approved = viewer?.status === 'APPROVED';
  const query = useQuery(ArticleQuery, { id }, { pause: !approved });
  const manager = usePermissions().has('MANAGE_CONTENT');
  const { run: recordRead } = useMutation(RecordArticleReadMutation);
  const article = query.data?.article ?? null;
  usePageTitle(article?.title ?? t('articles.reader.title'));

  // One read per open of the page: a re-render or a refetch does not count again.
  const counted = useRef<string | null>(null);
  const published = article?.status === 'PUBLISHED';
  useEffect(() => {
    if (!published || counted.current === id) return;
    counted.current = id;
    void recordRead({ input: { articleId: id } });
  }, [published, id, recordRead]);

  if (!viewer) return <PageLoader />;
  if (!approved) return <Navigate to="/pending" replace />;
  if (query.error && !query.data) {
    return (
      <ContentPage title={t('articles.reader.title')}>
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, query.error)}
        </Alert>
      </ContentPage>
    );
  }
  if (!query.data) return <PageLoader />;
  if (!article) {
    return (
      <ContentPage title={t('articles.reader.title')}>
        <Alert color="gray" variant="light">
          {t('articles.reader.gone')}
        </Alert>
      </ContentPage>
    );
  }
  return (
    <ContentPage title={article.title}>
      <Stack gap="md" maw={720}>
        <Group gap="xs" wrap="wrap">
          {article.category && <Badge variant="light">{article.category.name}</Badge>}
          {article.status !== 'PUBLISHED' && (
            <Badge color="yellow" variant="light">
              {t(`articles.status.${article.status}`)}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {[article.author?.displayName, article.publishedAt ? formatDateTime(article.publishedAt, i18n.language) : null].filter(Boolean).join(' · ')}
          </Text>
        </Group>
        {article.coverImage && (
          <img className={classes.cover} src={article.coverImage.url} alt="" width={article.coverImage.width} height={article.coverImage.height} />
        )}
        <ArticleBody body={article.body as Record<string, unknown>} />

        {manager && (
          <Stack gap="xs">
            <Group gap="sm">
              <Button component={Link} to={`/articles/${article.id}/edit`} variant="light" size="xs">
                {t('articles.reader.edit')}
              </Button>
              {article.readCount !== null && article.readCount !== undefined && (
                <Text size="sm" c="dimmed">
                  {t('articles.reader.reads', { count: article.readCount, readers: article.uniqueReaderCount ?? 0 })}
                </Text>
              )}
            </Group>
            {article.revisions && article.revisions.length > 0 && (
              <Stack gap={4}>
                <Title order={2} fz="md">
                  {t('articles.reader.revisions')}
                </Title>
                <List size="sm">
                  {article.revisions.map((revision) => (
                    <List.Item key={revision.replacedAt}>
                      {t('articles.reader.revision', {
                        title: revision.title,
                        editor: revision.editor?.displayName ?? t('articles.formerMember'),
                        time: formatDateTime(revision.writtenAt, i18n.language),
                      })}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
          </Stack>
        )}
        <Anchor component={Link} to="/" size="sm">
          {t('articles.reader.back')}
        </Anchor>
      </Stack>
    </ContentPage>
  );
}
