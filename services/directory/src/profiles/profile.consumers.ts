import type { EntityManager } from 'typeorm';
import { MembershipApproved, MembershipRegistered, MembershipReinstated, MembershipRejected, MembershipSuspended, on } from '@kizuna/events';
import type { ProfileService } from './profile.service';

/** identity's membership events keep the profiles read model: each effect runs in the inbox transaction. */
export function profileConsumers(profiles: ProfileService) {
  return [
    on(MembershipRegistered, (event, manager: EntityManager) => profiles.createShell(manager, event.data)),
    on(MembershipApproved, (event, manager: EntityManager) => profiles.markApproved(manager, event.data)),
    on(MembershipRejected, (event, manager: EntityManager) => profiles.markStatus(manager, event.data, 'rejected')),
    on(MembershipSuspended, (event, manager: EntityManager) => profiles.markStatus(manager, event.data, 'suspended')),
    on(MembershipReinstated, (event, manager: EntityManager) => profiles.markStatus(manager, event.data, 'approved')),
  ];
}
