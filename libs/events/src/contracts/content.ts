import { z } from 'zod';
import { defineEvent } from '../contract';

const source = 'kizuna/content';
const timestamp = z.iso.datetime({ offset: true });

/**
 * Any service puts an item in the network's feed by publishing FeedItemPublished on this topic;
 * content keeps the feed as a read model of it. The key is the publisher's, so one item's
 * publications and withdrawal stay in order.
 */
const FEED_SUBMISSION_TOPIC = 'kizuna.content.feed-submission';
/** Posts: keyed by post id (which is also the post's feed item id). */
const POST_TOPIC = 'kizuna.content.post';
/** What members do on feed items (comments, likes, reports, moderation): keyed by feed item id. */
const FEED_ACTIVITY_TOPIC = 'kizuna.content.feed-activity';
/** Surveys: opened, answered, closed; keyed by survey id (which is also its feed item id). */
const SURVEY_TOPIC = 'kizuna.content.survey';
/** Staff's recurring posting prompts: keyed by prompt id, so one prompt's occurrences stay in order. */
const PROMPT_TOPIC = 'kizuna.content.prompt';
/** The office's articles: published, changed, taken back; keyed by article id (which is also its feed item id). */
const ARTICLE_TOPIC = 'kizuna.content.article';

export const FEED_ITEM_KIND = /^[A-Z][A-Z0-9_]{0,39}$/;

export const FeedItemPublished = defineEvent({
  type: 'kizuna.content.feed-item.published.v1',
  topic: FEED_SUBMISSION_TOPIC,
  source,
  description:
    "Puts an item in a network's feed, or updates it (same key). Published by any service with something for the feed (articles, surveys, events, jobs); content shows it from this snapshot alone, so kinds content does not know still show.",
  schema: z.object({
    key: z
      .string()
      .min(1)
      .max(200)
      .describe('Stable and unique in the network, chosen by the publisher, e.g. `recruitment.job:<id>`; publishing again with it updates the item'),
    networkId: z.uuid(),
    kind: z.string().regex(FEED_ITEM_KIND).describe('POST, ARTICLE, SURVEY, PROMPT, NEW_MEMBER, JOB_CHANGE, NEW_ROOM, or a future kind'),
    actorMembershipId: z.uuid().nullable().describe('Who the item is by or about; null for the network itself'),
    title: z.string().max(300),
    excerpt: z.string().max(1000),
    linkPath: z
      .string()
      .regex(/^\/[^\s]*$/)
      .max(500)
      .nullable()
      .describe('Where the web client opens it, e.g. /jobs/<id>'),
    subject: z
      .object({ typename: z.string().regex(/^[A-Z][A-Za-z0-9]*$/), id: z.string().min(1).max(200) })
      .nullable()
      .describe('The graph entity it shows (typename + id)'),
    audience: z.enum(['NETWORK', 'STAFF', 'SEGMENT']),
    segmentId: z.uuid().nullable().describe('SEGMENT only: the directory segment that may see it'),
    publishedAt: timestamp,
  }),
  subject: (data) => data.key,
});

export const FeedItemWithdrawn = defineEvent({
  type: 'kizuna.content.feed-item.withdrawn.v1',
  topic: FEED_SUBMISSION_TOPIC,
  source,
  description: 'Takes an item out of the feed (its subject was deleted or unpublished), with its likes and comments.',
  schema: z.object({ key: z.string().min(1).max(200), networkId: z.uuid(), withdrawnAt: timestamp }),
  subject: (data) => data.key,
});

export const FeedItemAdded = defineEvent({
  type: 'kizuna.content.feed-item.added.v1',
  topic: FEED_ACTIVITY_TOPIC,
  source,
  description:
    'A new item entered the network\'s feed (a post, or the first publication of any other service\'s item): open feeds show "new posts". Who may see it follows its audience; content answers for each viewer.',
  schema: z.object({
    feedItemId: z.uuid(),
    networkId: z.uuid(),
    kind: z.string().regex(FEED_ITEM_KIND),
    actorMembershipId: z.uuid().nullable(),
    audience: z.enum(['NETWORK', 'STAFF', 'SEGMENT']),
    segmentId: z.uuid().nullable(),
    publishedAt: timestamp,
  }),
  subject: (data) => data.feedItemId,
});

