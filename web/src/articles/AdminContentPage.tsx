import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserError } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { ContentPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { ArticleReviewQueue } from './ArticleReviewQueue';
import {
  AdminArticlesQuery,
  ArticleCategoriesQuery,
  CreateArticleCategoryMutation,
  DeleteArticleCategoryMutation,
  RenameArticleCategoryMutation,
  type ArticleStatus,
} from './articles.api';
import { MemberWritingSetting } from './MemberWritingSetting';

const STATUSES: ArticleStatus[] = ['DRAFT', 'SCHEDULED', 'PUBLISHED'];

/**
 * The office's content: whether members may write, members' articles waiting for review, drafts, scheduled and
 * published articles with their read counts, and the categories.
 */
export function AdminContentPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('articles.admin.title'));
  const [status, setStatus] = useState<ArticleStatus>('PUBLISHED');
  const articles = useQuery(AdminArticlesQuery, { status, first: 50 });
  const rows = articles.data?.articles.edges.map((edge) => edge.node) ?? [];

  return (
    <ContentPage title={t('articles.admin.title')}>
      <MemberWritingSetting />
      <ArticleReviewQueue />
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          value={status}
          onChange={(value) => setStatus(value as ArticleStatus)}
          data={STATUSES.map((value) => ({ value, label: t(`articles.status.${value}`) }))}
          aria-label={t('articles.admin.statusFilter')}
        />
        <Button component={Link} to="/articles/new">
          {t('articles.admin.new')}
        </Button>
      </Group>
      {articles.error && !articles.data && (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, articles.error)}
        </Alert>
      )}
      {articles.data && rows.length === 0 && <Text c="dimmed">{t('articles.admin.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('articles.admin.columns.title')}</Table.Th>
                <Table.Th>{t('articles.admin.columns.audience')}</Table.Th>
                <Table.Th>{t('articles.admin.columns.date')}</Table.Th>
                <Table.Th>{t('articles.admin.columns.reads')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Anchor component={Link} to={row.status === 'PUBLISHED' ? `/articles/${row.id}` : `/articles/${row.id}/edit`}>
                        {row.title}
                      </Anchor>
                      {row.category && (
                        <Badge variant="light" size="xs">
                          {row.category.name}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{t(`articles.audience.${row.audience}`)}</Table.Td>
                  <Table.Td>{formatDateTime(row.publishedAt ?? row.updatedAt, i18n.language)}</Table.Td>
                  <Table.Td>{t('articles.admin.readCounts', { count: row.readCount ?? 0, readers: row.uniqueReaderCount ?? 0 })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Categories />
    </ContentPage>
  );
}

function Categories() {
  const { t } = useTranslation();
  const categories = useQuery(ArticleCategoriesQuery, {});
  const describe = (error: UserError) => t(`articles.errors.${error.field ?? 'form'}`, { defaultValue: error.message });
  const create = useMutation(CreateArticleCategoryMutation, { fields: ['name'] as const, describe, refetch: [ArticleCategoriesQuery] });
  const rename = useMutation(RenameArticleCategoryMutation, { fields: ['name'] as const, describe, refetch: [ArticleCategoriesQuery] });
  const remove = useMutation(DeleteArticleCategoryMutation, { describe, refetch: [ArticleCategoriesQuery, AdminArticlesQuery] });
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  return (
    <Card withBorder radius="lg" padding="md">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('articles.admin.categories')}
        </Title>
        {(categories.data?.articleCategories ?? []).map((category) =>
          renaming?.id === category.id ? (
            <Group key={category.id} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('articles.admin.categoryName')}
                value={renaming.name}
                onChange={(event) => setRenaming({ id: category.id, name: event.currentTarget.value })}
                error={rename.errors.fields.name}
                style={{ flex: 1 }}
              />
              <Button
                size="sm"
                loading={rename.busy}
                onClick={() => void rename.run({ input: { categoryId: category.id, name: renaming.name } }).then((payload) => payload && setRenaming(null))}
              >
                {t('articles.editor.apply')}
              </Button>
            </Group>
          ) : (
            <Group key={category.id} justify="space-between" wrap="nowrap">
              <Text style={{ overflowWrap: 'anywhere' }}>{category.name}</Text>
              <Group gap={4} wrap="nowrap">
                <Button size="compact-sm" variant="subtle" onClick={() => setRenaming({ id: category.id, name: category.name })}>
                  {t('articles.admin.rename')}
                </Button>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => void remove.run({ input: { categoryId: category.id } })}>
                  {t('articles.admin.delete')}
                </Button>
              </Group>
            </Group>
          ),
        )}
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={t('articles.admin.categoryName')}
            placeholder={t('articles.admin.categoryName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={create.errors.fields.name}
            style={{ flex: 1 }}
          />
          <Button loading={create.busy} onClick={() => void create.run({ input: { name } }).then((payload) => payload && setName(''))}>
            {t('articles.admin.addCategory')}
          </Button>
        </Group>
        {[...create.errors.form, ...remove.errors.form].map((message) => (
          <Text key={message} size="sm" c="red">
            {message}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
