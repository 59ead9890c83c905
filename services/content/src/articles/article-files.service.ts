import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import type { Logger } from '@kizuna/runtime';
import type { ObjectStorage } from '@kizuna/storage';
import { DELETED_MEMBER_ID, fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { mediaUrl } from '../images/image-url';
import type { ArticleFileReference } from './article-document';
import { detectArticleFileFormat, maxBytesOf, sanitiseFileName, type ArticleFileKind, MAX_PDF_BYTES, MAX_VIDEO_BYTES } from './article-file-format';

/**
 * An article file's object: `articles/<network>/<uploader>/<128-bit random>.<mp4|webm|pdf>`. The
 * random part makes the URL unguessable (a capability, as post images are): only readers of an
 * article showing the file are given it.
 */
export const ARTICLE_FILE_OBJECT_KEY = /^articles\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f]{32}\.(mp4|webm|pdf)$/;
/** Uploads no saved article ever showed are removed after this long (the editor was left without saving). */
const UNATTACHED_LIFETIME = `interval '1 day'`;
/** Whether a saved article shows the file (`f`) in its current body (an indexed lookup): revisions keep no files. */
const SHOWN = `EXISTS (SELECT 1 FROM content.articles a WHERE a.file_ids @> ARRAY[f.id])`;

export interface ArticleFileRecord {
  id: string;
  networkId: string;
  uploaderMembershipId: string;
  kind: ArticleFileKind;
  objectKey: string;
  contentType: string;
  size: number;
  name: string;
  createdAt: Date;
  attachedAt: Date | null;
}

/** An upload as the route received it: a temporary file, its size and its first bytes. */
export interface ReceivedFile {
  path: string;
  size: number;
  head: Buffer;
}

/** What the upload route and the data download give of a file. */
export interface PresentedArticleFile {
  id: string;
  kind: ArticleFileKind;
  url: string;
  name: string;
  size: number;
  contentType: string;
}

const FILE_COLUMNS = `f.id, f.network_id AS "networkId", f.uploader_membership_id AS "uploaderMembershipId", f.kind, f.object_key AS "objectKey",
  f.content_type AS "contentType", f.byte_size AS size, f.file_name AS name, f.created_at AS "createdAt", f.attached_at AS "attachedAt"`;

export const fileTooLarge = (kind: ArticleFileKind) =>
  UserError.of(
    'FILE_TOO_LARGE',
    kind === 'video' ? `A video may be at most ${MAX_VIDEO_BYTES / 1024 / 1024} MB.` : `A PDF may be at most ${MAX_PDF_BYTES / 1024 / 1024} MB.`,
    'file',
  );

export const presentArticleFile = (file: ArticleFileRecord): PresentedArticleFile => ({
  id: file.id,
  kind: file.kind,
  url: mediaUrl(file.objectKey),
  name: file.name,
  size: file.size,
  contentType: file.contentType,
});

/**
 * Whether every video and PDF a body names is an upload of this network of the right kind. The
 * rows are share-locked until the article is saved, so a concurrent clean-up cannot remove them
 * in between.
 */
export async function articleFilesExist(manager: EntityManager, networkId: string, references: ArticleFileReference[]): Promise<boolean> {
  if (references.length === 0) return true;
  if (!references.every((reference) => isUuid(reference.fileId))) return false;
  const rows: { id: string; kind: ArticleFileKind }[] = await manager.query(
    `SELECT id, kind FROM content.article_files WHERE network_id = $1 AND id = ANY($2::uuid[]) FOR SHARE`,
    [networkId, references.map((reference) => reference.fileId)],
  );
  const kinds = new Map(rows.map((row) => [row.id, row.kind]));
  return references.every((reference) => kinds.get(reference.fileId) === reference.kind);
}

/**
 * Videos (MP4, WebM) and PDFs that staff upload for articles: checked by their bytes, stored through
 * the storage port as they are (browsers play and download them; nothing is converted), served with
 * byte ranges. A file goes once no article shows it any more (after the save or deletion that took
 * it out), or a day after its upload when no saved article ever showed it. Earlier versions of an
 * article keep their text only: a file they alone show is removed.
 */
