import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** What an operation asks for, counted over its fields with every fragment spread in place. */
export interface OperationShape {
  /** The deepest field's nesting (a root field is 1). */
  depth: number;
  /** Fields asked for under an alias. */
  aliases: number;
  /** Fields at the root of the operation (what the gateway plans one by one). */
  rootFields: number;
}

interface SelectionShape {
  depth: number;
  aliases: number;
  fields: number;
}

/**
 * Depth, aliases and root fields of one operation. Each fragment is measured once and its
 * figures reused wherever it is spread, so a document of fragments spreading fragments (each
 * doubling the last) is measured in time linear in its size while its counts grow as they
 * would at execution. Expects a validated document (no unknown or cyclic fragments).
 */
export function operationShape(document: DocumentNode, operation: OperationDefinitionNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, SelectionShape>();
  const inProgress = new Set<string>();

  const measure = (selectionSet: SelectionSetNode): SelectionShape => {
    const shape: SelectionShape = { depth: 0, aliases: 0, fields: 0 };
    for (const selection of selectionSet.selections) {
      let inner: SelectionShape;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? measure(selection.selectionSet) : { depth: 0, aliases: 0, fields: 0 };
        inner = { depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0), fields: 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const known = measured.get(name);
        const fragment = fragments.get(name);
        if (known) inner = known;
        else if (!fragment || inProgress.has(name))
          continue; // validation refuses these
        else {
          inProgress.add(name);
          inner = measure(fragment.selectionSet);
          inProgress.delete(name);
          measured.set(name, inner);
        }
      }
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.aliases += inner.aliases;
      shape.fields += inner.fields;
    }
    return shape;
  };

  const root = measure(operation.selectionSet);
  return { depth: root.depth, aliases: root.aliases, rootFields: root.fields };
}
