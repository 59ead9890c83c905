import { memberReference, runService } from '@kizuna/subgraph';
import { memberConsumers } from './members/member.consumers';
import { MemberEntity } from './members/member.entity';
import { MemberDirectoryService } from './members/member.service';
import { MessageEntity } from './messages/message.entity';
import { MemberMessagesResolver, MessageResolver } from './messages/message.resolver';
import { MessageService } from './messages/message.service';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [MemberEntity, MessageEntity],
  migrations: [Initial1763900000000],
  setup({ dataSource }) {
    const messages = new MessageService(dataSource);
    return {
      resolvers: [new MessageResolver(messages), new MemberMessagesResolver(messages)],
      references: memberReference(),
      consumers: memberConsumers(new MemberDirectoryService()),
    };
  },
});
