import { resolve } from 'node:path';
import pg from 'pg';
import { startTsProcess } from './processes';

export interface PostgresServer {
  /** URL of the server's maintenance database (`postgres`). */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Uses DATABASE_URL when set; otherwise starts embedded Postgres (real binaries from npm) in `dataDir`. */
export async function startPostgres(options: { dataDir: string; port: number; persistent: boolean }): Promise<PostgresServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const server = startTsProcess({
    name: 'postgres',
    entry: resolve(__dirname, 'embedded-postgres.main.ts'),
    args: [options.dataDir, String(options.port), String(options.persistent)],
    env: {},
    quiet: true,
  });
  await new Promise<void>((resolveReady, reject) => {
    let output = '';
    server.child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) resolveReady();
    });
    server.child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void server.exited.then((code) => reject(new Error(`Embedded Postgres exited with code ${code}: ${output.trim()}`)));
  });
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    embedded: true,
    stop: () => server.stop(30_000),
  };
}

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabase(serverUrl: string, database: string, options: { ifMissing?: boolean } = {}): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
    else if (!options.ifMissing) throw new Error(`Database ${database} already exists`);
  } finally {
    await client.end();
  }
  // Services migrate in parallel, and two concurrent `CREATE EXTENSION IF NOT EXISTS` of one extension can
  // fail on its unique name: create the extensions several services use before any of them starts.
  const created = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await created.connect();
  try {
    await created.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  } finally {
    await created.end();
  }
  return databaseUrl(serverUrl, database);
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
