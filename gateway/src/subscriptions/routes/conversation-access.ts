import { GraphQLError } from 'graphql';
import type { Ask, GatewayResult } from '../engine/route';

/** Messaging answers who may read a conversation: `viewerIsMember` (participants, room members, and whoever else messaging counts in). */
export const CONVERSATION_ACCESS_QUERY = 'query GatewaySubscriptionAccess($id: ID!) { conversation(id: $id) { id kind viewerIsMember } }';

export const mayReadConversation = (result: GatewayResult) =>
  (result.data?.conversation as { viewerIsMember?: boolean } | null | undefined)?.viewerIsMember === true;

export const conversationKey = (conversationId: string) => `conversation:${conversationId}`;

/** Resolves when messaging says the subscriber may read the conversation; FORBIDDEN otherwise. */
export async function requireConversationAccess(ask: Ask, conversationId: string): Promise<void> {
  let result: GatewayResult;
  try {
    result = await ask(CONVERSATION_ACCESS_QUERY, { id: conversationId }, 'access');
  } catch {
    throw new GraphQLError('Access to the conversation could not be checked.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  if (!mayReadConversation(result)) throw new GraphQLError('You may not read this conversation.', { extensions: { code: 'FORBIDDEN' } });
}
