// GraphQL operations of members' articles and the office's review of them: the content setting, a member's own
// articles, submitting and withdrawing, and the review queue with approval and rejection.
import { graphql } from '../graphql';
import type { ReviewArticleFieldsFragment } from '../graphql/graphql';

export type ReviewArticle = ReviewArticleFieldsFragment;

graphql(`
  fragment ReviewArticleFields on Article {
    id
    title
    excerpt
    status
    publishedAt
    updatedAt
    submittedAt
    rejectionReason
    author {
      id
      displayName
    }
  }
`);

export const ContentSettingsQuery = graphql(`
  query ContentSettings {
    contentSettings {
      membersMayWriteArticles
    }
  }
`);

export const UpdateContentSettingsMutation = graphql(`
  mutation UpdateContentSettings($input: UpdateContentSettingsInput!) {
    updateContentSettings(input: $input) {
      settings {
        membersMayWriteArticles
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MyArticlesQuery = graphql(`
  query MyArticles($first: Int, $after: String) {
    myArticles(first: $first, after: $after) {
      edges {
        node {
          ...ReviewArticleFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ArticleReviewQueueQuery = graphql(`
  query ArticleReviewQueue($first: Int, $after: String) {
    articleReviewQueueCount
    articleReviewQueue(first: $first, after: $after) {
      edges {
        node {
          ...ReviewArticleFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SubmitArticleMutation = graphql(`
  mutation SubmitArticle($input: ArticleInput!) {
    submitArticle(input: $input) {
      article {
        ...ArticleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawArticleSubmissionMutation = graphql(`
  mutation WithdrawArticleSubmission($input: ArticleInput!) {
    withdrawArticleSubmission(input: $input) {
      article {
        ...ArticleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApproveArticleMutation = graphql(`
  mutation ApproveArticle($input: PublishArticleInput!) {
    approveArticle(input: $input) {
      article {
        ...ReviewArticleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectArticleMutation = graphql(`
  mutation RejectArticle($input: RejectArticleInput!) {
    rejectArticle(input: $input) {
      article {
        ...ReviewArticleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
