import { apiChanges, composeSupergraph, formatChanges, formatCompositionFailure } from './compose';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';
const identity = (memberFields = 'displayName: String!') => ({
  name: 'identity',
  url: 'http://localhost:4101/graphql',
  sdl: `${LINK}\ntype Query { me: Member }\ntype Member @key(fields: "id") { id: ID! ${memberFields} }`,
});
const directory = (profileType = 'String') => ({
  name: 'directory',
  url: 'http://localhost:4102/graphql',
  sdl: `${LINK}\ntype Member @key(fields: "id") { id: ID! headline: ${profileType} }`,
});

describe('supergraph composition', () => {
  it('composes subgraphs with their routing URLs', () => {
    const result = composeSupergraph([identity(), directory()]);
    if (!result.ok) throw new Error(formatCompositionFailure(result.errors, result.hints));
    expect(result.supergraphSdl).toContain('IDENTITY @join__graph(name: "identity", url: "http://localhost:4101/graphql")');
    expect(result.supergraphSdl).toContain('headline: String @join__field(graph: DIRECTORY)');
  });

  it('fails with readable errors naming the subgraphs at fault', () => {
    const clash = { ...directory(), sdl: `${LINK}\ntype Member @key(fields: "id") { id: ID! displayName: Int! }` };
    const result = composeSupergraph([identity(), clash]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatCompositionFailure(result.errors, result.hints);
    expect(text).toMatch(/Member\.displayName/);
    expect(text).toMatch(/\[[A-Z_]+\]/); // the error code
  });

  it('reports an SDL syntax error as a composition error of that subgraph', () => {
    const result = composeSupergraph([identity(), { ...directory(), sdl: 'type Member {' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/^\[directory\] Syntax Error/);
  });

  it('tells breaking API changes from safe ones, ignoring routing metadata', async () => {
    const compose = (...subgraphs: ReturnType<typeof identity>[]) => {
      const result = composeSupergraph(subgraphs);
      if (!result.ok) throw new Error('composition failed');
      return result.supergraphSdl;
    };
    const before = compose(identity('displayName: String! nickname: String'), directory());
    const added = await apiChanges(before, compose(identity('displayName: String! nickname: String email: String'), directory()));
    expect(added.breaking).toEqual([]);
    expect(added.all.map((c) => c.path)).toEqual(['Member.email']);

    const removed = await apiChanges(before, compose(identity('displayName: String!'), directory('Int')));
    expect(removed.breaking.map((c) => c.path).sort()).toEqual(['Member.headline', 'Member.nickname']);
    expect(formatChanges(removed.all)).toMatch(/✖ breaking/);

    const moved = await apiChanges(
      before,
      compose(identity('displayName: String! nickname: String'), { ...directory(), url: 'http://directory:8080/graphql' }),
    );
    expect(moved.all).toEqual([]);
  });
});
