import { composeServices, type CompositionSuccess } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { GraphQLError, getLocation, parse, type GraphQLSchema } from 'graphql';
import type { SubgraphSdl } from './subgraphs';

export type CompositionHint = CompositionSuccess['hints'][number];

export type Composition = { ok: true; supergraphSdl: string; hints: CompositionHint[] } | { ok: false; errors: GraphQLError[]; hints: CompositionHint[] };

/** Composes the subgraphs into a supergraph (Federation 2). SDL syntax errors are composition errors too. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): Composition {
  const services = [];
  const errors: GraphQLError[] = [];
  for (const subgraph of subgraphs) {
    try {
      services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) });
    } catch (error) {
      errors.push(new GraphQLError(`[${subgraph.name}] ${(error as Error).message}`, { extensions: { code: 'INVALID_GRAPHQL' } }));
    }
  }
  if (errors.length > 0) return { ok: false, errors, hints: [] };
  if (services.length === 0) return { ok: false, errors: [new GraphQLError('No subgraph to compose')], hints: [] };
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors, hints: (result as { hints?: CompositionHint[] }).hints ?? [] };
  return { ok: true, supergraphSdl: result.supergraphSdl, hints: result.hints };
}

export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export interface ApiChanges {
  all: Change[];
  breaking: Change[];
}

/** What changes for clients between two supergraphs (their API schemas, not the join metadata). */
export async function apiChanges(previousSupergraphSdl: string | undefined, nextSupergraphSdl: string): Promise<ApiChanges> {
  if (!previousSupergraphSdl) return { all: [], breaking: [] };
  const all = await diff(apiSchemaOf(previousSupergraphSdl), apiSchemaOf(nextSupergraphSdl));
  return { all, breaking: all.filter((change) => change.criticality.level === CriticalityLevel.Breaking) };
}

const MARK: Record<CriticalityLevel, string> = {
  [CriticalityLevel.Breaking]: '✖ breaking',
  [CriticalityLevel.Dangerous]: '⚠ dangerous',
  [CriticalityLevel.NonBreaking]: '✓ safe',
};

export function formatChanges(changes: Change[]): string {
  const order = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking];
  return [...changes]
    .sort((a, b) => order.indexOf(a.criticality.level) - order.indexOf(b.criticality.level))
    .map((change) => `  ${MARK[change.criticality.level].padEnd(12)} ${change.message}${change.path ? `  (${change.path})` : ''}`)
    .join('\n');
}

/** Composition errors with their code, where they point, and the hints composition gave. */
export function formatCompositionFailure(errors: readonly GraphQLError[], hints: readonly CompositionHint[]): string {
  const lines = errors.map((error, i) => {
    const code = error.extensions?.code ? ` [${String(error.extensions.code)}]` : '';
    const where = (error.nodes ?? [])
      .map((node) => {
        const subgraph = (node as { subgraph?: string }).subgraph;
        const position = node.loc ? getLocation(node.loc.source, node.loc.start) : undefined;
        if (!subgraph && !position) return undefined;
        return [subgraph, position && `line ${position.line}, column ${position.column}`].filter(Boolean).join(' ');
      })
      .filter(Boolean);
    return `  ${i + 1}.${code} ${error.message}${where.length ? `\n     at ${where.join(', ')}` : ''}`;
  });
  if (hints.length > 0) lines.push('', 'Hints:', formatHints(hints));
  return lines.join('\n');
}

export function formatHints(hints: readonly CompositionHint[]): string {
  return hints.map((hint) => `  - [${hint.definition.code}] ${hint.message}`).join('\n');
}
