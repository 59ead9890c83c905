import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { Authorized, Query, Resolver } from 'type-graphql';
import { Access, type Viewer } from '@kizuna/auth';
import { CurrentViewer } from './current-viewer';
import { buildFederatedSchema, instanceContainer } from './subgraph-schema';

@Resolver()
class GreetingResolver {
  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => String)
  hello(@CurrentViewer() viewer: Viewer): string {
    return `hello ${viewer.membershipId}`;
  }

  // No access rule: a field reached without one still never sees an absent viewer.
  @Query(() => String, { nullable: true })
  unguarded(@CurrentViewer() viewer: Viewer): string {
    return viewer.networkId;
  }
}

describe('@CurrentViewer()', () => {
  let schema: GraphQLSchema;
  const viewer: Viewer = { accountId: 'a1', membershipId: 'm1', networkId: 'n1', role: 'member', status: 'pending' };
  const run = (source: string, contextViewer?: Viewer) => graphql({ schema, source, contextValue: { viewer: contextViewer } });

  beforeAll(async () => {
    schema = await buildFederatedSchema({ name: 'viewer', resolvers: [GreetingResolver] }, { container: instanceContainer([new GreetingResolver()]) });
  });

  it('hands the resolver the signed-in viewer', async () => {
    expect((await run('{ hello unguarded }', viewer)).data).toEqual({ hello: 'hello m1', unguarded: 'n1' });
  });

  it('answers UNAUTHENTICATED without a sign-in, as the access rules do', async () => {
    const guarded = await run('{ hello }');
    const unguarded = await run('{ unguarded }');
    expect(guarded.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Sign in to continue', 'UNAUTHENTICATED']]);
    expect(unguarded.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Sign in to continue', 'UNAUTHENTICATED']]);
  });
});