export const PostPublished = defineEvent({
  type: 'kizuna.content.post.published.v1',
  topic: POST_TOPIC,
  source,
  description: "A member posted in the feed (the feed item has the post's id).",
  schema: z.object({
    postId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid(),
    mentionedMembershipIds: z.array(z.uuid()),
    hashtags: z.array(z.string()),
    publishedAt: timestamp,
  }),
  subject: (data) => data.postId,
});

export const PostEdited = defineEvent({
  type: 'kizuna.content.post.edited.v1',
  topic: POST_TOPIC,
  source,
  description: "The author changed a post's text; newlyMentionedMembershipIds are those the earlier text did not mention.",
  schema: z.object({
    postId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid(),
    newlyMentionedMembershipIds: z.array(z.uuid()),
    editedAt: timestamp,
  }),
  subject: (data) => data.postId,
});

export const PostDeleted = defineEvent({
  type: 'kizuna.content.post.deleted.v1',
  topic: POST_TOPIC,
  source,
  description: 'A post was deleted by its author or by staff (byModerator); its feed item, likes and comments went with it.',
  schema: z.object({
    postId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid(),
    deletedBy: z.uuid(),
    byModerator: z.boolean(),
    deletedAt: timestamp,
  }),
  subject: (data) => data.postId,
});

export const FeedCommentAdded = defineEvent({
  type: 'kizuna.content.comment.added.v1',
  topic: FEED_ACTIVITY_TOPIC,
  source,
  description: "A member commented on a feed item or replied to a comment (notifications: the item's author, the replied-to author, the mentioned).",
  schema: z.object({
    commentId: z.uuid(),
    feedItemId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid(),
    itemActorMembershipId: z.uuid().nullable().describe("The feed item's author (or whom it is about)"),
    parentCommentId: z.uuid().nullable(),
    parentAuthorMembershipId: z.uuid().nullable(),
    mentionedMembershipIds: z.array(z.uuid()),
    commentCount: z.number().int().nonnegative().describe("The item's comments now, replies included"),
    reactionCount: z.number().int().nonnegative().describe("The item's likes now"),
    addedAt: timestamp,
  }),
  subject: (data) => data.feedItemId,
});

export const FeedCommentDeleted = defineEvent({
  type: 'kizuna.content.comment.deleted.v1',
  topic: FEED_ACTIVITY_TOPIC,
  source,
  description:
    "A comment was deleted by its author or by staff (byModerator), with its replies; commentCount is the item's count after it, so live counts follow.",
  schema: z.object({
    commentId: z.uuid(),
    feedItemId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid(),
    parentCommentId: z.uuid().nullable().describe('Set when the deleted comment was a reply'),
    deletedBy: z.uuid(),
    byModerator: z.boolean(),
    removedCount: z.number().int().positive().describe('Comments removed: the comment and its replies'),
    commentCount: z.number().int().nonnegative().describe("The item's comments now, replies included"),
    reactionCount: z.number().int().nonnegative().describe("The item's likes now"),
    deletedAt: timestamp,
  }),
  subject: (data) => data.feedItemId,
});

export const FeedReactionChanged = defineEvent({
  type: 'kizuna.content.reaction.changed.v1',
  topic: FEED_ACTIVITY_TOPIC,
  source,
  description: "A member liked or unliked a feed item; reactionCount is the item's count after the change.",
  schema: z.object({
    feedItemId: z.uuid(),
    networkId: z.uuid(),
    membershipId: z.uuid(),
    itemActorMembershipId: z.uuid().nullable(),
    liked: z.boolean(),
    reactionCount: z.number().int().nonnegative(),
    commentCount: z.number().int().nonnegative().describe("The item's comments now, so live counts carry both"),
    changedAt: timestamp,
  }),
  subject: (data) => data.feedItemId,
});

