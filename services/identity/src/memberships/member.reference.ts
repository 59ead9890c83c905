import { requestLoader } from '@kizuna/data';
import type { RequestContext } from '@kizuna/subgraph';
import type { MembershipService } from './membership.service';

/**
 * Resolves `Member` references from other subgraphs, only inside the viewer's own network: for an
 * approved member; for a pending applicant only themself; for a suspended or rejected one nobody.
 */
export function memberReference(memberships: MembershipService) {
  return {
    Member: {
      async __resolveReference(reference: { id: string }, context: RequestContext) {
        const viewer = context.viewer;
        if (!viewer || !(viewer.status === 'approved' || (viewer.status === 'pending' && reference.id === viewer.membershipId))) return null;
        // Every representation of one `_entities` fetch is loaded by the same query.
        const members = requestLoader(context, 'identity.members', (ids: string[]) => memberships.membersById(viewer, ids));
        return (await members.get(reference.id)) ?? null;
      },
    },
  };
}
