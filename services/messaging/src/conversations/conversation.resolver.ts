import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer, requireViewer } from '@kizuna/subgraph';
import { Access, Permission, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import type { RequestContext, Result } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import type { MessageService } from '../messages/message.service';
import { MessageConnection, MessageType, presentMessage } from '../messages/message.types';
import type { ConversationEntity } from './conversation.entity';
import type { ConversationPage, ConversationService } from './conversation.service';
import {
  ConversationConnection,
  ConversationKindEnum,
  ConversationMemberConnection,
  ConversationPayload,
  ConversationType,
  ContactNetworkInput,
  ENUM_TO_KIND,
  MarkConversationReadInput,
  presentConversation,
  StartDirectConversationInput,
} from './conversation.types';

export function conversationConnection(page: ConversationPage): ConversationConnection {
  const edges = page.conversations.map((conversation, index) => ({ cursor: page.cursors[index], node: presentConversation(conversation) }));
  return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

function conversationPayload(result: Result<ConversationEntity>): ConversationPayload {
  return result.ok ? { conversation: presentConversation(result.value), errors: [] } : { conversation: null, errors: result.errors };
}

// Pending applicants may talk with the network and DM its staff: the service decides per conversation.
@Resolver(() => ConversationType)
export class ConversationResolver {
  constructor(
    private readonly conversationService: ConversationService,
    private readonly messageService: MessageService,
  ) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => ConversationConnection, { description: "The viewer's conversations (DIRECT, NETWORK as member, ROOMs joined), most recent activity first." })
  async conversations(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 30 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('kind', () => ConversationKindEnum, { nullable: true }) kind?: ConversationKindEnum | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean | null,
  ): Promise<ConversationConnection> {
    return conversationConnection(await this.conversationService.list(viewer, { first, after, kind: kind ? ENUM_TO_KIND[kind] : null, unreadOnly }));
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => ConversationConnection, { description: "Staff (SEND_BULK_MESSAGES): every member's conversation with the network, most recent first." })
  async networkInbox(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 30 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean | null,
  ): Promise<ConversationConnection> {
    return conversationConnection(await this.conversationService.networkInbox(viewer, { first, after, unreadOnly }));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => ConversationType, {
    nullable: true,
    description:
      'A conversation the viewer may see (participant, room member, open room for any approved member — without its messages —, staff for NETWORK). FORBIDDEN otherwise, null for unknown ids.',
  })
  async conversation(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<ConversationType | null> {
    const found = await this.conversationService.find(viewer, id);
    return found ? presentConversation(found) : null;
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => ConversationPayload, {
    description:
      "Opens (or returns) the direct conversation with a member of the viewer's network. Pending viewers: only with staff. Not with yourself, not with suspended/rejected members.",
  })
  async startDirectConversation(@Arg('input') input: StartDirectConversationInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return conversationPayload(await this.conversationService.startDirect(viewer, input.memberId));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => ConversationPayload, { description: "Opens (or returns) the viewer's conversation with the network's staff (pending allowed)." })
  async contactNetwork(@Arg('input', () => ContactNetworkInput) _input: ContactNetworkInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return conversationPayload(await this.conversationService.contactNetwork(viewer));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => ConversationPayload, { description: "Moves the viewer's read position forward (to a message, or the latest); it never moves back." })
  async markConversationRead(@Arg('input') input: MarkConversationReadInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return conversationPayload(await this.conversationService.markRead(viewer, input.conversationId, input.upToMessageId));
  }

  private async position(conversation: ConversationType, context: RequestContext) {
    const viewer = requireViewer(context);
    const rows = await requestLoader(context, 'conversation-viewer-rows', async (ids: string[]) => {
      const found = await this.conversationService.viewerRows(viewer, ids);
      return new Map(ids.map((id) => [id, found.get(id) ?? null]));
    }).get(conversation.id);
    return this.conversationService.positionOf(viewer, conversation.record, rows ?? undefined);
  }

  @FieldResolver(() => String, {
    description: "DIRECT: the other member's display name; NETWORK: the network's name for the member, the member's name for staff; ROOM: the room name.",
  })
  async title(@Root() conversation: ConversationType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<string> {
    const record = conversation.record;
    if (record.kind === 'room') {
      return (await requestLoader(context, 'room-names', (ids: string[]) => this.conversationService.roomNames(ids)).get(record.id)) ?? '';
    }
    const other = this.conversationService.counterpart(viewer, record);
    if (other)
      return (await requestLoader(context, 'display-names', (ids: string[]) => this.conversationService.displayNames(viewer.networkId, ids)).get(other)) ?? '';
    if (record.kind === 'network') return this.conversationService.networkName(record.networkId);
    return '';
  }

  @FieldResolver(() => MemberType, { nullable: true, description: 'DIRECT: the other member. NETWORK seen by staff: the member. Otherwise null.' })
  otherMember(@Root() conversation: ConversationType, @CurrentViewer() viewer: Viewer): MemberType | null {
    const other = this.conversationService.counterpart(viewer, conversation.record);
    return other ? Object.assign(new MemberType(), { id: other }) : null;
  }

  @FieldResolver(() => MessageType, { nullable: true, description: 'The newest message (for members of the conversation; null otherwise).' })
  async lastMessage(@Root() conversation: ConversationType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<MessageType | null> {
    const id = conversation.record.lastMessageId;
    if (!id || !this.conversationService.mayReadMessages(viewer, conversation.record, await this.position(conversation, context))) return null;
    const message = await requestLoader(context, 'messages-by-id', (ids: string[]) => this.messageService.byIds(viewer.networkId, ids)).get(id);
    return message ? presentMessage(message) : null;
  }

  @FieldResolver(() => Int, { description: "Messages the viewer has not read (lastSeq - viewer's lastReadSeq; 0 for a non-member)." })
  async unreadCount(@Root() conversation: ConversationType, @Ctx() context: RequestContext): Promise<number> {
    const position = await this.position(conversation, context);
    return Math.max(0, conversation.record.lastSeq - position.lastReadSeq);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer belongs (DIRECT/NETWORK participant, room member, or staff for NETWORK).' })
  async viewerIsMember(@Root() conversation: ConversationType, @Ctx() context: RequestContext): Promise<boolean> {
    return (await this.position(conversation, context)).isMember;
  }

  @Directive('@listSize(assumedSize: 30, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)')
  @FieldResolver(() => MessageConnection, {
    description:
      'History, newest last. Cursors are message ids. first+after pages forward (newer), last+before pages backward (older). With neither after nor before: the newest `last` (default 30, max 100). Empty for a viewer who may only see the conversation (an open room they have not joined).',
  })
  async messages(
    @Root() conversation: ConversationType,
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => ID, { nullable: true }) after?: string | null,
    @Arg('last', () => Int, { nullable: true }) last?: number | null,
    @Arg('before', () => ID, { nullable: true }) before?: string | null,
  ): Promise<MessageConnection> {
    const access = await this.messageService.accessTo(viewer, conversation.record);
    if (!access.canRead) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
    const page = await this.messageService.history(conversation.record, { first, after, last, before });
    const edges = page.messages.map((message) => ({ cursor: message.id, node: presentMessage(message) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Directive(connectionListSize())
  @FieldResolver(() => ConversationMemberConnection, { description: 'Participants; for rooms the member list (paginated, by join time).' })
  async members(
    @Root() conversation: ConversationType,
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConversationMemberConnection> {
    const page = await this.conversationService.members(viewer, conversation.record, first, after);
    const edges = page.members.map((m) => ({
      cursor: m.cursor,
      node: Object.assign(new MemberType(), { id: m.membershipId }),
      role: m.role,
      joinedAt: m.joinedAt,
    }));
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
