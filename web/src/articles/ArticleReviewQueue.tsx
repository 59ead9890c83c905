import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserError } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { ReasonDialog } from '../components/ReasonDialog';
import { AdminArticlesQuery } from './articles.api';
import { ApproveArticleMutation, ArticleReviewQueueQuery, RejectArticleMutation, type ReviewArticle } from './member-articles.api';

/** The office's review queue on /admin/content: members' submitted articles, oldest first, to approve or send back. */
export function ArticleReviewQueue() {
  const { t } = useTranslation();
  const queue = useQuery(ArticleReviewQueueQuery, { first: 50 });
  const rows = queue.data?.articleReviewQueue.edges.map((edge) => edge.node) ?? [];
  const [rejecting, setRejecting] = useState<ReviewArticle | null>(null);

  return (
    <Card withBorder radius="lg" padding="md" component="section" aria-labelledby="article-review-queue">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} fz="lg" id="article-review-queue">
            {t('articles.review.title')}
          </Title>
          {(queue.data?.articleReviewQueueCount ?? 0) > 0 && (
            <Badge variant="filled" color="blue">
              {t('articles.review.count', { count: queue.data?.articleReviewQueueCount ?? 0 })}
            </Badge>
          )}
        </Group>
        {queue.error && !queue.data && (
          <Alert color="red" variant="light" role="alert">
            {describeRequestError(t, queue.error)}
          </Alert>
        )}
        {queue.data && rows.length === 0 && <Text c="dimmed">{t('articles.review.empty')}</Text>}
        {rows.map((article) => (
          <QueueRow key={article.id} article={article} onReject={() => setRejecting(article)} />
        ))}
      </Stack>
      {rejecting && <RejectDialog article={rejecting} onClose={() => setRejecting(null)} />}
    </Card>
  );
}

function QueueRow({ article, onReject }: { article: ReviewArticle; onReject: () => void }) {
  const { t, i18n } = useTranslation();
  const approve = useMutation(ApproveArticleMutation, { refetch: [ArticleReviewQueueQuery, AdminArticlesQuery] });
  return (
    <Stack gap={4} component="article" aria-label={article.title} style={{ borderTop: '1px solid var(--mantine-color-default-border)', paddingTop: 8 }}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/articles/${article.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {article.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('articles.review.byline', {
              name: article.author?.displayName ?? t('articles.formerMember'),
              time: article.submittedAt ? formatDateTime(article.submittedAt, i18n.language) : '',
            })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button size="xs" loading={approve.busy} onClick={() => void approve.run({ input: { articleId: article.id, publishAt: null } })}>
            {t('articles.review.approve')}
          </Button>
          <Button size="xs" variant="default" color="red" onClick={onReject}>
            {t('articles.review.reject')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" lineClamp={2}>
        {article.excerpt}
      </Text>
      {approve.errors.form.length > 0 && (
        <Text size="sm" c="red" role="alert">
          {approve.errors.form.join(' ')}
        </Text>
      )}
    </Stack>
  );
}

/** Sends a submission back to its author with the reason they will read. */
function RejectDialog({ article, onClose }: { article: ReviewArticle; onClose: () => void }) {
  const { t } = useTranslation();
  const describe = (error: UserError) => (error.field === 'reason' ? t('articles.review.reasonError') : error.message);
  const reject = useMutation(RejectArticleMutation, { fields: ['reason'] as const, describe, refetch: [ArticleReviewQueueQuery, AdminArticlesQuery] });
  return (
    <ReasonDialog
      title={t('articles.review.rejectTitle', { title: article.title })}
      label={t('articles.review.reason')}
      description={t('articles.review.reasonHint')}
      submitLabel={t('articles.review.sendBack')}
      cancelLabel={t('articles.editor.cancel')}
      busy={reject.busy}
      errors={{ form: reject.errors.form, field: reject.errors.fields.reason }}
      onSubmit={async (reason) => {
        const rejected = await reject.run({ input: { articleId: article.id, reason } });
        if (rejected) onClose();
        return !!rejected;
      }}
      onClose={onClose}
    />
  );
}
