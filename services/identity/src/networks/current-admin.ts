import type { EntityManager } from 'typeorm';
import { forbidden, type Viewer } from '@kizuna/auth';
import { MembershipEntity } from '../memberships/membership.entity';

/**
 * The token may be up to 15 minutes old: an administrator's change is allowed only if the viewer is
 * still an approved owner or admin of their network now. Locks the row against a concurrent suspension.
 */
export async function assertCurrentAdmin(manager: EntityManager, viewer: Viewer): Promise<MembershipEntity> {
  const actor = await manager
    .getRepository(MembershipEntity)
    .createQueryBuilder('m')
    .setLock('pessimistic_read')
    .where('m.id = :id AND m.network_id = :networkId', { id: viewer.membershipId, networkId: viewer.networkId })
    .getOne();
  if (!actor || actor.status !== 'approved' || (actor.role !== 'owner' && actor.role !== 'admin')) throw forbidden();
  return actor;
}
