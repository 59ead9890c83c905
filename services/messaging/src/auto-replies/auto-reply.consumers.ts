import type { EntityManager } from 'typeorm';
import { MembershipApproved, MembershipRegistered, on } from '@kizuna/events';
import type { AutoReplyService } from './auto-reply.service';

/** List these after the members read model's handlers: the reply is rendered with the member's row. */
export function autoReplyConsumers(autoReplies: AutoReplyService) {
  return [
    on(MembershipRegistered, (event, manager: EntityManager) => autoReplies.deliver(manager, event.data.networkId, event.data.membershipId, 'registered')),
    on(MembershipApproved, (event, manager: EntityManager) => autoReplies.deliver(manager, event.data.networkId, event.data.membershipId, 'approved')),
  ];
}
