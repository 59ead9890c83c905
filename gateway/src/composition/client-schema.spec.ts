import { buildSchema } from 'graphql';
import { clientSchemaSdl } from './client-schema';
import { composeSupergraph, formatCompositionFailure } from './compose';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const notification = {
  name: 'notification',
  url: 'http://localhost:4106/graphql',
  sdl: `${LINK}\ntype Query { notification(id: ID!): Notification }\ntype Notification @key(fields: "id") { id: ID! title: String! }`,
};

function supergraphOf(subgraph: typeof notification): string {
  const result = composeSupergraph([subgraph]);
  if (!result.ok) throw new Error(formatCompositionFailure(result.errors, result.hints));
  return result.supergraphSdl;
}

describe('client schema', () => {
  it('is what clients may ask: the API schema and the subscriptions the gateway serves, without federation metadata', () => {
    const sdl = clientSchemaSdl(supergraphOf(notification));
    const schema = buildSchema(sdl);
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(['notification']);
    expect(Object.keys(schema.getSubscriptionType()?.getFields() ?? {})).toEqual(['notificationAdded']);
    expect(sdl).not.toMatch(/join__|link__|@key/);
  });

  it('has no Subscription type when the graph supports none', () => {
    const withoutLookup = {
      ...notification,
      sdl: `${LINK}\ntype Query { latest: Notification }\ntype Notification @key(fields: "id") { id: ID! title: String! }`,
    };
    expect(buildSchema(clientSchemaSdl(supergraphOf(withoutLookup))).getSubscriptionType()).toBeUndefined();
  });
});
