import { GraphQLError } from 'graphql';
import { Arg, Authorized, Directive, Int, Query, Resolver } from 'type-graphql';
import type { Viewer } from '@kizuna/auth';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import type { DataSource } from 'typeorm';
import type { UserError } from '@kizuna/subgraph';
import { presentProfile } from '../profiles/profile.presenter';
import { directoryFacets } from './directory-facets';
import { DirectoryFilter, DirectorySort } from './directory-filter';
import { scopeFor, search } from './directory-queries';
import { DirectoryConnection, DirectoryFacets } from './directory.types';

/**
 * A query has no payload to carry user errors, so a filter, sort, page size or cursor the caller
 * got wrong is a GraphQL error with code BAD_USER_INPUT: `extensions.field` names the first input
 * at fault (`filter.employers`, `first`, `after`, …) and `extensions.errors` lists them all as
 * UserErrors ({ code: VALIDATION, field, message }).
 */
export function badUserInput(errors: UserError[]): GraphQLError {
  return new GraphQLError(errors.map((error) => error.message).join(' '), {
    extensions: {
      code: 'BAD_USER_INPUT',
      field: errors[0]?.field ?? null,
      errors: errors.map(({ code, field, message }) => ({ code, field, message })),
    },
  });
}

@Resolver()
export class DirectoryResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized()
  @Directive(cost(20))
  @Directive(connectionListSize(20))
  @Query(() => DirectoryConnection, {
    description:
      'Search the directory of the current network (approved members only). Without text the default order is by name, with text names starting with it come first. Bad input is a BAD_USER_INPUT error naming the field.',
  })
  async directory(
    @CurrentViewer() viewer: Viewer,
    @Arg('filter', () => DirectoryFilter, { nullable: true }) filter?: DirectoryFilter | null,
    @Arg('sort', () => DirectorySort, { nullable: true }) sort?: DirectorySort | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<DirectoryConnection> {
    const scope = await scopeFor(this.dataSource.manager, viewer);
    const result = await search(scope, { filter, sort, first, after });
    if (!result.ok) throw badUserInput(result.errors);
    const { nodes, cursors, hasNextPage, totalCount, fuzzy } = result.value;
    return {
      edges: nodes.map((node, index) => ({
        cursor: cursors[index],
        node: presentProfile(node, node.membershipId === viewer.membershipId ? 'SELF' : scope.audience, scope.fields),
      })),
      pageInfo: { hasNextPage, endCursor: cursors[cursors.length - 1] ?? null },
      totalCount,
      fuzzy,
    };
  }

  @Authorized()
  @Directive(cost(20))
  @Query(() => DirectoryFacets, { description: 'The values people in the directory have per filterable field, with counts (for the filter panel).' })
  async directoryFacets(@CurrentViewer() viewer: Viewer): Promise<DirectoryFacets> {
    return directoryFacets(await scopeFor(this.dataSource.manager, viewer));
  }
}
