// GraphQL operations of the signed-in member's profile photo.
import { gql } from '@urql/core';
import type { UserError } from '../api/documents';

export interface ProfilePhoto {
  memberId: string;
  photoUrl: string | null;
  thumbnailUrl: string | null;
}

/** What the server accepts (it checks again, by the file's bytes): the picker offers these. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export const UploadMyPhotoMutation = gql<{ uploadMyPhoto: { profile: ProfilePhoto | null; errors: UserError[] } }, { input: { contentBase64: string } }>(`
  mutation UploadMyPhoto($input: UploadMyPhotoInput!) { uploadMyPhoto(input: $input) { profile { memberId photoUrl thumbnailUrl } errors { code field message } } }
`);

export const RemoveMyPhotoMutation = gql<{ removeMyPhoto: { profile: ProfilePhoto | null; errors: UserError[] } }, Record<string, never>>(`
  mutation RemoveMyPhoto { removeMyPhoto { profile { memberId photoUrl thumbnailUrl } errors { code field message } } }
`);
