import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { CostDirectives, ListSize } from './cost-directives';

/** What a mutation's root field costs by itself unless it says otherwise (the cost spec's convention). */
export const MUTATION_WEIGHT = 10;

/** Where a list's length comes from: the slicing arguments as the operation gives them, else a fixed size. */
interface SizeRule {
  /** One entry per slicing argument the field has: a literal, a variable, or the argument's default. */
  slicing: { literal?: number; variable?: string; defaultValue?: number }[];
  /** When no slicing argument has a value: `assumedSize`, else the default list size. */
  fallback: number;
}

/** One response key of a selection, compiled. */
interface FieldCost {
  /** Where the field's value is in the response. */
  key: string;
  /** `@cost` of the field (the work of resolving it), counted once per parent item. */
  fieldWeight: number;
  /** What each returned item costs by itself: its type's `@cost`, else 1 for objects, 0 for leaves. */
  itemWeight: number;
  /** The items' length when the field is a list (its own `@listSize`, or its parent's `sizedFields`). */
  size?: SizeRule;
  /** Lists in lists (`[[T]]`): the inner lists have the default size, multiplied in here. */
  innerItems: number;
  children?: SelectionCost;
}

/** A selection set: fields for any type, plus fields only for some object types (the costliest counts). */
interface SelectionCost {
  common: FieldCost[];
  byType: FieldCost[][];
}

/** An operation's cost, compiled once per document: estimated from its variables, actual from its response. */
export interface CompiledCost {
  estimate(variables: Record<string, unknown> | undefined): number;
  /** The same weights applied to what the response holds: the objects and lists actually returned. */
  actual(data: Record<string, unknown> | null | undefined): number;
}

function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : undefined;
}

function sizeOf(rule: SizeRule, variables: Record<string, unknown> | undefined): number {
  let given: number | undefined;
  let defaults: number | undefined;
  for (const argument of rule.slicing) {
    const value = argument.literal ?? (argument.variable !== undefined ? integer(variables?.[argument.variable]) : undefined);
    if (value !== undefined) given = Math.max(given ?? 0, value);
    else if (argument.defaultValue !== undefined) defaults = Math.max(defaults ?? 0, argument.defaultValue);
  }
  return given ?? defaults ?? rule.fallback;
}

function evaluate(selection: SelectionCost, variables: Record<string, unknown> | undefined): number {
  let total = 0;
  for (const field of selection.common) total += evaluateField(field, variables);
  let costliest = 0;
  for (const group of selection.byType) {
    let sum = 0;
    for (const field of group) sum += evaluateField(field, variables);
    costliest = Math.max(costliest, sum);
  }
  return total + costliest;
}

function evaluateField(field: FieldCost, variables: Record<string, unknown> | undefined): number {
  const perItem = field.itemWeight + (field.children ? evaluate(field.children, variables) : 0);
  const items = (field.size ? sizeOf(field.size, variables) : 1) * field.innerItems;
  return field.fieldWeight + items * perItem;
}

/**
 * Compiles the static cost of one operation (IBM's GraphQL cost spec, as Apollo Router and Cosmo
 * apply Federation's `@cost` and `@listSize`): each object costs 1 (or its type's `@cost`),
 * scalars and enums 0, a field's `@cost` adds its weight, a list multiplies what each item costs
 * by its size — the slicing argument (`first`) the operation passes, that argument's default,
 * `assumedSize`, or `defaultListSize` — and `sizedFields` hand that size to the named child
 * lists (a connection's `edges`). Mutation root fields cost 10 unless they declare a weight.
 * Fragments on several object types count the costliest; `@skip`/`@include` are ignored (the
 * estimate is an upper bound); introspection costs nothing. Expects a validated document.
 */
