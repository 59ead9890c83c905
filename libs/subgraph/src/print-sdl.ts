/**
 * Prints a subgraph's SDL without a database: `node -r @swc-node/register print-sdl.ts <schema module>`.
 * One process per subgraph, because type-graphql keeps its metadata in one global store.
 */
import { resolve } from 'node:path';
import { printSubgraphSdl, type SubgraphDefinition } from './subgraph-schema';

async function main() {
  const modulePath = process.argv[2];
  if (!modulePath) throw new Error('usage: print-sdl <path to the service schema module exporting `subgraph`>');
  const { subgraph } = (await import(resolve(modulePath))) as { subgraph: SubgraphDefinition };
  process.stdout.write(await printSubgraphSdl(subgraph));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
