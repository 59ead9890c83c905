/**
 * Federation's demand-control directives (`@cost`, `@listSize`) as type-graphql `@Directive`
 * arguments. The gateway estimates an operation's cost from them before it plans or fetches:
 * an object costs 1, a scalar or enum 0, a list its size times its items, and a field with
 * `@cost(weight:)` adds that weight once (the work of resolving it, e.g. a search).
 */

/** `@cost(weight: n)`: resolving this field costs n on top of what it returns (a scan, a count, a search). */
export function cost(weight: number): string {
  return `@cost(weight: ${weight})`;
}

/**
 * A connection paged by `first`: its `edges` are as many as `first` asks for (the argument's
 * default when not given, else `assumedSize`).
 */
export function connectionListSize(assumedSize?: number): string {
  const assumed = assumedSize === undefined ? '' : `assumedSize: ${assumedSize}, `;
  return `@listSize(${assumed}slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)`;
}

/** A list whose length is `first` (its default when not given, else `assumedSize`). */
export function slicedListSize(assumedSize?: number, slicingArguments: string[] = ['first']): string {
  const assumed = assumedSize === undefined ? '' : `assumedSize: ${assumedSize}, `;
  return `@listSize(${assumed}slicingArguments: ${JSON.stringify(slicingArguments)}, requireOneSlicingArgument: false)`;
}

/** A list that is usually about this long (no argument bounds it). */
export function assumedListSize(assumedSize: number): string {
  return `@listSize(assumedSize: ${assumedSize})`;
}
