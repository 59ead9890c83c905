import { randomUUID } from 'node:crypto';
import { claimsOf, type GraphQLResult, type Stack } from './stack';
import { namedOf, printType, rootFields, SCHEMA_QUERY, type IntrospectedSchema, type TypeRef } from './introspection';
import { tokenWithClaims } from './tokens';

/** One operation of a service, and whether a pending applicant may use it. */
export interface GuardedOperation {
  name: string;
  query: string;
  /** The variables, or a function of the caller's token claims (e.g. to name the caller's own member id). */
  variables?: Record<string, unknown> | ((claims: ReturnType<typeof claimsOf>) => Record<string, unknown>);
  /** Pending applicants may use it (their own profile, their own notifications, DMs to admins, their own data). */
  pendingAllowed: boolean;
}

export interface AccessTokens {
  approved: string;
  pending: string;
}

const codes = (result: GraphQLResult) => (result.errors ?? []).map((error) => error.extensions?.code);

/**
 * What every service enforces from the token's claims alone: each operation answered for an approved
 * member; for a pending applicant only the operations open to applicants, FORBIDDEN otherwise; and
 * FORBIDDEN for a suspended or rejected membership, whatever the operation (such tokens are built
 * from the approved member's token with only the status changed, signed with identity's key).
 * Returns, per operation, what each kind of token got, for a readable failure.
 */
export async function checkAccessRules(stack: Stack, url: string, operations: GuardedOperation[], tokens: AccessTokens) {
  const suspended = await tokenWithClaims(stack, tokens.approved, { status: 'suspended' });
  const rejected = await tokenWithClaims(stack, tokens.approved, { status: 'rejected' });
  const outcome: Record<string, Record<string, string>> = {};
  const expected: Record<string, Record<string, string>> = {};
  const describe = (result: GraphQLResult) =>
    codes(result).includes('FORBIDDEN') ? 'FORBIDDEN' : result.errors?.length ? `error ${codes(result).join()}` : 'answered';
  for (const operation of operations) {
    const ask = (token: string) =>
      stack.graphql(url, operation.query, typeof operation.variables === 'function' ? operation.variables(claimsOf(token)) : operation.variables, token);
    outcome[operation.name] = {
      approved: describe(await ask(tokens.approved)),
      pending: describe(await ask(tokens.pending)),
      suspended: describe(await ask(suspended)),
      rejected: describe(await ask(rejected)),
    };
    expected[operation.name] = {
      approved: 'answered',
      pending: operation.pendingAllowed ? 'answered' : 'FORBIDDEN',
      suspended: 'FORBIDDEN',
      rejected: 'FORBIDDEN',
    };
  }
  return { outcome, expected };
}

/** Root fields of a subgraph's Query and Mutation (without the federation ones), to prove every operation was classified. */
export async function rootOperations(stack: Stack, url: string, token: string): Promise<string[]> {
  const result = await stack.graphql<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } | null } }>(
    url,
    '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    {},
    token,
  );
  const fields = [...(result.data?.__schema.queryType.fields ?? []), ...(result.data?.__schema.mutationType?.fields ?? [])].map((f) => f.name);
  return fields.filter((name) => !name.startsWith('_')).sort();
}

/**
 * Every root operation of a subgraph as a runnable document: required arguments get the simplest
 * value of their type (a fresh UUID for IDs, "x" for strings, the first enum value, input objects
 * with their required fields), so authorization, which runs before any domain rule, decides the answer.
 */
export async function everyOperation(stack: Stack, url: string, token: string): Promise<GuardedOperation[]> {
  const result = await stack.graphql<{ __schema: IntrospectedSchema }>(url, SCHEMA_QUERY, {}, token);
  const schema = result.data!.__schema;
  const types = new Map(schema.types.map((type) => [type.name, type]));
  const sample = (ref: TypeRef): unknown => {
    if (ref.kind === 'NON_NULL') return sample(ref.ofType!);
    if (ref.kind === 'LIST') return [];
    const type = types.get(ref.name!)!;
    if (type.kind === 'ENUM') return type.enumValues![0].name;
    if (type.kind === 'INPUT_OBJECT') {
      return Object.fromEntries(type.inputFields!.filter((f) => f.type.kind === 'NON_NULL').map((f) => [f.name, sample(f.type)]));
    }
    return { ID: randomUUID(), String: 'x', Int: 1, Float: 1, Boolean: false, JSONObject: {} }[type.name] ?? 'x';
  };
  const selection = (ref: TypeRef) => (['OBJECT', 'INTERFACE', 'UNION'].includes(types.get(namedOf(ref).name!)!.kind) ? ' { __typename }' : '');
  const operations: GuardedOperation[] = [];
  for (const { keyword, field } of rootFields(schema)) {
    const required = field.args.filter((arg) => arg.type.kind === 'NON_NULL');
    const declarations = required.map((arg) => `$${arg.name}: ${printType(arg.type)}`).join(', ');
    const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    operations.push({
      name: field.name,
      query: `${keyword}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection(field.type)} }`,
      variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
      pendingAllowed: false,
    });
  }
  return operations;
}

const outcomeOf = (result: GraphQLResult) => {
  const found = codes(result);
  if (found.includes('FORBIDDEN')) return 'FORBIDDEN';
  if (found.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  return 'allowed';
};

/**
 * Every operation of a service (found by introspection), asked as nobody, an admin, a member, a
 * pending applicant and suspended and rejected members: nothing is public; members may use all but
 * `adminOnly`; applicants only `pendingAllowed`; suspended and rejected members nothing. Returns what
 * each got and what each should have got, for one readable comparison, plus the names listed in
 * the rules that are not operations of the service (expected empty).
 */
export async function checkEveryOperation(
  stack: Stack,
  url: string,
  tokens: { admin: string; member: string; pending: string },
  rules: { pendingAllowed: string[]; adminOnly: string[] },
) {
  const operations = await everyOperation(stack, url, tokens.admin);
  const names = operations.map((op) => op.name);
  const ask = async (token: string | undefined) =>
    Object.fromEntries(
      await Promise.all(operations.map(async (op) => [op.name, outcomeOf(await stack.graphql(url, op.query, op.variables as never, token))] as const)),
    );
  const suspended = await tokenWithClaims(stack, tokens.member, { status: 'suspended' });
  const rejected = await tokenWithClaims(stack, tokens.member, { status: 'rejected' });
  const asked = {
    anonymous: await ask(undefined),
    admin: await ask(tokens.admin),
    member: await ask(tokens.member),
    pending: await ask(tokens.pending),
    suspended: await ask(suspended),
    rejected: await ask(rejected),
  };
  const outcome = Object.fromEntries(names.map((name) => [name, Object.fromEntries(Object.entries(asked).map(([who, answers]) => [who, answers[name]]))]));
  const expected = Object.fromEntries(
    names.map((name) => [
      name,
      {
        anonymous: 'UNAUTHENTICATED',
        admin: 'allowed',
        member: rules.adminOnly.includes(name) ? 'FORBIDDEN' : 'allowed',
        pending: rules.pendingAllowed.includes(name) ? 'allowed' : 'FORBIDDEN',
        suspended: 'FORBIDDEN',
        rejected: 'FORBIDDEN',
      },
    ]),
  );
  const unknownNames = [...rules.pendingAllowed, ...rules.adminOnly].filter((name) => !names.includes(name));
  return { operations, outcome, expected, unknownNames };
}