export class ArticleFileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  /**
   * Stores an upload of the viewer's for an article, received into a file (`head`: its first bytes);
   * the kind is decided by the bytes, the name is kept sanitised.
   */
  async upload(viewer: Viewer, received: ReceivedFile, rawName: unknown): Promise<Result<ArticleFileRecord>> {
    if (received.size === 0) return fail(UserError.of('VALIDATION', 'Choose a video (MP4 or WebM) or a PDF to upload.', 'file'));
    const format = detectArticleFileFormat(received.head);
    if (!format) return fail(UserError.of('VALIDATION', 'Only MP4 and WebM videos and PDF documents can be added to articles.', 'file'));
    if (received.size > maxBytesOf(format.kind)) return fail(fileTooLarge(format.kind));
    const objectKey = `articles/${viewer.networkId}/${viewer.membershipId}/${randomBytes(16).toString('hex')}.${format.extension}`;
    await this.storage.putFile(objectKey, received.path, format.contentType);
    try {
      const [file]: ArticleFileRecord[] = await this.dataSource.query(
        `WITH added AS (INSERT INTO content.article_files (id, network_id, uploader_membership_id, kind, object_key, content_type, byte_size, file_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *)
         SELECT ${FILE_COLUMNS} FROM added f`,
        [randomUUID(), viewer.networkId, viewer.membershipId, format.kind, objectKey, format.contentType, received.size, sanitiseFileName(rawName, format)],
      );
      await this.settle(viewer.networkId);
      return ok(file);
    } catch (error) {
      await this.deleteObject(objectKey);
      throw error;
    }
  }

  /** Files of one network by id (for the readers of its articles). */
  async byIds(networkId: string, ids: string[]): Promise<Map<string, ArticleFileRecord>> {
    const rows: ArticleFileRecord[] = await this.dataSource.query(
      `SELECT ${FILE_COLUMNS} FROM content.article_files f WHERE f.network_id = $1 AND f.id = ANY($2::uuid[])`,
      [networkId, ids.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * After an article of the network was saved or deleted (and at each upload): files a saved article
   * shows are marked attached; attached files no article shows any more, and uploads never shown for
   * a day, go with their objects (removed after their rows, so no article shows a missing file).
   */
  async settle(networkId: string): Promise<void> {
    await this.dataSource.query(`UPDATE content.article_files f SET attached_at = now() WHERE f.network_id = $1 AND f.attached_at IS NULL AND ${SHOWN}`, [
      networkId,
    ]);
    const removed: { object_key: string }[] = await this.dataSource.query(
      `WITH removed AS (DELETE FROM content.article_files f WHERE f.network_id = $1
         AND (f.attached_at IS NOT NULL OR f.created_at < now() - ${UNATTACHED_LIFETIME}) AND NOT ${SHOWN} RETURNING object_key)
       SELECT * FROM removed`,
      [networkId],
    );
    for (const row of removed) await this.deleteObject(row.object_key);
  }

  /** Every file a member uploaded, for their data download. */
  async uploadedBy(membershipIds: string[]): Promise<ArticleFileRecord[]> {
    return this.dataSource.query(`SELECT ${FILE_COLUMNS} FROM content.article_files f WHERE f.uploader_membership_id = ANY($1::uuid[]) ORDER BY f.created_at`, [
      membershipIds,
    ]);
  }

  /** A deleted member's uploads belong to the network's articles, which stay: they are kept, uploaded by no one. */
  async eraseFor(manager: EntityManager, membershipId: string, networkId: string): Promise<void> {
    await manager.query(`UPDATE content.article_files SET uploader_membership_id = $3 WHERE uploader_membership_id = $1 AND network_id = $2`, [
      membershipId,
      networkId,
      DELETED_MEMBER_ID,
    ]);
  }

  /** No row points at the object any more: a failure is logged, not raised. */
  private async deleteObject(objectKey: string): Promise<void> {
    if (!ARTICLE_FILE_OBJECT_KEY.test(objectKey)) {
      this.log.warn({ objectKey }, 'an article file key of an unknown shape; its object was not removed');
      return;
    }
    try {
      await this.storage.delete(objectKey);
    } catch (error) {
      this.log.warn({ err: error, objectKey }, 'could not remove an article file; it stays orphaned in storage');
    }
  }
}
