import { useEffect, useState } from 'react';
import { Alert, Avatar, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { describeRequestError, translateUserError } from '../api/errors';
import { AlertIcon } from '../components/icons';
import { useSession } from '../session/hooks';
import { MAX_PHOTO_BYTES, PHOTO_TYPES, RemoveMyPhotoMutation, uploadMyPhoto, type ProfilePhoto } from './photos.api';

// Error codes are built at run time, outside the typed key set.
type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;

function describePhotoError(t: TFunction, error: UserError): string {
  return (t as unknown as LooseT)([`photos.errors.${error.code}`], { defaultValue: '' }) || translateUserError(t, error);
}

export interface PhotoDraftOptions {
  photoUrl: string | null;
  /** After an upload or removal, with the URLs the server now gives. */
  onChange?: (photo: ProfilePhoto) => void;
}

export type PhotoDraft = ReturnType<typeof usePhotoDraft>;

/**
 * The photo being edited: the current one, a chosen file not yet sent, and the upload and removal.
 * The profile editor holds it so that saving the profile uploads a chosen photo too, and leaving
 * with one chosen asks first.
 */
export function usePhotoDraft({ photoUrl, onChange }: PhotoDraftOptions) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [current, setCurrent] = useState<string | null>(photoUrl);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => setCurrent(photoUrl), [photoUrl]);

  const choose = (chosen: File | null) => {
    setNotice(null);
    setError(null);
    if (!chosen) return;
    if (!(PHOTO_TYPES as readonly string[]).includes(chosen.type)) {
      setFile(null);
      setError(t('photos.errors.PHOTO_UNSUPPORTED'));
      return;
    }
    if (chosen.size > MAX_PHOTO_BYTES) {
      setFile(null);
      setError(t('photos.errors.PHOTO_TOO_LARGE'));
      return;
    }
    setFile(chosen);
  };

  /** True when it went through; otherwise the reason is shown in the photo section. */
  const finish = (
    result: { profile: ProfilePhoto | null; errors: UserError[] } | undefined,
    requestError: Parameters<typeof describeRequestError>[1] | undefined,
    done: string,
  ) => {
    if (requestError || !result) {
      setError(requestError ? describeRequestError(t, requestError) : t('errors.unexpected'));
      return false;
    }
    if (!result.profile) {
      setError(result.errors.map((problem) => describePhotoError(t, problem)).join(' ') || t('errors.unexpected'));
      return false;
    }
    setCurrent(result.profile.photoUrl);
    setFile(null);
    setNotice(done);
    onChange?.(result.profile);
    return true;
  };

  /** Uploads the chosen file; true when there was none or it was saved. */
  const upload = async (): Promise<boolean> => {
    if (!file) return true;
    setBusy('upload');
    setError(null);
    try {
      const result = await uploadMyPhoto(file);
      return finish(result.ok ? { profile: result.profile, errors: [] } : { profile: null, errors: result.errors }, undefined, t('photos.saved'));
    } catch {
      setError(t('errors.network'));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('remove');
    setError(null);
    setNotice(null);
    const result = await client.mutation(RemoveMyPhotoMutation, {}).toPromise();
    setBusy(null);
    finish(result.data?.removeMyPhoto, result.error, t('photos.removed'));
  };

  return { current, file, busy, error, notice, choose, upload, remove, cancel: () => setFile(null) };
}

export interface PhotoUploadProps {
  displayName: string;
  photo: PhotoDraft;
  /** Shown while a chosen file waits, e.g. that saving the form uploads it. */
  pendingHint?: string;
}

/**
 * The profile editor's photo: choose a file, see it before sending, upload, or remove the current
 * photo. The server turns it upright, crops it square and strips its metadata (location included).
 */
export function PhotoUpload({ displayName, photo, pendingHint }: PhotoUploadProps) {
  const { t } = useTranslation();
  const { current, file, busy, error, notice, choose, upload, remove, cancel } = photo;
  const [preview, setPreview] = useState<string | null>(null);

  // The preview is a local object URL: released when replaced or when the component goes.
  useEffect(() => {
    if (!file) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const shown = preview ?? current;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-photo-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="profile-photo-title">
          {t('photos.title')}
        </Title>
        <Group align="center" wrap="wrap" gap="lg">
          <Avatar
            src={shown}
            alt={preview ? t('photos.previewAlt') : current ? t('photos.currentAlt', { name: displayName }) : ''}
            size={128}
            radius="md"
            color="indigo"
            data-testid={preview ? 'photo-preview' : 'photo-current'}
          >
            {displayName.trim().slice(0, 1)}
          </Avatar>
          <Stack gap="xs" style={{ flex: 1, minWidth: 220 }}>
            <Text size="sm" c="dimmed">
              {t('photos.hint')}
            </Text>
            <Group gap="xs">
              <FileButton onChange={choose} accept={PHOTO_TYPES.join(',')} disabled={busy !== null}>
                {(props) => (
                  <Button variant="default" {...props}>
                    {current ? t('photos.chooseAnother') : t('photos.choose')}
                  </Button>
                )}
              </FileButton>
              {file && (
                <>
                  <Button onClick={() => void upload()} loading={busy === 'upload'}>
                    {t('photos.upload')}
                  </Button>
                  <Button variant="subtle" color="gray" onClick={cancel} disabled={busy !== null}>
                    {t('photos.cancel')}
                  </Button>
                </>
              )}
              {!file && current && (
                <Button variant="subtle" color="red" onClick={() => void remove()} loading={busy === 'remove'}>
                  {t('photos.remove')}
                </Button>
              )}
            </Group>
            {file && (
              <Text size="xs" c="dimmed">
                {t('photos.chosen', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) })}
              </Text>
            )}
            {file && pendingHint && (
              <Text size="sm" fw={500} data-testid="photo-pending-hint">
                {pendingHint}
              </Text>
            )}
          </Stack>
        </Group>
        {error && (
          <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
            {error}
          </Alert>
        )}
        {notice && (
          <Text size="sm" c="teal" role="status">
            {notice}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
