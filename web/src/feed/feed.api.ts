// GraphQL operations of the feed: items of every kind, posts, likes, comments with one level of
// replies, "hide from my feed", reports and the moderators' queue.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql';
import type {
  FeedCommentFieldsFragment,
  FeedItemFieldsFragment,
  FeedMemberFieldsFragment,
  FeedPostFieldsFragment,
  ModerationCaseFieldsFragment,
} from '../graphql/graphql';

export type { FeedOrder } from '../graphql/graphql';
export type FeedItem = FeedItemFieldsFragment;
export type FeedPost = FeedPostFieldsFragment;
export type FeedPostImage = FeedPostFieldsFragment['images'][number];
export type FeedComment = FeedCommentFieldsFragment;
export type FeedMember = FeedMemberFieldsFragment;
export type ModerationCase = ModerationCaseFieldsFragment;
/** Who a body names with `<@id>`. */
export type MentionedMember = { id: string; displayName: string };

graphql(`
  fragment FeedMemberFields on Member {
    id
    displayName
    profile {
      photoUrl
    }
  }
`);

graphql(`
  fragment FeedPostFields on Post {
    id
    body
    hashtags
    links
    createdAt
    editedAt
    author {
      ...FeedMemberFields
    }
    mentions {
      id
      displayName
    }
    images {
      id
      width
      height
      alt
      small: url(size: SMALL)
      large: url(size: LARGE)
    }
  }
`);

graphql(`
  fragment FeedItemFields on FeedItem {
    id
    kind
    title
    excerpt
    linkPath
    audience
    publishedAt
    pinned
    hiddenByModerators
    reactionCount
    commentCount
    viewerLiked
    actor {
      ...FeedMemberFields
    }
    subject {
      typename
      id
    }
    post {
      ...FeedPostFields
    }
    article {
      ...ArticleCardFields
    }
    survey {
      ...SurveyFields
    }
    prompt {
      hashtag
      title
      body
      occurrenceAt
    }
  }
`);

graphql(`
  fragment FeedCommentFields on FeedComment {
    id
    feedItemId
    replyToCommentId
    body
    createdAt
    editedAt
    replyCount
    author {
      ...FeedMemberFields
    }
    mentions {
      id
      displayName
    }
  }
`);

export const FeedQuery = graphql(`
  query Feed($order: FeedOrder!, $first: Int!, $after: String) {
    feed(order: $order, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...FeedItemFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);
export type FeedConnection = ResultOf<typeof FeedQuery>['feed'];

export const HashtagQuery = graphql(`
  query Hashtag($tag: String!, $first: Int!, $after: String) {
    hashtag(tag: $tag, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...FeedItemFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const FeedItemQuery = graphql(`
  query FeedItem($id: ID!) {
    feedItem(id: $id) {
      ...FeedItemFields
    }
  }
`);

// A page of comments, each with its first replies. The replies of one comment are asked again
// through the cursor of the comment before it (`after`, `first: 1`): the graph has no root field
// for a single comment.
export const CommentsQuery = graphql(`
  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {
    feedItem(id: $feedItemId) {
      id
      commentCount
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...FeedCommentFields
            replies(first: $repliesFirst, after: $repliesAfter) {
              edges {
                cursor
                node {
                  ...FeedCommentFields
                }
              }
              pageInfo {
                ...PageInfoFields
              }
            }
          }
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`);
export type CommentThread = NonNullable<ResultOf<typeof CommentsQuery>['feedItem']>['comments']['edges'][number];

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      post {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EditPostMutation = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      post {
        ...FeedPostFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($input: DeletePostInput!) {
    deletePost(input: $input) {
      deletedPostId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const LikeFeedItemMutation = graphql(`
  mutation LikeFeedItem($input: FeedItemInput!) {
    likeFeedItem(input: $input) {
      feedItem {
        id
        reactionCount
        viewerLiked
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnlikeFeedItemMutation = graphql(`
  mutation UnlikeFeedItem($input: FeedItemInput!) {
    unlikeFeedItem(input: $input) {
      feedItem {
        id
        reactionCount
        viewerLiked
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        ...FeedCommentFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        ...FeedCommentFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input) {
      comment {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const HideFromMyFeedMutation = graphql(`
  mutation HideFromMyFeed($input: FeedItemInput!) {
    hideFromMyFeed(input: $input) {
      feedItem {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ShowInMyFeedMutation = graphql(`
  mutation ShowInMyFeed($input: FeedItemInput!) {
    showInMyFeed(input: $input) {
      feedItem {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReportContentMutation = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      report {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

// Moderation (MANAGE_CONTENT)

graphql(`
  fragment ModerationCaseFields on ModerationCase {
    openReportCount
    latestReportAt
    item {
      ...FeedItemFields
    }
    reports {
      id
      feedItemId
      commentId
      reason
      status
      createdAt
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($first: Int!, $after: String) {
    moderationQueue(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ModerationCaseFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const HideFeedItemMutation = graphql(`
  mutation HideFeedItem($input: FeedItemInput!) {
    hideFeedItem(input: $input) {
      feedItem {
        ...FeedItemFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnhideFeedItemMutation = graphql(`
  mutation UnhideFeedItem($input: FeedItemInput!) {
    unhideFeedItem(input: $input) {
      feedItem {
        ...FeedItemFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PinFeedItemMutation = graphql(`
  mutation PinFeedItem($input: FeedItemInput!) {
    pinFeedItem(input: $input) {
      feedItem {
        ...FeedItemFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnpinFeedItemMutation = graphql(`
  mutation UnpinFeedItem($input: FeedItemInput!) {
    unpinFeedItem(input: $input) {
      feedItem {
        ...FeedItemFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DismissReportMutation = graphql(`
  mutation DismissReport($input: DismissReportInput!) {
    dismissReport(input: $input) {
      report {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const FeedItemAddedSubscription = graphql(`
  subscription FeedItemAdded {
    feedItemAdded {
      ...FeedItemFields
    }
  }
`);

export const FeedItemCountsSubscription = graphql(`
  subscription FeedItemCounts($feedItemIds: [ID!]!) {
    feedItemCounts(feedItemIds: $feedItemIds) {
      feedItemId
      reactionCount
      commentCount
    }
  }
`);

/** The directory segments staff may address (the audience picker lists them by name). */
export const AudienceSegmentsQuery = graphql(`
  query AudienceSegments {
    segments(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
