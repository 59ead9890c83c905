import type { EntityManager } from 'typeorm';
import { AccountDeleted, on } from '@kizuna/events';
import { accountMembershipHandlers } from '@kizuna/subgraph';
import type { ContentPrivacyService } from './privacy.service';

/** Which account each membership belongs to (for data downloads), and erasure when an account is deleted. */
export function privacyConsumers(privacy: ContentPrivacyService) {
  return [...accountMembershipHandlers('content'), on(AccountDeleted, (event, manager: EntityManager) => privacy.erase(manager, event))];
}
