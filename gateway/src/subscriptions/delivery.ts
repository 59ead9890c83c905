import { GraphQLError, responsePathAsArray, type GraphQLFieldResolver, type GraphQLFormattedError } from 'graphql';

/**
 * One event's data for one group of subscribers: what the gateway returned for their selection,
 * keyed by response key (aliases included), with the errors of that fetch.
 */
export interface Delivery {
  /** The entity as selected; null when it could not be loaded (see errors). */
  data: Record<string, unknown> | null;
  errors: readonly GraphQLFormattedError[];
  /** Identifies what was delivered (an added message's id), so a replay and live events never deliver it twice. */
  dedupeKey?: string;
}

/** Errors of the fetch that produced an object, by object, so nested fields can report them. */
const errorsByObject = new WeakMap<object, readonly GraphQLFormattedError[]>();

function remember(value: unknown, errors: readonly GraphQLFormattedError[]): void {
  if (value === null || typeof value !== 'object') return;
  errorsByObject.set(value, errors);
  for (const child of Array.isArray(value) ? value : Object.values(value)) remember(child, errors);
}

/**
 * Turns a gateway response for `query { <rootField>(id: …) { … } }` into a delivery. Error paths
 * lose their first segment (the root field), so they line up with the subscription's paths.
 * Without a root field the whole result is the delivery (its root fields are already aliased by
 * the subscription's response keys), and the paths stay as they are.
 */
export function deliveryFrom(result: { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }, rootField?: string): Delivery {
  const data = rootField === undefined ? (result.data ?? null) : ((result.data?.[rootField] as Record<string, unknown> | null | undefined) ?? null);
  const errors = rootField === undefined ? [...(result.errors ?? [])] : (result.errors ?? []).map((error) => ({ ...error, path: error.path?.slice(1) }));
  return withErrors(data, errors);
}

/** A delivery whose nested nulls are explained by `errors` (paths relative to the subscription field). */
export function withErrors(data: Record<string, unknown> | null, errors: readonly GraphQLFormattedError[]): Delivery {
  if (errors.length > 0) remember(data, errors);
  return { data, errors };
}

export function toGraphQLError(error: GraphQLFormattedError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions });
}

function samePath(a: readonly (string | number)[] | undefined, b: readonly (string | number)[]): boolean {
  return !!a && a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/**
 * The subscription's nested fields read the fetched data by response key (an aliased field was
 * fetched under its alias). A null that the fetch explained with an error raises that error at
 * the same path.
 */
export const responseKeyFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const value = (source as Record<string, unknown>)[info.path.key as string];
  if (value === null || value === undefined) {
    const errors = errorsByObject.get(source);
    if (errors) {
      const path = responsePathAsArray(info.path).slice(1);
      const error = errors.find((e) => samePath(e.path, path));
      if (error) throw toGraphQLError(error);
    }
  }
  return value;
};
