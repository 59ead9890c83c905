import { isTypeDefinitionNode, isTypeExtensionNode, Kind, parse, type ConstDirectiveNode, type ConstValueNode, type DocumentNode } from 'graphql';

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v0\.\d+$/;

/** `@listSize` of one field (Federation's cost spec). */
export interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
  requireOneSlicingArgument: boolean;
}

/** The `@cost` and `@listSize` the subgraphs declared, as composed into the supergraph. */
export interface CostDirectives {
  /** `@cost(weight:)` of a type, by type name. */
  typeWeights: Map<string, number>;
  /** `@cost(weight:)` of a field, by `Type.field`. */
  fieldWeights: Map<string, number>;
  /** `@listSize` of a field, by `Type.field`. */
  listSizes: Map<string, ListSize>;
}

/**
 * Names of the two directives in this supergraph: `@cost` is the spec's own directive (its name
 * follows the link's `as:`), `@listSize` may be imported under another name.
 */
function directiveNames(document: DocumentNode): { cost: string; listSize: string } | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = argumentsOf(link);
      if (typeof args.url !== 'string' || !COST_SPEC.test(args.url)) continue;
      const prefix = typeof args.as === 'string' ? args.as : 'cost';
      const names = { cost: prefix, listSize: `${prefix}__listSize` };
      for (const entry of Array.isArray(args.import) ? args.import : []) {
        if (entry === '@listSize') names.listSize = 'listSize';
        else if (entry && typeof entry === 'object' && (entry as { name?: unknown }).name === '@listSize') {
          names.listSize = String((entry as { as?: unknown }).as ?? '@listSize').replace(/^@/, '');
        }
      }
      return names;
    }
  }
  return undefined;
}

function valueOf(node: ConstValueNode): unknown {
  switch (node.kind) {
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(valueOf);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, valueOf(field.value)]));
  }
}

function argumentsOf(directive: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueOf(arg.value)]));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Reads every `@cost` and `@listSize` of a supergraph's SDL (none when it does not link the cost spec). */
export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const document = parse(supergraphSdl, { noLocation: true });
  const directives: CostDirectives = { typeWeights: new Map(), fieldWeights: new Map(), listSizes: new Map() };
  const names = directiveNames(document);
  if (!names) return directives;
  const weightOf = (nodes: readonly ConstDirectiveNode[] | undefined) => {
    const cost = nodes?.find((node) => node.name.value === names.cost);
    const weight = cost ? argumentsOf(cost).weight : undefined;
    return typeof weight === 'number' ? weight : undefined;
  };
  for (const definition of document.definitions) {
    if (!isTypeDefinitionNode(definition) && !isTypeExtensionNode(definition)) continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) directives.typeWeights.set(typeName, typeWeight);
    if (!('fields' in definition) || !definition.fields) continue;
    for (const field of definition.fields) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const coordinate = `${typeName}.${field.name.value}`;
      const weight = weightOf(field.directives);
      if (weight !== undefined) directives.fieldWeights.set(coordinate, weight);
      const listSize = field.directives?.find((node) => node.name.value === names.listSize);
      if (listSize) {
        const args = argumentsOf(listSize);
        directives.listSizes.set(coordinate, {
          assumedSize: typeof args.assumedSize === 'number' ? args.assumedSize : undefined,
          slicingArguments: strings(args.slicingArguments),
          sizedFields: strings(args.sizedFields),
          requireOneSlicingArgument: args.requireOneSlicingArgument !== false,
        });
      }
    }
  }
  return directives;
}
