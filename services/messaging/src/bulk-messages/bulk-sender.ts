import type { DataSource, EntityManager } from 'typeorm';
import { BulkMessageCompleted, type Outbox } from '@kizuna/events';
import type { Logger } from '@kizuna/subgraph';
import { openNetworkConversations } from '../conversations/conversation-opening';
import { postMessages } from '../messages/message-posting';
import { parseTemplate, renderTemplate } from '../templates/template-syntax';
import { templateContexts } from '../templates/template.service';
import type { BulkMessageRow } from './bulk-message.service';

export interface BulkSenderOptions {
  batchSize: number;
  pollMs: number;
  staleSeconds: number;
}

/**
 * Delivers due bulk messages. Any number of instances may run: each claims a bulk message with
 * `FOR UPDATE SKIP LOCKED` and a heartbeat, and delivers its pending recipients in batches, one
 * transaction each — a crash loses at most the batch in flight, which stays pending. A heartbeat
 * older than `staleSeconds` means its sender died, and another instance takes it over.
 */
export class BulkSender {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private again = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly log: Logger,
    private readonly options: BulkSenderOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Finishes the batch in flight, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Something became due now (a bulk message sent without a schedule). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((error) => this.log.error({ err: error }, 'bulk sender failed; will retry'))
        .finally(() => {
          this.running = undefined;
          const now = this.again;
          this.again = false;
          this.schedule(now ? 0 : this.options.pollMs);
        });
    }, delay);
  }

  /** Delivers every due bulk message it can claim. */
  async runOnce(): Promise<void> {
    while (!this.stopped) {
      const bulk = await this.claim();
      if (!bulk) return;
      while (!this.stopped && (await this.deliverBatch(bulk.id))) {
        // one batch per transaction until none is pending
      }
    }
  }

  private async claim(): Promise<BulkMessageRow | undefined> {
    const [rows]: [BulkMessageRow[], number] = await this.dataSource.query(
      `UPDATE messaging.bulk_messages SET status = 'sending', started_at = COALESCE(started_at, now()), heartbeat_at = now()
       WHERE id = (
         SELECT id FROM messaging.bulk_messages
         WHERE status IN ('scheduled', 'sending') AND scheduled_at <= now()
           AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
         ORDER BY scheduled_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [this.options.staleSeconds],
    );
    return rows[0];
  }

  /** One batch in one transaction; false when the bulk message is done (or no longer this sender's). */
  private async deliverBatch(bulkId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [bulk]: BulkMessageRow[] = await manager.query(`SELECT * FROM messaging.bulk_messages WHERE id = $1 FOR UPDATE`, [bulkId]);
      if (!bulk || bulk.status !== 'sending') return false;
      const pending: { membership_id: string }[] = await manager.query(
        `SELECT membership_id FROM messaging.bulk_recipients WHERE bulk_message_id = $1 AND status = 'pending' ORDER BY membership_id LIMIT $2`,
        [bulkId, this.options.batchSize],
      );
      if (pending.length > 0)
        await this.deliver(
          manager,
          bulk,
          pending.map((row) => row.membership_id),
        );
      if (pending.length === this.options.batchSize) {
        await manager.query(`UPDATE messaging.bulk_messages SET heartbeat_at = now() WHERE id = $1`, [bulkId]);
        return true;
      }
      await this.complete(manager, bulkId);
      return false;
    });
  }

  private async deliver(manager: EntityManager, bulk: BulkMessageRow, membershipIds: string[]): Promise<void> {
    const contexts = await templateContexts(manager, bulk.network_id, membershipIds);
    const approved = membershipIds.filter((id) => contexts.get(id)?.status === 'approved');
    const refused = membershipIds.filter((id) => contexts.get(id)?.status !== 'approved');
    const template = parseTemplate(bulk.body);
    if (approved.length > 0) {
      const conversations = await openNetworkConversations(manager, this.outbox, bulk.network_id, approved, bulk.created_by);
      const posted = await postMessages(
        manager,
        this.outbox,
        approved.map((id) => ({
          conversationId: conversations.get(id)!,
          networkId: bulk.network_id,
          senderMembershipId: null,
          sentAsNetwork: true,
          body: renderTemplate(template, contexts.get(id)!).text,
          bulkMessageId: bulk.id,
        })),
      );
      await manager.query(
        `UPDATE messaging.bulk_recipients r SET status = 'delivered', message_id = v.message_id, conversation_id = v.conversation_id, seq = v.seq, delivered_at = v.at
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::bigint[], $6::timestamptz[]) AS v(membership_id, message_id, conversation_id, seq, at)
         WHERE r.bulk_message_id = $1 AND r.membership_id = v.membership_id`,
        [bulk.id, approved, posted.map((m) => m.id), posted.map((m) => m.conversationId), posted.map((m) => m.seq), posted.map((m) => m.createdAt)],
      );
    }
    if (refused.length > 0) {
      await manager.query(
        `UPDATE messaging.bulk_recipients r SET status = 'failed', failure_reason = CASE WHEN m.status IS NULL THEN 'Not a member of the network' ELSE 'Membership is ' || m.status END
         FROM unnest($2::uuid[]) AS v(membership_id) LEFT JOIN messaging.members m ON m.membership_id = v.membership_id
         WHERE r.bulk_message_id = $1 AND r.membership_id = v.membership_id`,
        [bulk.id, refused],
      );
    }
    await manager.query(`UPDATE messaging.bulk_messages SET delivered_count = delivered_count + $2, failed_count = failed_count + $3 WHERE id = $1`, [
      bulk.id,
      approved.length,
      refused.length,
    ]);
  }

  private async complete(manager: EntityManager, bulkId: string): Promise<void> {
    const [[done]]: [BulkMessageRow[], number] = await manager.query(
      `UPDATE messaging.bulk_messages SET status = 'completed', completed_at = now(), heartbeat_at = now() WHERE id = $1 RETURNING *`,
      [bulkId],
    );
    await this.outbox.add(manager, BulkMessageCompleted, done.network_id, {
      bulkMessageId: done.id,
      networkId: done.network_id,
      sentBy: done.created_by,
      recipientCount: done.recipient_count,
      deliveredCount: done.delivered_count,
      failedCount: done.failed_count,
      startedAt: (done.started_at ?? done.created_at).toISOString(),
      completedAt: done.completed_at!.toISOString(),
    });
    this.log.info({ bulkMessageId: done.id, delivered: done.delivered_count, failed: done.failed_count }, 'bulk message completed');
  }
}
