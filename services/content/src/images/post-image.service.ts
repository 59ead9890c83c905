import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import type { Logger } from '@kizuna/runtime';
import type { ObjectStorage } from '@kizuna/storage';
import { characterCount, DELETED_MEMBER_ID, fail, hasControlCharacters, ok, UserError, type Result } from '@kizuna/subgraph';
import { processImage } from './image-processing';
import { IMAGE_KEY, imageObjectKey, POST_IMAGE_SIZES } from './image-url';

export const MAX_POST_IMAGES = 4;
export const MAX_ALT_CHARACTERS = 1000;
/** Uploads never attached to a post are removed after this long (the composer was abandoned). */
const UNATTACHED_LIFETIME = `interval '1 day'`;

/** What an upload is for: a post (attached by its uploader to one post) or articles (cover and inline images, named by id). */
export type ImagePurpose = 'post' | 'article';

export interface PostImageRecord {
  id: string;
  purpose: ImagePurpose;
  networkId: string;
  uploaderMembershipId: string;
  postId: string | null;
  objectKey: string;
  width: number;
  height: number;
  alt: string | null;
  position: number | null;
  createdAt: Date;
}

/** An image as a post's input names it: an upload of the viewer's, with optional alt text. */
export interface PostImageChoice {
  imageId: string;
  alt?: string | null;
}

const IMAGE_COLUMNS = `i.id, i.purpose, i.network_id AS "networkId", i.uploader_membership_id AS "uploaderMembershipId", i.post_id AS "postId", i.object_key AS "objectKey",
  i.width, i.height, i.alt, i.position, i.created_at AS "createdAt"`;

/**
 * Images on posts and articles: checked and resized here (as profile photos are), stored through the storage
 * port, attached by their uploader to one of their posts. Objects are written before the row that
 * points at them and removed after the row is gone, so a post never shows a missing image.
 */
