import { Card, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { useMutation } from '../api/hooks';
import { CreatePostMutation } from './feed.api';
import { describeFeedError } from './feedErrors';
import { PostImagePicker, type PickedImage } from './PostImages';
import { TextComposer } from './TextComposer';

export const MAX_POST_CHARACTERS = 5000;

/**
 * "Write a post" above the feed; `initialBody` starts it (a hashtag page puts its `#tag` in, a posting
 * prompt's "Post under #tag" too, with `draftKey` telling a new start from the same text again).
 */
export function PostComposer({
  initialBody = '',
  draftKey = 0,
  autoFocus = false,
  onPosted,
}: {
  initialBody?: string;
  draftKey?: number;
  autoFocus?: boolean;
  onPosted: (postId: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const create = useMutation(CreatePostMutation, { fields: ['body'] as const, describe: (error: UserError) => describeFeedError(t, error) });
  const [images, setImages] = useState<PickedImage[]>([]);
  return (
    <Card component="section" withBorder radius="lg" padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} fz="md" id={headingId}>
          {t('feed.composer.title')}
        </Title>
        <TextComposer
          // A new page (another tag) starts a new text.
          key={`${draftKey}:${initialBody}`}
          label={t('feed.composer.label')}
          placeholder={t('feed.composer.placeholder')}
          submitLabel={t('feed.composer.submit')}
          maxCharacters={MAX_POST_CHARACTERS}
          initialBody={initialBody}
          autoFocus={autoFocus}
          minRows={3}
          error={create.errors.fields.body ?? create.errors.form[0] ?? null}
          onSubmit={async (body) => {
            const chosen = images.map((image) => ({ imageId: image.id, alt: image.alt.trim() || null }));
            const posted = (await create.run({ input: { body, images: chosen } }))?.post;
            if (!posted) return false;
            setImages([]);
            onPosted(posted.id);
            return true;
          }}
        />
        <PostImagePicker images={images} onChange={setImages} />
      </Stack>
    </Card>
  );
}
