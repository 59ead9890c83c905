import { printSchema } from 'graphql';
import { withSubscriptionTypes } from '../subscriptions/schema';
import { apiSchemaOf } from './compose';

const HEADER =
  '# The schema clients see: the API schema of gateway/supergraph.graphql plus the subscriptions the gateway serves\n' +
  '# itself over graphql-ws. Written by `npm run compose`; the web client generates its operation types from it.\n\n';

/** The client-facing schema of a supergraph, as SDL (no federation metadata). */
export function clientSchemaSdl(supergraphSdl: string): string {
  return `${HEADER}${printSchema(withSubscriptionTypes(apiSchemaOf(supergraphSdl)))}\n`;
}