export class PostImageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  /** Stores an upload of the viewer's, not yet on any post; their post uploads abandoned for a day go. */
  async upload(viewer: Viewer, file: Buffer, purpose: ImagePurpose = 'post'): Promise<Result<PostImageRecord>> {
    const processed = await processImage(file);
    if ('error' in processed) return fail(processed.error);
    const objectKey = `posts/${viewer.networkId}/${viewer.membershipId}/${randomBytes(16).toString('hex')}`;
    await this.writeObjects(objectKey, processed.image.renditions);
    try {
      const [image]: PostImageRecord[] = await this.dataSource.query(
        `WITH added AS (INSERT INTO content.post_images (id, purpose, network_id, uploader_membership_id, object_key, width, height) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *)
         SELECT ${IMAGE_COLUMNS} FROM added i`,
        [randomUUID(), purpose, viewer.networkId, viewer.membershipId, objectKey, processed.image.width, processed.image.height],
      );
      await this.removeAbandoned(viewer);
      return ok(image);
    } catch (error) {
      await this.deleteObjects(objectKey);
      throw error;
    }
  }

  /**
   * Puts the chosen uploads on the post, in the given order, and takes off the post's images not
   * chosen (their objects are removed by `deleteObjects` once the transaction committed: the keys
   * are returned). Only the viewer's own uploads of this network that are on no other post can be
   * chosen; anything else is NOT_FOUND, as if it did not exist.
   */
  async attach(manager: EntityManager, viewer: Viewer, postId: string, choices: PostImageChoice[]): Promise<Result<{ removedKeys: string[] }>> {
    const checked = checkChoices(choices);
    if (!checked.ok) return checked;
    const ids = choices.map((choice) => choice.imageId);
    const found: PostImageRecord[] = ids.length
      ? await manager.query(
          `SELECT ${IMAGE_COLUMNS} FROM content.post_images i
           WHERE i.id = ANY($1::uuid[]) AND i.purpose = 'post' AND i.network_id = $2 AND i.uploader_membership_id = $3 AND (i.post_id IS NULL OR i.post_id = $4) FOR UPDATE`,
          [ids, viewer.networkId, viewer.membershipId, postId],
        )
      : [];
    const missing = ids.findIndex((id) => !found.some((image) => image.id === id));
    if (missing >= 0) return fail(UserError.of('NOT_FOUND', 'No such image among your uploads.', `images.${missing}.imageId`));
    const removed: { object_key: string }[] = await manager.query(
      `WITH removed AS (DELETE FROM content.post_images WHERE post_id = $1 AND NOT (id = ANY($2::uuid[])) RETURNING object_key) SELECT * FROM removed`,
      [postId, ids],
    );
    // Positions are unique per post: clear them, then set the new order.
    await manager.query(`UPDATE content.post_images SET post_id = NULL, position = NULL WHERE post_id = $1`, [postId]);
    for (const [position, choice] of choices.entries()) {
      const alt = choice.alt?.trim() ? choice.alt.trim() : null;
      await manager.query(`UPDATE content.post_images SET post_id = $2, position = $3, alt = $4 WHERE id = $1`, [choice.imageId, postId, position, alt]);
    }
    return ok({ removedKeys: removed.map((row) => row.object_key) });
  }

  /** The image keys of a post, for removing its objects once the post is gone. */
  async keysOf(manager: EntityManager, postId: string): Promise<string[]> {
    const rows: { object_key: string }[] = await manager.query(`SELECT object_key FROM content.post_images WHERE post_id = $1`, [postId]);
    return rows.map((row) => row.object_key);
  }

  /** Each post's images, in order. */
  async ofPosts(postIds: string[]): Promise<Map<string, PostImageRecord[]>> {
    const rows: PostImageRecord[] = await this.dataSource.query(
      `SELECT ${IMAGE_COLUMNS} FROM content.post_images i WHERE i.post_id = ANY($1::uuid[]) ORDER BY i.position`,
      [postIds.filter(isUuid)],
    );
    const result = new Map<string, PostImageRecord[]>(postIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.postId!)?.push(row);
    return result;
  }

  /** Article images of one network by id (covers and inline images, for readers of those articles). */
  async articleImages(networkId: string, ids: string[]): Promise<Map<string, PostImageRecord>> {
    const rows: PostImageRecord[] = await this.dataSource.query(
      `SELECT ${IMAGE_COLUMNS} FROM content.post_images i WHERE i.network_id = $1 AND i.purpose = 'article' AND i.id = ANY($2::uuid[])`,
      [networkId, ids.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Every image a member uploaded (on posts or not, for articles), for their data download. */
  async uploadedBy(membershipIds: string[]): Promise<PostImageRecord[]> {
    return this.dataSource.query(`SELECT ${IMAGE_COLUMNS} FROM content.post_images i WHERE i.uploader_membership_id = ANY($1::uuid[]) ORDER BY i.created_at`, [
      membershipIds,
    ]);
  }

  /**
   * A deleted member's post images go with their files, in the consumer's transaction: a store that
   * fails here fails the event, which is delivered again, so the files cannot outlive the member
   * silently. Their article images belong to the network's articles, which stay: they are kept,
   * uploaded by no one.
   */
  async eraseFor(manager: EntityManager, membershipId: string, networkId: string): Promise<void> {
    const rows: { object_key: string }[] = await manager.query(
      `SELECT object_key FROM content.post_images WHERE uploader_membership_id = $1 AND network_id = $2 AND purpose = 'post'`,
      [membershipId, networkId],
    );
    for (const row of rows) await this.deleteObjects(row.object_key, { strict: true });
    await manager.query(`DELETE FROM content.post_images WHERE uploader_membership_id = $1 AND network_id = $2 AND purpose = 'post'`, [
      membershipId,
      networkId,
    ]);
    await manager.query(`UPDATE content.post_images SET uploader_membership_id = $3 WHERE uploader_membership_id = $1 AND network_id = $2`, [
      membershipId,
      networkId,
      DELETED_MEMBER_ID,
    ]);
  }

  private async removeAbandoned(viewer: Viewer): Promise<void> {
    const removed: { object_key: string }[] = await this.dataSource.query(
      `WITH removed AS (DELETE FROM content.post_images WHERE uploader_membership_id = $1 AND network_id = $2 AND purpose = 'post' AND post_id IS NULL AND created_at < now() - ${UNATTACHED_LIFETIME}
         RETURNING object_key) SELECT * FROM removed`,
      [viewer.membershipId, viewer.networkId],
    );
    for (const row of removed) await this.deleteObjects(row.object_key);
  }

  private async writeObjects(objectKey: string, renditions: Record<(typeof POST_IMAGE_SIZES)[number], Buffer>): Promise<void> {
    try {
      await Promise.all(POST_IMAGE_SIZES.map((size) => this.storage.put(imageObjectKey(objectKey, size), renditions[size], 'image/webp')));
    } catch (error) {
      await this.deleteObjects(objectKey);
      throw error;
    }
  }

  /** Removes an image's objects. Outside erasure a failure is logged, not raised: no row points at them any more. */
  async deleteObjects(objectKey: string, options: { strict?: boolean } = {}): Promise<void> {
    if (!IMAGE_KEY.test(objectKey)) {
      this.log.warn({ objectKey }, 'a post image key of an unknown shape; its objects were not removed');
      return;
    }
    const results = await Promise.allSettled(POST_IMAGE_SIZES.map((size) => this.storage.delete(imageObjectKey(objectKey, size))));
    const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (!failure) return;
    if (options.strict) throw failure.reason;
    this.log.warn({ err: failure.reason, objectKey }, 'could not remove post image objects; they stay orphaned in storage');
  }
}

/** At most four, each once, alt text one line of at most 1,000 characters. */
function checkChoices(choices: PostImageChoice[]): Result<true> {
  if (choices.length > MAX_POST_IMAGES) return fail(UserError.of('LIMIT_EXCEEDED', `A post may hold at most ${MAX_POST_IMAGES} images.`, 'images'));
  const errors: UserError[] = [];
  choices.forEach((choice, index) => {
    if (!isUuid(choice.imageId)) errors.push(UserError.of('NOT_FOUND', 'No such image among your uploads.', `images.${index}.imageId`));
    else if (choices.findIndex((other) => other.imageId === choice.imageId) !== index)
      errors.push(UserError.of('VALIDATION', 'The same image is chosen twice.', `images.${index}.imageId`));
    const alt = choice.alt?.trim() ?? '';
    if (characterCount(alt) > MAX_ALT_CHARACTERS)
      errors.push(UserError.of('LIMIT_EXCEEDED', `Alt text may hold at most ${MAX_ALT_CHARACTERS} characters.`, `images.${index}.alt`));
    else if (hasControlCharacters(alt, 'none'))
      errors.push(UserError.of('VALIDATION', 'Alt text is one line without control characters.', `images.${index}.alt`));
  });
  return errors.length ? fail(...errors) : ok(true);
}
