import { memberReference, mergeEventHandlers, personalDataReference, runService } from '@kizuna/subgraph';
import { memberConsumers } from './members/member.consumers';
import { MemberEntity } from './members/member.entity';
import { MemberDirectoryService } from './members/member.service';
import { ConversationMemberEntity } from './conversations/conversation-member.entity';
import { ConversationEntity } from './conversations/conversation.entity';
import { MessageEntity } from './messages/message.entity';
import { MemberMessagesResolver, MessageResolver } from './messages/message.resolver';
import { MessageService } from './messages/message.service';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { AccountMemberships1764600000000 } from './migrations/1764600000000-account-memberships';
import { Conversations1764800000000 } from './migrations/1764800000000-conversations';
import { privacyConsumers } from './privacy/privacy.consumers';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { MessagingPrivacyService } from './privacy/privacy.service';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [MemberEntity, ConversationEntity, ConversationMemberEntity, MessageEntity],
  migrations: [Initial1763900000000, AccountMemberships1764600000000, Conversations1764800000000],
  setup({ dataSource }) {
    const messages = new MessageService(dataSource);
    const privacy = new MessagingPrivacyService(dataSource);
    return {
      resolvers: [new MessageResolver(messages), new MemberMessagesResolver(messages), new PersonalDataResolver(privacy)],
      references: { ...memberReference(), ...personalDataReference() },
      consumers: mergeEventHandlers([...memberConsumers(new MemberDirectoryService()), ...privacyConsumers(privacy)]),
    };
  },
});
