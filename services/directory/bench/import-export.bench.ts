/**
 * CSV roster import and member export at 100,000 rows.
 *
 * Part of `npm run bench:directory` (directory.bench.ts calls `measureImportExport` after its
 * searches, in a network already holding its seeded members), or alone:
 *   node -r @swc-node/register services/directory/bench/import-export.bench.ts
 * which starts identity (demo seed) and directory on a throw-away database itself.
 *
 * As an admin would, over the directory service's HTTP endpoints:
 *  1. generates a roster of BENCH_IMPORT_ROWS (default 100,000) people not yet in the network
 *     (Japanese headers, names with kana and romaji, years, faculties, employers, skills, tags),
 *     UTF-8 with a byte-order mark;
 *  2. import: uploads it (POST /imports/roster), previews it with the suggested mapping, runs it
 *     and polls `rosterImport` until DONE; the import time is upload + preview + run;
 *  3. re-import: the same file again (every row unchanged);
 *  4. export: downloads those 100,000 people (GET /exports/members.csv, filter statuses
 *     [unregistered]) and checks the row count.
 * Goals: import ≤ 60 s, export ≤ 20 s.
 *
 * Returns (and, alone, prints as the last line) one JSON object, durations in seconds:
 *   {"rows","importSeconds","upload","preview","run","reimportSeconds","exportSeconds","exportRows","exportMegabytes","goals":{…}}
 */
import { performance } from 'node:perf_hooks';
import { claimsOf, startStack, type Stack } from '@kizuna/testing';
import { benchPeople } from './bench-people';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const GOAL_IMPORT_SECONDS = 60;
const GOAL_EXPORT_SECONDS = 20;

