import type { EntityManager } from 'typeorm';
import {
  AccountDeleted,
  AccountLoginLinked,
  AccountLoginUnlinked,
  MemberSignedIn,
  MembershipApproved,
  MembershipRegistered,
  MembershipReinstated,
  on,
  type AnyEventContract,
  type EventHandler,
} from '@kizuna/events';
import { applyTagRules } from '../tags/tag-rules';
import type { ActivityService } from './activity.service';

/** identity's sign-ins and login links keep the behaviour data of the admin CRM. */
export function activityConsumers(activity: ActivityService) {
  return [
    on(MemberSignedIn, (event, manager: EntityManager) => activity.recordSignIn(manager, event.networkid, event.data)),
    on(AccountLoginLinked, (event, manager: EntityManager) => activity.recordLoginLinks(manager, event.networkid, event.data, event.data.linkedAt)),
    on(AccountLoginUnlinked, (event, manager: EntityManager) => activity.recordLoginLinks(manager, event.networkid, event.data, event.data.unlinkedAt)),
  ];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = EventHandler<any, EntityManager>;

/** The membership events after which a profile exists (again) for the network to see. */
const NEWCOMER_EVENTS: AnyEventContract[] = [MembershipRegistered, MembershipApproved, MembershipReinstated];

/**
 * Runs what a newcomer's profile needs once the profile consumers have created or approved it, in
 * the same transaction: a LINE link that arrived before the profile moves onto it, and the tags
 * whose rule is kept applied to newcomers are put on it. The consumer keeps one handler per event
 * type, so this wraps the existing handlers rather than adding its own. An account deletion also
 * erases a link state still waiting for a profile that never came.
 */
export function withNewcomerEffects(handlers: AnyHandler[], activity: ActivityService): AnyHandler[] {
  const newcomerTypes = new Set(NEWCOMER_EVENTS.map((contract) => contract.type));
  const newcomer = async (networkId: string, membershipId: string, manager: EntityManager) => {
    await activity.adoptEarlyLoginLinks(manager, networkId, [membershipId]);
    await applyTagRules(manager, networkId, [membershipId]);
  };
  const deleted = (networkId: string, membershipId: string, manager: EntityManager) => activity.forgetEarlyLoginLinks(manager, networkId, membershipId);
  const followUp = (type: string) => (newcomerTypes.has(type) ? newcomer : type === AccountDeleted.type ? deleted : null);

  const wrapped = handlers.map((handler): AnyHandler => {
    const then = followUp(handler.contract.type);
    if (!then) return handler;
    return {
      contract: handler.contract,
      async handle(event: Parameters<typeof handler.handle>[0], manager: EntityManager) {
        await handler.handle(event, manager);
        await then(event.networkid, (event.data as { membershipId: string }).membershipId, manager);
      },
    };
  });
  const covered = new Set(handlers.map((handler) => handler.contract.type));
  for (const contract of NEWCOMER_EVENTS) {
    if (!covered.has(contract.type)) {
      wrapped.push(on(contract, (event, manager: EntityManager) => newcomer(event.networkid, event.data.membershipId, manager)) as AnyHandler);
    }
  }
  return wrapped;
}
