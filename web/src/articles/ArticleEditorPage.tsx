import { useEffect, useState } from 'react';
import { Alert, Button, FileButton, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { UserError } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { ConfirmDialog } from '../feed/ReportDialog';
import { usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { ArticleFileButtons } from './ArticleFileButtons';
import { articleExtensions, parseVideoLink } from './articleExtensions';
import {
  AdminArticlesQuery,
  ArticleCategoriesQuery,
  ArticleQuery,
  ArticleSegmentsQuery,
  CreateArticleMutation,
  EditArticleMutation,
  PublishArticleMutation,
  UnpublishArticleMutation,
  DeleteArticleMutation,
  uploadArticleImage,
  type Article,
  type FeedAudience,
  type UploadedArticleImage,
} from './articles.api';
import classes from './articles.module.css';
import { ContentSettingsQuery, MyArticlesQuery, SubmitArticleMutation } from './member-articles.api';

const FIELDS = ['title', 'body', 'coverImageId', 'categoryId', 'segmentId', 'publishAt'] as const;
const EMPTY_DOCUMENT = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * `/articles/new` and `/articles/:id/edit`: staff with MANAGE_CONTENT write, save, publish or schedule an article;
 * members, where the network lets them, write their own and submit it for review.
 */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? null;
  const { viewer } = useViewer();
  const manager = usePermissions().has('MANAGE_CONTENT');
  const settings = useQuery(ContentSettingsQuery, {}, { pause: manager || viewer?.status !== 'APPROVED' });
  const mayWrite = manager || settings.data?.contentSettings.membersMayWriteArticles === true;
  const existing = useQuery(ArticleQuery, { id: id ?? '' }, { pause: !id || !mayWrite });
  usePageTitle(id ? t('articles.editor.editTitle') : t('articles.editor.newTitle'));

  if (!viewer) return <PageLoader />;
  if (viewer.status !== 'APPROVED') return <Navigate to="/pending" replace />;
  if (!manager && !settings.data && !settings.error) return <PageLoader />;
  if (!mayWrite) {
    return (
      <ContentPage title={t('articles.editor.newTitle')}>
        <Alert color="red" variant="light" role="alert">
          {t('articles.editor.notAllowed')}
        </Alert>
      </ContentPage>
    );
  }
  if (id && existing.error && !existing.data) {
    return (
      <ContentPage title={t('articles.editor.editTitle')}>
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, existing.error)}
        </Alert>
      </ContentPage>
    );
  }
  if (id && !existing.data) return <PageLoader />;
  return (
    <ContentPage title={id ? t('articles.editor.editTitle') : t('articles.editor.newTitle')}>
      <ArticleForm key={id ?? 'new'} article={existing.data?.article ?? null} mode={manager ? 'staff' : 'member'} />
    </ContentPage>
  );
}

