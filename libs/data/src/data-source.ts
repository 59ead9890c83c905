import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

export interface ServiceDataSourceOptions {
  /** The service's own Postgres schema; also holds its migrations table. */
  schema: string;
  databaseUrl: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/** One DataSource per service, confined to its schema. `synchronize` is never used. */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    extra: { max: options.poolSize ?? 10 },
  });
}

/**
 * Creates the schema and runs pending migrations. An advisory lock keeps two instances
 * starting at once from running the same migration twice.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = dataSource.driver.schema ?? 'public';
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`${schema}.migrations`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`${schema}.migrations`]).catch(() => undefined);
    await runner.release();
  }
}

/** A read that runs on every request, sent as a prepared statement named once per service. */
export interface HotQuery {
  /** Unique within the service, e.g. `identity.members-by-id`. */
  name: string;
  /** The SQL with `$1`…; `{schema}` stands for the service's schema. */
  text: string;
}

/**
 * Runs a hot read straight on the driver's pool as a named prepared statement: Postgres parses
 * and plans it once per connection, and no query builder runs per call. A TypeORM repository
 * call builds, escapes and maps its query anew every time (the largest CPU cost of a simple read);
 * this is for the few reads every request makes, with rows as Postgres returns them.
 */
export async function hotQuery<R>(dataSource: DataSource, query: HotQuery, values: unknown[]): Promise<R[]> {
  const pool = (dataSource.driver as unknown as { master: { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }> } })
    .master;
  const text = query.text.replaceAll('{schema}', `"${dataSource.driver.schema ?? 'public'}"`);
  return (await pool.query({ name: query.name, text, values })).rows;
}
