import { Arg, Authorized, Directive, Int, Query, Resolver } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Access, type Viewer } from '@kizuna/auth';
import type { AuditLogReader } from './audit-log.reader';
import { AuditLogConnection, AuditLogEntryType } from './audit-log.type';

@Resolver(() => AuditLogEntryType)
export class AuditLogResolver {
  constructor(private readonly log: AuditLogReader) {}

  @Authorized(Access.ADMIN)
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => AuditLogConnection, { description: "What the network's administrators did, newest first (admins and owners only)." })
  auditLog(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('action', () => String, {
      nullable: true,
      description: 'Only this action (e.g. membership.role-changed), or every action of a kind when it ends with a dot (e.g. role.).',
    })
    action?: string | null,
  ): Promise<AuditLogConnection> {
    return this.log.list(viewer, first, after, action);
  }

  @Authorized(Access.ADMIN)
  @Query(() => [String], { description: "Every action the network's audit log holds, to filter by (admins and owners only)." })
  auditLogActions(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.log.actions(viewer);
  }
}
