import type { Viewer } from '@kizuna/auth';
import type { EngineEvent, Subscriber } from './route';

const permissionsOf = (viewer: Viewer) => [...(viewer.permissions ?? [])].sort().join(',');

/**
 * Who may share one fetch: viewers of one network with the same role, status and permissions see
 * an object alike (their claims are all the graph knows of them beyond who they are); `personal`
 * adds the membership, for those who see their own fields in it.
 */
export function viewerClass(viewer: Viewer, personal: boolean): string {
  return [viewer.networkId, viewer.role, viewer.status, permissionsOf(viewer), personal ? viewer.membershipId : ''].join('|');
}

/** One viewer exactly (account, membership and claims). */
export function viewerKey(viewer: Viewer): string {
  return [viewer.accountId, viewer.membershipId, viewer.networkId, viewer.role, viewer.status, permissionsOf(viewer)].join('|');
}

/** The subscriber may receive events of this network now: same network, may use it, token valid. */
export function mayReceive(subscriber: Pick<Subscriber, 'viewer' | 'expiresAt'>, event: EngineEvent, now = Date.now()): boolean {
  const { viewer } = subscriber;
  const dataNetwork = (event.data as { networkId?: string } | null)?.networkId;
  return (
    viewer.networkId === event.networkid &&
    (dataNetwork === undefined || dataNetwork === event.networkid) &&
    (viewer.status === 'approved' || viewer.status === 'pending') &&
    subscriber.expiresAt > now
  );
}
