import { Arg, Authorized, Directive, ID, Int, Query, Resolver } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Permission, type Viewer } from '@kizuna/auth';
import { DirectoryFilter, DirectorySort } from '../search/directory-filter';
import { badUserInput } from '../search/directory.resolver';
import type { AdminMemberService } from './admin-member.service';
import { AdminMemberConnection, AdminMemberType } from './admin-member.types';

@Resolver(() => AdminMemberType)
export class AdminMemberResolver {
  constructor(private readonly members: AdminMemberService) {}

  @Authorized(Permission.MANAGE_MEMBERS)
  @Directive(cost(20))
  @Directive(connectionListSize(20))
  @Query(() => AdminMemberConnection, {
    description:
      'The admin member list: anyone the filter matches (approved members unless `statuses` says otherwise), with every field, answers, behaviour data and tags. Bad input is a BAD_USER_INPUT error naming the field.',
  })
  async adminMembers(
    @CurrentViewer() viewer: Viewer,
    @Arg('filter', () => DirectoryFilter, { nullable: true }) filter?: DirectoryFilter | null,
    @Arg('sort', () => DirectorySort, { nullable: true }) sort?: DirectorySort | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AdminMemberConnection> {
    const result = await this.members.list(viewer, { filter, sort, first, after });
    if (!result.ok) throw badUserInput(result.errors);
    const { nodes, cursors, hasNextPage, totalCount, fuzzy } = result.value;
    return {
      edges: nodes.map((node, index) => ({ node, cursor: cursors[index] })),
      pageInfo: { hasNextPage, endCursor: fuzzy ? null : (cursors.at(-1) ?? null) },
      totalCount,
      fuzzy,
    };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Query(() => AdminMemberType, {
    nullable: true,
    description: "One person of the network, whatever their status; null for an unknown id or another network's.",
  })
  adminMember(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<AdminMemberType | null> {
    return this.members.find(viewer, id);
  }
}
