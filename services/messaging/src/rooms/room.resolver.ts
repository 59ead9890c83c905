import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Access, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import type { RequestContext, Result } from '@kizuna/subgraph';
import { isContentModerator } from '../conversations/conversation-access';
import type { ConversationEntity } from '../conversations/conversation.entity';
import { conversationConnection } from '../conversations/conversation.resolver';
import { ConversationConnection, ConversationPayload, ConversationType, presentConversation } from '../conversations/conversation.types';
import { MemberType } from '../members/member.type';
import type { RoomService, RoomSort } from './room.service';
import {
  CreateRoomInput,
  ENUM_TO_CATEGORY,
  ENUM_TO_VISIBILITY,
  InviteToRoomInput,
  memberRef,
  presentRoom,
  RemoveRoomMemberInput,
  RoomFilter,
  RoomInput,
  RoomSortEnum,
  RoomType,
  UpdateRoomInput,
} from './room.types';

function payload(result: Result<ConversationEntity>): ConversationPayload {
  return result.ok ? { conversation: presentConversation(result.value), errors: [] } : { conversation: null, errors: result.errors };
}

const SORT: Record<RoomSortEnum, RoomSort> = { ACTIVITY: 'activity', POPULARITY: 'popularity', NEWEST: 'newest', NAME: 'name' };

// Rooms are for approved members: a bare @Authorized() refuses pending applicants.
@Resolver(() => RoomType)
export class RoomResolver {
  constructor(private readonly roomService: RoomService) {}

  @Authorized()
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => ConversationConnection, { description: 'Room discovery: rooms of the network (invite-only rooms only to their members and invitees).' })
  async rooms(
    @CurrentViewer() viewer: Viewer,
    @Arg('filter', () => RoomFilter, { nullable: true }) filter?: RoomFilter | null,
    @Arg('sort', () => RoomSortEnum, { nullable: true, defaultValue: RoomSortEnum.ACTIVITY }) sort?: RoomSortEnum | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 30 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConversationConnection> {
    return conversationConnection(
      await this.roomService.discover(viewer, {
        text: filter?.text,
        category: filter?.category ? ENUM_TO_CATEGORY[filter.category] : null,
        topicTag: filter?.topicTag,
        joinedOnly: filter?.joinedOnly,
        includeArchived: filter?.includeArchived,
        sort: SORT[sort ?? RoomSortEnum.ACTIVITY],
        first,
        after,
      }),
    );
  }

  // Pending applicants are asked too (the gateway routes their conversation list with it): they belong to no room.
  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => [ID], { description: 'Ids of every room the viewer belongs to (real-time routing in the gateway).' })
  async myRoomIds(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return viewer.status === 'approved' ? this.roomService.myRoomIds(viewer) : [];
  }

  @Authorized()
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => ConversationConnection, { description: 'Room invitations waiting for the viewer, latest first.' })
  async roomInvitations(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 30 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConversationConnection> {
    return conversationConnection(await this.roomService.invitations(viewer, first, after));
  }

  @Authorized()
  @Mutation(() => ConversationPayload, { description: 'Creates a talk room; the creator becomes its owner and first member.' })
  async createRoom(@Arg('input') input: CreateRoomInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(
      await this.roomService.create(viewer, {
        name: input.name,
        description: input.description,
        category: ENUM_TO_CATEGORY[input.category],
        topicTags: input.topicTags,
        visibility: ENUM_TO_VISIBILITY[input.visibility ?? 'OPEN'],
      }),
    );
  }

  @Authorized()
  @Mutation(() => ConversationPayload, { description: 'Changes a room (its owner or a moderator); fields left out stay. Not while archived.' })
  async updateRoom(@Arg('input') input: UpdateRoomInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(
      await this.roomService.update(viewer, input.conversationId, {
        name: input.name,
        description: input.description,
        category: input.category ? ENUM_TO_CATEGORY[input.category] : null,
        topicTags: input.topicTags,
        visibility: input.visibility ? ENUM_TO_VISIBILITY[input.visibility] : null,
      }),
    );
  }

  @Authorized()
  @Mutation(() => ConversationPayload, {
    description: 'Joins an open room, or an invite-only room the viewer was invited to (LIMIT_EXCEEDED when the room is full).',
  })
  async joinRoom(@Arg('input') input: RoomInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(await this.roomService.join(viewer, input.conversationId));
  }

  @Authorized()
  @Mutation(() => ConversationPayload, { description: 'Leaves a room (the room stays, also when its owner leaves).' })
  async leaveRoom(@Arg('input') input: RoomInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(await this.roomService.leave(viewer, input.conversationId));
  }

  @Authorized()
  @Mutation(() => ConversationPayload, { description: 'Turns down an invitation to a room.' })
  async declineRoomInvitation(@Arg('input') input: RoomInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(await this.roomService.decline(viewer, input.conversationId));
  }

  @Authorized()
  @Mutation(() => ConversationPayload, {
    description: 'Invites approved members: any member of an open room; the owner or a moderator of an invite-only room.',
  })
  async inviteToRoom(@Arg('input') input: InviteToRoomInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(await this.roomService.invite(viewer, input.conversationId, input.memberIds));
  }

  @Authorized()
  @Mutation(() => ConversationPayload, { description: 'Removes a member from a room (its owner or a moderator).' })
  async removeRoomMember(@Arg('input') input: RemoveRoomMemberInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(await this.roomService.removeMember(viewer, input.conversationId, input.memberId));
  }

  @Authorized()
  @Mutation(() => ConversationPayload, { description: 'Archives a room (its owner or a moderator): read-only, hidden from discovery by default.' })
  async archiveRoom(@Arg('input') input: RoomInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(await this.roomService.archive(viewer, input.conversationId));
  }

  @Authorized()
  @Mutation(() => ConversationPayload, { description: 'Restores an archived room (its owner or a moderator).' })
  async unarchiveRoom(@Arg('input') input: RoomInput, @CurrentViewer() viewer: Viewer): Promise<ConversationPayload> {
    return payload(await this.roomService.unarchive(viewer, input.conversationId));
  }

  @FieldResolver(() => MemberType, { nullable: true, description: 'Who created it (null once their account is deleted).' })
  createdBy(@Root() room: RoomType): MemberType | null {
    return memberRef(room.record.createdBy);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer has a pending invitation.' })
  async viewerInvited(@Root() room: RoomType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return (
      (await requestLoader(context, 'room-invitations-of-viewer', (ids: string[]) => this.roomService.invitedTo(viewer, ids)).get(
        room.record.conversationId,
      )) ?? false
    );
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may moderate (room owner, or MANAGE_CONTENT permission).' })
  async viewerCanModerate(@Root() room: RoomType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    if (isContentModerator(viewer)) return true;
    return (
      (await requestLoader(context, 'rooms-owned-by-viewer', (ids: string[]) => this.roomService.ownedBy(viewer, ids)).get(room.record.conversationId)) ?? false
    );
  }
}

/** `Conversation.room`: the room a ROOM conversation is (the conversation was already checked for the viewer). */
@Resolver(() => ConversationType)
export class ConversationRoomResolver {
  constructor(private readonly roomService: RoomService) {}

  @FieldResolver(() => RoomType, { nullable: true, description: 'ROOM only.' })
  async room(@Root() conversation: ConversationType, @Ctx() context: RequestContext): Promise<RoomType | null> {
    if (conversation.record.kind !== 'room') return null;
    const room = await requestLoader(context, 'rooms-by-id', (ids: string[]) => this.roomService.byIds(ids)).get(conversation.record.id);
    return room ? presentRoom(room) : null;
  }
}
