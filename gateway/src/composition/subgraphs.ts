import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The six subgraphs and the ports their routing URLs point at (local defaults). */
export const SUBGRAPHS = [
  { name: 'identity', port: 4101 },
  { name: 'directory', port: 4102 },
  { name: 'messaging', port: 4103 },
  { name: 'content', port: 4104 },
  { name: 'recruitment', port: 4105 },
  { name: 'notification', port: 4106 },
] as const;

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

export class SdlPrintError extends Error {
  constructor(
    readonly subgraph: string,
    readonly output: string,
  ) {
    super(`Printing the SDL of ${subgraph} failed:\n${output}`);
    this.name = 'SdlPrintError';
  }
}

function printSdl(repoRoot: string, name: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    // One process per subgraph: type-graphql keeps its metadata in one global store.
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'libs/subgraph/src/print-sdl.ts', `services/${name}/src/schema.ts`], {
      cwd: repoRoot,
      env: { ...process.env, SWC_NODE_PROJECT: resolve(repoRoot, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (code === 0 && stdout.trim()) resolvePromise(stdout);
      else reject(new SdlPrintError(name, Buffer.concat(err).toString('utf8') || `exit code ${code}, no output`));
    });
  });
}

/**
 * Prints every existing subgraph's SDL, in parallel (one child process each). A service whose
 * `src/schema.ts` does not exist yet is skipped and named in `skipped`.
 */
export async function printSubgraphSdls(repoRoot: string): Promise<{ subgraphs: SubgraphSdl[]; skipped: string[] }> {
  const present = SUBGRAPHS.filter(({ name }) => existsSync(resolve(repoRoot, 'services', name, 'src', 'schema.ts')));
  const skipped = SUBGRAPHS.filter((s) => !present.includes(s)).map((s) => s.name);
  const subgraphs = await Promise.all(
    present.map(async ({ name, port }) => ({ name, url: `http://localhost:${port}/graphql`, sdl: await printSdl(repoRoot, name) })),
  );
  return { subgraphs, skipped };
}
