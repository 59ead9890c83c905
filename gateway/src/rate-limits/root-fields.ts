import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

type Counts = Map<string, number>;

function add(into: Counts, from: Counts): void {
  for (const [name, count] of from) into.set(name, (into.get(name) ?? 0) + count);
}

/**
 * How often each root field occurs in the operation: every alias counts, fragments and inline
 * fragments are followed, `@skip`/`@include` are ignored (counting a skipped field is the safe side).
 * Each fragment is counted once and reused, so nested spreads cost no more than the document's size.
 */
export function rootFieldCounts(operation: OperationDefinitionNode, document: DocumentNode): Counts {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCounts = new Map<string, Counts>();
  const countSelections = (selectionSet: SelectionSetNode, visiting: Set<string>): Counts => {
    const counts: Counts = new Map();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) add(counts, new Map([[selection.name.value, 1]]));
      else if (selection.kind === Kind.INLINE_FRAGMENT) add(counts, countSelections(selection.selectionSet, visiting));
      else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation refuses cycles before this runs; `visiting` only keeps a bad document from looping.
        if (!fragment || visiting.has(name)) continue;
        let counted = fragmentCounts.get(name);
        if (!counted) {
          counted = countSelections(fragment.selectionSet, new Set([...visiting, name]));
          fragmentCounts.set(name, counted);
        }
        add(counts, counted);
      }
    }
    return counts;
  };
  return countSelections(operation.selectionSet, new Set());
}
