import fc from 'fast-check';
import { namedOf, printType, rootFields, SCHEMA_QUERY, type IntrospectedField, type IntrospectedSchema, type TypeRef } from './introspection';

/** What one fuzzed request got that no input may cause: an internal error or a 5xx answer. */
export interface FuzzFinding {
  operation: string;
  caller: string;
  status: number;
  errors: string[];
  /** The variables that caused it, long strings shortened. */
  variables: unknown;
}

export interface FuzzOptions {
  /** Who asks: a token per caller class (undefined: anonymous). */
  callers: Record<string, string | undefined>;
  /** Generated requests per operation and caller (FUZZ_RUNS overrides); default 12. */
  runs?: number;
  /** The random seed (FUZZ_SEED overrides), so a run can be repeated. */
  seed?: number;
  /** Root fields not to drive. */
  skip?: string[];
  /** Entities whose fields with arguments are driven too, through `_entities` (e.g. `{ __typename: 'Member', id }`). */
  entities?: Record<string, unknown>[];
  /** Sent with every request, e.g. the gateway credential a subgraph requires (`stack.gatewayHeaders`). */
  headers?: Record<string, string>;
}

const MAX_INPUT_DEPTH = 4;

/** Text an attacker or a careless client sends: broken Unicode, control, invisible and direction characters, huge, Japanese, emoji, injection-shaped. */
const NASTY_TEXT = [
  '',
  ' ',
  '\ud800',
  'x\udc00y',
  '\udbff',
  'a\u0000b',
  '\u0000',
  'bell\u0007',
  '\u001b[31mred',
  'two\nlines',
  'tab\there',
  '\r\n',
  '\u202Eevil.exe',
  'ta\u200Bro',
  '\uFEFFbom',
  '\u2066isolate\u2069',
  '😀',
  '👨‍👩‍👧',
  '山田 太郎',
  'やまだ',
  'ｶﾀｶﾅ',
  "' OR 1=1 --",
  '%',
  '_',
  '\\',
  '"',
  '{{name}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'null',
  'NaN',
  '-1',
  '1e309',
  'x'.repeat(100_000),
  '山'.repeat(20_000),
  '😀'.repeat(5_000),
  'https://example.com/',
  'javascript:alert(1)',
  'data:image/png;base64,AAAA',
  '0000-00-00',
  '+275760-09-13T00:00:00.000Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'demo',
  'admin@demo.kizuna.dev',
];

const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 });
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: anyUtf16 },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.uuid() },
  // Shaped like a cursor (base64url of JSON), with a key no list gave out.
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.jsonValue({ maxDepth: 2 }), fc.tuple(fc.constantFrom('2026-01-01T00:00:00.000Z', 'yesterday', ''), fc.uuid()))
      .map((key) => Buffer.from(JSON.stringify(key) ?? 'null').toString('base64url')),
  },
);
const id = fc.oneof({ weight: 2, arbitrary: fc.uuid() }, { weight: 2, arbitrary: text });
const int = fc.oneof(fc.constantFrom(-1, 0, 1, 2, 100, 100_000, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1.5, 1e21), fc.integer());
const float = fc.oneof(fc.constantFrom(-1, 0, 1.5, 1e308, -1e308, 5e-324), fc.double({ noNaN: true, noDefaultInfinity: true }));
const dateTime = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  text,
);
const json = fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }));

/** Long strings shortened, so a finding stays readable. */
function abbreviate(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 60 ? `${JSON.stringify(value.slice(0, 20)).slice(1, -1)}… (${value.length} UTF-16 units)` : value;
  if (Array.isArray(value)) return value.map(abbreviate);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, abbreviate(inner)]));
  return value;
}

/**
 * Drives every query and mutation of a GraphQL endpoint (found by introspection), and every field
 * with arguments of the given entities, with arbitrary values in every argument and input field
 * (fast-check, seeded, a fixed number of requests each), once per caller class, and
 * returns every answer that was an internal error or a 5xx: bad input must always get a typed error.
 */
