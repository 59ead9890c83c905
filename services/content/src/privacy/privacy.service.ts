import type { DataSource, EntityManager } from 'typeorm';
import { DELETED_MEMBER_ID, type DeletedMember, type PersonalDataHolder, type PersonalDataOwner } from '@kizuna/subgraph';
import { imageUrl } from '../images/image-url';
import type { PostImageService } from '../images/post-image.service';
import { presentArticleFile, type ArticleFileService } from '../articles/article-files.service';
import type { SurveyService } from '../surveys/survey.service';

/** What content holds about a person, for their data download and their account's deletion. */
export class ContentPrivacyService implements PersonalDataHolder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly images: PostImageService,
    private readonly articleFiles: ArticleFileService,
    private readonly surveys: SurveyService,
  ) {}

  /** What this service holds about the owner, in every network of their account. */
  async exportFor({ membershipIds: ids }: PersonalDataOwner): Promise<Record<string, unknown>> {
    // Articles they wrote, and the versions they wrote of any article (earlier versions kept by edits).
    const articles = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", author_membership_id AS "authorId", title, body, excerpt, audience, segment_id AS "segmentId", status,
         published_at AS "publishedAt", created_at AS "createdAt", updated_at AS "updatedAt",
         submitted_at AS "submittedAt", rejection_reason AS "rejectionReason"
       FROM content.articles WHERE author_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    const articleRevisions = await this.dataSource.query(
      `SELECT article_id AS "articleId", network_id AS "networkId", title, body, written_at AS "writtenAt", replaced_at AS "replacedAt"
       FROM content.article_revisions WHERE editor_membership_id = ANY($1::uuid[]) ORDER BY replaced_at`,
      [ids],
    );
    const posts = await this.dataSource.query(
      `SELECT p.id, p.network_id AS "networkId", p.body, p.hashtags, p.created_at AS "createdAt", p.edited_at AS "editedAt",
         coalesce((SELECT json_agg(json_build_object('body', e.body, 'writtenAt', e.written_at) ORDER BY e.replaced_at) FROM content.post_edits e WHERE e.post_id = p.id), '[]') AS "earlierTexts"
       FROM content.posts p WHERE p.author_membership_id = ANY($1::uuid[]) ORDER BY p.created_at`,
      [ids],
    );
    const comments = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", feed_item_id AS "feedItemId", parent_comment_id AS "replyToCommentId", body, created_at AS "createdAt", edited_at AS "editedAt"
       FROM content.comments WHERE author_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    const likes = await this.dataSource.query(
      `SELECT feed_item_id AS "feedItemId", network_id AS "networkId", created_at AS "likedAt" FROM content.feed_reactions WHERE membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    const reports = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", feed_item_id AS "feedItemId", comment_id AS "commentId", reason, status, created_at AS "createdAt"
       FROM content.reports WHERE reporter_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    // Every image they uploaded, on a post or not yet, or for articles: where it is, and what they wrote about it.
    const images = (await this.images.uploadedBy(ids)).map((image) => ({
      id: image.id,
      purpose: image.purpose,
      networkId: image.networkId,
      postId: image.postId,
      url: imageUrl(image.objectKey, 1280),
      width: image.width,
      height: image.height,
      alt: image.alt,
      uploadedAt: image.createdAt,
    }));
    // Videos and PDFs they uploaded for articles.
    const articleFiles = (await this.articleFiles.uploadedBy(ids)).map((file) => ({
      ...presentArticleFile(file),
      networkId: file.networkId,
      uploadedAt: file.createdAt,
    }));
    // Their own answers, anonymous surveys included: the answers are theirs, only others may not learn who gave them.
    const surveyAnswers = await this.dataSource.query(
      `SELECT r.survey_id AS "surveyId", r.network_id AS "networkId", s.title AS "surveyTitle", s.questions, r.answers,
         r.created_at AS "answeredAt", r.updated_at AS "updatedAt"
       FROM content.survey_responses r JOIN content.surveys s ON s.id = r.survey_id WHERE r.membership_id = ANY($1::uuid[]) ORDER BY r.created_at`,
      [ids],
    );
    return { articles, articleRevisions, posts, images, articleFiles, comments, likes, reports, surveyAnswers };
  }

  /**
   * A deleted member's drafts and submissions are erased; their published (and scheduled) articles stay for the
   * network, by no one, and so do the versions they wrote, without their name. A redelivery changes nothing.
   */
  async eraseFor(manager: EntityManager, { membershipId, networkId }: DeletedMember): Promise<void> {
    const params = [membershipId, networkId];
    // Article feed items stay with their articles: taken off the member before their own items go.
    await manager.query(
      `UPDATE content.feed_items SET actor_membership_id = NULL WHERE actor_membership_id = $1 AND network_id = $2 AND kind = 'ARTICLE' AND source_key LIKE 'content.article:%'`,
      params,
    );
    // Their image files first: a store that fails fails the event, which comes again with the rows still there.
    await this.images.eraseFor(manager, membershipId, networkId);
    await this.articleFiles.eraseFor(manager, membershipId, networkId);
    await this.surveys.eraseAnswers(manager, membershipId, networkId);
    await this.eraseFeedActivity(manager, membershipId, networkId);
    await manager.query(`DELETE FROM content.articles WHERE author_membership_id = $1 AND network_id = $2 AND status IN ('draft', 'submitted')`, params);
    await manager.query(`UPDATE content.articles SET author_membership_id = $3 WHERE author_membership_id = $1 AND network_id = $2`, [
      ...params,
      DELETED_MEMBER_ID,
    ]);
    await manager.query(`UPDATE content.articles SET editor_membership_id = NULL WHERE editor_membership_id = $1 AND network_id = $2`, params);
    await manager.query(`UPDATE content.article_revisions SET editor_membership_id = NULL WHERE editor_membership_id = $1 AND network_id = $2`, params);
    await manager.query(`DELETE FROM content.article_reads WHERE membership_id = $1 AND network_id = $2`, params);
  }

  /**
   * A deleted member's posts (and what others said under them), comments (with their replies),
   * likes, hides and reports go, and the items they were the subject of (joined, new job); the
   * counts of items they liked or commented on are recomputed. A redelivery finds nothing left.
   */
  private async eraseFeedActivity(manager: EntityManager, membershipId: string, networkId: string): Promise<void> {
    const touched: { id: string }[] = await manager.query(
      `SELECT feed_item_id AS id FROM content.feed_reactions WHERE membership_id = $1 AND network_id = $2
       UNION SELECT feed_item_id FROM content.comments WHERE author_membership_id = $1 AND network_id = $2`,
      [membershipId, networkId],
    );
    await manager.query(`DELETE FROM content.feed_items WHERE network_id = $2 AND actor_membership_id = $1`, [membershipId, networkId]);
    await manager.query(`DELETE FROM content.comments WHERE network_id = $2 AND author_membership_id = $1`, [membershipId, networkId]);
    await manager.query(`DELETE FROM content.feed_reactions WHERE network_id = $2 AND membership_id = $1`, [membershipId, networkId]);
    await manager.query(`DELETE FROM content.feed_item_hides WHERE network_id = $2 AND membership_id = $1`, [membershipId, networkId]);
    await manager.query(`DELETE FROM content.reports WHERE network_id = $2 AND reporter_membership_id = $1`, [membershipId, networkId]);
    await manager.query(`DELETE FROM content.members WHERE network_id = $2 AND membership_id = $1`, [membershipId, networkId]);
    if (touched.length === 0) return;
    await manager.query(
      `UPDATE content.feed_items f SET
         reaction_count = (SELECT count(*) FROM content.feed_reactions r WHERE r.feed_item_id = f.id),
         comment_count = (SELECT count(*) FROM content.comments c WHERE c.feed_item_id = f.id)
       WHERE f.id = ANY($1::uuid[])`,
      [touched.map((row) => row.id)],
    );
  }
}
