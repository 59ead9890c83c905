import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';

export interface SubgraphEndpoint {
  name: string;
  /** Where the gateway sends this subgraph's fetches (the supergraph's routing URL unless overridden). */
  url: string;
}

export interface LoadedSupergraph {
  sdl: string;
  subgraphs: SubgraphEndpoint[];
}

/** Reads the committed supergraph and resolves each subgraph's URL (`SUBGRAPH_<NAME>_URL` wins). */
export function loadSupergraph(path: string, overrides: Record<string, string> = {}): LoadedSupergraph & { unknownOverrides: string[] } {
  let sdl: string;
  try {
    sdl = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the supergraph at ${path} (run \`npm run compose\`): ${(error as Error).message}`, { cause: error });
  }
  const metadata = Supergraph.build(sdl).subgraphsMetadata();
  const subgraphs = metadata.map(({ name, url }) => ({ name, url: overrides[name.toLowerCase()] ?? url }));
  const known = new Set(metadata.map((s) => s.name.toLowerCase()));
  return { sdl, subgraphs, unknownOverrides: Object.keys(overrides).filter((name) => !known.has(name)) };
}
