// The signed-in member's profile photo: uploaded over plain HTTP (the file as it is), removed with GraphQL.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql';
import { authorizedFetch } from '../api/authorized-fetch';
import type { UserError } from '../api/documents';

/** What `POST /media/photos` answers with (the same fields the removal asks for). */
export type ProfilePhoto = NonNullable<ResultOf<typeof RemoveMyPhotoMutation>['removeMyPhoto']['profile']>;

/** What the server accepts (it checks again, by the file's bytes): the picker offers these. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export type PhotoUploadResult = { ok: true; profile: ProfilePhoto } | { ok: false; status: number; errors: UserError[] };

/** Sends the image file as the body of `POST /media/photos`; the server answers with the profile's new URLs or the errors. */
export async function uploadMyPhoto(file: File): Promise<PhotoUploadResult> {
  const response = await authorizedFetch('/media/photos', { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream' }, body: file });
  const answer = (await response.json().catch(() => null)) as { profile?: ProfilePhoto | null; errors?: UserError[] } | null;
  if (response.ok && answer?.profile) return { ok: true, profile: answer.profile };
  return { ok: false, status: response.status, errors: answer?.errors ?? [] };
}

export const RemoveMyPhotoMutation = graphql(`
  mutation RemoveMyPhoto {
    removeMyPhoto {
      profile {
        memberId
        photoUrl
        thumbnailUrl
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
