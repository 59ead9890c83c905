import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import Negotiator from 'negotiator';

const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';

/** Errors of a request that did not run: the document or its variables were wrong. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` gets every well-formed
 * GraphQL response with 200, errors in the body, since an intermediary may replace the body of a
 * 4xx answer in that media type. With `application/graphql-response+json` a document or
 * variables that cannot run stay 4xx, as Apollo Server answers. Demand-control refusals and
 * authentication errors keep their own status.
 */
export function graphqlResponseStatusPlugin(): ApolloServerPlugin {
  const listener: GraphQLRequestListener<never> = {
    async willSendResponse({ request, response }) {
      if (response.http.status !== 400 || response.body.kind !== 'single') return;
      const { data, errors } = response.body.singleResult;
      if (data !== undefined || !errors?.length || !errors.every((error) => REQUEST_ERRORS.has(String(error.extensions?.code)))) return;
      const accept = request.http?.headers.get('accept');
      // The same choice Apollo Server makes for the response's content type; no accept header means application/json.
      const chosen = accept ? new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) : APPLICATION_JSON;
      if (chosen === APPLICATION_JSON) response.http.status = 200;
    },
  };
  return { requestDidStart: async () => listener };
}
