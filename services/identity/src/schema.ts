import type { SubgraphDefinition } from '@kizuna/subgraph';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { MembershipResolver } from './memberships/membership.resolver';
import { NetworkResolver } from './networks/network.resolver';
import { SessionResolver } from './sessions/session.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'identity',
  resolvers: [NetworkResolver, MembershipResolver, SessionResolver, AuditLogResolver],
};
