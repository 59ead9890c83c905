import type { Logger } from 'pino';

export interface PeriodicJob {
  start(): void;
  /** No new run starts; resolves once the run in flight (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs` until stopped (a service's background work: closing what is due,
 * publishing what is scheduled). One run at a time: the next is timed from the end of the last, so
 * a slow run never overlaps the next. A failed run is logged and tried again at the next interval.
 */
export function periodicJob(name: string, intervalMs: number, run: () => Promise<unknown>, log: Pick<Logger, 'error'>): PeriodicJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run()
        .then(
          () => undefined,
          (error: unknown) => log.error({ err: error, job: name }, `${name} failed; it runs again in ${intervalMs} ms`),
        )
        .finally(() => {
          running = undefined;
          next();
        });
    }, intervalMs);
    timer.unref();
  };
  return {
    start() {
      if (!stopped) return;
      stopped = false;
      next();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
