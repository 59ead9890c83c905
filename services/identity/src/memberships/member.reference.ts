import type { RequestContext } from '@kizuna/subgraph';
import type { MembershipService } from './membership.service';

/** Resolves `Member` references from other subgraphs, only inside the viewer's own network. */
export function memberReference(memberships: MembershipService) {
  return {
    Member: {
      async __resolveReference(reference: { id: string }, context: RequestContext) {
        if (!context.viewer) return null;
        const membership = await memberships.findInNetwork(context.viewer.networkId, reference.id);
        if (!membership) return null;
        return (await memberships.membersFor(context.viewer, [membership]))[0];
      },
    },
  };
}
