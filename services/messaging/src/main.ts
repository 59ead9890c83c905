import { memberReference, mergeEventHandlers, runService, serviceSettings } from '@kizuna/subgraph';
import { z } from 'zod';
import { memberConsumers } from './members/member.consumers';
import { MemberEntity } from './members/member.entity';
import { MemberDirectoryService } from './members/member.service';
import { ConversationMemberEntity } from './conversations/conversation-member.entity';
import { conversationReference } from './conversations/conversation.reference';
import { ConversationResolver } from './conversations/conversation.resolver';
import { ConversationService } from './conversations/conversation.service';
import { ConversationEntity } from './conversations/conversation.entity';
import { MessageEntity } from './messages/message.entity';
import { MemberMessagesResolver, MessageResolver } from './messages/message.resolver';
import { messageReference } from './messages/message.reference';
import { MessageService } from './messages/message.service';
import { TypingSignals } from './messages/typing-signals';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { AccountMemberships1764600000000 } from './migrations/1764600000000-account-memberships';
import { Conversations1764800000000 } from './migrations/1764800000000-conversations';
import { MessagingPrivacyService } from './privacy/privacy.service';
import { messagingPrivacy } from './privacy/privacy.slice';
import { subgraph } from './schema';
import { autoReplyConsumers } from './auto-replies/auto-reply.consumers';
import { AutoReplyResolver } from './auto-replies/auto-reply.resolver';
import { AutoReplyService } from './auto-replies/auto-reply.service';
import { BulkMessageResolver, bulkMessageReference } from './bulk-messages/bulk-message.resolver';
import { BulkMessageService } from './bulk-messages/bulk-message.service';
import { BulkSender } from './bulk-messages/bulk-sender';
import { bulkSettingsShape } from './bulk-messages/bulk-settings';
import { networkConsumers } from './networks/network.consumers';
import { NetworkReadModel } from './networks/network.service';
import { TemplateResolver } from './templates/template.resolver';
import { TemplateService } from './templates/template.service';
import { messageSettingsShape } from './messages/message-settings';
import { RoomEntity, RoomInvitationEntity } from './rooms/room.entity';
import { ConversationRoomResolver, RoomResolver } from './rooms/room.resolver';
import { RoomService } from './rooms/room.service';
import { roomSettingsShape } from './rooms/room-settings';
import { DemoConversations } from './seed/demo-conversations';

const settings = serviceSettings.extend({
  ...messageSettingsShape,
  ...roomSettingsShape,
  ...bulkSettingsShape,
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

void runService({
  subgraph,
  entities: [MemberEntity, ConversationEntity, ConversationMemberEntity, MessageEntity, RoomEntity, RoomInvitationEntity],
  migrations: [Initial1763900000000, AccountMemberships1764600000000, Conversations1764800000000],
  settings,
  setup({ dataSource, outbox, transport, settings, log }) {
    const templates = new TemplateService(dataSource);
    const autoReplies = new AutoReplyService(dataSource, outbox, templates);
    const bulkSender = new BulkSender(dataSource, outbox, log, {
      batchSize: settings.BULK_BATCH_SIZE,
      pollMs: settings.BULK_POLL_MS,
      staleSeconds: settings.BULK_STALE_SECONDS,
    });
    const bulkMessages = new BulkMessageService(dataSource, templates, { url: settings.DIRECTORY_URL, gatewaySecret: settings.GATEWAY_SECRET }, () =>
      bulkSender.wake(),
    );
    const messages = new MessageService(dataSource, outbox, settings, new TypingSignals(transport, settings.TOPIC_PREFIX));
    const conversations = new ConversationService(dataSource, outbox);
    const rooms = new RoomService(dataSource, outbox, settings);
    const privacy = messagingPrivacy.provide(dataSource, new MessagingPrivacyService(dataSource));
    const demo = settings.SEED_DEMO ? new DemoConversations(dataSource, { rooms, messages, conversations, templates, autoReplies }, log) : undefined;
    return {
      resolvers: [
        new ConversationResolver(conversations, messages),
        new MessageResolver(messages),
        new MemberMessagesResolver(messages),
        privacy.resolver,
        new TemplateResolver(templates),
        new AutoReplyResolver(autoReplies),
        new BulkMessageResolver(bulkMessages, templates),
        new RoomResolver(rooms),
        new ConversationRoomResolver(rooms),
      ],
      references: {
        ...memberReference(),
        ...privacy.references,
        ...conversationReference(conversations),
        ...messageReference(messages),
        ...bulkMessageReference(bulkMessages),
      },
      afterStart: async () => {
        bulkSender.start();
        demo?.start();
      },
      beforeStop: async () => {
        demo?.stop();
        await bulkSender.stop();
      },
      consumers: mergeEventHandlers([
        ...memberConsumers(new MemberDirectoryService()),
        ...privacy.consumers,
        ...networkConsumers(new NetworkReadModel()),
        ...autoReplyConsumers(autoReplies),
      ]),
    };
  },
});
