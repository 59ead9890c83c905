import { useState } from 'react';
import { Button, FileButton, Text } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from './articleFileNodes';
import { MAX_PDF_FILE_BYTES, MAX_VIDEO_FILE_BYTES, uploadArticleFile, type ArticleFileUploadResult } from './articles.api';

type Kind = 'video' | 'pdf';

const ACCEPT: Record<Kind, string> = { video: 'video/mp4,video/webm', pdf: 'application/pdf' };
const LIMIT: Record<Kind, number> = { video: MAX_VIDEO_FILE_BYTES, pdf: MAX_PDF_FILE_BYTES };

/**
 * The editor toolbar's "Video file" and "PDF": uploads the chosen file (busy while it goes; a file over
 * the limit is not sent) and inserts it where the cursor is. Refusals say what to do: too large, or
 * not an MP4/WebM video or a PDF (the server decides by the bytes).
 */
export function ArticleFileButtons({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refusal = (kind: Kind, result: Extract<ArticleFileUploadResult, { ok: false }>) => {
    if (result.status === 413 || result.errors.some((e) => e.code === 'FILE_TOO_LARGE'))
      return t(`articles.files.tooLarge.${kind}`, { limit: formatFileSize(LIMIT[kind]) });
    if (result.errors.some((e) => e.code === 'VALIDATION')) return t(`articles.files.wrongKind.${kind}`);
    return result.errors[0]?.message ?? t('articles.files.failed');
  };

  const upload = async (kind: Kind, file: File | null) => {
    if (!file) return;
    setError(null);
    if (file.size > LIMIT[kind]) return setError(t(`articles.files.tooLarge.${kind}`, { limit: formatFileSize(LIMIT[kind]) }));
    setBusy(kind);
    try {
      const result = await uploadArticleFile(file);
      if (!result.ok) return setError(refusal(kind, result));
      // The bytes decide: a PDF chosen with "Video file" (or the other way round) is inserted as what it is.
      const { id, url, name, size } = result.file;
      if (result.file.kind === 'video') editor.chain().focus().setVideoFile({ fileId: id, src: url }).run();
      else editor.chain().focus().setAttachment({ fileId: id, src: url, name, size }).run();
    } catch {
      setError(t('articles.files.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {(['video', 'pdf'] as const).map((kind) => (
        <FileButton key={kind} accept={ACCEPT[kind]} onChange={(file) => void upload(kind, file)}>
          {(props) => (
            <Button {...props} size="compact-sm" variant="default" loading={busy === kind} disabled={busy !== null && busy !== kind}>
              {t(kind === 'video' ? 'articles.toolbar.videoFile' : 'articles.toolbar.pdf')}
            </Button>
          )}
        </FileButton>
      ))}
      {busy && (
        <Text size="sm" c="dimmed" role="status" w="100%">
          {t('articles.files.uploading')}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red" role="alert" w="100%">
          {error}
        </Text>
      )}
    </>
  );
}
