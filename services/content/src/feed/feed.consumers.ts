import type { EntityManager } from 'typeorm';
import {
  FeedItemPublished,
  FeedItemWithdrawn,
  MembershipApproved,
  MembershipRegistered,
  MembershipReinstated,
  MembershipRejected,
  MembershipSuspended,
  on,
  ProfileUpdated,
  RoomCreated,
} from '@kizuna/events';
import type { MemberReadModel } from '../members/member.service';
import type { FeedService } from './feed.service';

/**
 * The feed as a read model of every service's events: the one feed-item contract, and the
 * existing events that make news (a new member, a new job, a new open room). Members are kept
 * first so that a job change of a member approved in the same batch is known.
 */
export function feedConsumers(feed: FeedService, members: MemberReadModel) {
  return [
    on(MembershipRegistered, (event, manager: EntityManager) => members.registered(manager, event.data)),
    on(MembershipApproved, async (event, manager: EntityManager) => {
      await members.approved(manager, event.data);
      await feed.newMember(manager, event.data);
    }),
    on(MembershipRejected, (event, manager: EntityManager) => members.statusChanged(manager, event.data, 'rejected')),
    on(MembershipSuspended, (event, manager: EntityManager) => members.statusChanged(manager, event.data, 'suspended')),
    on(MembershipReinstated, (event, manager: EntityManager) => members.statusChanged(manager, event.data, 'approved')),
    on(ProfileUpdated, (event, manager: EntityManager) => feed.jobChange(manager, event.data)),
    on(RoomCreated, (event, manager: EntityManager) => feed.newRoom(manager, event.data)),
    on(FeedItemPublished, (event, manager: EntityManager) => feed.published(manager, event.data)),
    on(FeedItemWithdrawn, (event, manager: EntityManager) => feed.withdrawn(manager, event.data.networkId, event.data.key)),
  ];
}
