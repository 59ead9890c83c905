import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ConversationStarted, type Outbox } from '@kizuna/events';
import { directKey } from './conversation.entity';

/**
 * Each member's conversation with the network (where bulk messages and auto-replies arrive and
 * staff answer), opened on first use: one per member, however many callers race to open it.
 * Returns conversation ids by membership id. Publishes ConversationStarted for the new ones.
 */
export async function openNetworkConversations(
  manager: EntityManager,
  outbox: Outbox,
  networkId: string,
  membershipIds: string[],
  startedBy: string | null,
): Promise<Map<string, string>> {
  const members = [...new Set(membershipIds)];
  if (members.length === 0) return new Map();
  const created: { id: string; member_membership_id: string }[] = await manager.query(
    `INSERT INTO messaging.conversations (id, network_id, kind, member_membership_id)
     SELECT gen_random_uuid(), $1, 'network', m FROM unnest($2::uuid[]) AS m
     ON CONFLICT (network_id, member_membership_id) WHERE kind = 'network' DO NOTHING
     RETURNING id, member_membership_id`,
    [networkId, members],
  );
  if (created.length > 0) {
    await manager.query(
      `INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role)
       SELECT id, member, $1, 'member' FROM unnest($2::uuid[], $3::uuid[]) AS c(id, member) ON CONFLICT DO NOTHING`,
      [networkId, created.map((c) => c.id), created.map((c) => c.member_membership_id)],
    );
    const now = new Date().toISOString();
    await outbox.addAll(
      manager,
      ConversationStarted,
      networkId,
      created.map((c) => ({
        conversationId: c.id,
        networkId,
        conversationKind: 'network' as const,
        participantMembershipIds: [c.member_membership_id],
        startedBy,
        startedAt: now,
      })),
    );
  }
  const rows: { id: string; member_membership_id: string }[] = await manager.query(
    `SELECT id, member_membership_id FROM messaging.conversations WHERE network_id = $1 AND kind = 'network' AND member_membership_id = ANY($2::uuid[])`,
    [networkId, members],
  );
  return new Map(rows.map((row) => [row.member_membership_id, row.id]));
}

/** The direct conversation of two members of one network, opened on first use. */
export async function openDirectConversation(manager: EntityManager, outbox: Outbox, networkId: string, from: string, to: string): Promise<string> {
  const key = directKey(from, to);
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO messaging.conversations (id, network_id, kind, direct_key) VALUES ($1, $2, 'direct', $3)
     ON CONFLICT (network_id, direct_key) WHERE kind = 'direct' DO NOTHING RETURNING id`,
    [randomUUID(), networkId, key],
  );
  if (created) {
    await manager.query(
      `INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role)
       SELECT $1, m, $2, 'member' FROM unnest($3::uuid[]) AS m ON CONFLICT DO NOTHING`,
      [created.id, networkId, [from, to]],
    );
    await outbox.add(manager, ConversationStarted, networkId, {
      conversationId: created.id,
      networkId,
      conversationKind: 'direct',
      participantMembershipIds: key.split(':'),
      startedBy: from,
      startedAt: new Date().toISOString(),
    });
    return created.id;
  }
  const [existing]: { id: string }[] = await manager.query(
    `SELECT id FROM messaging.conversations WHERE network_id = $1 AND kind = 'direct' AND direct_key = $2`,
    [networkId, key],
  );
  return existing.id;
}
