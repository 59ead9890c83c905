import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import type { Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { openNetworkConversations } from '../conversations/conversation-opening';
import { postMessages } from '../messages/message-posting';
import { parseTemplate, renderTemplate } from '../templates/template-syntax';
import { templateContexts, type MessageTemplate, type TemplateService } from '../templates/template.service';

export type Trigger = 'registered' | 'approved';
export const TRIGGERS: Trigger[] = ['registered', 'approved'];

export interface AutoReply {
  trigger: Trigger;
  enabled: boolean;
  template: MessageTemplate | null;
  updatedAt: Date | null;
}

/** The network's auto-replies (one per trigger), and sending them when identity announces a member. */
export class AutoReplyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly templates: TemplateService,
  ) {}

  /** Both triggers, set or not. */
  async list(viewer: Viewer): Promise<AutoReply[]> {
    const rows: { trigger: Trigger; enabled: boolean; template_id: string | null; updated_at: Date }[] = await this.dataSource.query(
      `SELECT trigger, enabled, template_id, updated_at FROM messaging.auto_replies WHERE network_id = $1`,
      [viewer.networkId],
    );
    return Promise.all(
      TRIGGERS.map(async (trigger) => {
        const row = rows.find((candidate) => candidate.trigger === trigger);
        const template = row?.template_id ? await this.templates.find(viewer, row.template_id) : null;
        return { trigger, enabled: row?.enabled ?? false, template, updatedAt: row?.updated_at ?? null };
      }),
    );
  }

  async set(viewer: Viewer, input: { trigger: Trigger; enabled: boolean; templateId?: string | null }): Promise<Result<AutoReply>> {
    const templateId = input.templateId ?? null;
    let template: MessageTemplate | null = null;
    if (templateId !== null) {
      template = isUuid(templateId) ? await this.templates.find(viewer, templateId) : null;
      if (!template) return fail(UserError.of('NOT_FOUND', 'There is no such template.', 'templateId'));
    }
    if (input.enabled && !template) return fail(UserError.of('VALIDATION', 'Choose a template to send before switching the auto-reply on.', 'templateId'));
    const [row]: { updated_at: Date }[] = await this.dataSource.query(
      `INSERT INTO messaging.auto_replies (network_id, trigger, template_id, enabled, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (network_id, trigger) DO UPDATE SET template_id = EXCLUDED.template_id, enabled = EXCLUDED.enabled,
         updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING updated_at`,
      [viewer.networkId, input.trigger, templateId, input.enabled, viewer.membershipId],
    );
    return ok({ trigger: input.trigger, enabled: input.enabled, template, updatedAt: row.updated_at });
  }

  /**
   * Sends the trigger's auto-reply to a member in the consumer's transaction, once per
   * (membership, trigger) however often the event is delivered. The member's read-model row is
   * written by an earlier handler of the same event, so their name is known.
   */
  async deliver(manager: EntityManager, networkId: string, membershipId: string, trigger: Trigger): Promise<void> {
    const [reply]: { body: string }[] = await manager.query(
      `SELECT t.body FROM messaging.auto_replies a JOIN messaging.message_templates t ON t.id = a.template_id
       WHERE a.network_id = $1 AND a.trigger = $2 AND a.enabled`,
      [networkId, trigger],
    );
    if (!reply) return;
    const [first]: unknown[] = await manager.query(
      `INSERT INTO messaging.auto_reply_deliveries (network_id, membership_id, trigger) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING membership_id`,
      [networkId, membershipId, trigger],
    );
    if (!first) return;
    const context = (await templateContexts(manager, networkId, [membershipId])).get(membershipId);
    if (!context) return;
    const conversations = await openNetworkConversations(manager, this.outbox, networkId, [membershipId], null);
    const [message] = await postMessages(manager, this.outbox, [
      {
        conversationId: conversations.get(membershipId)!,
        networkId,
        senderMembershipId: null,
        sentAsNetwork: true,
        body: renderTemplate(parseTemplate(reply.body), context).text,
      },
    ]);
    await manager.query(`UPDATE messaging.auto_reply_deliveries SET message_id = $3 WHERE membership_id = $1 AND trigger = $2`, [
      membershipId,
      trigger,
      message.id,
    ]);
  }
}
