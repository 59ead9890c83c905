import { In, type DataSource } from 'typeorm';
import { forbidden, type Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isTimeAndId, isUuid, pageSize } from '@kizuna/data';
import type { Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { isContentModerator, isNetworkStaff, readAccess, STAFF_ROLES } from './conversation-access';
import { ConversationMemberEntity } from './conversation-member.entity';
import { ConversationEntity, participantsOf, type ConversationKind } from './conversation.entity';
import { openDirectConversation, openNetworkConversations } from './conversation-opening';
import { markRead } from './read-positions';

export interface ConversationPage {
  conversations: ConversationEntity[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface MemberPage {
  members: { membershipId: string; role: string; joinedAt: Date; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

/** What a conversation looks like to one viewer: their read position and whether they belong. */
export interface ViewerPosition {
  isMember: boolean;
  lastReadSeq: number;
}

const MAX_PAGE = 100;

/** Opening direct conversations and the one with the network, the viewer's lists, read positions. */
export class ConversationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * The direct conversation with a member of the viewer's network, opened on first use. Not with
   * yourself, nor with a suspended, rejected or pending (non-staff) member; pending viewers only with staff.
   */
  async startDirect(viewer: Viewer, memberId: string): Promise<Result<ConversationEntity>> {
    if (!isUuid(memberId)) return fail(UserError.of('NOT_FOUND', 'No such member.', 'memberId'));
    if (memberId === viewer.membershipId) return fail(UserError.of('VALIDATION', 'You cannot start a conversation with yourself.', 'memberId'));
    const [target]: { role: string; status: string }[] = await this.dataSource.query(
      `SELECT role, status FROM messaging.members WHERE membership_id = $1 AND network_id = $2`,
      [memberId, viewer.networkId],
    );
    if (!target) return fail(UserError.of('NOT_FOUND', 'No such member.', 'memberId'));
    const targetIsStaff = STAFF_ROLES.includes(target.role);
    if (target.status === 'suspended' || target.status === 'rejected' || (target.status === 'pending' && !targetIsStaff)) {
      return fail(UserError.of('FORBIDDEN', 'This member cannot receive messages.', 'memberId'));
    }
    if (viewer.status !== 'approved' && !targetIsStaff) {
      return fail(UserError.of('FORBIDDEN', "Until your membership is approved you can message only the network's administrators.", 'memberId'));
    }
    return ok(
      await this.dataSource.transaction(async (manager) => {
        const id = await openDirectConversation(manager, this.outbox, viewer.networkId, viewer.membershipId, memberId);
        return manager.getRepository(ConversationEntity).findOneByOrFail({ id });
      }),
    );
  }

  /** The viewer's conversation with the network's staff, opened on first use (pending members too). */
  async contactNetwork(viewer: Viewer): Promise<Result<ConversationEntity>> {
    return ok(
      await this.dataSource.transaction(async (manager) => {
        const ids = await openNetworkConversations(manager, this.outbox, viewer.networkId, [viewer.membershipId], viewer.membershipId);
        return manager.getRepository(ConversationEntity).findOneByOrFail({ id: ids.get(viewer.membershipId)! });
      }),
    );
  }

  /** A conversation the viewer may see; null for unknown ids (and other networks'); FORBIDDEN otherwise. */
  async find(viewer: Viewer, id: string): Promise<ConversationEntity | null> {
    const access = await readAccess(this.dataSource, viewer, id);
    if (!access) return null;
    if (!access.canView) throw forbidden('You cannot see this conversation.');
    return access.conversation;
  }

  /** Conversations by id the viewer may see (others absent), for reference resolvers. */
  async visible(viewer: Viewer, ids: string[]): Promise<Map<string, ConversationEntity>> {
    const found = new Map<string, ConversationEntity>();
    for (const id of new Set(ids)) {
      const access = await readAccess(this.dataSource, viewer, id);
      if (access?.canView) found.set(id, access.conversation);
    }
    return found;
  }

  /** The viewer's DIRECT, NETWORK (as the member) and joined ROOM conversations, most recent activity first. */
  async list(
    viewer: Viewer,
    options: { first?: number | null; after?: string | null; kind?: ConversationKind | null; unreadOnly?: boolean | null },
  ): Promise<ConversationPage> {
    const filter = `cm.membership_id = $1 AND cm.network_id = $2 AND c.network_id = $2 AND cm.role <> 'staff'
      AND ($3::text IS NULL OR c.kind = $3) AND (NOT $4::boolean OR c.last_seq > cm.last_read_seq)`;
    const params = [viewer.membershipId, viewer.networkId, options.kind ?? null, !!options.unreadOnly];
    return this.page(`FROM messaging.conversation_members cm JOIN messaging.conversations c ON c.id = cm.conversation_id WHERE ${filter}`, params, options);
  }

  /** Staff: every member's conversation with the network that has messages, most recent first. */
  async networkInbox(viewer: Viewer, options: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }): Promise<ConversationPage> {
    const params = [viewer.membershipId, viewer.networkId, !!options.unreadOnly];
    return this.page(
      `FROM messaging.conversations c
       LEFT JOIN messaging.conversation_members cm ON cm.conversation_id = c.id AND cm.membership_id = $1
       WHERE c.network_id = $2 AND c.kind = 'network' AND c.last_seq > 0 AND (NOT $3::boolean OR c.last_seq > coalesce(cm.last_read_seq, 0))`,
      params,
      options,
    );
  }

  /** Keyset pagination on (last_activity_at desc, id desc) over `from` (which names the conversations `c`). */
  private async page(from: string, params: unknown[], options: { first?: number | null; after?: string | null }): Promise<ConversationPage> {
    const size = pageSize(options.first, 30, MAX_PAGE);
    const validCursor = options.after ? cursorKey(options.after, isTimeAndId) : undefined;
    const n = params.length;
    const keyset = validCursor ? `AND (c.last_activity_at, c.id) < ($${n + 1}::timestamptz, $${n + 2}::uuid)` : '';
    const rows: { id: string; at: Date }[] = await this.dataSource.query(
      `SELECT c.id, c.last_activity_at AS at ${from} ${keyset} ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ${size + 1}`,
      validCursor ? [...params, validCursor[0], validCursor[1]] : params,
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const pageRows = rows.slice(0, size);
    const entities = pageRows.length ? await this.dataSource.getRepository(ConversationEntity).findBy({ id: In(pageRows.map((r) => r.id)) }) : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    return {
      conversations: pageRows.map((r) => byId.get(r.id)!).filter(Boolean),
      cursors: pageRows.map((r) => encodeCursor([r.at.toISOString(), r.id])),
      hasNextPage: rows.length > size,
      totalCount: total,
    };
  }

  /** The viewer's conversation_members rows by conversation id. */
  async viewerRows(viewer: Viewer, conversationIds: string[]): Promise<Map<string, ConversationMemberEntity>> {
    const rows = conversationIds.length
      ? await this.dataSource.getRepository(ConversationMemberEntity).findBy({ conversationId: In(conversationIds), membershipId: viewer.membershipId })
      : [];
    return new Map(rows.map((row) => [row.conversationId, row]));
  }

  /** Whether the viewer belongs and how far they read (staff positions count for network conversations only). */
  positionOf(viewer: Viewer, conversation: ConversationEntity, row: ConversationMemberEntity | undefined): ViewerPosition {
    if (conversation.kind === 'network' && conversation.memberMembershipId !== viewer.membershipId) {
      const staff = isNetworkStaff(viewer);
      return { isMember: staff, lastReadSeq: staff ? (row?.lastReadSeq ?? 0) : conversation.lastSeq };
    }
    const isMember = !!row && row.role !== 'staff';
    return { isMember, lastReadSeq: row && isMember ? row.lastReadSeq : conversation.lastSeq };
  }

  /** Whether the viewer may read the conversation's messages, from their position (no further lookups). */
  mayReadMessages(viewer: Viewer, conversation: ConversationEntity, position: ViewerPosition | undefined): boolean {
    return !!position?.isMember || (conversation.kind === 'room' && isContentModerator(viewer));
  }

  /** Display names by membership id, from the members read model ('' when unknown). */
  async displayNames(networkId: string, ids: string[]): Promise<Map<string, string>> {
    const rows: { membership_id: string; display_name: string }[] = ids.length
      ? await this.dataSource.query(`SELECT membership_id, display_name FROM messaging.members WHERE network_id = $1 AND membership_id = ANY($2::uuid[])`, [
          networkId,
          ids,
        ])
      : [];
    return new Map(rows.map((row) => [row.membership_id, row.display_name]));
  }

  async networkName(networkId: string): Promise<string> {
    const [row]: { name: string }[] = await this.dataSource.query(`SELECT name FROM messaging.networks WHERE network_id = $1`, [networkId]);
    return row?.name ?? '';
  }

  async roomNames(ids: string[]): Promise<Map<string, string>> {
    const rows: { conversation_id: string; name: string }[] = ids.length
      ? await this.dataSource.query(`SELECT conversation_id, name FROM messaging.rooms WHERE conversation_id = ANY($1::uuid[])`, [ids])
      : [];
    return new Map(rows.map((row) => [row.conversation_id, row.name]));
  }

  /** The member a DIRECT or NETWORK conversation is with, as the viewer sees it (the other side); null otherwise. */
  counterpart(viewer: Viewer, conversation: ConversationEntity): string | null {
    if (conversation.kind === 'direct') return participantsOf(conversation).find((id) => id !== viewer.membershipId) ?? null;
    if (conversation.kind === 'network' && conversation.memberMembershipId !== viewer.membershipId) return conversation.memberMembershipId;
    return null;
  }

  /** Participants of a conversation the viewer may see (rooms: by join time); staff read positions are not participants. */
  async members(viewer: Viewer, conversation: ConversationEntity, first: number | null | undefined, after: string | null | undefined): Promise<MemberPage> {
    const access = await readAccess(this.dataSource, viewer, conversation.id);
    if (!access?.canView) throw forbidden('You cannot see this conversation.');
    const size = pageSize(first, 50, MAX_PAGE);
    const validCursor = after ? cursorKey(after, isTimeAndId) : undefined;
    const rows: { membership_id: string; role: string; joined_at: Date }[] = await this.dataSource.query(
      `SELECT membership_id, role, joined_at FROM messaging.conversation_members
       WHERE conversation_id = $1 AND network_id = $2 AND role <> 'staff' ${validCursor ? 'AND (joined_at, membership_id) > ($3::timestamptz, $4::uuid)' : ''}
       ORDER BY joined_at, membership_id LIMIT ${size + 1}`,
      validCursor ? [conversation.id, viewer.networkId, validCursor[0], validCursor[1]] : [conversation.id, viewer.networkId],
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM messaging.conversation_members WHERE conversation_id = $1 AND network_id = $2 AND role <> 'staff'`,
      [conversation.id, viewer.networkId],
    );
    return {
      members: rows.slice(0, size).map((row) => ({
        membershipId: row.membership_id,
        role: row.role,
        joinedAt: row.joined_at,
        cursor: encodeCursor([row.joined_at.toISOString(), row.membership_id]),
      })),
      hasNextPage: rows.length > size,
      totalCount: total,
    };
  }

  markRead(viewer: Viewer, conversationId: string, upToMessageId?: string | null): Promise<Result<ConversationEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const result = await markRead(manager, this.outbox, viewer, conversationId, upToMessageId);
      if (!result.ok) return result;
      return ok(await manager.getRepository(ConversationEntity).findOneByOrFail({ id: result.value.id }));
    });
  }
}
