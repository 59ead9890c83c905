import type { EntityManager } from 'typeorm';
import { MembershipApproved, MembershipRegistered, on } from '@kizuna/events';
import type { ProfileService } from './profile.service';

/** identity's membership events keep the profiles read model: each effect runs in the inbox transaction. */
export function profileConsumers(profiles: ProfileService) {
  return [
    on(MembershipRegistered, (event, manager: EntityManager) => profiles.createShell(manager, event.data)),
    on(MembershipApproved, (event, manager: EntityManager) => profiles.markApproved(manager, event.data)),
  ];
}
