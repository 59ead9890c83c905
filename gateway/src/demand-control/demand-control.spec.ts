import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, getNamedType, getOperationAST, isObjectType, parse, validate, type GraphQLSchema } from 'graphql';
import type { Viewer } from '@kizuna/auth';
import { DEFAULT_SUPERGRAPH_PATH } from '../settings';
import { callerClassOf, compileCost, DemandControl, operationShape, readCostDirectives, tokenLimitError, type DemandLimits } from '.';

const SDL = `
directive @link(url: String, as: String, import: [String]) repeatable on SCHEMA
directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query mutation: Mutation }
type Query {
  me: Member
  search(text: String, first: Int): MemberConnection! @cost(weight: 20) @listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
  members(first: Int = 50): MemberConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
  tags: [Tag!]!
  grid: [[Tag!]!]!
  suggestions(first: Int): [Member!]! @listSize(assumedSize: 5, slicingArguments: ["first"], requireOneSlicingArgument: false)
  feed: [FeedItem!]! @listSize(assumedSize: 3)
  node(id: ID!): Node
}
interface Node { id: ID! }
type Member implements Node { id: ID! name: String! friends: [Member!]! @listSize(assumedSize: 4) secret: Secret }
type Secret @cost(weight: 7) { value: String }
type Tag { name: String! }
type Article implements Node { id: ID! title: String! tags: [Tag!]! @listSize(assumedSize: 2) }
union FeedItem = Member | Article
type MemberConnection { edges: [MemberEdge!]! totalCount: Int! }
type MemberEdge { node: Member! }
type Mutation { rename(name: String!): Member expensive: Boolean @cost(weight: 3) }
`;

const schema = buildSchema(SDL);
const directives = readCostDirectives(SDL);

function valid(query: string) {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  return { document, operation: getOperationAST(document)! };
}

function estimate(query: string, variables: Record<string, unknown> = {}, target: GraphQLSchema = schema): number {
  const { document, operation } = valid(query);
  return compileCost(target, directives, document, operation, 10).estimate(variables);
}

describe('cost estimate', () => {
  it('counts objects 1 and scalars 0, adds field and type weights', () => {
    expect(estimate('{ me { id name } }')).toBe(1);
    expect(estimate('{ me { secret { value } } }')).toBe(1 + 7);
  });

  it('sizes a connection by its slicing argument: literal, variable, the argument default, else assumedSize', () => {
    expect(estimate('{ search(first: 5) { totalCount edges { node { id } } } }')).toBe(20 + 1 + 5 * (1 + 1));
    const byVariable = 'query($n: Int) { search(first: $n) { edges { node { id } } } }';
    expect(estimate(byVariable, { n: 50 })).toBe(20 + 1 + 50 * 2);
    expect(estimate(byVariable, {})).toBe(20 + 1 + 20 * 2);
    expect(estimate('query($n: Int = 7) { search(first: $n) { edges { node { id } } } }')).toBe(20 + 1 + 7 * 2);
    expect(estimate('{ members { edges { node { id } } } }')).toBe(1 + 50 * 2);
    expect(estimate('{ members(first: 2) { edges { node { id } } } }')).toBe(1 + 2 * 2);
    expect(estimate('{ suggestions { id } }')).toBe(5);
    expect(estimate('{ suggestions(first: 40) { id } }')).toBe(40);
  });

  it('multiplies nested lists; a list nothing sizes has the default size', () => {
    expect(estimate('{ me { friends { friends { id } } } }')).toBe(1 + 4 * (1 + 4 * 1));
    expect(estimate('{ tags { name } }')).toBe(10);
    expect(estimate('{ grid { name } }')).toBe(10 * 10);
  });

  it('counts the costliest type of a union or interface selection', () => {
    expect(estimate('{ feed { ... on Member { secret { value } } ... on Article { tags { name } } } }')).toBe(3 * (1 + Math.max(7, 2)));
    expect(estimate('{ node(id: "1") { id ...M } } fragment M on Member { friends { id } }')).toBe(1 + 4);
  });

  it('charges 10 for a mutation field unless it declares a weight; introspection is free', () => {
    expect(estimate('mutation { rename(name: "x") { id } expensive }')).toBe(10 + 1 + 3);
    expect(estimate('{ __schema { types { name } } me { id } }')).toBe(1);
  });

  it('counts a fragment wherever it is spread, a field repeated under one key once', () => {
    expect(estimate('{ me { ...F } a: me { ...F } } fragment F on Member { friends { id } }')).toBe(2 * (1 + 4));
    expect(estimate('{ me { friends { id } ...F } } fragment F on Member { friends { id } }')).toBe(1 + 4);
  });

  it('measures the actual cost on the response with the same weights', () => {
    const { document, operation } = valid('{ search(first: 5) { edges { node { id secret { value } } } } }');
    const cost = compileCost(schema, directives, document, operation, 10);
    expect(cost.estimate({})).toBe(20 + 1 + 5 * (1 + 1 + 7));
    expect(cost.actual({ search: { edges: [{ node: { id: '1', secret: null } }, { node: { id: '2', secret: { value: 'x' } } }] } })).toBe(
      20 + 1 + 2 * (1 + 1) + 7,
    );
    expect(cost.actual(null)).toBe(0);
  });
});

