import {
  Kind,
  TypeInfo,
  isAbstractType,
  print,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
  type FieldNode,
  type ValueNode,
  getNamedType,
  isObjectType,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';

/**
 * The query that loads what one subscriber selected under a subscription field, through the
 * gateway: `query($id: ID!) { <rootField>(id: $id) { <the client's selection> } }` with the
 * fragments and variables that selection uses. Aliases are kept, so the result is keyed by the
 * client's response keys.
 */
export interface SelectionFetch {
  query: string;
  /** The variable that receives the entity id (never clashes with the client's variables). */
  idVariable: string;
  /** Values of the client's variables the selection uses. */
  variables: Record<string, unknown>;
  /** Identifies the fetch (query and variables): equal keys load equal data for the same viewer. */
  key: string;
}

export const FETCH_OPERATION_NAME = 'GatewaySubscriptionSelection';

function fragmentSpreads(selections: readonly SelectionNode[], into: Set<string>, fragments: Record<string, FragmentDefinitionNode>): void {
  for (const selection of selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      if (into.has(name)) continue;
      into.add(name);
      const fragment = fragments[name];
      if (fragment) fragmentSpreads(fragment.selectionSet.selections, into, fragments);
    } else if (selection.selectionSet) {
      fragmentSpreads(selection.selectionSet.selections, into, fragments);
    }
  }
}

function variablesUsed(nodes: readonly (SelectionNode | FragmentDefinitionNode)[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  }
  return names;
}

function freeName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name); i++) name = `${wanted}${i}`;
  return name;
}

/** JSON with sorted object keys, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Adds `__typename` under interfaces and unions, so the subscription can tell the concrete types apart. */
function withTypenames(document: DocumentNode, schema: GraphQLSchema): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet: {
        leave(selectionSet: SelectionSetNode) {
          const parent = typeInfo.getParentType();
          if (!parent || !isAbstractType(parent)) return undefined;
          const has = selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
          if (has) return undefined;
          return {
            ...selectionSet,
            selections: [...selectionSet.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
          };
        },
      },
    }),
  );
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const variable = (value: string) => ({ kind: Kind.VARIABLE, name: name(value) }) as const;
const idType = (nonNull: boolean) =>
  nonNull ? ({ kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('ID') } } as const) : ({ kind: Kind.NAMED_TYPE, name: name('ID') } as const);

function field(fieldName: string, options: { alias?: string; args?: Record<string, ValueNode>; selections?: readonly SelectionNode[] } = {}): FieldNode {
  return {
    kind: Kind.FIELD,
    alias: options.alias ? name(options.alias) : undefined,
    name: name(fieldName),
    arguments: Object.entries(options.args ?? {}).map(([argName, value]) => ({ kind: Kind.ARGUMENT, name: name(argName), value })),
    selectionSet: options.selections ? { kind: Kind.SELECTION_SET, selections: options.selections } : undefined,
  };
}

/** Variables the gateway adds to a fetch, renamed when the client already uses the name. */
export interface FetchVariables {
  /** Name wanted → name used. */
  [wanted: string]: string;
}

/**
 * The query around the client's selections: `rootFields(vars)` builds the root fields from the
 * gateway's own variables (`{ id: 'id2' }` when the client has an `$id`), the client's fragments
 * and variables follow only as far as those selections use them.
 */
function buildFetch(
  info: GraphQLResolveInfo,
  clientSelections: readonly SelectionNode[],
  ownVariables: Record<string, { nonNull: boolean }>,
  rootFields: (names: FetchVariables) => readonly SelectionNode[],
): SelectionFetch & { names: FetchVariables } {
  const fragmentNames = new Set<string>();
  fragmentSpreads(clientSelections, fragmentNames, info.fragments);
  const fragments = [...fragmentNames].map((fragmentName) => info.fragments[fragmentName]).filter(Boolean);
  const used = variablesUsed([...clientSelections, ...fragments]);
  const clientDefinitions = info.operation.variableDefinitions ?? [];
  const taken = new Set(clientDefinitions.map((d) => d.variable.name.value));
  const names: FetchVariables = {};
  for (const wanted of Object.keys(ownVariables)) taken.add((names[wanted] = freeName(wanted, taken)));
  const variableDefinitions: VariableDefinitionNode[] = [
    ...Object.entries(ownVariables).map(([wanted, { nonNull }]) => ({
      kind: Kind.VARIABLE_DEFINITION as const,
      variable: variable(names[wanted]),
      type: idType(nonNull),
    })),
    ...clientDefinitions.filter((d) => used.has(d.variable.name.value)),
  ];
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: name(FETCH_OPERATION_NAME),
    variableDefinitions,
    selectionSet: { kind: Kind.SELECTION_SET, selections: rootFields(names) },
  };
  const document = withTypenames({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, info.schema);
  const query = print(document);
  const variables: Record<string, unknown> = {};
  for (const used_ of used) if (info.variableValues[used_] !== undefined) variables[used_] = info.variableValues[used_];
  return { query, idVariable: names.id, variables, key: `${query}\n${canonicalJson(variables)}`, names };
}