export function compileCost(
  schema: GraphQLSchema,
  directives: CostDirectives,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  defaultListSize: number,
): CompiledCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const variableDefaults = new Map<string, number | undefined>(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue ? integer(valueFromASTUntyped(definition.defaultValue)) : undefined,
    ]),
  );

  const sizeRule = (listSize: ListSize | undefined, fieldDef: GraphQLField<unknown, unknown>, node: FieldNode): SizeRule => {
    const slicing = (listSize?.slicingArguments ?? []).map((name) => {
      const given = node.arguments?.find((arg) => arg.name.value === name)?.value;
      const defaultValue = integer(fieldDef.args.find((arg) => arg.name === name)?.defaultValue);
      if (given?.kind === Kind.VARIABLE) return { variable: given.name.value, defaultValue: variableDefaults.get(given.name.value) ?? defaultValue };
      const literal = given && given.kind !== Kind.NULL ? integer(valueFromASTUntyped(given)) : undefined;
      return { literal, defaultValue };
    });
    return { slicing, fallback: listSize?.assumedSize ?? defaultListSize };
  };

  /** Groups the selections of `nodes` by response key, fragments in place, per narrowing object type. */
  const collect = (parentType: GraphQLCompositeType, selectionSets: readonly SelectionSetNode[]) => {
    const common = new Map<string, FieldNode[]>();
    const byType = new Map<string, Map<string, FieldNode[]>>();
    const visit = (selectionSet: SelectionSetNode, narrowedTo: string | undefined, visited: Set<string>) => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const target = narrowedTo === undefined ? common : (byType.get(narrowedTo) ?? byType.set(narrowedTo, new Map()).get(narrowedTo)!);
          const key = selection.alias?.value ?? selection.name.value;
          const list = target.get(key);
          if (list) list.push(selection);
          else target.set(key, [selection]);
          continue;
        }
        let typeCondition: string | undefined;
        let inner: SelectionSetNode;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          typeCondition = selection.typeCondition?.name.value;
          inner = selection.selectionSet;
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visited.has(name)) continue;
          visited.add(name);
          typeCondition = fragment.typeCondition.name.value;
          inner = fragment.selectionSet;
        }
        const conditionType = typeCondition ? schema.getType(typeCondition) : undefined;
        // Narrowing to one object type other than the parent's: only those items select it.
        const narrows = isAbstractType(parentType) && conditionType && isObjectType(conditionType) ? conditionType.name : undefined;
        visit(inner, narrows ?? narrowedTo, visited);
      }
    };
    const visited = new Set<string>();
    for (const selectionSet of selectionSets) visit(selectionSet, undefined, visited);
    return { common, byType };
  };

  const compileSelection = (
    parentType: GraphQLCompositeType,
    selectionSets: readonly SelectionSetNode[],
    sized: Map<string, SizeRule> | undefined,
    isMutationRoot: boolean,
  ): SelectionCost => {
    const { common, byType } = collect(parentType, selectionSets);
    const compileGroup = (group: Map<string, FieldNode[]>, typeName: string) => {
      const owner = schema.getType(typeName);
      const compiled: FieldCost[] = [];
      for (const nodes of group.values()) {
        const field = compileField(owner && isObjectType(owner) ? owner : parentType, nodes, sized, isMutationRoot);
        if (field) compiled.push(field);
      }
      return compiled;
    };
    return {
      common: compileGroup(common, parentType.name),
      byType: [...byType.entries()].map(([typeName, group]) => compileGroup(group, typeName)),
    };
  };

  const compileField = (
    parentType: GraphQLCompositeType,
    nodes: FieldNode[],
    sized: Map<string, SizeRule> | undefined,
    isMutationRoot: boolean,
  ): FieldCost | undefined => {
    const name = nodes[0].name.value;
    if (name.startsWith('__')) return undefined;
    const fieldDef = 'getFields' in parentType ? parentType.getFields()[name] : undefined;
    if (!fieldDef) return undefined;
    const coordinate = `${parentType.name}.${name}`;
    const namedType = getNamedType(fieldDef.type);
    const composite = isCompositeType(namedType);
    const itemWeight = directives.typeWeights.get(namedType.name) ?? (composite ? 1 : 0);
    const fieldWeight = directives.fieldWeights.get(coordinate) ?? (isMutationRoot ? MUTATION_WEIGHT : 0);
    const listSize = directives.listSizes.get(coordinate);

    let listLevels = 0;
    for (let type = getNullableType(fieldDef.type); isListType(type); type = getNullableType(type.ofType)) listLevels++;
    let size = sized?.get(name);
    if (!size && listLevels > 0) size = sizeRule(listSize?.sizedFields.length ? undefined : listSize, fieldDef, nodes[0]);
    let childSizes: Map<string, SizeRule> | undefined;
    if (listSize?.sizedFields.length) {
      const rule = sizeRule(listSize, fieldDef, nodes[0]);
      childSizes = new Map(listSize.sizedFields.map((child) => [child, rule]));
    }

    const selectionSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const children = composite && selectionSets.length > 0 ? compileSelection(namedType, selectionSets, childSizes, false) : undefined;
    return { key: nodes[0].alias?.value ?? name, fieldWeight, itemWeight, size, innerItems: defaultListSize ** Math.max(0, listLevels - 1), children };
  };

  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { estimate: () => 0, actual: () => 0 };
  const root = compileSelection(rootType, [operation.selectionSet], undefined, operation.operation === 'mutation');
  return { estimate: (variables) => evaluate(root, variables), actual: (data) => (data ? measure(root, data) : 0) };
}

function measure(selection: SelectionCost, data: Record<string, unknown>): number {
  let total = 0;
  for (const field of selection.common) total += measureField(field, data);
  // Only the fields of the object's own type are in the response.
  for (const group of selection.byType) for (const field of group) total += measureField(field, data);
  return total;
}

function measureField(field: FieldCost, data: Record<string, unknown>): number {
  if (!(field.key in data)) return 0;
  return field.fieldWeight + measureValue(field, data[field.key]);
}

function measureValue(field: FieldCost, value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) {
    let sum = 0;
    for (const item of value) sum += measureValue(field, item);
    return sum;
  }
  if (field.children && typeof value === 'object') return field.itemWeight + measure(field.children, value as Record<string, unknown>);
  return field.itemWeight;
}