/** What the run needs: a stack with the demo network (directory.bench.ts hands over its own). */
export interface ImportExportContext {
  stack: Stack;
  /** identity's demo network; its owner imports and exports. */
  networkId: string;
  adminToken: string;
  /** The directory service's GraphQL URL (its origin serves /imports and /exports). */
  directoryUrl: string;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;
const cell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A roster as an alumni office keeps it: Japanese headers, one person per row. */
export function rosterCsv(rows: number): Buffer {
  const people = benchPeople(rows, 20261122);
  const lines = ['会員番号,氏名,ふりがな,ローマ字,メールアドレス,卒業年,学部,勤務先,役職,業種,居住地,スキル,タグ'];
  people.forEach((person, index) => {
    lines.push(
      [
        `R${String(index + 1).padStart(6, '0')}`,
        person.displayName,
        person.nameKana,
        person.nameRomaji,
        `roster${index + 1}@import.kizuna.test`,
        person.entryYear,
        person.department,
        person.employer,
        person.jobTitle,
        person.industry,
        person.location,
        person.skills.join('、'),
        `${person.entryYear}年卒`,
      ]
        .map(cell)
        .join(','),
    );
  });
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const IMPORT =
  'query($id: ID!) { rosterImport(id: $id) { status processedRows totalRows createdRows updatedRows unchangedRows failedRows failure suggestedMapping { column target } suggestedMatchBy } }';

async function importOnce(context: ImportExportContext, file: Buffer): Promise<Record<string, number>> {
  const { stack, adminToken, directoryUrl } = context;
  const origin = new URL(directoryUrl).origin;
  const graphqlUrl = `${origin}/graphql`;
  const started = performance.now();
  const response = await fetch(`${origin}/imports/roster?fileName=roster.csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'text/csv' },
    body: file,
  });
  const uploaded = (await response.json()) as { rosterImport?: { id: string }; errors: unknown[] };
  if (!uploaded.rosterImport) throw new Error(`upload refused: ${JSON.stringify(uploaded.errors)}`);
  const id = uploaded.rosterImport.id;
  const upload = seconds(started);

  const previewStarted = performance.now();
  const { suggestedMapping, suggestedMatchBy } = (await stack.graphql(graphqlUrl, IMPORT, { id }, adminToken)).data!.rosterImport;
  const previewed = await stack.graphql(
    graphqlUrl,
    'mutation($input: PreviewRosterImportInput!) { previewRosterImport(input: $input) { preview { toCreate toUpdate unchanged failed } errors { message } } }',
    { input: { importId: id, mapping: suggestedMapping, matchBy: suggestedMatchBy } },
    adminToken,
  );
  if (!previewed.data?.previewRosterImport.preview) throw new Error(`preview refused: ${JSON.stringify(previewed)}`);
  const preview = seconds(previewStarted);

  const runStarted = performance.now();
  const run = await stack.graphql(
    graphqlUrl,
    'mutation($input: RunRosterImportInput!) { runRosterImport(input: $input) { errors { message } } }',
    { input: { importId: id } },
    adminToken,
  );
  if (run.data?.runRosterImport.errors.length) throw new Error(`run refused: ${JSON.stringify(run.data.runRosterImport.errors)}`);
  let report: Record<string, number | string>;
  let shown = -1;
  for (;;) {
    report = (await stack.graphql(graphqlUrl, IMPORT, { id }, adminToken)).data!.rosterImport;
    if (report.status === 'DONE') break;
    if (report.status === 'FAILED') throw new Error(`import failed: ${report.failure}`);
    const percent = Math.floor((100 * Number(report.processedRows)) / Math.max(1, Number(report.totalRows)));
    if (percent >= shown + 10) {
      process.stderr.write(`  ${percent}% (${report.processedRows} rows)\n`);
      shown = percent;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const runSeconds = seconds(runStarted);
  return {
    seconds: seconds(started),
    upload,
    preview,
    run: runSeconds,
    created: Number(report.createdRows),
    updated: Number(report.updatedRows),
    unchanged: Number(report.unchangedRows),
    failed: Number(report.failedRows),
  };
}

async function exportOnce(context: ImportExportContext): Promise<{ seconds: number; rows: number; megabytes: number }> {
  const origin = new URL(context.directoryUrl).origin;
  const started = performance.now();
  const query = new URLSearchParams({ filter: JSON.stringify({ statuses: ['unregistered'] }) });
  const response = await fetch(`${origin}/exports/members.csv?${query}`, { headers: { authorization: `Bearer ${context.adminToken}` } });
  if (response.status !== 200 || !response.body) throw new Error(`export refused: ${response.status} ${await response.text()}`);
  let bytes = 0;
  let lineBreaks = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let index = 0; index < chunk.length; index += 1) if (chunk[index] === 0x0a) lineBreaks += 1;
  }
  // Every record ends with CRLF; cells holding line breaks (a bio) would add some, and the bench roster has none.
  return { seconds: seconds(started), rows: lineBreaks - 1, megabytes: Math.round(bytes / 10_485.76) / 100 };
}

/** Times a 100,000-row import, its idempotent re-import, and the export of those rows. */
export async function measureImportExport(context: ImportExportContext): Promise<Record<string, unknown>> {
  process.stderr.write(`Generating a roster of ${ROWS} people…\n`);
  const file = rosterCsv(ROWS);
  process.stderr.write(`Importing ${ROWS} rows (${Math.round(file.length / 1048576)} MB)…\n`);
  const first = await importOnce(context, file);
  if (first.created !== ROWS) throw new Error(`expected ${ROWS} created rows, got ${JSON.stringify(first)}`);
  process.stderr.write(`Importing the same file again…\n`);
  const again = await importOnce(context, file);
  if (again.unchanged !== ROWS) throw new Error(`expected ${ROWS} unchanged rows, got ${JSON.stringify(again)}`);
  process.stderr.write(`Exporting ${ROWS} rows…\n`);
  const exported = await exportOnce(context);
  if (exported.rows !== ROWS) throw new Error(`expected ${ROWS} exported rows, got ${exported.rows}`);
  return {
    rows: ROWS,
    importSeconds: first.seconds,
    upload: first.upload,
    preview: first.preview,
    run: first.run,
    reimportSeconds: again.seconds,
    exportSeconds: exported.seconds,
    exportRows: exported.rows,
    exportMegabytes: exported.megabytes,
    goals: {
      importSeconds: GOAL_IMPORT_SECONDS,
      exportSeconds: GOAL_EXPORT_SECONDS,
      met: first.seconds <= GOAL_IMPORT_SECONDS && exported.seconds <= GOAL_EXPORT_SECONDS,
    },
  };
}

async function main(): Promise<void> {
  process.stderr.write('Starting identity and directory on a throw-away database…\n');
  const stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
  try {
    const adminToken = await stack.signInAdmin();
    const figures = await measureImportExport({ stack, networkId: claimsOf(adminToken).nid, adminToken, directoryUrl: stack.serviceUrl('directory') });
    console.log(`\nCSV import/export, ${ROWS} rows (seconds; goals: import ≤ ${GOAL_IMPORT_SECONDS}, export ≤ ${GOAL_EXPORT_SECONDS})`);
    console.log(JSON.stringify(figures));
  } finally {
    await stack.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