/**
 * Builds the fetch for the subscription field being resolved (`info`): its selection under
 * `rootField(id: $id)` of the Query type.
 */
export function buildSelectionFetch(info: GraphQLResolveInfo, rootField: string): SelectionFetch {
  const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  const { names: _names, ...fetch } = buildFetch(info, selections, { id: { nonNull: true } }, (names) => [
    field(rootField, { args: { id: variable(names.id) }, selections }),
  ]);
  return fetch;
}

/**
 * The fields a client selected on the object a subscription yields (fragments and inline
 * fragments flattened, `@include`/`@skip` applied): response key → field nodes.
 */
export function selectedFields(info: GraphQLResolveInfo): Map<string, readonly FieldNode[]> {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) throw new Error(`${info.fieldName} must return an object type`);
  return collectSubfields(info.schema, info.fragments, info.variableValues, type, info.fieldNodes);
}

/** Response key → field name for the fields the gateway fills from the event itself. */
export function eventFieldKeys(fields: Map<string, readonly FieldNode[]>, except: string[] = []): [responseKey: string, fieldName: string][] {
  return [...fields].filter(([, nodes]) => !except.includes(nodes[0].name.value)).map(([key, nodes]) => [key, nodes[0].name.value]);
}

/** The client's object-typed field selected under each response key, e.g. every alias of `message`. */
function subselectionsOf(fields: Map<string, readonly FieldNode[]>, fieldName: string): [responseKey: string, selections: SelectionNode[]][] {
  return [...fields]
    .filter(([, nodes]) => nodes[0].name.value === fieldName)
    .map(([key, nodes]) => [key, nodes.flatMap((node) => node.selectionSet?.selections ?? [])]);
}

/**
 * The fetch of an entity the subscription's object holds under `fieldName` (MessageEvent.message),
 * with the root field aliased by the client's response key: `query($id: ID!) { msg: message(id:
 * $id) { … } }`, so the result's data is already keyed like the subscription's object. Every alias
 * of the field gets its own root field (same id).
 */
export function buildEntityFieldFetch(
  info: GraphQLResolveInfo,
  fields: Map<string, readonly FieldNode[]>,
  fieldName: string,
  rootField: string,
): SelectionFetch & { responseKeys: string[] } {
  const parts = subselectionsOf(fields, fieldName);
  const { names: _names, ...fetch } = buildFetch(
    info,
    parts.flatMap(([, selections]) => selections),
    { id: { nonNull: true } },
    (names) => parts.map(([key, selections]) => field(rootField, { alias: key, args: { id: variable(names.id) }, selections })),
  );
  return { ...fetch, responseKeys: parts.map(([key]) => key) };
}

/** Alias under which a replayed message's id is fetched (the client's selection may lack `id`). */
export const REPLAY_ID_KEY = 'gatewayReplayMessageId';
export const REPLAY_PAGE_SIZE = 100;

/** One page of a replay: per response key, the messages' selections in order, plus the ids and the page end. */
export interface ReplayFetch extends SelectionFetch {
  afterVariable: string;
  responseKeys: string[];
}

/**
 * The fetch that replays a conversation's messages after a cursor with the client's `message`
 * selection: `query($id: ID!, $after: ID) { conversation(id: $id) { <key>: messages(after: $after,
 * first: 100) { edges { node { gatewayReplayMessageId: id … } } pageInfo { hasNextPage endCursor } } } }`.
 */
export function buildReplayFetch(info: GraphQLResolveInfo, fields: Map<string, readonly FieldNode[]>, fieldName: string): ReplayFetch {
  const selected = subselectionsOf(fields, fieldName);
  // Without a selected message the replay still needs the messages' ids.
  const parts: [string, SelectionNode[]][] = selected.length > 0 ? selected : [['gatewayReplayMessages', []]];
  const { names, ...fetch } = buildFetch(
    info,
    parts.flatMap(([, selections]) => selections),
    { id: { nonNull: true }, after: { nonNull: false } },
    (names) => [
      field('conversation', {
        args: { id: variable(names.id) },
        selections: parts.map(([key, selections]) =>
          field('messages', {
            alias: key,
            args: { after: variable(names.after), first: { kind: Kind.INT, value: String(REPLAY_PAGE_SIZE) } },
            selections: [
              field('edges', { selections: [field('node', { selections: [field('id', { alias: REPLAY_ID_KEY }), ...selections] })] }),
              field('pageInfo', { selections: [field('hasNextPage'), field('endCursor')] }),
            ],
          }),
        ),
      }),
    ],
  );
  return { ...fetch, afterVariable: names.after, responseKeys: parts.map(([key]) => key) };
}
