import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Runs a TypeScript entry point as its own process (`node -r @swc-node/register`), with its
 * output in a log file or passed through with a name prefix.
 */
export function startTsProcess(options: {
  name: string;
  entry: string;
  args?: string[];
  env: Record<string, string | undefined>;
  logFile?: string;
  cwd?: string;
  /** Leave stdout/stderr to the caller instead of logging them. */
  quiet?: boolean;
  /** Give the caller the process's standard input. */
  stdin?: boolean;
}): ManagedProcess {
  // KIZUNA_NODE_ARGS passes flags to every process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles".
  const nodeArgs = (process.env.KIZUNA_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', options.entry, ...(options.args ?? [])], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: resolve(REPO_ROOT, 'tsconfig.json'), ...options.env },
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return options.quiet ? manage(options.name, child, undefined, true) : manage(options.name, child, options.logFile);
}

export function startCommand(options: {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string | undefined>;
  logFile?: string;
  cwd?: string;
}): ManagedProcess {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops what it started (npx → vite).
    detached: true,
  });
  return manage(options.name, child, options.logFile);
}

function manage(name: string, child: ChildProcess, logFile?: string, quiet = false): ManagedProcess {
  if (quiet) {
    // The caller reads the streams.
  } else if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    const log = createWriteStream(logFile, { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  } else {
    const prefix = `[${name}] `;
    const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) =>
      stream.write(
        chunk
          .toString()
          .split('\n')
          .filter((line) => line.length > 0)
          .map((line) => prefix + line + '\n')
          .join(''),
      );
    child.stdout?.on('data', forward(process.stdout));
    child.stderr?.on('data', forward(process.stderr));
  }
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return {
    name,
    child,
    exited,
    async stop(timeoutMs = 10_000) {
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      };
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup('SIGTERM');
        const timer = setTimeout(() => signalGroup('SIGKILL'), timeoutMs);
        await exited;
        clearTimeout(timer);
      }
      signalGroup('SIGKILL'); // anything the process left behind in its group
    },
  };
}

/** Waits until `url` answers 200, failing early with the process's exit if it dies first. */
export async function waitForHttp(url: string, options: { timeoutMs?: number; process?: ManagedProcess } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let exitCode: number | null | undefined;
  void options.process?.exited.then((code) => (exitCode = code));
  let last = '';
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${options.process?.name} exited with code ${exitCode} before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in time (last: ${last})`);
}
