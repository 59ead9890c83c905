import { Arg, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { Permission, type Viewer } from '@kizuna/auth';
import { CurrentViewer } from '@kizuna/subgraph';
import type { AutoReply, AutoReplyService, Trigger } from './auto-reply.service';
import { AutoReplyPayload, AutoReplyTrigger, AutoReplyType, SetAutoReplyInput } from './auto-reply.types';

const present = (reply: AutoReply): AutoReplyType => ({
  trigger: reply.trigger === 'registered' ? AutoReplyTrigger.REGISTERED : AutoReplyTrigger.APPROVED,
  enabled: reply.enabled,
  template: reply.template && { ...reply.template },
  updatedAt: reply.updatedAt,
});

@Resolver(() => AutoReplyType)
export class AutoReplyResolver {
  constructor(private readonly service: AutoReplyService) {}

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Query(() => [AutoReplyType], { description: "The network's auto-replies: always both triggers, set or not." })
  async autoReplies(@CurrentViewer() viewer: Viewer): Promise<AutoReplyType[]> {
    return (await this.service.list(viewer)).map(present);
  }

  @Authorized(Permission.SEND_BULK_MESSAGES)
  @Mutation(() => AutoReplyPayload, { description: 'Switches an auto-reply on or off and chooses its template; enabling needs a template.' })
  async setAutoReply(@Arg('input') input: SetAutoReplyInput, @CurrentViewer() viewer: Viewer): Promise<AutoReplyPayload> {
    const trigger = input.trigger.toLowerCase() as Trigger;
    const result = await this.service.set(viewer, { trigger, enabled: input.enabled, templateId: input.templateId });
    return result.ok ? { autoReply: present(result.value), errors: [] } : { autoReply: null, errors: result.errors };
  }
}
