// GraphQL operations of messaging administration: templates, auto-replies and bulk messages.
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { BulkMessageFieldsFragment, MessageTemplateFieldsFragment } from '../graphql/graphql';

export type { AutoReplyTrigger, BulkMessageStatus, BulkRecipientStatus, SendBulkMessageInput } from '../graphql/graphql';
export type MessageTemplate = MessageTemplateFieldsFragment;
export type BulkMessage = BulkMessageFieldsFragment;
/** A piece of a message body: text, or a variable each recipient gets filled in. */
export type TemplatePart = BulkMessage['bodyParts'][number];

graphql(`
  fragment MessageTemplateFields on MessageTemplate {
    id
    name
    body
    variables
    updatedAt
  }
`);

graphql(`
  fragment BulkMessageFields on BulkMessage {
    id
    status
    body
    bodyParts {
      text
      variable
      fallback
    }
    segmentName
    scheduledAt
    startedAt
    completedAt
    failureReason
    recipientCount
    deliveredCount
    failedCount
    openedCount
    openRate
    progress
    createdAt
  }
`);

export const MessageTemplatesQuery = graphql(`
  query MessageTemplates {
    messageTemplates(first: 100) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...MessageTemplateFields
        }
      }
    }
  }
`);
export const PreviewTemplateQuery = graphql(`
  query PreviewMessageTemplate($body: String!, $recipientId: ID!) {
    previewMessageTemplate(body: $body, recipientId: $recipientId) {
      text
      emptyVariables
    }
  }
`);
export const CreateTemplateMutation = graphql(`
  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      template {
        ...MessageTemplateFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const UpdateTemplateMutation = graphql(`
  mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(input: $input) {
      template {
        ...MessageTemplateFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const DeleteTemplateMutation = graphql(`
  mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) {
    deleteMessageTemplate(input: $input) {
      deletedTemplateId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AutoRepliesQuery = graphql(`
  query AutoReplies {
    autoReplies {
      trigger
      enabled
      updatedAt
      template {
        id
        name
      }
    }
  }
`);
export type AutoReply = ResultOf<typeof AutoRepliesQuery>['autoReplies'][number];
export const SetAutoReplyMutation = graphql(`
  mutation SetAutoReply($input: SetAutoReplyInput!) {
    setAutoReply(input: $input) {
      autoReply {
        trigger
        enabled
        updatedAt
        template {
          id
          name
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const BulkMessagesQuery = graphql(`
  query BulkMessages {
    bulkMessages(first: 50) {
      totalCount
      edges {
        node {
          ...BulkMessageFields
        }
      }
    }
  }
`);
export const BulkMessageQuery = graphql(`
  query BulkMessage($id: ID!, $opened: Boolean) {
    bulkMessage(id: $id) {
      ...BulkMessageFields
      recipients(first: 200, opened: $opened) {
        totalCount
        edges {
          node {
            status
            deliveredAt
            openedAt
            failureReason
            member {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);
export type BulkRecipient = NonNullable<ResultOf<typeof BulkMessageQuery>['bulkMessage']>['recipients']['edges'][number]['node'];
export const SendBulkMessageMutation = graphql(`
  mutation SendBulkMessage($input: SendBulkMessageInput!) {
    sendBulkMessage(input: $input) {
      bulkMessage {
        ...BulkMessageFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const CancelBulkMessageMutation = graphql(`
  mutation CancelBulkMessage($input: CancelBulkMessageInput!) {
    cancelBulkMessage(input: $input) {
      bulkMessage {
        ...BulkMessageFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
