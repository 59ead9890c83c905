import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import type { FeedViewer } from '../segments/segment-membership';
import { isUuid } from '@kizuna/data';
import { PostDeleted, PostEdited, PostPublished, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { isContentModerator } from '../feed/feed-item.record';
import { excerptOf, type FeedService } from '../feed/feed.service';
import type { PostImageChoice, PostImageService } from '../images/post-image.service';
import { allApprovedMembers } from '../members/member.service';
import { MAX_POST_CHARACTERS, readPostText, type PostText } from './post-text';

export interface PostRecord {
  id: string;
  networkId: string;
  authorMembershipId: string;
  body: string;
  mentions: string[];
  hashtags: string[];
  links: string[];
  createdAt: Date;
  editedAt: Date | null;
}

export interface PostEditRecord {
  postId: string;
  body: string;
  writtenAt: Date;
  replacedAt: Date;
}

const POST_COLUMNS = `p.id, p.network_id AS "networkId", p.author_membership_id AS "authorMembershipId", p.body, p.mentions, p.hashtags, p.links,
  p.created_at AS "createdAt", p.edited_at AS "editedAt"`;

const postNotFound = () => UserError.of('NOT_FOUND', 'No such post.', 'postId');

/** Thrown inside a transaction to roll back what it wrote and answer with the errors instead. */
class Refused extends Error {
  constructor(readonly errors: UserError[]) {
    super('refused');
  }
}

async function unlessRefused<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) return fail(...error.errors);
    throw error;
  }
}

/** Checked text whose mentions all name approved members of the viewer's network (another network's ids are refused). */
export async function checkedText(manager: EntityManager, viewer: Viewer, raw: string, max: number, what: string): Promise<Result<PostText>> {
  const text = readPostText(raw, max, what);
  if (!text.ok) return fail(text.error);
  if (!(await allApprovedMembers(manager, viewer.networkId, text.text.mentions)))
    return fail(UserError.of('VALIDATION', 'A mentioned member is not a member of this network.', 'body'));
  return ok(text.text);
}

