import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Access } from '@kizuna/auth';
import type { RequestContext } from '@kizuna/subgraph';
import type { AuditLogService } from './audit-log.service';
import { AuditLogConnection, AuditLogEntryType } from './audit-log.type';

@Resolver(() => AuditLogEntryType)
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Authorized(Access.ADMIN)
  @Query(() => AuditLogConnection, { description: 'What the network\'s administrators did, newest first (admins and owners only).' })
  auditLog(
    @Ctx() { viewer }: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditLogConnection> {
    return this.log.list(viewer!, first, after);
  }
}
