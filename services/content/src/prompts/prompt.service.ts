import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { characterCount, fail, ok, UserError, type Result } from '@kizuna/subgraph';
import type { FeedAudience } from '../feed/feed-item.record';
import { readHashtag } from '../posts/post-text';
import { occurrencesAfter, readSchedule, scheduleOf, type Schedule } from './prompt-schedule';

export const MAX_PROMPT_TITLE_CHARACTERS = 200;
export const MAX_PROMPT_BODY_CHARACTERS = 1000;
export const MAX_PREVIEW_OCCURRENCES = 20;

export type Clock = () => Date;

/** One row of `content.posting_prompts`, as PROMPT_COLUMNS selects it. */
export interface PromptRecord {
  id: string;
  networkId: string;
  /** As staff wrote it, without the #. */
  hashtag: string;
  /** As posts store it: NFKC, lower case. */
  tag: string;
  title: string;
  body: string;
  rrule: string;
  timeZone: string;
  startsAt: Date;
  audience: FeedAudience;
  segmentId: string | null;
  active: boolean;
  nextDueAt: Date | null;
  lastOccurrenceAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const PROMPT_COLUMNS = `p.id, p.network_id AS "networkId", p.hashtag, p.tag, p.title, p.body, p.rrule, p.time_zone AS "timeZone", p.starts_at AS "startsAt",
  p.audience, p.segment_id AS "segmentId", p.active, p.next_due_at AS "nextDueAt", p.last_occurrence_at AS "lastOccurrenceAt",
  p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

export interface PromptFields {
  hashtag: string;
  title: string;
  body: string;
  rrule: string;
  timeZone: string;
  startsAt: Date;
  audience: FeedAudience;
  segmentId: string | null;
}

/** What an occurrence in the feed shows: its own copy, kept when the prompt changes or goes. */
export interface PromptOccurrence {
  feedItemId: string;
  promptId: string | null;
  hashtag: string;
  tag: string;
  title: string;
  body: string;
  occurrenceAt: Date;
}

const promptNotFound = (field = 'promptId') => UserError.of('NOT_FOUND', 'No such posting prompt.', field);

interface CheckedFields extends PromptFields {
  tag: string;
  schedule: Schedule;
}

/** Every field's problem at once, so the form can show them all. */
function checkFields(fields: PromptFields, now: Date): Result<CheckedFields> {
  const errors: UserError[] = [];
  const hashtag = readHashtag(fields.hashtag);
  if (!hashtag.ok) errors.push(hashtag.error);
  const title = fields.title.trim();
  if (title === '') errors.push(UserError.of('VALIDATION', 'Give the prompt a title.', 'title'));
  else if (characterCount(title) > MAX_PROMPT_TITLE_CHARACTERS)
    errors.push(UserError.of('LIMIT_EXCEEDED', `A title may hold at most ${MAX_PROMPT_TITLE_CHARACTERS} characters.`, 'title'));
  const body = fields.body.trim();
  if (characterCount(body) > MAX_PROMPT_BODY_CHARACTERS)
    errors.push(UserError.of('LIMIT_EXCEEDED', `A prompt's text may hold at most ${MAX_PROMPT_BODY_CHARACTERS} characters.`, 'body'));
  const schedule = readSchedule({ rrule: fields.rrule, timeZone: fields.timeZone, startsAt: fields.startsAt }, now);
  if (!schedule.ok) errors.push(...schedule.errors);
  if (fields.audience === 'segment' && !fields.segmentId) errors.push(UserError.of('VALIDATION', 'Choose the segment that sees the prompt.', 'segmentId'));
  else if (fields.audience === 'segment' && !isUuid(fields.segmentId)) errors.push(UserError.of('NOT_FOUND', 'No such segment.', 'segmentId'));
  else if (fields.audience !== 'segment' && fields.segmentId)
    errors.push(UserError.of('VALIDATION', 'A segment is chosen only for the SEGMENT audience.', 'segmentId'));
  if (errors.length > 0 || !hashtag.ok || !schedule.ok) return fail(...errors);
  return ok({
    ...fields,
    hashtag: hashtag.display,
    tag: hashtag.tag,
    title,
    body,
    rrule: schedule.value.rrule,
    timeZone: schedule.value.timeZone,
    segmentId: fields.audience === 'segment' ? fields.segmentId : null,
    schedule: schedule.value,
  });
}

/**
 * Staff's recurring posting prompts (MANAGE_CONTENT, checked by the resolver). Saving a schedule
 * (creating, editing, resuming) starts it afresh from now: occurrences already past are never
 * published late, and the scheduler publishes the next one when it comes.
 */
