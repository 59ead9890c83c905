import type { EntityManager } from 'typeorm';
import { AccountDeleted, on } from '@kizuna/events';
import { accountMembershipHandlers } from '@kizuna/subgraph';
import type { NotificationPrivacyService } from './privacy.service';

/** Which account each membership belongs to (for data downloads), and erasure when an account is deleted. */
export function privacyConsumers(privacy: NotificationPrivacyService) {
  return [...accountMembershipHandlers('notification'), on(AccountDeleted, (event, manager: EntityManager) => privacy.erase(manager, event))];
}