/** `member`: no audience, publishing or scheduling (the office's), but "Submit for review". */
export function ArticleForm({ article, mode = 'staff' }: { article: Article | null; mode?: 'staff' | 'member' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState(article?.title ?? '');
  const [categoryId, setCategoryId] = useState<string | null>(article?.category?.id ?? null);
  const [audience, setAudience] = useState<FeedAudience>(article?.audience ?? 'NETWORK');
  const [segmentId, setSegmentId] = useState<string | null>(article?.segmentId ?? null);
  const [cover, setCover] = useState<{ id: string; url: string } | null>(article?.coverImage ?? null);
  const [publishAt, setPublishAt] = useState('');
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const categories = useQuery(ArticleCategoriesQuery, {});
  const segments = useQuery(ArticleSegmentsQuery, {}, { pause: audience !== 'SEGMENT' });
  const describe = (error: UserError) => t(`articles.errors.${error.field ?? 'form'}`, { defaultValue: error.message });
  const create = useMutation(CreateArticleMutation, { fields: FIELDS, describe, refetch: [AdminArticlesQuery, MyArticlesQuery] });
  const edit = useMutation(EditArticleMutation, { fields: FIELDS, describe, refetch: [AdminArticlesQuery, MyArticlesQuery] });
  const publish = useMutation(PublishArticleMutation, { fields: FIELDS, describe, refetch: [AdminArticlesQuery] });
  const submit = useMutation(SubmitArticleMutation, { fields: FIELDS, describe, refetch: [MyArticlesQuery] });
  const unpublish = useMutation(UnpublishArticleMutation, { describe, refetch: [AdminArticlesQuery, ArticleQuery] });
  const remove = useMutation(DeleteArticleMutation, { describe, refetch: [AdminArticlesQuery] });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const editor = useEditor({
    extensions: articleExtensions(),
    content: (article?.body as Record<string, unknown> | undefined) ?? EMPTY_DOCUMENT,
    immediatelyRender: true,
    editorProps: { attributes: { 'aria-label': t('articles.editor.body'), 'aria-multiline': 'true', role: 'textbox' } },
  });
  const busy = create.busy || edit.busy || publish.busy || submit.busy || unpublish.busy || uploading;
  const errorOf = (field: (typeof FIELDS)[number]) => create.errors.fields[field] ?? edit.errors.fields[field] ?? publish.errors.fields[field];
  const formErrors = [...create.errors.form, ...edit.errors.form, ...publish.errors.form, ...submit.errors.form, ...unpublish.errors.form];

  const upload = async (file: File | null): Promise<UploadedArticleImage | null> => {
    if (!file) return null;
    setUploading(true);
    setUploadError(null);
    const result = await uploadArticleImage(file);
    setUploading(false);
    if (result.ok) return result.image;
    setUploadError(result.errors[0]?.message ?? t('articles.editor.uploadFailed'));
    return null;
  };

  /** Saves what is on the page (a new draft, or the article's new version); its id, or null when refused. */
  const save = async (then: 'keep-editing' | 'publish'): Promise<string | null> => {
    const input = {
      title,
      body: editor?.getJSON() ?? EMPTY_DOCUMENT,
      coverImageId: cover?.id ?? null,
      categoryId,
      audience,
      segmentId: audience === 'SEGMENT' ? segmentId : null,
    };
    if (article) return (await edit.run({ input: { articleId: article.id, article: input } }))?.article?.id ?? null;
    const created = (await create.run({ input }))?.article?.id ?? null;
    // A new draft gets its own address, so that saving again changes it rather than writing another one.
    if (created && then === 'keep-editing') void navigate(`/articles/${created}/edit`, { replace: true });
    return created;
  };

  const saveAndSubmit = async () => {
    const id = await save('publish');
    if (!id) return;
    if ((await submit.run({ input: { articleId: id } }))?.article) void navigate('/articles/mine');
  };

  const saveAndPublish = async (at: string | null) => {
    const id = await save('publish');
    if (!id) return;
    const published = await publish.run({ input: { articleId: id, publishAt: at ? new Date(at).toISOString() : null } });
    if (published?.article) void navigate(`/articles/${id}`);
  };

  return (
    <Stack gap="md" maw={800}>
      {mode === 'member' && article?.rejectionReason && (
        <Alert color="orange" variant="light" title={t('articles.mine.rejectedTitle')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {article.rejectionReason}
          </Text>
        </Alert>
      )}
      {mode === 'member' && article?.status === 'SUBMITTED' && (
        <Text size="sm" c="dimmed">
          {t('articles.mine.submittedHint')}
        </Text>
      )}
      <TextInput
        label={t('articles.editor.title')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        maxLength={200}
        required
        error={errorOf('title')}
      />
      <Group grow align="flex-start" wrap="wrap">
        <Select
          label={t('articles.editor.category')}
          placeholder={t('articles.editor.noCategory')}
          clearable
          data={(categories.data?.articleCategories ?? []).map((category) => ({ value: category.id, label: category.name }))}
          value={categoryId}
          onChange={setCategoryId}
          error={errorOf('categoryId')}
        />
        {mode === 'staff' && (
          <Select
            label={t('articles.editor.audience')}
            data={(['NETWORK', 'STAFF', 'SEGMENT'] as const).map((value) => ({ value, label: t(`articles.audience.${value}`) }))}
            value={audience}
            onChange={(value) => setAudience((value as FeedAudience | null) ?? 'NETWORK')}
            allowDeselect={false}
          />
        )}
        {audience === 'SEGMENT' && (
          <Select
            label={t('articles.editor.segment')}
            placeholder={t('articles.editor.chooseSegment')}
            data={(segments.data?.segments.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.name }))}
            value={segmentId}
            onChange={setSegmentId}
            error={errorOf('segmentId')}
          />
        )}
      </Group>

      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('articles.editor.cover')}
        </Text>
        {cover && <img className={classes.cardCover} src={cover.url} alt="" />}
        <Group gap="xs">
          <FileButton accept="image/jpeg,image/png,image/webp" onChange={(file) => void upload(file).then((image) => image && setCover(image))}>
            {(props) => (
              <Button {...props} variant="default" size="xs" loading={uploading}>
                {cover ? t('articles.editor.changeCover') : t('articles.editor.addCover')}
              </Button>
            )}
          </FileButton>
          {cover && (
            <Button variant="subtle" color="gray" size="xs" onClick={() => setCover(null)}>
              {t('articles.editor.removeCover')}
            </Button>
          )}
        </Group>
        {errorOf('coverImageId') && (
          <Text size="sm" c="red">
            {errorOf('coverImageId')}
          </Text>
        )}
      </Stack>

      <Stack gap={4}>
        <Text size="sm" fw={500} id="article-body-label">
          {t('articles.editor.body')}
        </Text>
        {editor && <Toolbar editor={editor} upload={upload} />}
        <EditorContent editor={editor} className={`${classes.document} ${classes.editor}`} />
        {errorOf('body') && (
          <Text size="sm" c="red" role="alert">
            {errorOf('body')}
          </Text>
        )}
        {uploadError && (
          <Text size="sm" c="red" role="alert">
            {uploadError}
          </Text>
        )}
      </Stack>

      {formErrors.length > 0 && (
        <Alert color="red" variant="light" role="alert">
          {formErrors.join(' ')}
        </Alert>
      )}

      {mode === 'member' ? (
        <Group gap="sm" wrap="wrap">
          <Button variant="default" loading={busy} onClick={() => void save('keep-editing')}>
            {t('articles.editor.saveDraft')}
          </Button>
          <Button loading={busy} onClick={() => void saveAndSubmit()}>
            {t('articles.mine.submit')}
          </Button>
        </Group>
      ) : (
        <Group gap="sm" wrap="wrap" align="flex-end">
          <Button variant="default" loading={busy} onClick={() => void save('keep-editing')}>
            {t('articles.editor.saveDraft')}
          </Button>
          <Button loading={busy} onClick={() => void saveAndPublish(null)} disabled={article?.status === 'PUBLISHED'}>
            {t('articles.editor.publishNow')}
          </Button>
          <TextInput
            type="datetime-local"
            label={t('articles.editor.publishAt')}
            value={publishAt}
            onChange={(event) => setPublishAt(event.currentTarget.value)}
            error={errorOf('publishAt')}
          />
          <Button variant="light" loading={busy} disabled={!publishAt || article?.status === 'PUBLISHED'} onClick={() => void saveAndPublish(publishAt)}>
            {t('articles.editor.schedule')}
          </Button>
          {article && (article.status === 'PUBLISHED' || article.status === 'SCHEDULED') && (
            <Button variant="default" loading={busy} onClick={() => void unpublish.run({ input: { articleId: article.id } })}>
              {t('articles.editor.unpublish')}
            </Button>
          )}
          {article && (
            <Button variant="subtle" color="red" onClick={() => setConfirmingDelete(true)}>
              {t('articles.editor.delete')}
            </Button>
          )}
        </Group>
      )}
      {article && confirmingDelete && (
        <ConfirmDialog
          title={t('articles.editor.deleteTitle', { title: article.title })}
          body={t('articles.editor.deleteBody')}
          confirmLabel={t('articles.editor.delete')}
          busy={remove.busy}
          errors={remove.errors.form}
          onConfirm={() =>
            void remove.run({ input: { articleId: article.id } }).then((payload) => {
              if (payload?.deletedArticleId) void navigate('/admin/content', { replace: true });
            })
          }
          onClose={() => setConfirmingDelete(false)}
        />
      )}
      {article?.status === 'PUBLISHED' && (
        <Text size="sm" c="dimmed">
          {t('articles.editor.publishedHint')}
        </Text>
      )}
    </Stack>
  );
}

