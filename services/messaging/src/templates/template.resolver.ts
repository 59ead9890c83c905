import { GraphQLError } from 'graphql';
import { Arg, Authorized, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { connectionListSize, CurrentViewer } from '@kizuna/subgraph';
import { Permission, type Viewer } from '@kizuna/auth';
import { pageSize } from '@kizuna/data';
import { MultiLine, type UserError } from '@kizuna/subgraph';
import type { MessageTemplate, TemplateService } from './template.service';
import {
  CreateMessageTemplateInput,
  DeleteMessageTemplateInput,
  DeleteMessageTemplatePayload,
  MessageTemplateConnection,
  MessageTemplatePayload,
  MessageTemplateType,
  TemplatePreviewType,
  UpdateMessageTemplateInput,
} from './template.types';

/** Queries refuse bad input as a GraphQL error naming the field (mutations return user errors instead). */
export function badUserInput(errors: UserError[]): GraphQLError {
  const notFound = errors.find((error) => error.code === 'NOT_FOUND');
  return new GraphQLError(errors.map((error) => error.message).join(' '), {
    extensions: {
      code: notFound ? 'NOT_FOUND' : 'BAD_USER_INPUT',
      field: errors[0]?.field ?? null,
      errors: errors.map(({ code, field, message }) => ({ code, field, message })),
    },
  });
}

const present = ({ id, name, body, variables, createdAt, updatedAt }: MessageTemplate): MessageTemplateType => ({
  id,
  name,
  body,
  variables,
  createdAt,
  updatedAt,
});

@Resolver(() => MessageTemplateType)
export class TemplateResolver {
  constructor(private readonly templates: TemplateService) {}

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Directive(connectionListSize())
  @Query(() => MessageTemplateConnection, { description: "The network's message templates by name." })
  async messageTemplates(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<MessageTemplateConnection> {
    const size = pageSize(first, 50, 200);
    const result = await this.templates.list(viewer, size, after);
    if (!result.ok) throw badUserInput(result.errors);
    const edges = result.value.templates.map((template, index) => ({ node: present(template), cursor: result.value.cursors[index] }));
    return { edges, totalCount: result.value.totalCount, pageInfo: { hasNextPage: result.value.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Query(() => MessageTemplateType, { nullable: true, description: "A template of the network; null for an unknown id or another network's." })
  async messageTemplate(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<MessageTemplateType | null> {
    const template = await this.templates.find(viewer, id);
    return template ? present(template) : null;
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @MultiLine('body')
  @Query(() => TemplatePreviewType, { description: 'Renders a template body for one recipient (SEND_BULK_MESSAGES).' })
  async previewMessageTemplate(
    @Arg('body', () => String) body: string,
    @Arg('recipientId', () => ID) recipientId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<TemplatePreviewType> {
    const result = await this.templates.preview(viewer, body, recipientId);
    if (!result.ok) throw badUserInput(result.errors);
    return result.value;
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Mutation(() => MessageTemplatePayload, {
    description: 'Saves a new template; its name must be unique in the network (CONFLICT), its variables known (VALIDATION).',
  })
  async createMessageTemplate(@Arg('input') input: CreateMessageTemplateInput, @CurrentViewer() viewer: Viewer): Promise<MessageTemplatePayload> {
    const result = await this.templates.create(viewer, input);
    return result.ok ? { template: present(result.value), errors: [] } : { template: null, errors: result.errors };
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Mutation(() => MessageTemplatePayload, { description: "Changes a template's name and body." })
  async updateMessageTemplate(@Arg('input') input: UpdateMessageTemplateInput, @CurrentViewer() viewer: Viewer): Promise<MessageTemplatePayload> {
    const result = await this.templates.update(viewer, input);
    return result.ok ? { template: present(result.value), errors: [] } : { template: null, errors: result.errors };
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Mutation(() => DeleteMessageTemplatePayload, {
    description: 'Deletes a template; auto-replies using it are switched off. Bulk messages already sent keep their text.',
  })
  async deleteMessageTemplate(@Arg('input') input: DeleteMessageTemplateInput, @CurrentViewer() viewer: Viewer): Promise<DeleteMessageTemplatePayload> {
    const result = await this.templates.delete(viewer, input.id);
    return result.ok ? { deletedTemplateId: result.value, errors: [] } : { deletedTemplateId: null, errors: result.errors };
  }
}
