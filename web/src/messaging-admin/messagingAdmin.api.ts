// GraphQL operations of messaging administration: templates, auto-replies and bulk messages.
import { gql } from '@urql/core';
import type { PageInfo, UserError } from '../api/documents';

export interface MessageTemplate {
  id: string;
  name: string;
  body: string;
  variables: string[];
  updatedAt: string;
}

export type AutoReplyTrigger = 'REGISTERED' | 'APPROVED';
export interface AutoReply {
  trigger: AutoReplyTrigger;
  enabled: boolean;
  template: { id: string; name: string } | null;
  updatedAt: string | null;
}

/** A piece of a message body: text, or a variable each recipient gets filled in. */
export type TemplatePart = { text: string; variable: null; fallback: null } | { text: null; variable: string; fallback: string | null };

export type BulkMessageStatus = 'SCHEDULED' | 'SENDING' | 'COMPLETED' | 'CANCELLED' | 'FAILED';
export type BulkRecipientStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface BulkMessage {
  id: string;
  status: BulkMessageStatus;
  body: string;
  bodyParts: TemplatePart[];
  segmentName: string | null;
  scheduledAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  failureReason: string | null;
  recipientCount: number;
  deliveredCount: number;
  failedCount: number;
  openedCount: number;
  openRate: number;
  progress: number;
  createdAt: string;
}

export interface BulkRecipient {
  member: { id: string; displayName: string };
  status: BulkRecipientStatus;
  deliveredAt: string | null;
  openedAt: string | null;
  failureReason: string | null;
}

const TEMPLATE = 'id name body variables updatedAt';
const BULK = 'id status body bodyParts { text variable fallback } segmentName scheduledAt startedAt completedAt failureReason recipientCount deliveredCount failedCount openedCount openRate progress createdAt';

export const MessageTemplatesQuery = gql<{ messageTemplates: { edges: { node: MessageTemplate }[]; pageInfo: PageInfo; totalCount: number } }, Record<string, never>>(
  `query MessageTemplates { messageTemplates(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TEMPLATE} } } } }`,
);
export const PreviewTemplateQuery = gql<{ previewMessageTemplate: { text: string; emptyVariables: string[] } }, { body: string; recipientId: string }>(
  `query PreviewMessageTemplate($body: String!, $recipientId: ID!) { previewMessageTemplate(body: $body, recipientId: $recipientId) { text emptyVariables } }`,
);
export const CreateTemplateMutation = gql<{ createMessageTemplate: { template: MessageTemplate | null; errors: UserError[] } }, { input: { name: string; body: string } }>(
  `mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { ${TEMPLATE} } errors { code message field } } }`,
);
export const UpdateTemplateMutation = gql<{ updateMessageTemplate: { template: MessageTemplate | null; errors: UserError[] } }, { input: { id: string; name: string; body: string } }>(
  `mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) { updateMessageTemplate(input: $input) { template { ${TEMPLATE} } errors { code message field } } }`,
);
export const DeleteTemplateMutation = gql<{ deleteMessageTemplate: { deletedTemplateId: string | null; errors: UserError[] } }, { input: { id: string } }>(
  `mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) { deleteMessageTemplate(input: $input) { deletedTemplateId errors { code message field } } }`,
);

export const AutoRepliesQuery = gql<{ autoReplies: AutoReply[] }, Record<string, never>>(
  `query AutoReplies { autoReplies { trigger enabled updatedAt template { id name } } }`,
);
export const SetAutoReplyMutation = gql<
  { setAutoReply: { autoReply: AutoReply | null; errors: UserError[] } },
  { input: { trigger: AutoReplyTrigger; enabled: boolean; templateId: string | null } }
>(`mutation SetAutoReply($input: SetAutoReplyInput!) { setAutoReply(input: $input) { autoReply { trigger enabled updatedAt template { id name } } errors { code message field } } }`);

export const BulkMessagesQuery = gql<{ bulkMessages: { edges: { node: BulkMessage }[]; totalCount: number } }, Record<string, never>>(
  `query BulkMessages { bulkMessages(first: 50) { totalCount edges { node { ${BULK} } } } }`,
);
export const BulkMessageQuery = gql<
  { bulkMessage: (BulkMessage & { recipients: { totalCount: number; edges: { node: BulkRecipient }[] } }) | null },
  { id: string; opened?: boolean | null }
>(
  `query BulkMessage($id: ID!, $opened: Boolean) { bulkMessage(id: $id) { ${BULK}
     recipients(first: 200, opened: $opened) { totalCount edges { node { status deliveredAt openedAt failureReason member { id displayName } } } } } }`,
);
export interface SendBulkMessageInput {
  idempotencyKey: string;
  body?: string | null;
  templateId?: string | null;
  segmentId?: string | null;
  memberIds?: string[] | null;
  scheduledAt?: string | null;
}
export const SendBulkMessageMutation = gql<{ sendBulkMessage: { bulkMessage: BulkMessage | null; errors: UserError[] } }, { input: SendBulkMessageInput }>(
  `mutation SendBulkMessage($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { ${BULK} } errors { code message field } } }`,
);
export const CancelBulkMessageMutation = gql<{ cancelBulkMessage: { bulkMessage: BulkMessage | null; errors: UserError[] } }, { input: { id: string } }>(
  `mutation CancelBulkMessage($input: CancelBulkMessageInput!) { cancelBulkMessage(input: $input) { bulkMessage { ${BULK} } errors { code message field } } }`,
);
