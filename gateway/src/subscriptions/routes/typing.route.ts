import { MemberTyping, RoomLeft, type EventData } from '@kizuna/events';
import type { Route } from '../engine/route';
import { eventFieldKeys, selectedFields } from '../selection';
import { conversationKey, requireConversationAccess } from './conversation-access';
import { conversationsReadable } from './schema-support';

/**
 * `typing`: others' typing signals in a conversation messaging lets the subscriber read, straight
 * from the MemberTyping event (no fetch), never echoed to the typer, dropped once expired. A
 * RoomLeft of the subscriber ends it.
 */
export const typingRoute: Route<{ conversationId: string }> = {
  field: 'typing',
  sdl: /* GraphQL */ `
  """
  Others typing in a conversation the viewer may read (the viewer's own signals are not echoed).
  """
  typing(conversationId: ID!): TypingIndicator!
`,
  typesSdl: /* GraphQL */ `
    """
    A member typing (or having stopped) in a conversation.
    """
    type TypingIndicator {
      """
      Where they type.
      """
      conversationId: ID!
      """
      Who types (membership id).
      """
      memberId: ID!
      """
      Their display name.
      """
      displayName: String!
      """
      false: they stopped.
      """
      typing: Boolean!
      """
      Until when the signal holds unless renewed.
      """
      expiresAt: DateTimeISO!
    }
  `,
  supported: (apiSchema) => conversationsReadable(apiSchema) && !!apiSchema.getType('DateTimeISO'),
  events: [MemberTyping, RoomLeft],
  async open({ args, info, ask }) {
    await requireConversationAccess(ask, args.conversationId);
    return { keys: [conversationKey(args.conversationId)], eventFields: eventFieldKeys(selectedFields(info)) };
  },
  route(event) {
    if (event.type === RoomLeft.type) {
      const left = event.data as EventData<typeof RoomLeft>;
      return [{ kind: 'leave', member: left.membershipId, key: conversationKey(left.conversationId), end: true }];
    }
    const data = event.data as EventData<typeof MemberTyping>;
    if (Date.parse(data.expiresAt) <= Date.now()) return [];
    const values = {
      __typename: 'TypingIndicator',
      conversationId: data.conversationId,
      memberId: data.membershipId,
      displayName: data.displayName,
      typing: data.typing,
      expiresAt: data.expiresAt,
    };
    return [{ kind: 'deliver', to: { keys: [conversationKey(data.conversationId)], exceptMember: data.membershipId }, values }];
  },
};
