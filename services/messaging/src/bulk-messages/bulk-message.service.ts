import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { decodeCursor, encodeCursor, isTimeAndId, isUuid } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { templateBodyErrors, type TemplateService } from '../templates/template.service';
import { segmentMembers, type DirectoryEndpoint } from './directory-segments';

export const MAX_BULK_RECIPIENTS = 10_000;

export type BulkStatus = 'scheduled' | 'sending' | 'completed' | 'cancelled' | 'failed';
export type RecipientStatus = 'pending' | 'delivered' | 'failed';

export interface BulkMessageRow {
  id: string;
  network_id: string;
  created_by: string;
  idempotency_key: string;
  template_id: string | null;
  body: string;
  audience: 'segment' | 'members';
  segment_id: string | null;
  segment_name: string | null;
  status: BulkStatus;
  scheduled_at: Date | null;
  started_at: Date | null;
  completed_at: Date | null;
  failure_reason: string | null;
  recipient_count: number;
  delivered_count: number;
  failed_count: number;
  opened_count: number;
  created_at: Date;
}

export interface RecipientRow {
  membership_id: string;
  status: RecipientStatus;
  delivered_at: Date | null;
  opened_at: Date | null;
  failure_reason: string | null;
}

export interface SendBulkRequest {
  idempotencyKey: string;
  body?: string | null;
  templateId?: string | null;
  segmentId?: string | null;
  memberIds?: string[] | null;
  scheduledAt?: Date | null;
}

