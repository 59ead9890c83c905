import type { EntityManager } from 'typeorm';
import { AccountDeleted, on } from '@kizuna/events';
import type { DirectoryPrivacyService } from './privacy.service';

export function privacyConsumers(privacy: DirectoryPrivacyService) {
  return [on(AccountDeleted, (event, manager: EntityManager) => privacy.erase(manager, event))];
}
