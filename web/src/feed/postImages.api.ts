// A post's photos are uploaded one by one as they are picked (`POST /media/post-images`, the file as
// the body), then named by id in createPost.
import { authorizedFetch } from '../api/authorized-fetch';
import type { UserError } from '../api/documents';

export interface UploadedPostImage {
  id: string;
  smallUrl: string;
  width: number;
  height: number;
}

export type PostImageUpload = { ok: true; image: UploadedPostImage } | { ok: false; status: number; errors: UserError[] };

/** At most this many photos on one post (the server refuses more). */
export const MAX_POST_IMAGES = 4;

export async function uploadPostImage(file: File): Promise<PostImageUpload> {
  const response = await authorizedFetch('/media/post-images', {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const answer = (await response.json().catch(() => null)) as { image?: UploadedPostImage | null; errors?: UserError[] } | null;
  if (response.ok && answer?.image) return { ok: true, image: answer.image };
  return { ok: false, status: response.status, errors: answer?.errors ?? [] };
}