/** Members' posts: each is a feed item of kind POST with the same id, written in the same transaction. */
export class PostService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: FeedService,
    private readonly images: PostImageService,
  ) {}

  /** A post, with images the viewer uploaded; refused images leave nothing stored. */
  async create(viewer: Viewer, body: string, images: PostImageChoice[] = []): Promise<Result<PostRecord>> {
    return unlessRefused(() =>
      this.dataSource.transaction(async (manager) => {
        const text = await checkedText(manager, viewer, body, MAX_POST_CHARACTERS, 'post');
        if (!text.ok) return text;
        const id = randomUUID();
        const [{ now }]: { now: Date }[] = await manager.query(`SELECT date_trunc('milliseconds', now()) AS now`);
        await this.feed.upsert(manager, {
          id,
          networkId: viewer.networkId,
          sourceKey: `content.post:${id}`,
          kind: 'POST',
          actorMembershipId: viewer.membershipId,
          title: '',
          excerpt: excerptOf(text.value.body),
          linkPath: null,
          subjectTypename: 'Post',
          subjectId: id,
          audience: 'network',
          segmentId: null,
          publishedAt: now,
        });
        await manager.query(
          `INSERT INTO content.posts (id, network_id, author_membership_id, body, mentions, hashtags, links, created_at) VALUES ($1, $2, $3, $4, $5::uuid[], $6::text[], $7::text[], $8)`,
          [id, viewer.networkId, viewer.membershipId, text.value.body, text.value.mentions, text.value.hashtags, text.value.links, now],
        );
        if (images.length > 0) {
          const attached = await this.images.attach(manager, viewer, id, images);
          if (!attached.ok) throw new Refused(attached.errors);
        }
        await this.outbox.add(manager, PostPublished, viewer.networkId, {
          postId: id,
          networkId: viewer.networkId,
          authorMembershipId: viewer.membershipId,
          mentionedMembershipIds: text.value.mentions,
          hashtags: text.value.hashtags,
          publishedAt: now.toISOString(),
        });
        return ok(await this.byId(manager, id));
      }),
    );
  }

  /**
   * The author changes the text (the earlier text is kept in the post's history) and, when `images`
   * is given, the images: those left out are deleted, files included, once the change committed.
   */
  async edit(viewer: FeedViewer, postId: string, body: string, images?: PostImageChoice[] | null): Promise<Result<PostRecord>> {
    let removedKeys: string[] = [];
    const result = await unlessRefused(() =>
      this.dataSource.transaction(async (manager) => {
        const post = await this.lock(manager, viewer, postId);
        if (!post) return fail(postNotFound());
        if (post.authorMembershipId !== viewer.membershipId) return fail(UserError.of('FORBIDDEN', 'Only its author can edit a post.', 'postId'));
        const text = await checkedText(manager, viewer, body, MAX_POST_CHARACTERS, 'post');
        if (!text.ok) return text;
        const textChanged = text.value.body !== post.body;
        if (images) {
          const attached = await this.images.attach(manager, viewer, post.id, images);
          if (!attached.ok) throw new Refused(attached.errors);
          removedKeys = attached.value.removedKeys;
        }
        if (!textChanged && !images) return ok(post);
        if (textChanged) {
          await manager.query(`INSERT INTO content.post_edits (id, post_id, body, written_at) VALUES ($1, $2, $3, $4)`, [
            randomUUID(),
            post.id,
            post.body,
            post.editedAt ?? post.createdAt,
          ]);
        }
        const [{ edited_at: editedAt }]: { edited_at: Date }[] = await manager.query(
          `WITH edited AS (UPDATE content.posts SET body = $2, mentions = $3::uuid[], hashtags = $4::text[], links = $5::text[], edited_at = now() WHERE id = $1 RETURNING edited_at) SELECT * FROM edited`,
          [post.id, text.value.body, text.value.mentions, text.value.hashtags, text.value.links],
        );
        await manager.query(`UPDATE content.feed_items SET excerpt = $2, updated_at = now() WHERE id = $1`, [post.id, excerptOf(text.value.body)]);
        await this.outbox.add(manager, PostEdited, viewer.networkId, {
          postId: post.id,
          networkId: viewer.networkId,
          authorMembershipId: post.authorMembershipId,
          newlyMentionedMembershipIds: text.value.mentions.filter((id) => !post.mentions.includes(id)),
          editedAt: editedAt.toISOString(),
        });
        return ok(await this.byId(manager, post.id));
      }),
    );
    if (result.ok) for (const key of removedKeys) await this.images.deleteObjects(key);
    return result;
  }

  /** Its author, or staff with MANAGE_CONTENT; the feed item, likes, comments and reports go with it. */
  async delete(viewer: FeedViewer, postId: string): Promise<Result<string>> {
    let imageKeys: string[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const post = await this.lock(manager, viewer, postId);
      if (!post) return fail<string>(postNotFound());
      const isAuthor = post.authorMembershipId === viewer.membershipId;
      if (!isAuthor && !isContentModerator(viewer))
        return fail<string>(UserError.of('FORBIDDEN', 'Only its author or a moderator can delete a post.', 'postId'));
      imageKeys = await this.images.keysOf(manager, post.id);
      await manager.query(`DELETE FROM content.feed_items WHERE id = $1 AND network_id = $2`, [post.id, viewer.networkId]);
      await this.outbox.add(manager, PostDeleted, viewer.networkId, {
        postId: post.id,
        networkId: viewer.networkId,
        authorMembershipId: post.authorMembershipId,
        deletedBy: viewer.membershipId,
        byModerator: !isAuthor,
        deletedAt: new Date().toISOString(),
      });
      return ok(post.id);
    });
    // The rows went with the post; their files go once that committed.
    if (result.ok) for (const key of imageKeys) await this.images.deleteObjects(key);
    return result;
  }

  /** The post, locked, if the viewer may open its feed item (the author sees theirs even when hidden). */
  private async lock(manager: EntityManager, viewer: FeedViewer, postId: string): Promise<PostRecord | null> {
    if (!isUuid(postId)) return null;
    const item = await this.feed.lockReadable(manager, viewer, postId, 'postId');
    if (!item.ok) return null;
    const [post]: PostRecord[] = await manager.query(`SELECT ${POST_COLUMNS} FROM content.posts p WHERE p.id = $1 AND p.network_id = $2 FOR UPDATE`, [
      postId,
      viewer.networkId,
    ]);
    return post ?? null;
  }

  private async byId(manager: EntityManager, id: string): Promise<PostRecord> {
    const [post]: PostRecord[] = await manager.query(`SELECT ${POST_COLUMNS} FROM content.posts p WHERE p.id = $1`, [id]);
    return post;
  }

  /** Posts by id in one network (their feed items were already checked for the viewer). */
  async byIds(networkId: string, ids: string[]): Promise<Map<string, PostRecord>> {
    const rows: PostRecord[] = await this.dataSource.query(`SELECT ${POST_COLUMNS} FROM content.posts p WHERE p.network_id = $1 AND p.id = ANY($2::uuid[])`, [
      networkId,
      ids.filter(isUuid),
    ]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Each post's earlier texts, oldest first. */
  async editsOf(ids: string[]): Promise<Map<string, PostEditRecord[]>> {
    const rows: PostEditRecord[] = await this.dataSource.query(
      `SELECT post_id AS "postId", body, written_at AS "writtenAt", replaced_at AS "replacedAt" FROM content.post_edits WHERE post_id = ANY($1::uuid[]) ORDER BY replaced_at, id`,
      [ids.filter(isUuid)],
    );
    const result = new Map<string, PostEditRecord[]>(ids.map((id) => [id, []]));
    for (const row of rows) result.get(row.postId)?.push(row);
    return result;
  }
}