interface Page<T> {
  items: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

const badCursor = () => fail(UserError.of('VALIDATION', 'The cursor is not valid.', 'after'));

/**
 * Bulk messages: a text (or a template's) to a segment or a hand-picked list, now or later, as a
 * message from the network in each recipient's network conversation. Recipients are fixed when
 * the request is made (a scheduled message goes to the segment's members as of scheduling);
 * `BulkSender` delivers them.
 */
export class BulkMessageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplateService,
    private readonly directory: DirectoryEndpoint,
    /** Tells this instance's sender that work is due now. */
    private readonly wake: () => void = () => undefined,
  ) {}

  private async existing(viewer: Viewer, key: string): Promise<BulkMessageRow | undefined> {
    const [row]: BulkMessageRow[] = await this.dataSource.query(
      `SELECT * FROM messaging.bulk_messages WHERE network_id = $1 AND created_by = $2 AND idempotency_key = $3`,
      [viewer.networkId, viewer.membershipId, key],
    );
    return row;
  }

  /** Idempotent on (admin, idempotencyKey): a retry, even a concurrent one, returns the first bulk message and sends nothing more. */
  async send(viewer: Viewer, authorization: string | undefined, request: SendBulkRequest): Promise<Result<BulkMessageRow>> {
    const key = request.idempotencyKey.trim();
    if (key.length === 0 || key.length > 200) return fail(UserError.of('VALIDATION', 'The idempotency key must be 1 to 200 characters.', 'idempotencyKey'));
    const earlier = await this.existing(viewer, key);
    if (earlier) return ok(earlier);

    const errors: UserError[] = [];
    const hasBody = request.body !== undefined && request.body !== null;
    const hasTemplate = request.templateId !== undefined && request.templateId !== null;
    if (hasBody === hasTemplate) errors.push(UserError.of('VALIDATION', 'Give either a text or a template.', 'body'));
    const hasSegment = request.segmentId !== undefined && request.segmentId !== null;
    const hasMembers = request.memberIds !== undefined && request.memberIds !== null;
    if (hasSegment === hasMembers) errors.push(UserError.of('VALIDATION', 'Choose either a segment or members.', 'segmentId'));
    if (request.scheduledAt && request.scheduledAt.getTime() <= Date.now())
      errors.push(UserError.of('VALIDATION', 'The scheduled time must be in the future.', 'scheduledAt'));
    let body = request.body ?? '';
    let templateId: string | null = null;
    if (hasTemplate && !hasBody) {
      const template = await this.templates.find(viewer, request.templateId!);
      if (!template) errors.push(UserError.of('NOT_FOUND', 'There is no such template.', 'templateId'));
      else {
        body = template.body;
        templateId = template.id;
      }
    } else if (hasBody && !hasTemplate) errors.push(...templateBodyErrors(body, 'body'));
    if (errors.length > 0) return fail(...errors);

    let recipients: string[];
    let segmentName: string | null = null;
    if (hasSegment) {
      if (!isUuid(request.segmentId)) return fail(UserError.of('NOT_FOUND', 'There is no such segment in this network.', 'segmentId'));
      const segment = await segmentMembers(this.directory, authorization, request.segmentId, MAX_BULK_RECIPIENTS);
      if (!segment.ok) return fail(segment.error);
      segmentName = segment.name;
      // Only people this service knows as members of the network (a roster row nobody joined with has no conversation).
      const known: { membership_id: string }[] = await this.dataSource.query(
        `SELECT membership_id FROM messaging.members WHERE network_id = $1 AND membership_id = ANY($2::uuid[])`,
        [viewer.networkId, segment.memberIds.filter(isUuid)],
      );
      recipients = known.map((row) => row.membership_id);
    } else {
      const ids = [...new Set(request.memberIds)];
      if (ids.length === 0) return fail(UserError.of('VALIDATION', 'Choose at least one member.', 'memberIds'));
      if (ids.length > MAX_BULK_RECIPIENTS)
        return fail(UserError.of('LIMIT_EXCEEDED', `A bulk message may go to at most ${MAX_BULK_RECIPIENTS} people.`, 'memberIds'));
      const approved: { membership_id: string }[] = await this.dataSource.query(
        `SELECT membership_id FROM messaging.members WHERE network_id = $1 AND status = 'approved' AND membership_id = ANY($2::uuid[])`,
        [viewer.networkId, ids.filter(isUuid)],
      );
      const found = new Set(approved.map((row) => row.membership_id));
      const bad = ids.filter((id) => !found.has(id));
      if (bad.length > 0)
        return fail(
          UserError.of(
            'VALIDATION',
            `Not approved members of this network: ${bad.slice(0, 20).join(', ')}${bad.length > 20 ? ` and ${bad.length - 20} more` : ''}.`,
            'memberIds',
          ),
        );
      recipients = ids;
    }

    const scheduled = request.scheduledAt ?? null;
    const stored = await this.dataSource.transaction(async (manager) => {
      const [row]: BulkMessageRow[] = await manager.query(
        `INSERT INTO messaging.bulk_messages (id, network_id, created_by, idempotency_key, template_id, body, audience, segment_id, segment_name, status,
           scheduled_at, recipient_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11, now()), $12)
         ON CONFLICT (network_id, created_by, idempotency_key) DO NOTHING RETURNING *`,
        [
          randomUUID(),
          viewer.networkId,
          viewer.membershipId,
          key,
          templateId,
          body,
          hasSegment ? 'segment' : 'members',
          hasSegment ? request.segmentId : null,
          segmentName,
          scheduled ? 'scheduled' : 'sending',
          scheduled,
          recipients.length,
        ],
      );
      if (!row) return undefined; // a concurrent retry stored it first
      await manager.query(`INSERT INTO messaging.bulk_recipients (bulk_message_id, membership_id, network_id) SELECT $1, m, $2 FROM unnest($3::uuid[]) AS m`, [
        row.id,
        viewer.networkId,
        recipients,
      ]);
      return row;
    });
    if (!stored) return ok((await this.existing(viewer, key))!);
    if (!scheduled) this.wake();
    return ok(stored);
  }

  /** Only a scheduled message can be cancelled; nothing of it is sent. */
  async cancel(viewer: Viewer, id: string): Promise<Result<BulkMessageRow>> {
    if (!isUuid(id)) return fail(UserError.of('NOT_FOUND', 'There is no such bulk message.', 'id'));
    const [rows]: [BulkMessageRow[], number] = await this.dataSource.query(
      `UPDATE messaging.bulk_messages SET status = 'cancelled', completed_at = now() WHERE id = $1 AND network_id = $2 AND status = 'scheduled' RETURNING *`,
      [id, viewer.networkId],
    );
    if (rows.length > 0) return ok(rows[0]);
    const current = await this.find(viewer, id);
    if (!current) return fail(UserError.of('NOT_FOUND', 'There is no such bulk message.', 'id'));
    return fail(UserError.of('VALIDATION', 'Only a scheduled bulk message can be cancelled; this one is already being sent or done.', 'id'));
  }

  async find(viewer: Viewer, id: string): Promise<BulkMessageRow | null> {
    if (!isUuid(id)) return null;
    const [row]: BulkMessageRow[] = await this.dataSource.query(`SELECT * FROM messaging.bulk_messages WHERE id = $1 AND network_id = $2`, [
      id,
      viewer.networkId,
    ]);
    return row ?? null;
  }

  /** The network's bulk messages, newest first. */
  async list(viewer: Viewer, first: number, after?: string | null): Promise<Result<Page<BulkMessageRow>>> {
    const from = after ? decodeCursor<[string, string]>(after) : undefined;
    if (after && !isTimeAndId(from)) return badCursor();
    const rows: BulkMessageRow[] = await this.dataSource.query(
      `SELECT * FROM messaging.bulk_messages WHERE network_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [viewer.networkId, from?.[0] ?? null, from?.[1] ?? null, first + 1],
    );
    const [{ count }]: { count: number }[] = await this.dataSource.query(`SELECT count(*)::int AS count FROM messaging.bulk_messages WHERE network_id = $1`, [
      viewer.networkId,
    ]);
    const items = rows.slice(0, first);
    return ok({
      items,
      cursors: items.map((row) => encodeCursor([row.created_at.toISOString(), row.id])),
      hasNextPage: rows.length > first,
      totalCount: count,
    });
  }

  /** Recipients of one bulk message (already checked to be the viewer's network's), by membership id. */
  async recipients(
    bulk: BulkMessageRow,
    options: { first: number; after?: string | null; status?: RecipientStatus | null; opened?: boolean | null },
  ): Promise<Result<Page<RecipientRow>>> {
    const from = options.after ? decodeCursor<string>(options.after) : undefined;
    if (options.after && !isUuid(from)) return badCursor();
    const filter = `bulk_message_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::boolean IS NULL OR (opened_at IS NOT NULL) = $3)`;
    const params = [bulk.id, options.status ?? null, options.opened ?? null];
    const rows: RecipientRow[] = await this.dataSource.query(
      `SELECT membership_id, status, delivered_at, opened_at, failure_reason FROM messaging.bulk_recipients
       WHERE ${filter} AND ($4::uuid IS NULL OR membership_id > $4) ORDER BY membership_id LIMIT $5`,
      [...params, from ?? null, options.first + 1],
    );
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM messaging.bulk_recipients WHERE ${filter}`,
      params,
    );
    const items = rows.slice(0, options.first);
    return ok({ items, cursors: items.map((row) => encodeCursor(row.membership_id)), hasNextPage: rows.length > options.first, totalCount: count });
  }
}
