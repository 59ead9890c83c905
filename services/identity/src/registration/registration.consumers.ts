import type { EntityManager } from 'typeorm';
import { AccountEmailVerified, on } from '@kizuna/events';
import type { AutoApprovalService } from './auto-approval.service';

/** identity follows its own verification events: a verified e-mail may satisfy a network's auto-approval rule. */
export function registrationConsumers(autoApproval: AutoApprovalService) {
  return [on(AccountEmailVerified, (event, manager: EntityManager) => autoApproval.onEmailVerified(manager, event.networkid, event.data))];
}
