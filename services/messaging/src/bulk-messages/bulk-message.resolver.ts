import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { isAllowed, Permission, type Viewer } from '@kizuna/auth';
import { pageSize } from '@kizuna/data';
import type { RequestContext } from '@kizuna/subgraph';
import { badUserInput } from '../templates/template.resolver';
import type { TemplateService } from '../templates/template.service';
import { parseTemplate } from '../templates/template-syntax';
import { MessageTemplateType, TemplatePartType } from '../templates/template.types';
import type { BulkMessageRow, BulkMessageService, RecipientStatus } from './bulk-message.service';
import {
  BulkMessageConnection,
  BulkMessagePayload,
  BulkMessageStatus,
  BulkMessageType,
  BulkRecipientConnection,
  BulkRecipientStatus,
  CancelBulkMessageInput,
  SendBulkMessageInput,
} from './bulk-message.types';

/** The row behind a BulkMessage, kept for its field resolvers (not in the graph). */
type BulkMessageNode = BulkMessageType & { row: BulkMessageRow };

export function presentBulkMessage(row: BulkMessageRow): BulkMessageNode {
  return {
    row,
    id: row.id,
    status: row.status.toUpperCase() as BulkMessageStatus,
    body: row.body,
    template: null,
    segmentId: row.segment_id,
    segmentName: row.segment_name,
    scheduledAt: row.scheduled_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    failureReason: row.failure_reason,
    recipientCount: row.recipient_count,
    deliveredCount: row.delivered_count,
    failedCount: row.failed_count,
    openedCount: row.opened_count,
    openRate: row.delivered_count > 0 ? row.opened_count / row.delivered_count : 0,
    progress: row.recipient_count > 0 ? (row.delivered_count + row.failed_count) / row.recipient_count : row.status === 'completed' ? 1 : 0,
    createdBy: { id: row.created_by },
    createdAt: row.created_at,
  };
}

@Resolver(() => BulkMessageType)
export class BulkMessageResolver {
  constructor(
    private readonly service: BulkMessageService,
    private readonly templates: TemplateService,
  ) {}

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Directive(connectionListSize())
  @Query(() => BulkMessageConnection, { description: "The network's bulk messages, newest first." })
  async bulkMessages(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 30 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<BulkMessageConnection> {
    const result = await this.service.list(viewer, pageSize(first, 30, 100), after);
    if (!result.ok) throw badUserInput(result.errors);
    const edges = result.value.items.map((row, index) => ({ node: presentBulkMessage(row), cursor: result.value.cursors[index] }));
    return { edges, totalCount: result.value.totalCount, pageInfo: { hasNextPage: result.value.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Query(() => BulkMessageType, { nullable: true, description: "A bulk message of the network; null for an unknown id or another network's." })
  async bulkMessage(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<BulkMessageType | null> {
    const row = await this.service.find(viewer, id);
    return row ? presentBulkMessage(row) : null;
  }

  @FieldResolver(() => MessageTemplateType, { nullable: true, description: 'The template it was written from, while the template exists.' })
  async template(@Root() bulk: BulkMessageNode, @CurrentViewer() viewer: Viewer): Promise<MessageTemplateType | null> {
    if (!bulk.row.template_id) return null;
    return this.templates.find(viewer, bulk.row.template_id);
  }

  @FieldResolver(() => [TemplatePartType], { description: 'The body as text and variables, for showing it with its placeholders marked.' })
  bodyParts(@Root() bulk: BulkMessageNode): TemplatePartType[] {
    return parseTemplate(bulk.body).parts.map((part) => ('text' in part ? { text: part.text, variable: null, fallback: null } : { text: null, ...part }));
  }

  @Directive(cost(5))
  @Directive(connectionListSize())
  @FieldResolver(() => BulkRecipientConnection, { description: 'Recipients and what became of each, filtered by delivery status and whether they read it.' })
  async recipients(
    @Root() bulk: BulkMessageNode,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('status', () => BulkRecipientStatus, { nullable: true }) status?: BulkRecipientStatus | null,
    @Arg('opened', () => Boolean, { nullable: true }) opened?: boolean | null,
  ): Promise<BulkRecipientConnection> {
    const result = await this.service.recipients(bulk.row, {
      first: pageSize(first, 50, 500),
      after,
      status: status ? (status.toLowerCase() as RecipientStatus) : null,
      opened,
    });
    if (!result.ok) throw badUserInput(result.errors);
    const edges = result.value.items.map((row, index) => ({
      cursor: result.value.cursors[index],
      node: {
        member: { id: row.membership_id },
        status: row.status.toUpperCase() as BulkRecipientStatus,
        deliveredAt: row.delivered_at,
        openedAt: row.opened_at,
        failureReason: row.failure_reason,
      },
    }));
    return { edges, totalCount: result.value.totalCount, pageInfo: { hasNextPage: result.value.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Mutation(() => BulkMessagePayload, {
    description: 'Idempotent on (admin, idempotencyKey): a retried request returns the first bulk message, sends nothing more.',
  })
  async sendBulkMessage(
    @Arg('input') input: SendBulkMessageInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { authorization }: RequestContext,
  ): Promise<BulkMessagePayload> {
    const result = await this.service.send(viewer, authorization, input);
    return result.ok ? { bulkMessage: presentBulkMessage(result.value), errors: [] } : { bulkMessage: null, errors: result.errors };
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Mutation(() => BulkMessagePayload, { description: 'Cancels a scheduled bulk message before it is sent (only while SCHEDULED).' })
  async cancelBulkMessage(@Arg('input') input: CancelBulkMessageInput, @CurrentViewer() viewer: Viewer): Promise<BulkMessagePayload> {
    const result = await this.service.cancel(viewer, input.id);
    return result.ok ? { bulkMessage: presentBulkMessage(result.value), errors: [] } : { bulkMessage: null, errors: result.errors };
  }
}

/** Another subgraph's reference to a bulk message: resolved only for staff of its network who may send bulk messages. */
export function bulkMessageReference(bulkMessages: BulkMessageService) {
  return {
    BulkMessage: {
      async __resolveReference(reference: { id?: unknown }, { viewer }: RequestContext): Promise<BulkMessageType | null> {
        if (!viewer || typeof reference.id !== 'string' || !isAllowed(viewer, [Permission.SEND_BULK_MESSAGES])) return null;
        const row = await bulkMessages.find(viewer, reference.id);
        return row ? presentBulkMessage(row) : null;
      },
    },
  };
}