export async function fuzzEveryOperation(url: string, options: FuzzOptions): Promise<FuzzFinding[]> {
  const runs = Number(process.env.FUZZ_RUNS ?? options.runs ?? 12);
  const seed = Number(process.env.FUZZ_SEED ?? options.seed ?? 20261207);
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return { status: response.status, body };
  };

  const introspectionToken = Object.values(options.callers).find(Boolean);
  const introspection = await post(SCHEMA_QUERY, {}, introspectionToken);
  const schema = (introspection.body.data as { __schema: IntrospectedSchema }).__schema;
  const types = new Map(schema.types.map((type) => [type.name, type]));

  const valueOf = (ref: TypeRef, name: string, depth: number): fc.Arbitrary<unknown> => {
    if (ref.kind === 'NON_NULL') return valueOf(ref.ofType!, name, depth);
    const nullable = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
    if (ref.kind === 'LIST') return nullable(fc.array(valueOf(ref.ofType!, name, depth), { maxLength: 3 }));
    const type = types.get(ref.name!)!;
    if (type.kind === 'ENUM') return fc.constantFrom(...type.enumValues!.map((value) => value.name));
    if (type.kind === 'INPUT_OBJECT') {
      if (depth >= MAX_INPUT_DEPTH) return fc.constant({});
      const fields = type.inputFields!;
      return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, field.name, depth + 1)])), {
        requiredKeys: fields.filter((field) => field.type.kind === 'NON_NULL').map((field) => field.name),
      });
    }
    switch (type.name) {
      case 'String':
        if (/email/i.test(name)) return fc.oneof(fc.emailAddress(), text);
        if (/slug/i.test(name)) return fc.oneof(fc.constant('demo'), text);
        return text;
      case 'ID':
        return id;
      case 'Int':
        return int;
      case 'Float':
        return float;
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
      case 'Date':
      case 'DateTimeISO':
        return dateTime;
      case 'JSON':
      case 'JSONObject':
        return json;
      default:
        return text;
    }
  };

  const selectionOf = (ref: TypeRef): string => {
    const type = types.get(namedOf(ref).name!)!;
    if (type.kind === 'UNION') return ' { __typename }';
    if (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE') return '';
    const scalars = (type.fields ?? [])
      .filter((field) => field.args.every((arg) => arg.type.kind !== 'NON_NULL'))
      .filter((field) => ['SCALAR', 'ENUM'].includes(types.get(namedOf(field.type).name!)!.kind))
      .map((field) => field.name);
    return ` { __typename ${scalars.join(' ')} }`;
  };

  const findings: FuzzFinding[] = [];
  // What the requests got, by outcome (`data`, or the first error code): printed with FUZZ_REPORT=1.
  const outcomes = new Map<string, number>();
  const drive = async (operation: string, query: string, variables: fc.Arbitrary<Record<string, unknown>>) => {
    for (const [caller, token] of Object.entries(options.callers)) {
      let finding: FuzzFinding | undefined;
      await fc.check(
        fc.asyncProperty(variables, async (values) => {
          const { status, body } = await post(query, values, token);
          const outcome = `${status} ${body.errors?.[0]?.extensions?.code ?? 'data'}`;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const internal = (body.errors ?? []).filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR' || !error.extensions?.code);
          if (status < 500 && internal.length === 0) return true;
          finding = {
            operation,
            caller,
            status,
            errors: (body.errors ?? []).map((error) => `${error.extensions?.code ?? 'no code'}: ${error.message}`),
            variables: abbreviate(values),
          };
          return false;
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
      if (finding) findings.push(finding);
    }
  };
  const argumentsOf = (field: IntrospectedField) => ({
    declarations: field.args.map((arg) => `$${arg.name}: ${printType(arg.type)}`),
    args: field.args.length ? `(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '',
    variables: fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type, arg.name, 0)])), {
      requiredKeys: field.args.filter((arg) => arg.type.kind === 'NON_NULL').map((arg) => arg.name),
    }),
  });

  for (const { keyword, field } of rootFields(schema)) {
    if (options.skip?.includes(field.name)) continue;
    const { declarations, args, variables } = argumentsOf(field);
    await drive(
      field.name,
      `${keyword}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${args}${selectionOf(field.type)} }`,
      variables,
    );
  }
  for (const representation of options.entities ?? []) {
    const typename = String(representation.__typename);
    for (const field of types.get(typename)?.fields ?? []) {
      if (field.args.length === 0) continue;
      const { declarations, args, variables } = argumentsOf(field);
      const query = `query($representations: [_Any!]!, ${declarations.join(', ')}) { _entities(representations: $representations) { ... on ${typename} { ${field.name}${args}${selectionOf(field.type)} } } }`;
      await drive(
        `${typename}.${field.name}`,
        query,
        variables.map((values) => ({ ...values, representations: [representation] })),
      );
    }
  }
  if (process.env.FUZZ_REPORT) console.log(`${url}: ${[...outcomes].map(([outcome, count]) => `${outcome} ×${count}`).join(', ')}`);
  return findings;
}
