import type { DataSource, EntityManager } from 'typeorm';
import { PromptPosted, type Outbox } from '@kizuna/events';
import { periodicJob, type Logger, type PeriodicJob } from '@kizuna/subgraph';
import { excerptOf, type FeedService } from '../feed/feed.service';
import { latestOccurrence, occurrencesAfter, scheduleOf } from './prompt-schedule';
import { PROMPT_COLUMNS, type Clock, type PromptRecord } from './prompt.service';

/** Prompts handled per transaction; a tick goes on until none is due. */
const BATCH = 50;

interface DuePrompt extends PromptRecord {
  handledThrough: Date;
}

/** Where the feed card opens: the hashtag's page, which lists the answers. */
export const hashtagPath = (tag: string) => `/hashtags/${encodeURIComponent(tag)}`;

/**
 * Publishes each due occurrence of the active prompts as a PROMPT feed item. Any number of
 * instances may tick at once: each claims due prompts with `FOR UPDATE SKIP LOCKED`, and an
 * occurrence's source key (`content.prompt:<id>:<time>`) is unique in the feed besides. After
 * downtime only the latest missed occurrence of a prompt is published, not a burst of old ones.
 */
export class PromptScheduler {
  private readonly job: PeriodicJob;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: FeedService,
    private readonly log: Logger,
    private readonly options: { tickMs: number; clock?: Clock },
  ) {
    this.job = periodicJob('publishing posting prompts', options.tickMs, () => this.tick(), log);
  }

  start(): void {
    this.stopped = false;
    this.job.start();
  }

  /** Finishes the tick in flight (it stops between batches), then stops. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.job.stop();
  }

  /** Publishes what is due now; how many occurrences entered the feed. */
  async tick(): Promise<number> {
    let published = 0;
    for (;;) {
      const now = this.options.clock?.() ?? new Date();
      const [count, claimed] = await this.dataSource.transaction(async (manager) => {
        const due: DuePrompt[] = await manager.query(
          `SELECT ${PROMPT_COLUMNS}, p.handled_through AS "handledThrough" FROM content.posting_prompts p
           WHERE p.active AND p.next_due_at <= $1 ORDER BY p.next_due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [now],
        );
        let count = 0;
        for (const prompt of due) if (await this.publishDue(manager, prompt, now)) count++;
        return [count, due.length];
      });
      published += count;
      if (claimed < BATCH || this.stopped) return published;
    }
  }

  private async publishDue(manager: EntityManager, prompt: DuePrompt, now: Date): Promise<boolean> {
    const schedule = scheduleOf(prompt, now);
    const occurrenceAt = latestOccurrence(schedule, prompt.handledThrough, now);
    const next = occurrencesAfter(schedule, now, 1)[0] ?? null;
    let published = false;
    if (occurrenceAt) {
      const feedItemId = await this.feed.insertOnce(manager, {
        networkId: prompt.networkId,
        sourceKey: `content.prompt:${prompt.id}:${occurrenceAt.toISOString()}`,
        kind: 'PROMPT',
        actorMembershipId: null,
        title: prompt.title,
        excerpt: excerptOf(prompt.body),
        linkPath: hashtagPath(prompt.tag),
        subjectTypename: null,
        subjectId: null,
        audience: prompt.audience,
        segmentId: prompt.segmentId,
        publishedAt: occurrenceAt,
      });
      if (feedItemId) {
        await manager.query(
          `INSERT INTO content.prompt_occurrences (feed_item_id, prompt_id, network_id, occurrence_at, hashtag, tag, title, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [feedItemId, prompt.id, prompt.networkId, occurrenceAt, prompt.hashtag, prompt.tag, prompt.title, prompt.body],
        );
        await this.outbox.add(manager, PromptPosted, prompt.networkId, {
          promptId: prompt.id,
          networkId: prompt.networkId,
          feedItemId,
          hashtag: prompt.tag,
          occurrenceAt: occurrenceAt.toISOString(),
        });
        this.log.info({ promptId: prompt.id, occurrenceAt }, 'posting prompt published');
        published = true;
      }
    }
    await manager.query(
      `UPDATE content.posting_prompts SET handled_through = $2, next_due_at = $3, last_occurrence_at = coalesce($4, last_occurrence_at) WHERE id = $1`,
      [prompt.id, now, next, published ? occurrenceAt : null],
    );
    return published;
  }
}
