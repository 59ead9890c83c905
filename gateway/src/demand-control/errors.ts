import { GraphQLError } from 'graphql';

/** The limits demand control enforces, as named in the error's `extensions.limit`. */
export type DemandLimit = 'tokens' | 'depth' | 'aliases' | 'rootFields' | 'cost';

export const DEMAND_LIMIT_EXCEEDED = 'DEMAND_LIMIT_EXCEEDED';

const WHAT: Record<DemandLimit, string> = {
  tokens: 'tokens',
  depth: 'levels of nesting',
  aliases: 'aliased fields',
  rootFields: 'root fields',
  cost: 'of estimated cost',
};

/**
 * The operation asks for more than the caller may: nothing of it runs (over HTTP with status
 * 400: the request is refused as it is, repeating it cannot succeed). For `tokens`, `measured` is where parsing
 * stopped: the document has at least that many.
 */
export function demandLimitExceeded(limit: DemandLimit, measured: number, allowed: number): GraphQLError {
  const prefix = limit === 'tokens' ? 'at least ' : '';
  return new GraphQLError(`The operation is too demanding: ${prefix}${measured} ${WHAT[limit]}, at most ${allowed} allowed.`, {
    extensions: { code: DEMAND_LIMIT_EXCEEDED, limit, measured, allowed },
  });
}

// graphql-js 16 words it "more that".
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens\. Parsing aborted\.$/;

/** graphql-js's refusal of a document over `maxTokens`, as a demand-control error; undefined for other errors. */
export function tokenLimitError(error: { message: string } | undefined): GraphQLError | undefined {
  const match = error ? TOKEN_LIMIT_MESSAGE.exec(error.message) : null;
  if (!match) return undefined;
  const allowed = Number(match[1]);
  return demandLimitExceeded('tokens', allowed + 1, allowed);
}
