import type { SubgraphDefinition } from '@kizuna/subgraph';
import { ConversationResolver } from './conversations/conversation.resolver';
import { MemberType } from './members/member.type';
import { AutoReplyResolver } from './auto-replies/auto-reply.resolver';
import { BulkMessageResolver } from './bulk-messages/bulk-message.resolver';
import { TemplateResolver } from './templates/template.resolver';
import { messagingPrivacy } from './privacy/privacy.slice';
import { MemberMessagesResolver, MessageResolver } from './messages/message.resolver';
import { ConversationRoomResolver, RoomResolver } from './rooms/room.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'messaging',
  resolvers: [
    ConversationResolver,
    MessageResolver,
    MemberMessagesResolver,
    messagingPrivacy.PersonalDataResolver,
    TemplateResolver,
    AutoReplyResolver,
    BulkMessageResolver,
    RoomResolver,
    ConversationRoomResolver,
  ],
  orphanedTypes: [MemberType, messagingPrivacy.PersonalDataType],
};
