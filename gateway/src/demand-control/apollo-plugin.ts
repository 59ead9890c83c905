import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../http/context';
import type { CompiledCost } from './cost-estimate';
import { callerClassOf, type DemandControl } from './demand-control';
import { tokenLimitError } from './errors';

/**
 * Demand control in Apollo Server: after parsing (stopped at `maxTokens`) and validation, before
 * the gateway plans or fetches anything. A refused operation answers its typed error with HTTP
 * 400; an allowed one has its estimated and actual cost in the request log.
 */
export function demandControlPlugin(control: DemandControl): ApolloServerPlugin<GatewayContext> {
  const compiled = new WeakMap<GatewayContext, CompiledCost>();
  const listener: GraphQLRequestListener<GatewayContext> = {
    async didResolveOperation({ schema, document, operation, operationName, request, contextValue }) {
      // Subscription fetches were judged as the subscription they serve.
      if (!operation || contextValue.demandChecked) return;
      const caller = callerClassOf(contextValue.viewer);
      const verdict = control.check(schema, document, operationName, request.variables, caller);
      if (!verdict) return;
      if ('error' in verdict) {
        contextValue.log.info({ operationName, caller, ...verdict.error.extensions }, 'operation refused by demand control');
        throw new GraphQLError(verdict.error.message, { extensions: { ...verdict.error.extensions, http: { status: 400 } } });
      }
      if (contextValue.cost) contextValue.cost.estimated = verdict.estimatedCost;
      compiled.set(contextValue, verdict.cost);
    },
    async willSendResponse({ response, contextValue }) {
      const cost = compiled.get(contextValue);
      if (cost && contextValue.cost && response.body.kind === 'single') {
        contextValue.cost.actual = cost.actual(response.body.singleResult.data);
      }
    },
  };
  return { requestDidStart: async () => listener };
}

/**
 * Apollo Server reports a document over `parseOptions.maxTokens` as a parse failure; this
 * `formatError` step names it as the demand limit it is (the status stays 400).
 */
export function formatTokenLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const error = tokenLimitError(formatted);
  return error ? { message: error.message, extensions: error.extensions } : formatted;
}