export const FeedItemReported = defineEvent({
  type: 'kizuna.content.item.reported.v1',
  topic: FEED_ACTIVITY_TOPIC,
  source,
  description: 'A member reported a feed item or one of its comments to the moderators (the reason stays in content).',
  schema: z.object({
    reportId: z.uuid(),
    feedItemId: z.uuid(),
    commentId: z.uuid().nullable(),
    networkId: z.uuid(),
    reportedBy: z.uuid(),
    reportedAt: timestamp,
  }),
  subject: (data) => data.feedItemId,
});

export const FeedItemHidden = defineEvent({
  type: 'kizuna.content.item.hidden.v1',
  topic: FEED_ACTIVITY_TOPIC,
  source,
  description: 'Staff hid a feed item from the network (hidden: true) or showed it again (hidden: false).',
  schema: z.object({ feedItemId: z.uuid(), networkId: z.uuid(), itemActorMembershipId: z.uuid().nullable(), hidden: z.boolean(), by: z.uuid(), at: timestamp }),
  subject: (data) => data.feedItemId,
});

/**
 * A survey's tallies: counts only, the same for everyone allowed to see them, so live results are
 * delivered from the event itself. Never who answered what.
 */
export const surveyResults = z
  .object({
    surveyId: z.uuid(),
    responseCount: z.number().int().nonnegative(),
    closed: z.boolean(),
    questions: z.array(
      z.object({
        questionId: z.string(),
        answerCount: z.number().int().nonnegative().describe('Responses that answered this question'),
        options: z.array(z.object({ optionId: z.string(), count: z.number().int().nonnegative() })).describe('Choice questions: each option, in order'),
        scale: z.array(z.object({ value: z.number().int(), count: z.number().int().nonnegative() })).describe('SCALE: each value from min to max'),
        mean: z.number().nullable().describe('SCALE: the mean of the answers; null without any'),
      }),
    ),
  })
  .describe('Tallies per question');

export const SurveyOpened = defineEvent({
  type: 'kizuna.content.survey.opened.v1',
  topic: SURVEY_TOPIC,
  source,
  description: 'Staff published a survey in the feed (its feed item has the survey id).',
  schema: z.object({
    surveyId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid(),
    title: z.string(),
    anonymous: z.boolean(),
    audience: z.enum(['NETWORK', 'STAFF', 'SEGMENT']),
    segmentId: z.uuid().nullable(),
    closesAt: timestamp.nullable(),
    openedAt: timestamp,
  }),
  subject: (data) => data.surveyId,
});

export const SurveyAnswered = defineEvent({
  type: 'kizuna.content.survey.answered.v1',
  topic: SURVEY_TOPIC,
  source,
  description:
    "A member answered a survey or changed their answer; results are the tallies after it (counts only). membershipId is present for NAMED surveys only: an ANONYMOUS survey's events name nobody.",
  schema: z.object({
    surveyId: z.uuid(),
    networkId: z.uuid(),
    membershipId: z.uuid().optional().describe('NAMED surveys only: who answered (never what)'),
    changed: z.boolean().describe('true: an earlier answer was replaced'),
    responseCount: z.number().int().nonnegative(),
    results: surveyResults,
    answeredAt: timestamp,
  }),
  subject: (data) => data.surveyId,
});

export const SurveyClosed = defineEvent({
  type: 'kizuna.content.survey.closed.v1',
  topic: SURVEY_TOPIC,
  source,
  description: 'A survey closed, by staff (early) or at its closing time, with its final tallies. Published once per survey.',
  schema: z.object({
    surveyId: z.uuid(),
    networkId: z.uuid(),
    early: z.boolean().describe('Closed by staff before its closing time (or without one)'),
    responseCount: z.number().int().nonnegative(),
    results: surveyResults,
    closedAt: timestamp,
  }),
  subject: (data) => data.surveyId,
});

export const PromptPosted = defineEvent({
  type: 'kizuna.content.prompt.posted.v1',
  topic: PROMPT_TOPIC,
  source,
  description:
    'An occurrence of a posting prompt entered the feed (e.g. every Friday 12:00 Asia/Tokyo "#なんでもOKデー"); members answer with posts under its hashtag.',
  schema: z.object({
    promptId: z.uuid(),
    networkId: z.uuid(),
    feedItemId: z.uuid(),
    hashtag: z.string().min(1).max(200).describe('As looked up: NFKC, lower case, without the #'),
    occurrenceAt: timestamp.describe('The scheduled time of this occurrence (the feed item is published at it)'),
  }),
  subject: (data) => data.promptId,
});