export class PromptService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock = () => new Date(),
  ) {}

  now(): Date {
    return this.clock();
  }

  async list(viewer: Viewer): Promise<PromptRecord[]> {
    return this.dataSource.query(`SELECT ${PROMPT_COLUMNS} FROM content.posting_prompts p WHERE p.network_id = $1 ORDER BY p.created_at DESC, p.id DESC`, [
      viewer.networkId,
    ]);
  }

  async find(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PromptRecord | null> {
    if (!isUuid(id)) return null;
    const [row]: PromptRecord[] = await manager.query(
      `SELECT ${PROMPT_COLUMNS} FROM content.posting_prompts p WHERE p.id = $1 AND p.network_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, viewer.networkId],
    );
    return row ?? null;
  }

  /** The next occurrences of a saved prompt (computed in its zone), or of a schedule being written. */
  upcoming(schedule: Pick<PromptRecord, 'rrule' | 'timeZone' | 'startsAt'>, count: number): Date[] {
    const now = this.clock();
    return occurrencesAfter(scheduleOf(schedule, now), now, Math.min(Math.max(count, 0), MAX_PREVIEW_OCCURRENCES));
  }

  preview(input: { rrule: string; timeZone: string; startsAt: Date }, count: number): Result<Date[]> {
    const now = this.clock();
    const schedule = readSchedule(input, now);
    if (!schedule.ok) return schedule;
    return ok(occurrencesAfter(schedule.value, now, Math.min(Math.max(count, 0), MAX_PREVIEW_OCCURRENCES)));
  }

  async create(viewer: Viewer, fields: PromptFields, active: boolean): Promise<Result<PromptRecord>> {
    const now = this.clock();
    const checked = checkFields(fields, now);
    if (!checked.ok) return checked;
    const value = checked.value;
    const [row]: PromptRecord[] = await this.dataSource.query(
      `WITH created AS (INSERT INTO content.posting_prompts (id, network_id, hashtag, tag, title, body, rrule, time_zone, starts_at, audience, segment_id, active, handled_through, next_due_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *)
       SELECT ${PROMPT_COLUMNS} FROM created p`,
      [
        randomUUID(),
        viewer.networkId,
        value.hashtag,
        value.tag,
        value.title,
        value.body,
        value.rrule,
        value.timeZone,
        value.startsAt,
        value.audience,
        value.segmentId,
        active,
        now,
        active ? (occurrencesAfter(value.schedule, now, 1)[0] ?? null) : null,
        viewer.membershipId,
      ],
    );
    return ok(row);
  }

  /** Changes what is given; a changed schedule starts afresh from now. Occurrences already in the feed keep their words. */
  async edit(viewer: Viewer, id: string, changes: Partial<PromptFields>): Promise<Result<PromptRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.find(viewer, id, manager, true);
      if (!current) return fail(promptNotFound());
      const now = this.clock();
      const audience = changes.audience ?? current.audience;
      const checked = checkFields(
        {
          hashtag: changes.hashtag ?? current.hashtag,
          title: changes.title ?? current.title,
          body: changes.body ?? current.body,
          rrule: changes.rrule ?? current.rrule,
          timeZone: changes.timeZone ?? current.timeZone,
          startsAt: changes.startsAt ?? current.startsAt,
          audience,
          segmentId: changes.segmentId !== undefined ? changes.segmentId : audience === current.audience ? current.segmentId : null,
        },
        now,
      );
      if (!checked.ok) return checked;
      const value = checked.value;
      const [row]: PromptRecord[] = await manager.query(
        `WITH changed AS (UPDATE content.posting_prompts SET hashtag = $2, tag = $3, title = $4, body = $5, rrule = $6, time_zone = $7, starts_at = $8,
           audience = $9, segment_id = $10, handled_through = $11, next_due_at = CASE WHEN active THEN $12::timestamptz END, updated_at = $11
           WHERE id = $1 RETURNING *)
         SELECT ${PROMPT_COLUMNS} FROM changed p`,
        [
          current.id,
          value.hashtag,
          value.tag,
          value.title,
          value.body,
          value.rrule,
          value.timeZone,
          value.startsAt,
          value.audience,
          value.segmentId,
          now,
          occurrencesAfter(value.schedule, now, 1)[0] ?? null,
        ],
      );
      return ok(row);
    });
  }

  /** Pausing stops new occurrences; resuming starts from now (what came due while paused is skipped). Twice changes nothing. */
  async setActive(viewer: Viewer, id: string, active: boolean): Promise<Result<PromptRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.find(viewer, id, manager, true);
      if (!current) return fail(promptNotFound());
      if (current.active === active) return ok(current);
      const now = this.clock();
      const next = active ? (occurrencesAfter(scheduleOf(current, now), now, 1)[0] ?? null) : null;
      const [row]: PromptRecord[] = await manager.query(
        `WITH changed AS (UPDATE content.posting_prompts SET active = $2, handled_through = $3, next_due_at = $4, updated_at = $3 WHERE id = $1 RETURNING *)
         SELECT ${PROMPT_COLUMNS} FROM changed p`,
        [current.id, active, now, next],
      );
      return ok(row);
    });
  }

  /** The prompt goes; the occurrences already in the feed stay (members answered under them). */
  async delete(viewer: Viewer, id: string): Promise<Result<string>> {
    if (!isUuid(id)) return fail(promptNotFound());
    const deleted: { id: string }[] = await this.dataSource.query(
      `WITH deleted AS (DELETE FROM content.posting_prompts WHERE id = $1 AND network_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, viewer.networkId],
    );
    return deleted.length > 0 ? ok(deleted[0].id) : fail(promptNotFound());
  }

  /** The prompt behind each PROMPT feed item. */
  async occurrences(feedItemIds: string[]): Promise<Map<string, PromptOccurrence>> {
    const rows: PromptOccurrence[] = await this.dataSource.query(
      `SELECT feed_item_id AS "feedItemId", prompt_id AS "promptId", hashtag, tag, title, body, occurrence_at AS "occurrenceAt"
       FROM content.prompt_occurrences WHERE feed_item_id = ANY($1::uuid[])`,
      [feedItemIds.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.feedItemId, row]));
  }
}
