import type { EntityManager } from 'typeorm';
import { MembershipApproved, MembershipRegistered, on } from '@kizuna/events';
import type { MemberDirectoryService } from './member.service';

export function memberConsumers(members: MemberDirectoryService) {
  return [
    on(MembershipRegistered, (event, manager: EntityManager) => members.registered(manager, event.data)),
    on(MembershipApproved, (event, manager: EntityManager) => members.approved(manager, event.data)),
  ];
}