const articleAudience = {
  audience: z.enum(['NETWORK', 'STAFF', 'SEGMENT']).describe('Who may read it: the network, staff, or one directory segment'),
  segmentId: z.uuid().nullable().describe('SEGMENT: the directory segment'),
};

export const ArticlePublished = defineEvent({
  type: 'kizuna.content.article.published.v1',
  topic: ARTICLE_TOPIC,
  source,
  description: 'An article went out to its audience (now, or at its scheduled time); its feed item has the article id.',
  schema: z.object({
    articleId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid().nullable().describe('null once the author deleted their account'),
    title: z.string(),
    excerpt: z.string(),
    categoryId: z.uuid().nullable(),
    ...articleAudience,
    scheduled: z.boolean().describe('true: published by the periodic check at its scheduled time'),
    publishedAt: timestamp,
  }),
  subject: (data) => data.articleId,
});

export const ArticleUpdated = defineEvent({
  type: 'kizuna.content.article.updated.v1',
  topic: ARTICLE_TOPIC,
  source,
  description:
    'Staff, or the member who writes it, changed an article (draft, submitted for review, scheduled or published); a published one shows the change at once.',
  schema: z.object({
    articleId: z.uuid(),
    networkId: z.uuid(),
    editorMembershipId: z.uuid(),
    title: z.string(),
    status: z.enum(['DRAFT', 'SUBMITTED', 'SCHEDULED', 'PUBLISHED']),
    ...articleAudience,
    updatedAt: timestamp,
  }),
  subject: (data) => data.articleId,
});

export const ArticleUnpublished = defineEvent({
  type: 'kizuna.content.article.unpublished.v1',
  topic: ARTICLE_TOPIC,
  source,
  description: 'A published article was taken back (back to a draft, or deleted); its feed item is gone.',
  schema: z.object({
    articleId: z.uuid(),
    networkId: z.uuid(),
    deleted: z.boolean().describe('true: the article was deleted, not only unpublished'),
    unpublishedAt: timestamp,
  }),
  subject: (data) => data.articleId,
});

export const ArticleSubmitted = defineEvent({
  type: 'kizuna.content.article.submitted.v1',
  topic: ARTICLE_TOPIC,
  source,
  description: "A member submitted their article for review: it waits in the network's review queue for staff with MANAGE_CONTENT.",
  schema: z.object({
    articleId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid(),
    title: z.string(),
    excerpt: z.string(),
    submittedAt: timestamp,
  }),
  subject: (data) => data.articleId,
});

export const ArticleReviewed = defineEvent({
  type: 'kizuna.content.article.reviewed.v1',
  topic: ARTICLE_TOPIC,
  source,
  description:
    'Staff decided on a submitted article: APPROVED (published now or scheduled; ArticlePublished follows when it goes out) or REJECTED (back to its author as a draft, with the reason).',
  schema: z.object({
    articleId: z.uuid(),
    networkId: z.uuid(),
    authorMembershipId: z.uuid().nullable().describe('null once the author deleted their account'),
    reviewerMembershipId: z.uuid(),
    title: z.string(),
    decision: z.enum(['APPROVED', 'REJECTED']),
    reason: z.string().nullable().describe("REJECTED: the reviewer's reason, shown to the author"),
    publishedAt: timestamp.nullable().describe('APPROVED: when it went or goes out'),
    reviewedAt: timestamp,
  }),
  subject: (data) => data.articleId,
});

export const contentEvents = [
  FeedItemPublished,
  FeedItemWithdrawn,
  FeedItemAdded,
  PostPublished,
  PostEdited,
  PostDeleted,
  FeedCommentAdded,
  FeedCommentDeleted,
  FeedReactionChanged,
  FeedItemReported,
  FeedItemHidden,
  SurveyOpened,
  SurveyAnswered,
  SurveyClosed,
  PromptPosted,
  ArticlePublished,
  ArticleUpdated,
  ArticleUnpublished,
  ArticleSubmitted,
  ArticleReviewed,
];
