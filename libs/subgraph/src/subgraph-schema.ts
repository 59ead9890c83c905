import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { specifiedDirectives, type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '@kizuna/auth';
import { guardArguments, textKinds } from './input-guard';

// v2.9 brings @cost and @listSize: the gateway's demand control reads them from the supergraph.
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@interfaceObject", "@cost", "@listSize"])';

/** What a service declares about its part of the graph (no database needed to build it). */
export interface SubgraphDefinition {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
}

/** `__resolveReference` per entity type the service owns or extends. */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function buildTypeGraphqlSchema(definition: SubgraphDefinition, container?: ContainerType): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    authChecker,
    container,
    skipCheck: true,
    directives: [...specifiedDirectives],
    validate: false,
  });
}

/** The subgraph's SDL with the Federation 2 link: the input of supergraph composition. */
export async function printSubgraphSdl(definition: SubgraphDefinition): Promise<string> {
  const schema = await buildTypeGraphqlSchema(definition);
  return `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}\n`;
}

/** Builds the executable Federation 2 schema from type-graphql resolvers plus reference resolvers, every argument behind the input guard. */
export async function buildFederatedSchema(
  definition: SubgraphDefinition,
  options: { container?: ContainerType; references?: ReferenceResolvers } = {},
): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphqlSchema(definition, options.container);
  const typeDefs = gql(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference };
  }
  return guardArguments(buildSubgraphSchema({ typeDefs, resolvers }), textKinds(schema));
}

/** A container that hands type-graphql the resolver instances the service built with their dependencies. */
export function instanceContainer(instances: object[]): ContainerType {
  return {
    get(someClass) {
      const found = instances.find((instance) => instance.constructor === someClass);
      if (!found) throw new Error(`No instance provided for resolver ${(someClass as { name?: string }).name}`);
      return found;
    },
  };
}