/** Heading, marks, lists, quote, link, image upload, video link, video file and PDF: what the service's allow-list holds. */
function Toolbar({ editor, upload }: { editor: Editor; upload: (file: File | null) => Promise<UploadedArticleImage | null> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'link' | 'video' | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Re-render on selection changes, so the pressed states follow the cursor.
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((tick) => tick + 1);
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor]);

  const chain = () => editor.chain().focus();
  const button = (label: string, active: boolean, run: () => void) => (
    <Button key={label} size="compact-sm" variant={active ? 'filled' : 'default'} aria-pressed={active} onClick={run}>
      {label}
    </Button>
  );
  const confirm = () => {
    if (asking === 'link') {
      const href = value.trim();
      if (href === '') chain().extendMarkRange('link').unsetLink().run();
      else if (!/^(https?:\/\/|mailto:)/i.test(href)) return setError(t('articles.editor.badLink'));
      else chain().extendMarkRange('link').setLink({ href }).run();
    } else if (asking === 'video') {
      const video = parseVideoLink(value);
      if (!video) return setError(t('articles.editor.badVideo'));
      chain().setVideo(video).run();
    }
    setAsking(null);
    setValue('');
    setError(null);
  };

  return (
    <Stack gap={4}>
      <Group gap={4} wrap="wrap" role="toolbar" aria-label={t('articles.editor.toolbar')}>
        {button(t('articles.toolbar.h2'), editor.isActive('heading', { level: 2 }), () => chain().toggleHeading({ level: 2 }).run())}
        {button(t('articles.toolbar.h3'), editor.isActive('heading', { level: 3 }), () => chain().toggleHeading({ level: 3 }).run())}
        {button(t('articles.toolbar.bold'), editor.isActive('bold'), () => chain().toggleBold().run())}
        {button(t('articles.toolbar.italic'), editor.isActive('italic'), () => chain().toggleItalic().run())}
        {button(t('articles.toolbar.strike'), editor.isActive('strike'), () => chain().toggleStrike().run())}
        {button(t('articles.toolbar.bulletList'), editor.isActive('bulletList'), () => chain().toggleBulletList().run())}
        {button(t('articles.toolbar.orderedList'), editor.isActive('orderedList'), () => chain().toggleOrderedList().run())}
        {button(t('articles.toolbar.quote'), editor.isActive('blockquote'), () => chain().toggleBlockquote().run())}
        {button(t('articles.toolbar.link'), editor.isActive('link'), () => {
          setValue((editor.getAttributes('link').href as string | undefined) ?? '');
          setAsking('link');
        })}
        <FileButton
          accept="image/jpeg,image/png,image/webp"
          onChange={(file) =>
            void upload(file).then((image) => {
              if (image)
                chain()
                  .insertContent({ type: 'image', attrs: { src: image.url, imageId: image.id, alt: null } })
                  .run();
            })
          }
        >
          {(props) => (
            <Button {...props} size="compact-sm" variant="default">
              {t('articles.toolbar.image')}
            </Button>
          )}
        </FileButton>
        {button(t('articles.toolbar.video'), false, () => setAsking('video'))}
        <ArticleFileButtons editor={editor} />
      </Group>
      {asking && (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={asking === 'link' ? t('articles.editor.linkAddress') : t('articles.editor.videoAddress')}
            placeholder={asking === 'link' ? 'https://' : 'https://www.youtube.com/watch?v=…'}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                confirm();
              }
            }}
            error={error}
            autoFocus
            style={{ flex: 1 }}
          />
          <Button size="sm" onClick={confirm}>
            {t('articles.editor.apply')}
          </Button>
          <Button size="sm" variant="subtle" color="gray" onClick={() => setAsking(null)}>
            {t('articles.editor.cancel')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
