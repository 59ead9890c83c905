import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { decodeCursor, encodeCursor, isUniqueViolation, isUuid, pageSize } from '@kizuna/data';
import { RoomCreated, RoomInvitationSent, RoomJoined, RoomLeft, RoomUpdated, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { accessTo, type ConversationAccess } from '../conversations/conversation-access';
import { ConversationEntity } from '../conversations/conversation.entity';
import type { ConversationPage } from '../conversations/conversation.service';
import { RoomEntity, type RoomCategory, type RoomVisibility } from './room.entity';
import { cleanRoomText, ROOM_INVITES_MAX, searchTerms } from './room-rules';
import type { RoomSettings } from './room-settings';

export type RoomSort = 'activity' | 'popularity' | 'newest' | 'name';

export interface CreateRoom {
  name: string;
  description?: string | null;
  category: RoomCategory;
  topicTags?: string[] | null;
  visibility: RoomVisibility;
}

export interface UpdateRoom {
  name?: string | null;
  description?: string | null;
  category?: RoomCategory | null;
  topicTags?: string[] | null;
  visibility?: RoomVisibility | null;
}

export interface RoomDiscovery {
  text?: string | null;
  category?: RoomCategory | null;
  topicTag?: string | null;
  joinedOnly?: boolean | null;
  includeArchived?: boolean | null;
  sort: RoomSort;
  first?: number | null;
  after?: string | null;
}

/** How each sort orders rooms, and the keyset that continues after a cursor's row. */
const SORTS: Record<RoomSort, { keys: string[]; types: string[]; order: string; after: '<' | '>' }> = {
  activity: { keys: ['c.last_activity_at', 'c.id'], types: ['timestamptz', 'uuid'], order: 'c.last_activity_at DESC, c.id DESC', after: '<' },
  popularity: {
    keys: ['r.member_count', 'c.last_activity_at', 'c.id'],
    types: ['int', 'timestamptz', 'uuid'],
    order: 'r.member_count DESC, c.last_activity_at DESC, c.id DESC',
    after: '<',
  },
  newest: { keys: ['r.created_at', 'c.id'], types: ['timestamptz', 'uuid'], order: 'r.created_at DESC, c.id DESC', after: '<' },
  name: { keys: ['lower(r.name)', 'c.id'], types: ['text', 'uuid'], order: 'lower(r.name) ASC, c.id ASC', after: '>' },
};

const MAX_PAGE = 100;

/** Carries a user error out of a transaction so that it rolls back: on a user error nothing changes. */
class Refused extends Error {
  constructor(readonly errors: UserError[]) {
    super('refused');
  }
}

const noSuchRoom = () => UserError.of('NOT_FOUND', 'No such room.', 'conversationId');
const badCursor = () => new GraphQLError('This cursor does not belong to this list.', { extensions: { code: 'BAD_USER_INPUT', field: 'after' } });

/** Talk rooms: creating and changing them, who is in them (join, leave, invitations, removal), archiving, discovery. */
export class RoomService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly settings: RoomSettings,
  ) {}

  /** A new room; the creator becomes its owner and first member. */
  async create(viewer: Viewer, input: CreateRoom): Promise<Result<ConversationEntity>> {
    const { value, errors } = cleanRoomText({ name: input.name, description: input.description ?? '', topicTags: input.topicTags ?? [] });
    if (errors.length > 0) return fail(...errors);
    const name = value.name!;
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.nameTaken(manager, viewer.networkId, name, null)) throw new Refused([nameConflict(name)]);
        const id = randomUUID();
        await manager.query(`INSERT INTO messaging.conversations (id, network_id, kind) VALUES ($1, $2, 'room')`, [id, viewer.networkId]);
        await manager.query(
          `INSERT INTO messaging.rooms (conversation_id, network_id, name, description, category, topic_tags, visibility, created_by, member_count)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)`,
          [id, viewer.networkId, name, value.description!, input.category, value.topicTags!, input.visibility, viewer.membershipId],
        );
        await manager.query(`INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role) VALUES ($1, $2, $3, 'owner')`, [
          id,
          viewer.membershipId,
          viewer.networkId,
        ]);
        const now = new Date().toISOString();
        await this.outbox.add(manager, RoomCreated, viewer.networkId, {
          conversationId: id,
          networkId: viewer.networkId,
          name,
          description: value.description!,
          category: input.category,
          topicTags: value.topicTags!,
          visibility: input.visibility,
          createdBy: viewer.membershipId,
          createdAt: now,
        });
        await this.outbox.add(manager, RoomJoined, viewer.networkId, {
          conversationId: id,
          networkId: viewer.networkId,
          membershipId: viewer.membershipId,
          roomName: name,
          via: 'creation',
          joinedAt: now,
        });
        return ok(await manager.getRepository(ConversationEntity).findOneByOrFail({ id }));
      });
    } catch (error) {
      if (error instanceof Refused) return fail(...error.errors);
      // Two rooms created at once under one name: the unique index decides.
      if (isUniqueViolation(error)) return fail(nameConflict(name));
      throw error;
    }
  }

  /** Changes a room's texts, category or visibility (owner or moderator; not while archived). */
  update(viewer: Viewer, conversationId: string, input: UpdateRoom): Promise<Result<ConversationEntity>> {
    return this.inRoom(viewer, conversationId, async (manager, room, access) => {
      if (!access.isModerator) return [UserError.of('FORBIDDEN', "Only the room's owner or a moderator can change it.", 'conversationId')];
      if (room.archivedAt) return [UserError.of('FORBIDDEN', 'This room is archived: restore it before changing it.', 'conversationId')];
      const { value, errors } = cleanRoomText(input);
      if (errors.length > 0) return errors;
      if (
        value.name !== undefined &&
        value.name.toLowerCase() !== room.name.toLowerCase() &&
        (await this.nameTaken(manager, room.networkId, value.name, room.conversationId))
      ) {
        return [nameConflict(value.name)];
      }
      const next = {
        name: value.name ?? room.name,
        description: value.description ?? room.description,
        category: input.category ?? room.category,
        topicTags: value.topicTags ?? room.topicTags,
        visibility: input.visibility ?? room.visibility,
      };
      const unchanged =
        next.name === room.name &&
        next.description === room.description &&
        next.category === room.category &&
        next.visibility === room.visibility &&
        next.topicTags.join('\n') === room.topicTags.join('\n');
      if (unchanged) return [];
      await manager.query(
        `UPDATE messaging.rooms SET name = $2, description = $3, category = $4, topic_tags = $5, visibility = $6, updated_at = now() WHERE conversation_id = $1`,
        [room.conversationId, next.name, next.description, next.category, next.topicTags, next.visibility],
      );
      await this.publishUpdated(manager, viewer, room.conversationId, next.name, next.visibility, false);
      return [];
    });
  }

  /** Joins an open room, or an invite-only one the viewer was invited to; already a member changes nothing. */
  join(viewer: Viewer, conversationId: string): Promise<Result<ConversationEntity>> {
    return this.inRoom(viewer, conversationId, async (manager, room, access) => {
      if (isRoomMember(access)) return [];
      if (room.archivedAt) return [UserError.of('FORBIDDEN', 'This room is archived: nobody can join it.', 'conversationId')];
      const invited = await this.isInvited(manager, viewer, room.conversationId);
      if (room.visibility === 'invite_only' && !invited) return [UserError.of('FORBIDDEN', 'This room is invite-only.', 'conversationId')];
      if (room.memberCount >= this.settings.ROOM_MAX_MEMBERS) {
        return [UserError.of('LIMIT_EXCEEDED', `This room is full: a room may have at most ${this.settings.ROOM_MAX_MEMBERS} members.`, 'conversationId')];
      }
      // A newcomer starts with everything already posted read: no backlog of unread messages.
      await manager.query(
        `INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role, last_read_seq)
         SELECT c.id, $2, c.network_id, 'member', c.last_seq FROM messaging.conversations c WHERE c.id = $1
         ON CONFLICT (conversation_id, membership_id) DO UPDATE SET role = 'member', last_read_seq = GREATEST(messaging.conversation_members.last_read_seq, EXCLUDED.last_read_seq), joined_at = now()`,
        [room.conversationId, viewer.membershipId],
      );
      await manager.query(`UPDATE messaging.rooms SET member_count = member_count + 1 WHERE conversation_id = $1`, [room.conversationId]);
      await manager.query(`DELETE FROM messaging.room_invitations WHERE conversation_id = $1 AND membership_id = $2`, [
        room.conversationId,
        viewer.membershipId,
      ]);
      await this.outbox.add(manager, RoomJoined, viewer.networkId, {
        conversationId: room.conversationId,
        networkId: viewer.networkId,
        membershipId: viewer.membershipId,
        roomName: room.name,
        via: invited ? 'invitation' : 'join',
        joinedAt: new Date().toISOString(),
      });
      return [];
    });
  }

  /** Leaves a room (its owner too: the room stays, moderators still moderate it); not a member changes nothing. */
  leave(viewer: Viewer, conversationId: string): Promise<Result<ConversationEntity>> {
    return this.inRoom(viewer, conversationId, async (manager, room, access) => {
      if (!access.canView) return [UserError.of('FORBIDDEN', 'You cannot see this room.', 'conversationId')];
      if (!isRoomMember(access)) return [];
      await this.removeMembership(manager, viewer, room.conversationId, viewer.membershipId, null);
      return [];
    });
  }

  /** Turns down an invitation (the room is then hidden again if it is invite-only). */
  decline(viewer: Viewer, conversationId: string): Promise<Result<ConversationEntity>> {
    return this.inRoom(viewer, conversationId, async (manager, room) => {
      // TypeORM answers a DELETE with [rows, affected count].
      const [, removed]: [unknown[], number] = await manager.query(`DELETE FROM messaging.room_invitations WHERE conversation_id = $1 AND membership_id = $2`, [
        room.conversationId,
        viewer.membershipId,
      ]);
      return removed === 0 ? [UserError.of('NOT_FOUND', 'You have no invitation to this room.', 'conversationId')] : [];
    });
  }

  /**
   * Invites approved members of the network: any member of an open room, the owner or a moderator
   * of an invite-only one. Members already in the room and pending invitations are skipped.
   */
  invite(viewer: Viewer, conversationId: string, memberIds: string[]): Promise<Result<ConversationEntity>> {
    const ids = [...new Set(memberIds)];
    if (ids.length === 0) return Promise.resolve(fail(UserError.of('VALIDATION', 'Choose at least one member to invite.', 'memberIds')));
    if (ids.length > ROOM_INVITES_MAX)
      return Promise.resolve(fail(UserError.of('VALIDATION', `Invite at most ${ROOM_INVITES_MAX} members at a time.`, 'memberIds')));
    if (!ids.every(isUuid)) return Promise.resolve(fail(UserError.of('VALIDATION', 'Some of these are not members of the network.', 'memberIds')));
    return this.inRoom(viewer, conversationId, async (manager, room, access) => {
      if (!access.canView) return [UserError.of('FORBIDDEN', 'You cannot see this room.', 'conversationId')];
      if (room.archivedAt) return [UserError.of('FORBIDDEN', 'This room is archived: nobody can be invited.', 'conversationId')];
      const mayInvite = room.visibility === 'open' ? isRoomMember(access) || access.isModerator : access.isModerator;
      if (!mayInvite) {
        return [
          UserError.of(
            'FORBIDDEN',
            room.visibility === 'open' ? 'Join the room to invite others.' : "Only the room's owner or a moderator can invite to an invite-only room.",
            'conversationId',
          ),
        ];
      }
      const approved: { membership_id: string }[] = await manager.query(
        `SELECT membership_id FROM messaging.members WHERE network_id = $1 AND membership_id = ANY($2::uuid[]) AND status = 'approved'`,
        [viewer.networkId, ids],
      );
      const approvedIds = new Set(approved.map((row) => row.membership_id));
      const refused = ids.filter((id) => !approvedIds.has(id));
      if (refused.length > 0)
        return [UserError.of('VALIDATION', `These cannot be invited (not approved members of the network): ${refused.join(', ')}.`, 'memberIds')];
      const invited: { membership_id: string }[] = await manager.query(
        `INSERT INTO messaging.room_invitations (conversation_id, membership_id, network_id, invited_by)
         SELECT $1, m, $2, $3 FROM unnest($4::uuid[]) AS m
         WHERE NOT EXISTS (SELECT 1 FROM messaging.conversation_members cm WHERE cm.conversation_id = $1 AND cm.membership_id = m AND cm.role <> 'staff')
         ON CONFLICT (conversation_id, membership_id) DO NOTHING RETURNING membership_id`,
        [room.conversationId, viewer.networkId, viewer.membershipId, ids],
      );
      const now = new Date().toISOString();
      await this.outbox.addAll(
        manager,
        RoomInvitationSent,
        viewer.networkId,
        invited.map((row) => ({
          conversationId: room.conversationId,
          networkId: viewer.networkId,
          membershipId: row.membership_id,
          invitedBy: viewer.membershipId,
          roomName: room.name,
          invitedAt: now,
        })),
      );
      return [];
    });
  }

  /** A moderator (the owner, or MANAGE_CONTENT) removes a member; they may join an open room again. */
  removeMember(viewer: Viewer, conversationId: string, memberId: string): Promise<Result<ConversationEntity>> {
    return this.inRoom(viewer, conversationId, async (manager, room, access) => {
      if (!access.isModerator) return [UserError.of('FORBIDDEN', "Only the room's owner or a moderator can remove members.", 'conversationId')];
      if (memberId === viewer.membershipId) return [UserError.of('VALIDATION', 'To leave the room yourself, use leave.', 'memberId')];
      const [target]: { role: string }[] = isUuid(memberId)
        ? await manager.query(`SELECT role FROM messaging.conversation_members WHERE conversation_id = $1 AND membership_id = $2 AND role <> 'staff'`, [
            room.conversationId,
            memberId,
          ])
        : [];
      if (!target) return [UserError.of('NOT_FOUND', 'This person is not a member of the room.', 'memberId')];
      await this.removeMembership(manager, viewer, room.conversationId, memberId, viewer.membershipId);
      return [];
    });
  }

  /** Archives a room: read-only, hidden from discovery by default; its name is free again. */
  archive(viewer: Viewer, conversationId: string): Promise<Result<ConversationEntity>> {
    return this.inRoom(viewer, conversationId, async (manager, room, access) => {
      if (!access.isModerator) return [UserError.of('FORBIDDEN', "Only the room's owner or a moderator can archive it.", 'conversationId')];
      if (room.archivedAt) return [];
      await manager.query(`UPDATE messaging.rooms SET archived_at = now(), archived_by = $2, updated_at = now() WHERE conversation_id = $1`, [
        room.conversationId,
        viewer.membershipId,
      ]);
      await this.publishUpdated(manager, viewer, room.conversationId, room.name, room.visibility, true);
      return [];
    });
  }

  /** Restores an archived room, unless an active room has taken its name meanwhile (CONFLICT). */
  unarchive(viewer: Viewer, conversationId: string): Promise<Result<ConversationEntity>> {
    return this.inRoom(viewer, conversationId, async (manager, room, access) => {
      if (!access.isModerator) return [UserError.of('FORBIDDEN', "Only the room's owner or a moderator can restore it.", 'conversationId')];
      if (!room.archivedAt) return [];
      if (await this.nameTaken(manager, room.networkId, room.name, room.conversationId)) {
        return [UserError.of('CONFLICT', `Another room is now called "${room.name}": rename it or this one first.`, 'conversationId')];
      }
      await manager.query(`UPDATE messaging.rooms SET archived_at = NULL, archived_by = NULL, updated_at = now() WHERE conversation_id = $1`, [
        room.conversationId,
      ]);
      await this.publishUpdated(manager, viewer, room.conversationId, room.name, room.visibility, false);
      return [];
    });
  }

  /**
   * Room discovery: the network's open rooms, plus invite-only ones the viewer belongs or was
   * invited to, filtered and sorted, with keyset cursors.
   */
  async discover(viewer: Viewer, options: RoomDiscovery): Promise<ConversationPage> {
    const params: unknown[] = [
      viewer.membershipId,
      viewer.networkId,
      !!options.includeArchived,
      options.category ?? null,
      options.topicTag?.trim() || null,
      !!options.joinedOnly,
    ];
    const textConditions = searchTerms(options.text).map((term) => {
      params.push(term);
      const p = `$${params.length}`;
      return `AND ((r.name || ' ' || r.description) ILIKE ${p} OR EXISTS (SELECT 1 FROM unnest(r.topic_tags) t WHERE t ILIKE ${p}))`;
    });
    const from = `FROM messaging.rooms r
      JOIN messaging.conversations c ON c.id = r.conversation_id AND c.network_id = r.network_id
      LEFT JOIN messaging.conversation_members cm ON cm.conversation_id = r.conversation_id AND cm.membership_id = $1 AND cm.role <> 'staff'
      WHERE r.network_id = $2
        AND (r.visibility = 'open' OR cm.membership_id IS NOT NULL
             OR EXISTS (SELECT 1 FROM messaging.room_invitations i WHERE i.conversation_id = r.conversation_id AND i.membership_id = $1))
        AND ($3::boolean OR r.archived_at IS NULL)
        AND ($4::text IS NULL OR r.category = $4)
        AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM unnest(r.topic_tags) t WHERE lower(t) = lower($5)))
        AND (NOT $6::boolean OR cm.membership_id IS NOT NULL)
        ${textConditions.join(' ')}`;
    const sort = SORTS[options.sort];
    const size = pageSize(options.first, 30, MAX_PAGE);
    const after = options.after ? this.decodeSortCursor(options.after, options.sort) : null;
    const n = params.length;
    const keyset = after ? `AND (${sort.keys.join(', ')}) ${sort.after} (${sort.types.map((type, i) => `$${n + i + 1}::${type}`).join(', ')})` : '';
    const rows: { id: string; k0: unknown; k1: unknown; k2: unknown }[] = await this.dataSource.query(
      `SELECT c.id, ${sort.keys.map((key, i) => `${key} AS k${i}`).join(', ')} ${from} ${keyset} ORDER BY ${sort.order} LIMIT ${size + 1}`,
      after ? [...params, ...after] : params,
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const pageRows = rows.slice(0, size);
    return {
      conversations: await this.conversationsInOrder(pageRows.map((row) => row.id)),
      cursors: pageRows.map((row) => encodeCursor([options.sort, ...sort.keys.map((_, i) => cursorValue(row[`k${i}` as 'k0']))])),
      hasNextPage: rows.length > size,
      totalCount: total,
    };
  }

  /** Rooms the viewer is invited to (not archived), latest invitation first. */
  async invitations(viewer: Viewer, first: number | null | undefined, after: string | null | undefined): Promise<ConversationPage> {
    const size = pageSize(first, 30, MAX_PAGE);
    const cursor = after ? decodeCursor<[string, string]>(after) : undefined;
    if (after && !(Array.isArray(cursor) && cursor.length === 2 && !Number.isNaN(Date.parse(cursor[0])) && isUuid(cursor[1]))) throw badCursor();
    const from = `FROM messaging.room_invitations i JOIN messaging.rooms r ON r.conversation_id = i.conversation_id
      WHERE i.membership_id = $1 AND i.network_id = $2 AND r.network_id = $2 AND r.archived_at IS NULL`;
    const params = [viewer.membershipId, viewer.networkId];
    const rows: { id: string; at: Date }[] = await this.dataSource.query(
      `SELECT i.conversation_id AS id, i.created_at AS at ${from} ${cursor ? 'AND (i.created_at, i.conversation_id) < ($3::timestamptz, $4::uuid)' : ''}
       ORDER BY i.created_at DESC, i.conversation_id DESC LIMIT ${size + 1}`,
      cursor ? [...params, cursor[0], cursor[1]] : params,
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const pageRows = rows.slice(0, size);
    return {
      conversations: await this.conversationsInOrder(pageRows.map((row) => row.id)),
      cursors: pageRows.map((row) => encodeCursor([row.at.toISOString(), row.id])),
      hasNextPage: rows.length > size,
      totalCount: total,
    };
  }

  /** Every room the viewer belongs to (archived ones too: moderators may still change their messages). */
  async myRoomIds(viewer: Viewer): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT cm.conversation_id AS id FROM messaging.conversation_members cm
       JOIN messaging.conversations c ON c.id = cm.conversation_id
       WHERE cm.membership_id = $1 AND cm.network_id = $2 AND c.kind = 'room' AND cm.role IN ('owner', 'member')
       ORDER BY cm.conversation_id`,
      [viewer.membershipId, viewer.networkId],
    );
    return rows.map((row) => row.id);
  }

  /** Room rows by conversation id. */
  async byIds(ids: string[]): Promise<Map<string, RoomEntity>> {
    const rows = ids.length ? await this.dataSource.getRepository(RoomEntity).findBy({ conversationId: In(ids) }) : [];
    return new Map(rows.map((row) => [row.conversationId, row]));
  }

  /** Of these rooms, those the viewer has a pending invitation to. */
  async invitedTo(viewer: Viewer, ids: string[]): Promise<Map<string, boolean>> {
    const rows: { id: string }[] = ids.length
      ? await this.dataSource.query(
          `SELECT conversation_id AS id FROM messaging.room_invitations WHERE membership_id = $1 AND conversation_id = ANY($2::uuid[])`,
          [viewer.membershipId, ids],
        )
      : [];
    const found = new Set(rows.map((row) => row.id));
    return new Map(ids.map((id) => [id, found.has(id)]));
  }

  /** Of these rooms, those the viewer owns. */
  async ownedBy(viewer: Viewer, ids: string[]): Promise<Map<string, boolean>> {
    const rows: { id: string }[] = ids.length
      ? await this.dataSource.query(
          `SELECT conversation_id AS id FROM messaging.conversation_members WHERE membership_id = $1 AND role = 'owner' AND conversation_id = ANY($2::uuid[])`,
          [viewer.membershipId, ids],
        )
      : [];
    const found = new Set(rows.map((row) => row.id));
    return new Map(ids.map((id) => [id, found.has(id)]));
  }

  /**
   * Runs a change on one room of the viewer's network, its row locked so member counts and
   * checks stay true; the work returns user errors, and any error rolls everything back.
   */
  private async inRoom(
    viewer: Viewer,
    conversationId: string,
    work: (manager: EntityManager, room: RoomEntity, access: ConversationAccess) => Promise<UserError[]>,
  ): Promise<Result<ConversationEntity>> {
    if (!isUuid(conversationId)) return fail(noSuchRoom());
    try {
      return await this.dataSource.transaction(async (manager) => {
        const room = await manager
          .getRepository(RoomEntity)
          .findOne({ where: { conversationId, networkId: viewer.networkId }, lock: { mode: 'pessimistic_write' } });
        const conversation = room ? await manager.getRepository(ConversationEntity).findOneBy({ id: conversationId, networkId: viewer.networkId }) : null;
        if (!room || !conversation) throw new Refused([noSuchRoom()]);
        const errors = await work(manager, room, await accessTo(manager, viewer, conversation));
        if (errors.length > 0) throw new Refused(errors);
        return ok(await manager.getRepository(ConversationEntity).findOneByOrFail({ id: conversationId }));
      });
    } catch (error) {
      if (error instanceof Refused) return fail(...error.errors);
      if (isUniqueViolation(error)) return fail(UserError.of('CONFLICT', 'Another room already has this name.', 'name'));
      throw error;
    }
  }

  private async removeMembership(
    manager: EntityManager,
    viewer: Viewer,
    conversationId: string,
    membershipId: string,
    removedBy: string | null,
  ): Promise<void> {
    await manager.query(`DELETE FROM messaging.conversation_members WHERE conversation_id = $1 AND membership_id = $2`, [conversationId, membershipId]);
    await manager.query(`UPDATE messaging.rooms SET member_count = GREATEST(member_count - 1, 0) WHERE conversation_id = $1`, [conversationId]);
    await this.outbox.add(manager, RoomLeft, viewer.networkId, {
      conversationId,
      networkId: viewer.networkId,
      membershipId,
      removedBy,
      leftAt: new Date().toISOString(),
    });
  }

  private async publishUpdated(
    manager: EntityManager,
    viewer: Viewer,
    conversationId: string,
    name: string,
    visibility: RoomVisibility,
    archived: boolean,
  ): Promise<void> {
    await this.outbox.add(manager, RoomUpdated, viewer.networkId, {
      conversationId,
      networkId: viewer.networkId,
      name,
      visibility,
      archived,
      updatedBy: viewer.membershipId,
      updatedAt: new Date().toISOString(),
    });
  }

  private async nameTaken(manager: EntityManager, networkId: string, name: string, except: string | null): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM messaging.rooms WHERE network_id = $1 AND lower(name) = lower($2) AND archived_at IS NULL AND ($3::uuid IS NULL OR conversation_id <> $3)`,
      [networkId, name, except],
    );
    return rows.length > 0;
  }

  private async isInvited(manager: EntityManager, viewer: Viewer, conversationId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM messaging.room_invitations WHERE conversation_id = $1 AND membership_id = $2`, [
      conversationId,
      viewer.membershipId,
    ]);
    return rows.length > 0;
  }

  private decodeSortCursor(after: string, sort: RoomSort): unknown[] {
    const cursor = decodeCursor<unknown[]>(after);
    const types = SORTS[sort].types;
    if (!Array.isArray(cursor) || cursor[0] !== sort || cursor.length !== types.length + 1) throw badCursor();
    const values = cursor.slice(1);
    const valid = values.every((value, i) => {
      if (types[i] === 'uuid') return isUuid(value);
      if (types[i] === 'timestamptz') return typeof value === 'string' && !Number.isNaN(Date.parse(value));
      if (types[i] === 'int') return Number.isInteger(value);
      return typeof value === 'string';
    });
    if (!valid) throw badCursor();
    return values;
  }

  private async conversationsInOrder(ids: string[]): Promise<ConversationEntity[]> {
    const rows = ids.length ? await this.dataSource.getRepository(ConversationEntity).findBy({ id: In(ids) }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)).filter((row): row is ConversationEntity => !!row);
  }
}

function isRoomMember(access: ConversationAccess): boolean {
  return access.membership !== null && access.membership.role !== 'staff';
}

function nameConflict(name: string): UserError {
  return UserError.of('CONFLICT', `A room called "${name}" already exists in this network.`, 'name');
}

function cursorValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
