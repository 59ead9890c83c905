// GraphQL operations of the admin's posting prompts (MANAGE_CONTENT).
import { graphql } from '../graphql';
import type { PostingPromptFieldsFragment } from '../graphql/graphql';

export type PostingPrompt = PostingPromptFieldsFragment;

graphql(`
  fragment PostingPromptFields on PostingPrompt {
    id
    hashtag
    title
    body
    rrule
    timeZone
    startsAt
    audience
    segmentId
    active
    lastOccurrenceAt
    nextOccurrences(count: 1)
  }
`);

export const PostingPromptsQuery = graphql(`
  query PostingPrompts {
    postingPrompts {
      ...PostingPromptFields
    }
  }
`);

export const PostingPromptSchedulePreviewQuery = graphql(`
  query PostingPromptSchedulePreview($input: PostingPromptScheduleInput!) {
    postingPromptSchedulePreview(input: $input, count: 3) {
      occurrences
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreatePostingPromptMutation = graphql(`
  mutation CreatePostingPrompt($input: CreatePostingPromptInput!) {
    createPostingPrompt(input: $input) {
      prompt {
        ...PostingPromptFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EditPostingPromptMutation = graphql(`
  mutation EditPostingPrompt($input: EditPostingPromptInput!) {
    editPostingPrompt(input: $input) {
      prompt {
        ...PostingPromptFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PausePostingPromptMutation = graphql(`
  mutation PausePostingPrompt($input: PostingPromptInput!) {
    pausePostingPrompt(input: $input) {
      prompt {
        ...PostingPromptFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResumePostingPromptMutation = graphql(`
  mutation ResumePostingPrompt($input: PostingPromptInput!) {
    resumePostingPrompt(input: $input) {
      prompt {
        ...PostingPromptFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeletePostingPromptMutation = graphql(`
  mutation DeletePostingPrompt($input: PostingPromptInput!) {
    deletePostingPrompt(input: $input) {
      deletedPromptId
      errors {
        ...UserErrorFields
      }
    }
  }
`);
