import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assumedListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Access, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import type { RequestContext, Result } from '@kizuna/subgraph';
import { SetTypingInput, SetTypingPayload } from '../conversations/conversation.types';
import { MemberType } from '../members/member.type';
import type { MessageEntity } from './message.entity';
import type { MessageService, ReadState } from './message.service';
import {
  DeleteMessageInput,
  EditMessageInput,
  MessagePayload,
  MessageType,
  presentMessage,
  ReactionInput,
  ReactionType,
  SendMessageInput,
} from './message.types';

function messagePayload(result: Result<MessageEntity>): MessagePayload {
  return result.ok ? { message: presentMessage(result.value), errors: [] } : { message: null, errors: result.errors };
}

const member = (id: string) => Object.assign(new MemberType(), { id });

// Pending applicants may message the network and its staff: the service decides per conversation.
@Resolver(() => MessageType)
export class MessageResolver {
  constructor(private readonly messages: MessageService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Directive(cost(5))
  @Query(() => Int, { description: "Total unread over the viewer's conversations." })
  unreadMessageCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.messages.unreadCount(viewer);
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => MessageType, {
    nullable: true,
    description: 'One message the viewer may read (participant / room member / staff for NETWORK / moderator); null for unknown ids.',
  })
  async message(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<MessageType | null> {
    const found = await this.messages.find(viewer, id);
    return found ? presentMessage(found) : null;
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => MessagePayload, { description: 'Posts a message. clientMessageId makes a retry return the same message instead of posting it again.' })
  async sendMessage(@Arg('input') input: SendMessageInput, @CurrentViewer() viewer: Viewer): Promise<MessagePayload> {
    return messagePayload(await this.messages.send(viewer, input));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => MessagePayload, { description: "Changes the text of the viewer's own message (not once deleted)." })
  async editMessage(@Arg('input') input: EditMessageInput, @CurrentViewer() viewer: Viewer): Promise<MessagePayload> {
    return messagePayload(await this.messages.edit(viewer, input.messageId, input.body));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => MessagePayload, {
    description: 'Deletes a message: its author, or a moderator in a room (deletedByModerator). It stays in the history, shown as deleted.',
  })
  async deleteMessage(@Arg('input') input: DeleteMessageInput, @CurrentViewer() viewer: Viewer): Promise<MessagePayload> {
    return messagePayload(await this.messages.delete(viewer, input.messageId));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => MessagePayload, {
    description: "Adds the viewer's reaction (1 to 16 characters; at most 20 different ones per message). Adding it twice changes nothing.",
  })
  async addReaction(@Arg('input') input: ReactionInput, @CurrentViewer() viewer: Viewer): Promise<MessagePayload> {
    return messagePayload(await this.messages.react(viewer, input.messageId, input.emoji, true));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => MessagePayload, { description: "Removes the viewer's reaction. Removing one that is not there changes nothing." })
  async removeReaction(@Arg('input') input: ReactionInput, @CurrentViewer() viewer: Viewer): Promise<MessagePayload> {
    return messagePayload(await this.messages.react(viewer, input.messageId, input.emoji, false));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => SetTypingPayload, {
    description: 'Tells the others in a conversation the viewer may post in that they are typing (or stopped). Nothing is stored.',
  })
  async setTyping(@Arg('input') input: SetTypingInput, @CurrentViewer() viewer: Viewer): Promise<SetTypingPayload> {
    const result = await this.messages.setTyping(viewer, input.conversationId, input.typing);
    return { errors: result.ok ? [] : result.errors };
  }

  @FieldResolver(() => MemberType, { nullable: true, description: "null when the network sent it, or the author's account was deleted." })
  sender(@Root() message: MessageType): MemberType | null {
    const { senderMembershipId, sentAsNetwork } = message.record;
    return senderMembershipId && !sentAsNetwork ? member(senderMembershipId) : null;
  }

  @Directive(assumedListSize(3))
  @FieldResolver(() => [MemberType], { description: 'Members mentioned with `<@memberId>` in the text.' })
  mentions(@Root() message: MessageType): MemberType[] {
    return message.record.mentions.map(member);
  }

  @FieldResolver(() => MessageType, { nullable: true, description: 'The message this one answers.' })
  async replyTo(@Root() message: MessageType, @Ctx() context: RequestContext): Promise<MessageType | null> {
    const id = message.record.replyToMessageId;
    if (!id) return null;
    const networkId = message.record.networkId;
    const original = await requestLoader(context, `messages-of-${networkId}`, (ids: string[]) => this.messages.byIds(networkId, ids)).get(id);
    return original ? presentMessage(original) : null;
  }

  @Directive(assumedListSize(5))
  @FieldResolver(() => [ReactionType], { description: 'Reactions by emoji, in the order each emoji was first used.' })
  async reactions(@Root() message: MessageType, @Ctx() context: RequestContext): Promise<ReactionType[]> {
    return (await requestLoader(context, 'message-reactions', (ids: string[]) => this.messages.reactionsOf(ids)).get(message.id)) ?? [];
  }

  private readState(message: MessageType, context: RequestContext): Promise<ReadState | undefined> {
    return requestLoader(context, 'message-read-state', (ids: string[]) => this.messages.readStateOf(ids)).get(message.id);
  }

  @FieldResolver(() => Int, { description: 'How many members other than the sender have read it (rooms: "read by N").' })
  async readByCount(@Root() message: MessageType, @Ctx() context: RequestContext): Promise<number> {
    return (await this.readState(message, context))?.readByCount ?? 0;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'DIRECT/NETWORK: when the other side read it (read receipt); null if not yet, or in rooms.' })
  async readAt(@Root() message: MessageType, @Ctx() context: RequestContext): Promise<Date | null> {
    return (await this.readState(message, context))?.readAt ?? null;
  }
}

@Resolver(() => MemberType)
export class MemberMessagesResolver {
  constructor(private readonly messages: MessageService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Directive(cost(5))
  @FieldResolver(() => Int, {
    nullable: true,
    description: "Unread messages over this member's conversations; only the member may read it (null with a FORBIDDEN error for anyone else).",
  })
  unreadMessageCount(@Root() member: MemberType, @CurrentViewer() viewer: Viewer): Promise<number | null> {
    return this.messages.unreadCountOf(viewer, member.id);
  }
}
