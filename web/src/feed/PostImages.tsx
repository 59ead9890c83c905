import { useState } from 'react';
import { Button, CloseButton, FileButton, Group, Image, Modal, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translateUserError } from '../api/errors';
import type { FeedPostImage } from './feed.api';
import { MAX_POST_IMAGES, uploadPostImage, type UploadedPostImage } from './postImages.api';

/** A post's photos: small in the card (one wide, more in two columns); a click opens the large one. */
export function PostImageGrid({ images }: { images: readonly FeedPostImage[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<FeedPostImage | null>(null);
  if (images.length === 0) return null;
  return (
    <>
      <SimpleGrid cols={images.length === 1 ? 1 : 2} spacing={6}>
        {images.map((image, index) => (
          <UnstyledButton key={image.id} onClick={() => setOpen(image)} aria-label={t('feed.images.open', { n: index + 1, alt: image.alt ?? '' })}>
            <Image
              src={image.small}
              alt={image.alt ?? ''}
              width={image.width}
              height={image.height}
              radius="md"
              loading="lazy"
              fit="cover"
              style={{ width: '100%', height: 'auto', maxHeight: images.length === 1 ? 420 : 220, aspectRatio: `${image.width} / ${image.height}` }}
            />
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Modal opened={open !== null} onClose={() => setOpen(null)} size="xl" centered title={open?.alt || t('feed.images.photo')}>
        {open && <Image src={open.large} alt={open.alt ?? ''} width={open.width} height={open.height} style={{ width: '100%', height: 'auto' }} />}
      </Modal>
    </>
  );
}

export interface PickedImage extends UploadedPostImage {
  alt: string;
}

/**
 * "Add photos" under the composer: each picked photo is uploaded at once (the server checks it),
 * shown small with a field to describe it for screen readers, and can be taken out again.
 */
export function PostImagePicker({ images, onChange }: { images: PickedImage[]; onChange: (images: PickedImage[]) => void }) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  const room = MAX_POST_IMAGES - images.length - uploading;

  const pick = async (files: File[]) => {
    setErrors([]);
    const chosen = files.slice(0, Math.max(0, room));
    if (files.length > chosen.length) setErrors([t('feed.images.tooMany', { count: MAX_POST_IMAGES })]);
    setUploading((n) => n + chosen.length);
    let added = images;
    for (const file of chosen) {
      try {
        const result = await uploadPostImage(file);
        if (result.ok) {
          added = [...added, { ...result.image, alt: '' }];
          onChange(added);
        } else {
          const reasons = result.errors.map((error) => translateUserError(t, error)).join(' ');
          setErrors((current) => [...current, `${file.name}: ${reasons || t('feed.images.failed')}`]);
        }
      } catch {
        setErrors((current) => [...current, `${file.name}: ${t('feed.images.failed')}`]);
      } finally {
        setUploading((n) => n - 1);
      }
    }
  };

  return (
    <Stack gap="xs">
      {images.length > 0 && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {images.map((image, index) => (
            <Stack key={image.id} gap={4}>
              <div style={{ position: 'relative' }}>
                <Image src={image.smallUrl} alt={image.alt} radius="sm" h={96} fit="cover" />
                <CloseButton
                  size="sm"
                  variant="filled"
                  aria-label={t('feed.images.remove', { n: index + 1 })}
                  style={{ position: 'absolute', top: 4, right: 4 }}
                  onClick={() => onChange(images.filter((other) => other.id !== image.id))}
                />
              </div>
              <TextInput
                size="xs"
                aria-label={t('feed.images.alt', { n: index + 1 })}
                placeholder={t('feed.images.altPlaceholder')}
                maxLength={1000}
                value={image.alt}
                onChange={(event) => {
                  const alt = event.currentTarget.value;
                  onChange(images.map((other) => (other.id === image.id ? { ...other, alt } : other)));
                }}
              />
            </Stack>
          ))}
        </SimpleGrid>
      )}
      <Group gap="xs">
        <FileButton onChange={(files) => void pick(files)} accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif" multiple>
          {(props) => (
            <Button {...props} variant="subtle" size="compact-sm" disabled={room <= 0} loading={uploading > 0}>
              {t('feed.images.add')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('feed.images.count', { count: images.length, max: MAX_POST_IMAGES })}
        </Text>
      </Group>
      {errors.map((message) => (
        <Text key={message} size="xs" c="red" role="alert">
          {message}
        </Text>
      ))}
    </Stack>
  );
}
