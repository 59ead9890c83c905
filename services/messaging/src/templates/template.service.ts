import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { decodeCursor, encodeCursor, isUniqueViolation, isUuid } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { networkName } from '../networks/network.service';
import { parseTemplate, renderTemplate, type RenderedTemplate, type TemplateContext } from './template-syntax';

export const TEMPLATE_NAME_MAX = 100;
export const TEMPLATE_BODY_MAX = 5000;

export interface MessageTemplate {
  id: string;
  networkId: string;
  name: string;
  body: string;
  variables: string[];
  createdAt: Date;
  updatedAt: Date;
}

interface TemplateRow {
  id: string;
  network_id: string;
  name: string;
  body: string;
  created_at: Date;
  updated_at: Date;
}

const present = (row: TemplateRow): MessageTemplate => ({
  id: row.id,
  networkId: row.network_id,
  name: row.name,
  body: row.body,
  variables: parseTemplate(row.body).variables,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** A template body's problems as user errors on `field`, each naming where in the text it is. */
export function templateBodyErrors(body: string, field = 'body'): UserError[] {
  if (body.trim().length === 0) return [UserError.of('VALIDATION', 'The message must not be empty.', field)];
  if ([...body].length > TEMPLATE_BODY_MAX) return [UserError.of('VALIDATION', `The message may be at most ${TEMPLATE_BODY_MAX} characters.`, field)];
  return parseTemplate(body).errors.map((error) => UserError.of('VALIDATION', `At character ${error.position}: ${error.message}`, field));
}

/** What personalises a message for each member: name, network name and profile snapshot, from the read models. */
export async function templateContexts(
  manager: EntityManager,
  networkId: string,
  membershipIds: string[],
): Promise<Map<string, TemplateContext & { status: string }>> {
  const network = await networkName(manager, networkId);
  const rows: { membership_id: string; display_name: string; profile: TemplateContext['profile']; status: string }[] = await manager.query(
    `SELECT membership_id, display_name, profile, status FROM messaging.members WHERE network_id = $1 AND membership_id = ANY($2::uuid[])`,
    [networkId, membershipIds],
  );
  return new Map(rows.map((row) => [row.membership_id, { name: row.display_name, network, profile: row.profile ?? {}, status: row.status }]));
}

/** Templates of a network: create, change, delete, list and preview (admins with SEND_BULK_MESSAGES). */
export class TemplateService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    viewer: Viewer,
    first: number,
    after?: string | null,
  ): Promise<Result<{ templates: MessageTemplate[]; cursors: string[]; hasNextPage: boolean; totalCount: number }>> {
    const from = after ? decodeCursor<[string, string]>(after) : undefined;
    if (after && (!Array.isArray(from) || from.length !== 2)) return fail(UserError.of('VALIDATION', 'The cursor is not valid.', 'after'));
    const rows: TemplateRow[] = await this.dataSource.query(
      `SELECT * FROM messaging.message_templates WHERE network_id = $1 AND ($2::text IS NULL OR (lower(name), id::text) > ($2, $3))
       ORDER BY lower(name), id::text LIMIT $4`,
      [viewer.networkId, from?.[0] ?? null, from?.[1] ?? null, first + 1],
    );
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM messaging.message_templates WHERE network_id = $1`,
      [viewer.networkId],
    );
    const page = rows.slice(0, first);
    return ok({
      templates: page.map(present),
      cursors: page.map((row) => encodeCursor([row.name.toLowerCase(), row.id])),
      hasNextPage: rows.length > first,
      totalCount: count,
    });
  }

  async find(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager): Promise<MessageTemplate | null> {
    if (!isUuid(id)) return null;
    const [row]: TemplateRow[] = await manager.query(`SELECT * FROM messaging.message_templates WHERE id = $1 AND network_id = $2`, [id, viewer.networkId]);
    return row ? present(row) : null;
  }

  private validate(input: { name: string; body: string }): UserError[] {
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (name.length === 0 || [...name].length > TEMPLATE_NAME_MAX)
      errors.push(UserError.of('VALIDATION', `The name must be 1 to ${TEMPLATE_NAME_MAX} characters.`, 'name'));
    errors.push(...templateBodyErrors(input.body));
    return errors;
  }

  async create(viewer: Viewer, input: { name: string; body: string }): Promise<Result<MessageTemplate>> {
    const errors = this.validate(input);
    if (errors.length > 0) return fail(...errors);
    try {
      const [row]: TemplateRow[] = await this.dataSource.query(
        `INSERT INTO messaging.message_templates (id, network_id, name, body, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $5) RETURNING *`,
        [randomUUID(), viewer.networkId, input.name.trim(), input.body, viewer.membershipId],
      );
      return ok(present(row));
    } catch (error) {
      if (isUniqueViolation(error)) return fail(UserError.of('CONFLICT', 'A template with this name already exists.', 'name'));
      throw error;
    }
  }

  async update(viewer: Viewer, input: { id: string; name: string; body: string }): Promise<Result<MessageTemplate>> {
    const errors = this.validate(input);
    if (errors.length > 0) return fail(...errors);
    if (!isUuid(input.id)) return fail(UserError.of('NOT_FOUND', 'There is no such template.', 'id'));
    try {
      const [rows]: [TemplateRow[], number] = await this.dataSource.query(
        `UPDATE messaging.message_templates SET name = $3, body = $4, updated_by = $5, updated_at = now() WHERE id = $1 AND network_id = $2 RETURNING *`,
        [input.id, viewer.networkId, input.name.trim(), input.body, viewer.membershipId],
      );
      if (rows.length === 0) return fail(UserError.of('NOT_FOUND', 'There is no such template.', 'id'));
      return ok(present(rows[0]));
    } catch (error) {
      if (isUniqueViolation(error)) return fail(UserError.of('CONFLICT', 'A template with this name already exists.', 'name'));
      throw error;
    }
  }

  /** Auto-replies that used it are switched off with it (they cannot send without a template). */
  async delete(viewer: Viewer, id: string): Promise<Result<string>> {
    if (!isUuid(id)) return fail(UserError.of('NOT_FOUND', 'There is no such template.', 'id'));
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE messaging.auto_replies SET enabled = false, updated_by = $3, updated_at = now() WHERE network_id = $1 AND template_id = $2`, [
        viewer.networkId,
        id,
        viewer.membershipId,
      ]);
      const [rows]: [unknown[], number] = await manager.query(`DELETE FROM messaging.message_templates WHERE id = $1 AND network_id = $2 RETURNING id`, [
        id,
        viewer.networkId,
      ]);
      if (rows.length === 0) return fail(UserError.of('NOT_FOUND', 'There is no such template.', 'id'));
      return ok(id);
    });
  }

  /** The body rendered for one member of the viewer's network (NOT_FOUND for anyone else). */
  async preview(viewer: Viewer, body: string, recipientId: string): Promise<Result<RenderedTemplate>> {
    const errors = templateBodyErrors(body);
    if (errors.length > 0) return fail(...errors);
    if (!isUuid(recipientId)) return fail(UserError.of('NOT_FOUND', 'There is no such member in this network.', 'recipientId'));
    const context = (await templateContexts(this.dataSource.manager, viewer.networkId, [recipientId])).get(recipientId);
    if (!context) return fail(UserError.of('NOT_FOUND', 'There is no such member in this network.', 'recipientId'));
    return ok(renderTemplate(parseTemplate(body), context));
  }
}
