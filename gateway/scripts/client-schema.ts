/**
 * The client schema step of `npm run compose` / `npm run compose:check`: writes (or, with --check,
 * compares) gateway/client-schema.graphql, the schema the web client's generated types come from.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { clientSchemaSdl } from '../src/composition/client-schema';

const TARGET = resolve(__dirname, '..', 'client-schema.graphql');

/** Returns false when checking and the committed client schema is stale (after saying why). */
export function syncClientSchema(supergraphSdl: string, check: boolean): boolean {
  const shown = relative(process.cwd(), TARGET) || TARGET;
  const next = clientSchemaSdl(supergraphSdl);
  const previous = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : undefined;
  if (previous === next) {
    console.log(`✓ ${shown} is up to date.`);
    return true;
  }
  if (check) {
    console.error(
      `✖ ${shown} is stale: it is not the API schema of the supergraph plus the gateway's subscriptions.\nRun \`npm run compose\` and commit the result.`,
    );
    return false;
  }
  writeFileSync(TARGET, next);
  console.log(`✓ Wrote ${shown}.`);
  return true;
}
