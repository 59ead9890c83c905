import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { forbidden, type Viewer } from '@kizuna/auth';
import { isUniqueViolation, isUuid, pageSize } from '@kizuna/data';
import { MessageDeleted, MessageEdited, MessageReactionsChanged, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { accessTo, readAccess, type ConversationAccess } from '../conversations/conversation-access';
import { ensureStaffPosition } from '../conversations/read-positions';
import { participantsOf, type ConversationEntity } from '../conversations/conversation.entity';
import type { MessageSettings } from './message-settings';
import { postMessages } from './message-posting';
import { MessageEntity } from './message.entity';
import { MAX_DISTINCT_REACTIONS, readClientMessageId, readEmoji, readMessageText, type MessageText } from './message-rules';
import type { TypingSignals } from './typing-signals';

export interface SendMessage {
  conversationId: string;
  body: string;
  replyToMessageId?: string | null;
  clientMessageId?: string | null;
}

export interface HistoryPage {
  messages: MessageEntity[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface HistoryRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Reaction {
  emoji: string;
  count: number;
  memberIds: string[];
}

export interface ReadState {
  readByCount: number;
  readAt: Date | null;
}

export const DEFAULT_HISTORY_PAGE = 30;
export const MAX_HISTORY_PAGE = 100;

const notFound = (field: string, what = 'message') => UserError.of('NOT_FOUND', `No such ${what}.`, field);

function conversationRef(conversation: ConversationEntity) {
  return {
    conversationId: conversation.id,
    networkId: conversation.networkId,
    conversationKind: conversation.kind,
    participantMembershipIds: participantsOf(conversation),
  };
}

/** Sending, editing, deleting and reacting to messages, the history, and read receipts. */
export class MessageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly settings: MessageSettings,
    private readonly typingSignals?: TypingSignals,
  ) {}

  /** Messages the viewer has not read, over every conversation they take part in, in their network. */
  async unreadCount(viewer: Viewer): Promise<number> {
    const [row]: { unread: string }[] = await this.dataSource.query(
      `SELECT coalesce(sum(c.last_seq - cm.last_read_seq), 0) AS unread
       FROM messaging.conversation_members cm JOIN messaging.conversations c ON c.id = cm.conversation_id
       WHERE cm.membership_id = $1 AND cm.network_id = $2 AND c.network_id = $2 AND cm.role <> 'staff'`,
      [viewer.membershipId, viewer.networkId],
    );
    return Number(row.unread);
  }

  /** A member's unread count is private to that member. */
  unreadCountOf(viewer: Viewer, memberId: string): Promise<number> {
    if (memberId !== viewer.membershipId) throw forbidden('You can see only your own unread messages.');
    return this.unreadCount(viewer);
  }

  async send(viewer: Viewer, input: SendMessage): Promise<Result<MessageEntity>> {
    const clientId = readClientMessageId(input.clientMessageId);
    if (!clientId.ok) return fail(clientId.error);
    try {
      return await this.dataSource.transaction((manager) => this.sendIn(manager, viewer, input, clientId.id));
    } catch (error) {
      // Two copies of one retried request raced: the other one posted it.
      if (clientId.id && isUniqueViolation(error)) {
        const first = await this.byClientId(this.dataSource.manager, input.conversationId, viewer.membershipId, clientId.id);
        if (first) return ok(first);
      }
      throw error;
    }
  }

  private async sendIn(manager: EntityManager, viewer: Viewer, input: SendMessage, clientId: string | null): Promise<Result<MessageEntity>> {
    const access = await readAccess(manager, viewer, input.conversationId);
    if (!access) return fail(notFound('conversationId', 'conversation'));
    if (!access.canPost)
      return fail(
        UserError.of(
          'FORBIDDEN',
          access.room?.archivedAt ? 'This room is archived: it is read-only.' : 'You cannot post in this conversation.',
          'conversationId',
        ),
      );
    if (clientId) {
      const first = await this.byClientId(manager, input.conversationId, viewer.membershipId, clientId);
      if (first) return ok(first);
    }
    const text = await this.checkedText(manager, viewer, input.body);
    if (!text.ok) return text;
    let replyTo: string | null = null;
    if (input.replyToMessageId) {
      const original = isUuid(input.replyToMessageId)
        ? await manager.getRepository(MessageEntity).findOneBy({ id: input.replyToMessageId, conversationId: access.conversation.id })
        : null;
      if (!original) return fail(UserError.of('NOT_FOUND', 'The message you reply to is not in this conversation.', 'replyToMessageId'));
      replyTo = original.id;
    }
    // One sender's messages are counted one at a time, so parallel requests cannot slip past the limit.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('messaging.rate:' || $1))`, [viewer.membershipId]);
    const [{ recent }]: { recent: number }[] = await manager.query(
      `SELECT count(*)::int AS recent FROM messaging.messages WHERE sender_membership_id = $1 AND created_at > now() - make_interval(secs => $2)`,
      [viewer.membershipId, this.settings.MESSAGE_RATE_WINDOW_SECONDS],
    );
    if (recent >= this.settings.MESSAGE_RATE_LIMIT) {
      return fail(
        UserError.of(
          'LIMIT_EXCEEDED',
          `You can send at most ${this.settings.MESSAGE_RATE_LIMIT} messages every ${this.settings.MESSAGE_RATE_WINDOW_SECONDS} seconds. Wait a moment and try again.`,
        ),
      );
    }
    if (access.postsAsNetwork) await ensureStaffPosition(manager, access.conversation, viewer.membershipId);
    const [posted] = await postMessages(manager, this.outbox, [
      {
        conversationId: access.conversation.id,
        networkId: viewer.networkId,
        senderMembershipId: viewer.membershipId,
        sentAsNetwork: access.postsAsNetwork,
        body: text.value.body,
        mentions: text.value.mentions,
        links: text.value.links,
        replyToMessageId: replyTo,
        clientMessageId: clientId,
      },
    ]);
    return ok(await manager.getRepository(MessageEntity).findOneByOrFail({ id: posted.id }));
  }

  private byClientId(manager: EntityManager, conversationId: string, senderId: string, clientId: string): Promise<MessageEntity | null> {
    if (!isUuid(conversationId)) return Promise.resolve(null);
    return manager.getRepository(MessageEntity).findOneBy({ conversationId, senderMembershipId: senderId, clientMessageId: clientId });
  }

  /** The body's rules, and every mention names a member of the viewer's network. */
  private async checkedText(manager: EntityManager, viewer: Viewer, body: string): Promise<Result<MessageText>> {
    const text = readMessageText(body, this.settings.MESSAGE_MAX_CHARACTERS);
    if (!text.ok) return fail(text.error);
    if (text.text.mentions.length > 0) {
      const found: { membership_id: string }[] = await manager.query(
        `SELECT membership_id FROM messaging.members WHERE network_id = $1 AND membership_id = ANY($2::uuid[]) AND status IN ('approved', 'pending')`,
        [viewer.networkId, text.text.mentions],
      );
      if (found.length !== text.text.mentions.length) return fail(UserError.of('VALIDATION', 'A mentioned member is not a member of this network.', 'body'));
    }
    return ok(text.text);
  }

  /** The message (locked for the change) and the viewer's access to its conversation; NOT_FOUND when the viewer may not even read it. */
  private async messageForChange(
    manager: EntityManager,
    viewer: Viewer,
    messageId: string,
  ): Promise<Result<{ message: MessageEntity; access: ConversationAccess }>> {
    if (!isUuid(messageId)) return fail(notFound('messageId'));
    const message = await manager
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id AND m.network_id = :networkId', { id: messageId, networkId: viewer.networkId })
      .getOne();
    if (!message) return fail(notFound('messageId'));
    const access = await readAccess(manager, viewer, message.conversationId);
    if (!access || !access.canRead) return fail(notFound('messageId'));
    return ok({ message, access });
  }

  async edit(viewer: Viewer, messageId: string, body: string): Promise<Result<MessageEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.messageForChange(manager, viewer, messageId);
      if (!found.ok) return found;
      const { message, access } = found.value;
      if (message.senderMembershipId !== viewer.membershipId) return fail(UserError.of('FORBIDDEN', 'Only its author can edit a message.', 'messageId'));
      if (message.deletedAt) return fail(UserError.of('CONFLICT', 'This message was deleted.', 'messageId'));
      if (!access.canPost) return fail(UserError.of('FORBIDDEN', 'You cannot post in this conversation any more.', 'messageId'));
      const text = await this.checkedText(manager, viewer, body);
      if (!text.ok) return text;
      const [{ edited_at: editedAt }]: { edited_at: Date }[] = await manager.query(
        `WITH edited AS (UPDATE messaging.messages SET body = $2, mentions = $3::uuid[], links = $4::text[], edited_at = now() WHERE id = $1 RETURNING edited_at) SELECT * FROM edited`,
        [message.id, text.value.body, text.value.mentions, text.value.links],
      );
      await this.outbox.add(manager, MessageEdited, viewer.networkId, {
        ...conversationRef(access.conversation),
        messageId: message.id,
        senderMembershipId: message.senderMembershipId,
        editedAt: editedAt.toISOString(),
      });
      return ok(await manager.getRepository(MessageEntity).findOneByOrFail({ id: message.id }));
    });
  }

  async delete(viewer: Viewer, messageId: string): Promise<Result<MessageEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.messageForChange(manager, viewer, messageId);
      if (!found.ok) return found;
      const { message, access } = found.value;
      const isAuthor = message.senderMembershipId !== null && message.senderMembershipId === viewer.membershipId;
      const byModerator = !isAuthor && access.conversation.kind === 'room' && access.isModerator;
      if (!isAuthor && !byModerator) return fail(UserError.of('FORBIDDEN', 'Only its author or a room moderator can delete a message.', 'messageId'));
      if (isAuthor && !access.canPost && !access.isModerator)
        return fail(UserError.of('FORBIDDEN', 'You cannot post in this conversation any more.', 'messageId'));
      if (message.deletedAt) return fail(UserError.of('CONFLICT', 'This message was already deleted.', 'messageId'));
      const [{ deleted_at: deletedAt }]: { deleted_at: Date }[] = await manager.query(
        `WITH deleted AS (UPDATE messaging.messages SET body = '', mentions = '{}', links = '{}', deleted_at = now(), deleted_by = $2 WHERE id = $1 RETURNING deleted_at) SELECT * FROM deleted`,
        [message.id, viewer.membershipId],
      );
      await this.outbox.add(manager, MessageDeleted, viewer.networkId, {
        ...conversationRef(access.conversation),
        messageId: message.id,
        senderMembershipId: message.senderMembershipId,
        deletedBy: viewer.membershipId,
        byModerator,
        deletedAt: deletedAt.toISOString(),
      });
      return ok(await manager.getRepository(MessageEntity).findOneByOrFail({ id: message.id }));
    });
  }

  /** Adds (`added`) or removes a reaction; doing it twice changes nothing and publishes nothing the second time. */
  async react(viewer: Viewer, messageId: string, rawEmoji: string, added: boolean): Promise<Result<MessageEntity>> {
    const emoji = readEmoji(rawEmoji);
    if (!emoji.ok) return fail(emoji.error);
    return this.dataSource.transaction(async (manager) => {
      const found = await this.messageForChange(manager, viewer, messageId);
      if (!found.ok) return found;
      const { message, access } = found.value;
      if (!access.canPost) return fail(UserError.of('FORBIDDEN', 'You cannot react in this conversation.', 'messageId'));
      if (message.deletedAt) return fail(UserError.of('CONFLICT', 'This message was deleted.', 'messageId'));
      let changed: boolean;
      if (added) {
        const emojis: { emoji: string }[] = await manager.query(`SELECT DISTINCT emoji FROM messaging.message_reactions WHERE message_id = $1`, [message.id]);
        if (!emojis.some((row) => row.emoji === emoji.emoji) && emojis.length >= MAX_DISTINCT_REACTIONS) {
          return fail(UserError.of('LIMIT_EXCEEDED', `A message can carry at most ${MAX_DISTINCT_REACTIONS} different reactions.`, 'emoji'));
        }
        const inserted: unknown[] = await manager.query(
          `INSERT INTO messaging.message_reactions (message_id, membership_id, emoji, network_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
          [message.id, viewer.membershipId, emoji.emoji, viewer.networkId],
        );
        changed = inserted.length > 0;
      } else {
        const removed: unknown[] = await manager.query(
          `WITH removed AS (DELETE FROM messaging.message_reactions WHERE message_id = $1 AND membership_id = $2 AND emoji = $3 RETURNING 1) SELECT * FROM removed`,
          [message.id, viewer.membershipId, emoji.emoji],
        );
        changed = removed.length > 0;
      }
      if (changed) {
        await this.outbox.add(manager, MessageReactionsChanged, viewer.networkId, {
          ...conversationRef(access.conversation),
          messageId: message.id,
          senderMembershipId: message.senderMembershipId,
          membershipId: viewer.membershipId,
          emoji: emoji.emoji,
          added,
          changedAt: new Date().toISOString(),
        });
      }
      return ok(message);
    });
  }

  /** One message the viewer may read; null for an unknown id or another network's; FORBIDDEN when they may not read it. */
  async find(viewer: Viewer, messageId: string): Promise<MessageEntity | null> {
    if (!isUuid(messageId)) return null;
    const message = await this.dataSource.getRepository(MessageEntity).findOneBy({ id: messageId, networkId: viewer.networkId });
    if (!message) return null;
    const access = await readAccess(this.dataSource, viewer, message.conversationId);
    if (!access?.canRead) throw forbidden('You cannot read this conversation.');
    return message;
  }

  /** Messages by id that the viewer may read (others: absent), for reference resolvers. */
  async readable(viewer: Viewer, messageIds: string[]): Promise<Map<string, MessageEntity>> {
    const ids = messageIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const messages = await this.byIds(viewer.networkId, ids);
    const allowed = new Map<string, boolean>();
    for (const conversationId of new Set([...messages.values()].map((m) => m.conversationId))) {
      allowed.set(conversationId, (await readAccess(this.dataSource, viewer, conversationId))?.canRead ?? false);
    }
    return new Map([...messages].filter(([, message]) => allowed.get(message.conversationId)));
  }

  /** Messages by id in one network, without access checks (the caller already checked the conversation). */
  async byIds(networkId: string, ids: string[]): Promise<Map<string, MessageEntity>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .where('m.id = ANY(:ids) AND m.network_id = :networkId', { ids: valid, networkId })
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * A page of a conversation's history, oldest first. Cursors are message ids of the same
   * conversation; `after` pages towards newer messages, `before` towards older ones; with neither,
   * `first` alone gives the oldest messages, otherwise the newest `last`.
   */
  async history(conversation: ConversationEntity, request: HistoryRequest): Promise<HistoryPage> {
    const seqOf = async (cursor: string, name: string) => {
      const message = isUuid(cursor) ? await this.dataSource.getRepository(MessageEntity).findOneBy({ id: cursor, conversationId: conversation.id }) : null;
      if (!message) throw new GraphQLError(`${name} is not a message of this conversation.`, { extensions: { code: 'BAD_USER_INPUT' } });
      return message.seq;
    };
    const afterSeq = request.after ? await seqOf(request.after, 'after') : 0;
    const beforeSeq = request.before ? await seqOf(request.before, 'before') : Number.MAX_SAFE_INTEGER;
    const forward =
      request.after !== null && request.after !== undefined
        ? true
        : request.before !== null && request.before !== undefined
          ? false
          : request.first !== null && request.first !== undefined && (request.last === null || request.last === undefined);
    const [first, last] = [
      pageSize(request.first, DEFAULT_HISTORY_PAGE, MAX_HISTORY_PAGE),
      pageSize(request.last, DEFAULT_HISTORY_PAGE, MAX_HISTORY_PAGE, 'last'),
    ];
    const limit = forward ? first : last;
    const rows = await this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .where('m.conversation_id = :id AND m.seq > :afterSeq AND m.seq < :beforeSeq', { id: conversation.id, afterSeq, beforeSeq })
      .orderBy('m.seq', forward ? 'ASC' : 'DESC')
      .limit(limit + 1)
      .getMany();
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    if (!forward) page.reverse();
    const exists = async (condition: string, seq: number) =>
      (await this.dataSource.query(`SELECT 1 FROM messaging.messages WHERE conversation_id = $1 AND seq ${condition} $2 LIMIT 1`, [conversation.id, seq]))
        .length > 0;
    const oldest = page[0]?.seq ?? afterSeq + 1;
    const newest = page.at(-1)?.seq ?? (beforeSeq === Number.MAX_SAFE_INTEGER ? conversation.lastSeq : beforeSeq - 1);
    return {
      messages: page,
      hasNextPage: forward ? more : await exists('>', newest),
      hasPreviousPage: forward ? await exists('<', oldest) : more,
    };
  }

  /** Reactions grouped by emoji, emoji in the order they were first used, members in the order they reacted. */
  async reactionsOf(messageIds: string[]): Promise<Map<string, Reaction[]>> {
    const rows: { message_id: string; emoji: string; membership_id: string }[] = await this.dataSource.query(
      `SELECT message_id, emoji, membership_id FROM messaging.message_reactions WHERE message_id = ANY($1::uuid[]) ORDER BY created_at, membership_id`,
      [messageIds],
    );
    const result = new Map<string, Map<string, string[]>>();
    for (const row of rows) {
      const byEmoji = result.get(row.message_id) ?? new Map<string, string[]>();
      result.set(row.message_id, byEmoji);
      byEmoji.set(row.emoji, [...(byEmoji.get(row.emoji) ?? []), row.membership_id]);
    }
    return new Map([...result].map(([id, byEmoji]) => [id, [...byEmoji].map(([emoji, memberIds]) => ({ emoji, count: memberIds.length, memberIds }))]));
  }

  /**
   * Who has read each message, the same for every reader: how many members besides the sender
   * (staff positions in network conversations aside), and for direct and network conversations
   * when the other side read it.
   */
  async readStateOf(messageIds: string[]): Promise<Map<string, ReadState>> {
    const rows: { id: string; read_by: number; read_at: Date | null }[] = await this.dataSource.query(
      `SELECT m.id,
         (SELECT count(*)::int FROM messaging.conversation_members cm
          WHERE cm.conversation_id = m.conversation_id AND cm.last_read_seq >= m.seq AND cm.role <> 'staff'
            AND cm.membership_id IS DISTINCT FROM m.sender_membership_id) AS read_by,
         CASE
           WHEN c.kind = 'direct' AND m.sender_membership_id IS NOT NULL THEN
             (SELECT cm.last_read_at FROM messaging.conversation_members cm
              WHERE cm.conversation_id = m.conversation_id AND cm.membership_id <> m.sender_membership_id AND cm.last_read_seq >= m.seq LIMIT 1)
           WHEN c.kind = 'network' AND (m.sent_as_network OR m.sender_membership_id IS NULL) THEN
             (SELECT cm.last_read_at FROM messaging.conversation_members cm
              WHERE cm.conversation_id = m.conversation_id AND cm.membership_id = c.member_membership_id AND cm.last_read_seq >= m.seq)
           WHEN c.kind = 'network' THEN
             (SELECT min(cm.last_read_at) FROM messaging.conversation_members cm
              WHERE cm.conversation_id = m.conversation_id AND cm.role = 'staff' AND cm.last_read_seq >= m.seq)
         END AS read_at
       FROM messaging.messages m JOIN messaging.conversations c ON c.id = m.conversation_id
       WHERE m.id = ANY($1::uuid[])`,
      [messageIds],
    );
    return new Map(rows.map((row) => [row.id, { readByCount: row.read_by, readAt: row.read_at }]));
  }

  /** Tells the others in the conversation that the viewer is typing (or stopped); nothing is stored. */
  async setTyping(viewer: Viewer, conversationId: string, typing: boolean): Promise<Result<true>> {
    const access = await readAccess(this.dataSource, viewer, conversationId);
    if (!access) return fail(notFound('conversationId', 'conversation'));
    if (!access.canPost) return fail(UserError.of('FORBIDDEN', 'You cannot post in this conversation.', 'conversationId'));
    const [member]: { display_name: string }[] = await this.dataSource.query(
      `SELECT display_name FROM messaging.members WHERE membership_id = $1 AND network_id = $2`,
      [viewer.membershipId, viewer.networkId],
    );
    await this.typingSignals?.signal(access.conversation, viewer.membershipId, member?.display_name ?? '', typing);
    return ok(true);
  }

  /** Access for a conversation row already loaded, for field resolvers. */
  accessTo(viewer: Viewer, conversation: ConversationEntity): Promise<ConversationAccess> {
    return accessTo(this.dataSource, viewer, conversation);
  }
}