describe('operation shape', () => {
  it('measures depth, aliases and root fields with fragments in place', () => {
    const { document, operation } = valid('{ a: me { ...F } b: me { id } tags { name } } fragment F on Member { f: friends { friends { id } } }');
    expect(operationShape(document, operation)).toEqual({ depth: 4, aliases: 3, rootFields: 3 });
  });

  it('measures a fragment once, however often it is spread', () => {
    // Each fragment spreads the one before twice: 2^40 aliased fields, measured in linear time.
    const fragments = ['fragment F0 on Member { a: id }'];
    for (let i = 1; i <= 40; i++) fragments.push(`fragment F${i} on Member { x: friends { ...F${i - 1} } y: friends { ...F${i - 1} } }`);
    const { document, operation } = valid(`{ me { ...F40 } } ${fragments.join(' ')}`);
    const shape = operationShape(document, operation);
    expect(shape.aliases).toBeGreaterThan(2 ** 40);
    expect(shape.depth).toBe(42);
  });
});

describe('demand control', () => {
  const limits: DemandLimits = {
    maxTokens: 1000,
    maxDepth: 4,
    maxAliases: 2,
    maxRootFields: 3,
    defaultListSize: 10,
    budgets: { anonymous: 10, member: 100, admin: 1000 },
  };
  const control = new DemandControl(limits, directives);
  const check = (query: string, caller: 'anonymous' | 'member' | 'admin' = 'member', variables: Record<string, unknown> = {}) => {
    const verdict = control.check(schema, valid(query).document, undefined, variables, caller);
    if (!verdict) throw new Error('no operation');
    return 'error' in verdict ? verdict.error.extensions : verdict.estimatedCost;
  };

  it('names the limit, the measured and the allowed value', () => {
    expect(check('{ me { friends { friends { friends { friends { id } } } } } }')).toEqual({
      code: 'DEMAND_LIMIT_EXCEEDED',
      limit: 'depth',
      measured: 6,
      allowed: 4,
    });
    expect(check('{ a: me { id } b: me { id } c: me { id } }')).toEqual({ code: 'DEMAND_LIMIT_EXCEEDED', limit: 'aliases', measured: 3, allowed: 2 });
    expect(check('{ me { id } tags { name } feed { __typename } node(id: "1") { id } }')).toEqual({
      code: 'DEMAND_LIMIT_EXCEEDED',
      limit: 'rootFields',
      measured: 4,
      allowed: 3,
    });
    expect(check('query($n: Int) { search(first: $n) { edges { node { id } } } }', 'member', { n: 50 })).toEqual({
      code: 'DEMAND_LIMIT_EXCEEDED',
      limit: 'cost',
      measured: 121,
      allowed: 100,
    });
  });

  it('gives each caller class its own budget', () => {
    const query = '{ members(first: 20) { edges { node { id } } } }'; // 41
    expect(check(query, 'anonymous')).toMatchObject({ limit: 'cost', measured: 41, allowed: 10 });
    expect(check(query, 'member')).toBe(41);
    expect(check('{ members { edges { node { id } } } }', 'admin')).toBe(101);
  });

  it('reports a document over maxTokens as the tokens limit', () => {
    let parseError: Error | undefined;
    try {
      parse(`{ ${'__typename '.repeat(50)} }`, { maxTokens: 20 });
    } catch (error) {
      parseError = error as Error;
    }
    expect(tokenLimitError(parseError)?.extensions).toEqual({ code: 'DEMAND_LIMIT_EXCEEDED', limit: 'tokens', measured: 21, allowed: 20 });
    expect(tokenLimitError(new Error('Syntax Error: Expected Name, found <EOF>.'))).toBeUndefined();
  });

  it('classes callers: anonymous, member, admin (owners, admins and staff)', () => {
    const viewer = (role: Viewer['role'], status: Viewer['status'] = 'approved', permissions?: Viewer['permissions']): Viewer => ({
      accountId: 'a',
      membershipId: 'm',
      networkId: 'n',
      role,
      status,
      permissions,
    });
    expect(callerClassOf(undefined)).toBe('anonymous');
    expect(callerClassOf(viewer('member'))).toBe('member');
    expect(callerClassOf(viewer('member', 'approved', ['send_bulk_messages']))).toBe('admin');
    expect(callerClassOf(viewer('staff'))).toBe('admin');
    expect(callerClassOf(viewer('owner'))).toBe('admin');
    expect(callerClassOf(viewer('admin', 'suspended'))).toBe('member');
  });
});

describe('the committed supergraph', () => {
  const sdl = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
  const costs = readCostDirectives(sdl);
  const api = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();

  it('keeps the subgraphs’ @cost and @listSize', () => {
    expect(costs.fieldWeights.get('Query.directory')).toBe(20);
    expect(costs.listSizes.get('Query.directory')).toEqual({
      assumedSize: 20,
      slicingArguments: ['first'],
      sizedFields: ['edges'],
      requireOneSlicingArgument: false,
    });
  });

  it('sizes every connection by its `first`', () => {
    const unsized: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        const listSize = costs.listSizes.get(`${type.name}.${field.name}`);
        if (!listSize?.slicingArguments.includes('first') || !listSize.sizedFields.includes('edges')) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
  });
});
