import type { EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { MessagesRead, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { recordBulkOpens } from '../bulk-messages/bulk-opens';
import { readAccess } from './conversation-access';
import { participantsOf, type ConversationEntity } from './conversation.entity';

/** Staff get a read position in a member's conversation with the network the first time they read or answer it. */
export async function ensureStaffPosition(manager: EntityManager, conversation: ConversationEntity, membershipId: string): Promise<void> {
  await manager.query(
    `INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role) VALUES ($1, $2, $3, 'staff') ON CONFLICT DO NOTHING`,
    [conversation.id, membershipId, conversation.networkId],
  );
}

/**
 * Moves the viewer's read position forward to a message (default: the latest), never back.
 * When it moved: MessagesRead is published, and a member reading their conversation with the
 * network opens the bulk messages delivered there. Returns the conversation.
 */
export async function markRead(
  manager: EntityManager,
  outbox: Outbox,
  viewer: Viewer,
  conversationId: string,
  upToMessageId?: string | null,
): Promise<Result<ConversationEntity>> {
  const access = await readAccess(manager, viewer, conversationId);
  if (!access) return fail(UserError.of('NOT_FOUND', 'No such conversation.', 'conversationId'));
  const { conversation } = access;
  const asStaff = access.postsAsNetwork;
  if (!access.canRead || (!asStaff && (!access.membership || access.membership.role === 'staff'))) {
    return fail(UserError.of('FORBIDDEN', 'You do not take part in this conversation.', 'conversationId'));
  }
  let target: { id: string; seq: number } | undefined;
  if (upToMessageId) {
    const [row]: { id: string; seq: string }[] = isUuid(upToMessageId)
      ? await manager.query(`SELECT id, seq FROM messaging.messages WHERE id = $1 AND conversation_id = $2`, [upToMessageId, conversation.id])
      : [];
    if (!row) return fail(UserError.of('NOT_FOUND', 'That message is not in this conversation.', 'upToMessageId'));
    target = { id: row.id, seq: Number(row.seq) };
  } else {
    const [row]: { id: string; seq: string }[] = await manager.query(
      `SELECT m.id, m.seq FROM messaging.conversations c JOIN messaging.messages m ON m.conversation_id = c.id AND m.seq = c.last_seq WHERE c.id = $1`,
      [conversation.id],
    );
    if (row) target = { id: row.id, seq: Number(row.seq) };
  }
  if (asStaff) await ensureStaffPosition(manager, conversation, viewer.membershipId);
  if (!target) return ok(conversation);
  const moved: { last_read_at: Date }[] = await manager.query(
    `WITH moved AS (
       UPDATE messaging.conversation_members SET last_read_seq = $3, last_read_at = now()
       WHERE conversation_id = $1 AND membership_id = $2 AND last_read_seq < $3 RETURNING last_read_at)
     SELECT * FROM moved`,
    [conversation.id, viewer.membershipId, target.seq],
  );
  if (moved.length === 0) return ok(conversation);
  await outbox.add(manager, MessagesRead, conversation.networkId, {
    conversationId: conversation.id,
    networkId: conversation.networkId,
    conversationKind: conversation.kind,
    participantMembershipIds: participantsOf(conversation),
    membershipId: viewer.membershipId,
    lastReadMessageId: target.id,
    lastReadSeq: target.seq,
    readAt: moved[0].last_read_at.toISOString(),
  });
  if (conversation.kind === 'network' && conversation.memberMembershipId === viewer.membershipId) await recordBulkOpens(manager, conversation.id, target.seq);
  return ok(conversation);
}
