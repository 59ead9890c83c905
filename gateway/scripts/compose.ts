/**
 * Composes the supergraph the gateway runs on, from each service's SDL.
 *
 *   npm run compose                      compose and write gateway/supergraph.graphql (and client-schema.graphql)
 *   npm run compose -- --allow-breaking  … even when clients would break (a deliberate change)
 *   npm run compose:check                fail when the committed supergraph or client schema is stale (writes nothing)
 *
 * Breaking changes are judged on the API schema (what clients see) against the supergraph on disk.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { apiChanges, composeSupergraph, formatChanges, formatCompositionFailure, formatHints, type ApiChanges } from '../src/composition/compose';
import { printSubgraphSdls, SdlPrintError } from '../src/composition/subgraphs';
import { syncClientSchema } from './client-schema';

const REPO_ROOT = resolve(__dirname, '..', '..');
const TARGET = resolve(REPO_ROOT, 'gateway', 'supergraph.graphql');
const SHOWN = relative(process.cwd(), TARGET) || TARGET;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--check' && arg !== '--allow-breaking');
  if (unknown.length > 0) fail(`Unknown option(s): ${unknown.join(' ')}\nusage: compose [--check] [--allow-breaking]`);
  const check = args.includes('--check');
  const allowBreaking = args.includes('--allow-breaking');

  let printed;
  try {
    printed = await printSubgraphSdls(REPO_ROOT);
  } catch (error) {
    if (error instanceof SdlPrintError) fail(`✖ ${error.message}`);
    throw error;
  }
  for (const name of printed.skipped) console.log(`- skipped ${name}: services/${name}/src/schema.ts does not exist yet`);
  console.log(`Composing ${printed.subgraphs.map((s) => s.name).join(', ')}`);

  const composition = composeSupergraph(printed.subgraphs);
  if (!composition.ok) {
    fail(`✖ Composition failed with ${composition.errors.length} error(s):\n${formatCompositionFailure(composition.errors, composition.hints)}`);
  }
  if (composition.hints.length > 0) console.log(`Composition hints (${composition.hints.length}):\n${formatHints(composition.hints)}`);

  const next = composition.supergraphSdl;
  const previous = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : undefined;
  let changes: ApiChanges = { all: [], breaking: [] };
  if (previous !== undefined && previous !== next) {
    try {
      changes = await apiChanges(previous, next);
    } catch (error) {
      console.warn(`⚠ The current ${SHOWN} could not be read as a supergraph (${(error as Error).message}); API changes are not listed.`);
    }
  }
  const changeList = changes.all.length > 0 ? `API changes for clients (${changes.all.length}):\n${formatChanges(changes.all)}` : '';

  if (check) {
    if (previous === next) {
      console.log(`✓ ${SHOWN} is up to date (${printed.subgraphs.length} subgraphs).`);
      if (!syncClientSchema(next, true)) process.exit(1);
      return;
    }
    const why = previous === undefined ? `${SHOWN} does not exist.` : changeList || 'The API schema is the same; the routing and join metadata differ.';
    fail(`✖ ${SHOWN} is stale: it is not what the subgraphs compose to.\n${why}\nRun \`npm run compose\` and commit the result.`);
  }

  if (previous === next) {
    console.log(`✓ ${SHOWN} is unchanged (${printed.subgraphs.length} subgraphs).`);
    syncClientSchema(next, false);
    return;
  }
  if (changeList) console.log(changeList);
  if (changes.breaking.length > 0 && !allowBreaking) {
    fail(
      `✖ Not written: ${changes.breaking.length} breaking change(s) for clients.\n` +
        'If the break is deliberate (clients are ready), run `npm run compose -- --allow-breaking`.',
    );
  }
  writeFileSync(TARGET, next);
  const note = changes.breaking.length > 0 ? ` with ${changes.breaking.length} breaking change(s), allowed` : '';
  console.log(`✓ Wrote ${SHOWN} (${printed.subgraphs.length} subgraphs)${note}.`);
  syncClientSchema(next, false);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
