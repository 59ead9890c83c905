import type { EntityManager } from 'typeorm';
import { MembershipApproved, MembershipRegistered, MembershipReinstated, MembershipRejected, MembershipSuspended, on, ProfileUpdated } from '@kizuna/events';
import type { MemberDirectoryService } from './member.service';

export function memberConsumers(members: MemberDirectoryService) {
  return [
    on(MembershipRegistered, (event, manager: EntityManager) => members.registered(manager, event.data)),
    on(MembershipApproved, (event, manager: EntityManager) => members.approved(manager, event.data)),
    on(MembershipRejected, (event, manager: EntityManager) => members.statusChanged(manager, event.data, 'rejected')),
    on(MembershipSuspended, (event, manager: EntityManager) => members.statusChanged(manager, event.data, 'suspended')),
    on(MembershipReinstated, (event, manager: EntityManager) => members.statusChanged(manager, event.data, 'approved')),
    on(ProfileUpdated, (event, manager: EntityManager) => members.profileUpdated(manager, event.data)),
  ];
}
