import type { EntityManager } from 'typeorm';

/**
 * A member read their network conversation up to `upToSeq`: every bulk message delivered there
 * at or before it counts as opened (once), for per-recipient status and open rates.
 */
export async function recordBulkOpens(manager: EntityManager, conversationId: string, upToSeq: number): Promise<void> {
  await manager.query(
    `WITH opened AS (
       UPDATE messaging.bulk_recipients SET opened_at = now()
       WHERE conversation_id = $1 AND seq <= $2 AND opened_at IS NULL AND status = 'delivered'
       RETURNING bulk_message_id)
     UPDATE messaging.bulk_messages b SET opened_count = b.opened_count + o.n
     FROM (SELECT bulk_message_id, count(*)::int AS n FROM opened GROUP BY bulk_message_id) o
     WHERE b.id = o.bulk_message_id`,
    [conversationId, upToSeq],
  );
}
