import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MessageSent, type Outbox } from '@kizuna/events';
import { participantsOf, type ConversationKind } from '../conversations/conversation.entity';

/** A message to store, already checked by the caller (who may post where, size, rate). */
export interface MessagePost {
  conversationId: string;
  networkId: string;
  /** null: the network itself (bulk message, auto-reply). */
  senderMembershipId: string | null;
  sentAsNetwork: boolean;
  body: string;
  mentions?: string[];
  links?: string[];
  replyToMessageId?: string | null;
  bulkMessageId?: string | null;
  clientMessageId?: string | null;
}

export interface PostedMessage {
  id: string;
  conversationId: string;
  seq: number;
  createdAt: Date;
}

/**
 * The one way messages enter a conversation, one or thousands at a time (a bulk message posts a
 * batch into many conversations in one transaction): numbers each message in its conversation,
 * stores it, moves the conversation's activity forward, counts it in its room, marks the sender
 * as having read up to their own message, and writes MessageSent to the outbox in the same
 * transaction. Sequence numbers come from one UPDATE per batch, which also serialises concurrent
 * posts into the same conversation.
 */
export async function postMessages(manager: EntityManager, outbox: Outbox, posts: MessagePost[]): Promise<PostedMessage[]> {
  if (posts.length === 0) return [];
  const perConversation = new Map<string, number>();
  for (const post of posts) perConversation.set(post.conversationId, (perConversation.get(post.conversationId) ?? 0) + 1);
  const ids = [...perConversation.keys()];

  const bumped: {
    id: string;
    last_seq: string;
    kind: ConversationKind;
    direct_key: string | null;
    member_membership_id: string | null;
    network_id: string;
    now: Date;
  }[] = await manager.query(
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count], not the rows.
    `WITH bumped AS (
         UPDATE messaging.conversations c SET last_seq = c.last_seq + v.n, last_activity_at = now()
         FROM unnest($1::uuid[], $2::int[]) AS v(id, n)
         WHERE c.id = v.id
         RETURNING c.id, c.last_seq, c.kind, c.direct_key, c.member_membership_id, c.network_id, now() AS now)
       SELECT * FROM bumped`,
    [ids, ids.map((id) => perConversation.get(id)!)],
  );
  const conversations = new Map(bumped.map((row) => [row.id, row]));
  // The first number each conversation hands out in this batch.
  const nextSeq = new Map(bumped.map((row) => [row.id, Number(row.last_seq) - perConversation.get(row.id)! + 1]));

  const posted: (PostedMessage & { post: MessagePost })[] = posts.map((post) => {
    const conversation = conversations.get(post.conversationId);
    if (!conversation || conversation.network_id !== post.networkId) throw new Error(`conversation ${post.conversationId} is not in network ${post.networkId}`);
    const seq = nextSeq.get(post.conversationId)!;
    nextSeq.set(post.conversationId, seq + 1);
    return { id: randomUUID(), conversationId: post.conversationId, seq, createdAt: conversation.now, post };
  });

  await manager.query(
    `INSERT INTO messaging.messages (id, conversation_id, network_id, seq, sender_membership_id, sent_as_network, client_message_id, body,
       mentions, links, reply_to_message_id, bulk_message_id, created_at)
     SELECT id, conversation_id, network_id, seq, sender, as_network, client_id, body,
       ARRAY(SELECT jsonb_array_elements_text(mentions))::uuid[], ARRAY(SELECT jsonb_array_elements_text(links)), reply_to, bulk_id, $13
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::uuid[], $6::boolean[], $7::text[], $8::text[], $9::jsonb[], $10::jsonb[], $11::uuid[], $12::uuid[])
       AS m(id, conversation_id, network_id, seq, sender, as_network, client_id, body, mentions, links, reply_to, bulk_id)`,
    [
      posted.map((m) => m.id),
      posted.map((m) => m.conversationId),
      posted.map((m) => m.post.networkId),
      posted.map((m) => m.seq),
      posted.map((m) => m.post.senderMembershipId),
      posted.map((m) => m.post.sentAsNetwork),
      posted.map((m) => m.post.clientMessageId ?? null),
      posted.map((m) => m.post.body),
      posted.map((m) => JSON.stringify(m.post.mentions ?? [])),
      posted.map((m) => JSON.stringify(m.post.links ?? [])),
      posted.map((m) => m.post.replyToMessageId ?? null),
      posted.map((m) => m.post.bulkMessageId ?? null),
      bumped[0].now,
    ],
  );

  // The newest message of each conversation in this batch.
  const last = new Map<string, PostedMessage>();
  for (const message of posted) last.set(message.conversationId, message);
  await manager.query(
    `UPDATE messaging.conversations c SET last_message_id = v.message_id FROM unnest($1::uuid[], $2::uuid[]) AS v(id, message_id) WHERE c.id = v.id`,
    [[...last.keys()], [...last.values()].map((m) => m.id)],
  );
  const roomIds = bumped.filter((row) => row.kind === 'room').map((row) => row.id);
  if (roomIds.length > 0) {
    await manager.query(
      `UPDATE messaging.rooms r SET message_count = r.message_count + v.n FROM unnest($1::uuid[], $2::int[]) AS v(id, n) WHERE r.conversation_id = v.id`,
      [roomIds, roomIds.map((id) => perConversation.get(id)!)],
    );
  }
  // Whoever writes has read everything up to their own message.
  const readers = posted.filter((m) => m.post.senderMembershipId !== null);
  if (readers.length > 0) {
    await manager.query(
      `UPDATE messaging.conversation_members cm SET last_read_seq = GREATEST(cm.last_read_seq, v.seq), last_read_at = now()
       FROM unnest($1::uuid[], $2::uuid[], $3::bigint[]) AS v(conversation_id, membership_id, seq)
       WHERE cm.conversation_id = v.conversation_id AND cm.membership_id = v.membership_id`,
      [readers.map((m) => m.conversationId), readers.map((m) => m.post.senderMembershipId), readers.map((m) => m.seq)],
    );
  }

  const byNetwork = new Map<string, typeof posted>();
  for (const message of posted) {
    const list = byNetwork.get(message.post.networkId) ?? [];
    list.push(message);
    byNetwork.set(message.post.networkId, list);
  }
  for (const [networkId, messages] of byNetwork) {
    await outbox.addAll(
      manager,
      MessageSent,
      networkId,
      messages.map((m) => {
        const conversation = conversations.get(m.conversationId)!;
        return {
          conversationId: m.conversationId,
          networkId,
          conversationKind: conversation.kind,
          participantMembershipIds: participantsOf({
            kind: conversation.kind,
            directKey: conversation.direct_key,
            memberMembershipId: conversation.member_membership_id,
          }),
          messageId: m.id,
          seq: m.seq,
          senderMembershipId: m.post.senderMembershipId,
          sentAsNetwork: m.post.sentAsNetwork,
          mentionedMembershipIds: m.post.mentions ?? [],
          replyToMessageId: m.post.replyToMessageId ?? null,
          bulkMessageId: m.post.bulkMessageId ?? null,
          sentAt: m.createdAt.toISOString(),
        };
      }),
    );
  }
  return posted.map(({ id, conversationId, seq, createdAt }) => ({ id, conversationId, seq, createdAt }));
}
