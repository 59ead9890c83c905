import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleCard as ArticleCardData } from './articles.api';
import classes from './articles.module.css';

/** An article in the feed: its cover, title and excerpt, and the way to read it (the editor is not loaded here). */
export function ArticleCard({ article }: { article: ArticleCardData }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {article.coverImage && (
        <img
          className={classes.cardCover}
          src={article.coverImage.smallUrl}
          alt=""
          width={article.coverImage.width}
          height={article.coverImage.height}
          loading="lazy"
        />
      )}
      <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>
        {article.title}
      </Text>
      {article.excerpt && (
        <Text size="sm" c="dimmed" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
          {article.excerpt}
        </Text>
      )}
      <div>
        <Button component={Link} to={`/articles/${article.id}`} variant="light" size="xs" aria-label={t('articles.card.readLabel', { title: article.title })}>
          {t('articles.card.read')}
        </Button>
      </div>
    </Stack>
  );
}
