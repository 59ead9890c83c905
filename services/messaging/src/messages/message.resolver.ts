import { Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Access } from '@kizuna/auth';
import type { RequestContext } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import type { MessageService } from './message.service';

// Pending applicants may DM the admins, so they see their own unread count too.
@Resolver()
export class MessageResolver {
  constructor(private readonly messages: MessageService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => Int, { description: 'Unread direct messages addressed to the signed-in member.' })
  unreadMessageCount(@Ctx() { viewer }: RequestContext): Promise<number> {
    return this.messages.unreadCount(viewer!);
  }
}

@Resolver(() => MemberType)
export class MemberMessagesResolver {
  constructor(private readonly messages: MessageService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @FieldResolver(() => Int, { description: 'Unread direct messages addressed to this member; only the member may read it.' })
  unreadMessageCount(@Root() member: MemberType, @Ctx() { viewer }: RequestContext): Promise<number> {
    return this.messages.unreadCountOf(viewer!, member.id);
  }
}
