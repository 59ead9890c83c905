import type { EntityManager } from 'typeorm';
import { MembershipRegistered, on } from '@kizuna/events';
import type { CredentialsService } from './credentials.service';

/**
 * The verification link goes out when a registration is published, whichever way the person
 * registered; a failed send is retried by the consumer instead of being lost.
 */
export function credentialsConsumers(credentials: CredentialsService) {
  return [on(MembershipRegistered, (event, manager: EntityManager) => credentials.sendVerificationAfterRegistration(manager, event.data))];
}
