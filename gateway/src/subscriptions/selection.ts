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
} from 'graphql';

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

/**
 * Builds the fetch for the subscription field being resolved (`info`): its selection under
 * `rootField(id: $id)` of the Query type.
 */
export function buildSelectionFetch(info: GraphQLResolveInfo, rootField: string): SelectionFetch {
  const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  const fragmentNames = new Set<string>();
  fragmentSpreads(selections, fragmentNames, info.fragments);
  const fragments = [...fragmentNames].map((name) => info.fragments[name]).filter(Boolean);
  const used = variablesUsed([...selections, ...fragments]);
  const clientDefinitions = info.operation.variableDefinitions ?? [];
  const idVariable = freeName('id', new Set(clientDefinitions.map((d) => d.variable.name.value)));
  const variableDefinitions: VariableDefinitionNode[] = [
    {
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idVariable } },
      type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
    },
    ...clientDefinitions.filter((d) => used.has(d.variable.name.value)),
  ];
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: FETCH_OPERATION_NAME },
    variableDefinitions,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          name: { kind: Kind.NAME, value: rootField },
          arguments: [
            {
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: 'id' },
              value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idVariable } },
            },
          ],
          selectionSet: { kind: Kind.SELECTION_SET, selections },
        },
      ],
    },
  };
  const document = withTypenames({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, info.schema);
  const query = print(document);
  const variables: Record<string, unknown> = {};
  for (const name of used) if (info.variableValues[name] !== undefined) variables[name] = info.variableValues[name];
  return { query, idVariable, variables, key: `${query}\n${canonicalJson(variables)}` };
}
