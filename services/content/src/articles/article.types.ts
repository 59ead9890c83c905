import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject, MultiLine, PageInfo, UserError } from '@kizuna/subgraph';
import { FeedAudienceEnum } from '../feed/feed.types';
import { MemberType } from '../members/member.type';
import type { ArticleDocument } from './article-document';
import type { ArticleCategoryRecord, ArticleRecord, ArticleRevisionRecord, ArticleStatus } from './article.service';

export enum ArticleStatusEnum {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ArticleStatusEnum, {
  name: 'ArticleStatus',
  description:
    "DRAFT: staff and its author only (rejectionReason set when the office sent a member's submission back); SUBMITTED: a member's article waiting in the review queue; SCHEDULED: goes out by itself at publishedAt; PUBLISHED: out to its audience and in the feed.",
});

export const STATUS_OF: Record<ArticleStatus, ArticleStatusEnum> = {
  draft: ArticleStatusEnum.DRAFT,
  submitted: ArticleStatusEnum.SUBMITTED,
  scheduled: ArticleStatusEnum.SCHEDULED,
  published: ArticleStatusEnum.PUBLISHED,
};
export const STATUS_FROM: Record<ArticleStatusEnum, ArticleStatus> = { DRAFT: 'draft', SUBMITTED: 'submitted', SCHEDULED: 'scheduled', PUBLISHED: 'published' };
const AUDIENCE = { network: FeedAudienceEnum.NETWORK, staff: FeedAudienceEnum.STAFF, segment: FeedAudienceEnum.SEGMENT } as const;

@ObjectType('ArticleCategory', { description: "A category of the network's articles." })
export class ArticleCategoryType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

export function presentCategory(record: ArticleCategoryRecord): ArticleCategoryType {
  return Object.assign(new ArticleCategoryType(), { id: record.id, name: record.name });
}

@ObjectType('ArticleImage', { description: 'An image uploaded for articles (cover or inline), upright, without metadata (WebP).' })
export class ArticleImageType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'At most 1280 px on the longer side; unguessable, given only to readers of the article.' })
  url: string;

  @Field(() => String, { description: 'At most 400 px on the longer side (feed cards).' })
  smallUrl: string;

  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;
}

@ObjectType('ArticleRevision', { description: 'An earlier version of an article: what it said before an edit.' })
export class ArticleRevisionType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLJSONObject, { description: 'The body as it was (a document, as Article.body).' })
  body: ArticleDocument;

  @Field(() => MemberType, { nullable: true, description: 'Who wrote this version; null once their account is deleted.' })
  editor: MemberType | null;

  @Field({ description: 'When this version was written.' })
  writtenAt: Date;

  @Field({ description: 'When the next version replaced it.' })
  replacedAt: Date;
}

export function presentRevision(record: ArticleRevisionRecord): ArticleRevisionType {
  return Object.assign(new ArticleRevisionType(), {
    id: record.id,
    title: record.title,
    body: record.body,
    editor: record.editorMembershipId ? Object.assign(new MemberType(), { id: record.editorMembershipId }) : null,
    writtenAt: record.writtenAt,
    replacedAt: record.replacedAt,
  });
}

@Directive('@key(fields: "id")')
@ObjectType('Article', { description: "An article of the network's office; once published, its feed item has the same id." })
export class ArticleType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The opening of its text, as the feed shows it.' })
  excerpt: string;

  @Field(() => ArticleStatusEnum)
  status: ArticleStatusEnum;

  @Field(() => FeedAudienceEnum)
  audience: FeedAudienceEnum;

  @Field(() => ID, { nullable: true, description: 'SEGMENT: the directory segment that may read it.' })
  segmentId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it went out (PUBLISHED) or goes out (SCHEDULED); null for a draft.' })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'SUBMITTED: since when it waits for review.' })
  submittedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "A member's draft the office sent back: the reviewer's reason, for its author and staff (cleared when it is submitted again).",
  })
  rejectionReason: string | null;

  record: ArticleRecord;
}

export function presentArticle(record: ArticleRecord): ArticleType {
  return Object.assign(new ArticleType(), {
    id: record.id,
    title: record.title,
    excerpt: record.excerpt,
    status: STATUS_OF[record.status],
    audience: AUDIENCE[record.audience],
    segmentId: record.segmentId,
    publishedAt: record.publishedAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    submittedAt: record.submittedAt,
    rejectionReason: record.rejectionReason,
    record,
  });
}

@ObjectType()
export class ArticleEdge {
  @Field()
  cursor: string;

  @Field(() => ArticleType)
  node: ArticleType;
}

@ObjectType({ description: 'A page of articles, newest first.' })
export class ArticleConnection {
  @Field(() => [ArticleEdge])
  edges: ArticleEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType({ description: 'An article as staff write it, or a member (audience NETWORK only) where the network lets members write.' })
export class ArticleContentInput {
  @Field({ description: '1–200 characters, one line.' })
  title: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'A ProseMirror (Tiptap) document of: paragraph, heading (levels 2–3), bulletList, orderedList, listItem, blockquote, hardBreak, horizontalRule, ' +
      'image (attrs imageId: an upload of POST /media/post-images?purpose=article, alt), video (attrs provider youtube|vimeo, videoId), ' +
      'videoFile (attrs fileId: a video of POST /media/article-files), attachment (attrs fileId: a PDF of POST /media/article-files); ' +
      'marks bold, italic, strike, code, link (http, https, mailto). Anything else is VALIDATION on body.',
  })
  body: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'The cover: an article image upload.' })
  coverImageId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => FeedAudienceEnum, { defaultValue: FeedAudienceEnum.NETWORK })
  audience: FeedAudienceEnum;

  @Field(() => ID, { nullable: true, description: 'SEGMENT: the directory segment that may read it.' })
  segmentId?: string | null;
}

@InputType()
export class EditArticleInput {
  @Field(() => ID)
  articleId: string;

  @Field(() => ArticleContentInput, { description: 'The whole article as it is to be from now on.' })
  article: ArticleContentInput;
}

@InputType()
export class PublishArticleInput {
  @Field(() => ID)
  articleId: string;

  @Field(() => Date, { nullable: true, description: 'A future time to publish it at; without it, it is published now.' })
  publishAt?: Date | null;
}

@InputType()
export class RejectArticleInput {
  @Field(() => ID)
  articleId: string;

  @MultiLine()
  @Field({ description: 'Why, for the author: 1–1,000 characters, line breaks allowed.' })
  reason: string;
}

@InputType()
export class ArticleInput {
  @Field(() => ID)
  articleId: string;
}

@ObjectType()
export class ArticlePayload {
  @Field(() => ArticleType, { nullable: true, description: 'The article as it is now; null when errors stopped the change.' })
  article: ArticleType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class DeleteArticlePayload {
  @Field(() => ID, { nullable: true })
  deletedArticleId: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@InputType()
export class CreateArticleCategoryInput {
  @Field({ description: '1–60 characters, one line, unique in the network.' })
  name: string;
}

@InputType()
export class RenameArticleCategoryInput {
  @Field(() => ID)
  categoryId: string;

  @Field({ description: '1–60 characters, one line, unique in the network.' })
  name: string;
}

@InputType()
export class ArticleCategoryInput {
  @Field(() => ID)
  categoryId: string;
}

@ObjectType()
export class ArticleCategoryPayload {
  @Field(() => ArticleCategoryType, { nullable: true })
  category: ArticleCategoryType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class DeleteArticleCategoryPayload {
  @Field(() => ID, { nullable: true })
  deletedCategoryId: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}
