import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { describeRequestError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { ContentSettingsQuery, MyArticlesQuery, WithdrawArticleSubmissionMutation, type ReviewArticle } from './member-articles.api';

/** Where a member's article stands, as its author reads it: a draft sent back shows as rejected. */
export type ArticleStanding = 'DRAFT' | 'REJECTED' | 'SUBMITTED' | 'SCHEDULED' | 'PUBLISHED';
export const standingOf = (article: Pick<ReviewArticle, 'status' | 'rejectionReason'>): ArticleStanding =>
  article.status === 'DRAFT' && article.rejectionReason ? 'REJECTED' : article.status;
const STANDING_COLOR: Record<ArticleStanding, string> = { DRAFT: 'gray', REJECTED: 'orange', SUBMITTED: 'blue', SCHEDULED: 'grape', PUBLISHED: 'teal' };

/** `/articles/mine`: the viewer's own articles with where each stands, and "Write an article" while allowed. */
export function MyArticlesPage() {
  const { t } = useTranslation();
  usePageTitle(t('articles.mine.title'));
  const { viewer } = useViewer();
  const manager = usePermissions().has('MANAGE_CONTENT');
  const approved = viewer?.status === 'APPROVED';
  const settings = useQuery(ContentSettingsQuery, {}, { pause: !approved });
  const articles = useQuery(MyArticlesQuery, { first: 50 }, { pause: !approved });

  if (!viewer) return <PageLoader />;
  if (!approved) return <Navigate to="/pending" replace />;
  const mayWrite = manager || settings.data?.contentSettings.membersMayWriteArticles === true;
  const rows = articles.data?.myArticles.edges.map((edge) => edge.node) ?? [];

  return (
    <ContentPage title={t('articles.mine.title')}>
      {mayWrite ? (
        <Group>
          <Button component={Link} to="/articles/new">
            {t('articles.mine.write')}
          </Button>
        </Group>
      ) : (
        settings.data && <Text c="dimmed">{t('articles.mine.writingOff')}</Text>
      )}
      {articles.error && !articles.data && (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, articles.error)}
        </Alert>
      )}
      {articles.data && rows.length === 0 && <Text c="dimmed">{t('articles.mine.empty')}</Text>}
      <Stack gap="sm" component="ul" aria-label={t('articles.mine.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((article) => (
          <MyArticleRow key={article.id} article={article} />
        ))}
      </Stack>
    </ContentPage>
  );
}

function MyArticleRow({ article }: { article: ReviewArticle }) {
  const { t, i18n } = useTranslation();
  const withdraw = useMutation(WithdrawArticleSubmissionMutation, { refetch: [MyArticlesQuery] });
  const standing = standingOf(article);
  const live = standing === 'PUBLISHED' || standing === 'SCHEDULED';
  return (
    <Card component="li" withBorder radius="lg" padding="md" aria-label={article.title}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={live ? `/articles/${article.id}` : `/articles/${article.id}/edit`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {article.title}
          </Anchor>
          <Badge color={STANDING_COLOR[standing]} variant="light">
            {t(`articles.mine.standing.${standing}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {standing === 'SUBMITTED' && article.submittedAt
            ? t('articles.mine.submittedAt', { time: formatDateTime(article.submittedAt, i18n.language) })
            : formatDateTime(article.publishedAt ?? article.updatedAt, i18n.language)}
        </Text>
        {standing === 'REJECTED' && (
          <Alert color="orange" variant="light" title={t('articles.mine.rejectedTitle')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {article.rejectionReason}
            </Text>
          </Alert>
        )}
        {standing === 'SUBMITTED' && (
          <Group>
            <Button size="xs" variant="default" loading={withdraw.busy} onClick={() => void withdraw.run({ input: { articleId: article.id } })}>
              {t('articles.mine.withdraw')}
            </Button>
          </Group>
        )}
        {withdraw.errors.form.length > 0 && (
          <Text size="sm" c="red" role="alert">
            {withdraw.errors.form.join(' ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
