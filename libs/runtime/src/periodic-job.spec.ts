import { periodicJob } from './periodic-job';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('periodicJob', () => {
  it('runs one at a time, keeps going after a failed run, and stop() waits for the run in flight', async () => {
    const errors: unknown[] = [];
    let running = 0;
    let overlapped = false;
    let runs = 0;
    let finished = 0;
    const job = periodicJob(
      'test job',
      5,
      async () => {
        runs += 1;
        running += 1;
        overlapped ||= running > 1;
        await sleep(20);
        running -= 1;
        finished += 1;
        if (runs === 1) throw new Error('first run fails');
      },
      { error: (entry: unknown) => errors.push(entry) },
    );
    job.start();
    await sleep(150);
    await job.stop();
    const stoppedAt = finished;
    await sleep(50);

    expect(runs).toBeGreaterThanOrEqual(3);
    expect(overlapped).toBe(false);
    expect(errors).toHaveLength(1);
    expect(finished).toBe(runs); // the run in flight finished before stop() resolved
    expect(finished).toBe(stoppedAt); // and none started after
  });
});
