import { WriteBatcher } from './write-batcher';

/** A write that finishes when the test says so, recording the batches it was given. */
function gatedWrites() {
  const batches: [string, number[]][] = [];
  const gates: (() => void)[] = [];
  const write = async (key: string, inputs: number[]) => {
    batches.push([key, inputs]);
    await new Promise<void>((open) => gates.push(open));
    if (inputs.includes(-1)) throw new Error('refused');
    return inputs.map((input) => input * 10);
  };
  const openNext = async () => {
    while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve));
    gates.shift()!();
  };
  return { batches, write, openNext };
}

test('writes alone when quiet, and everything that arrived during a write together in the next one', async () => {
  const writes = gatedWrites();
  const batcher = new WriteBatcher(writes.write);
  const first = batcher.run('post', 1);
  const waiting = [batcher.run('post', 2), batcher.run('post', 3), batcher.run('post', 4)];
  await writes.openNext();
  expect(await first).toBe(10);
  await writes.openNext();
  expect(await Promise.all(waiting)).toEqual([20, 30, 40]);
  expect(writes.batches).toEqual([
    ['post', [1]],
    ['post', [2, 3, 4]],
  ]);
});

test('keys write independently, batches are bounded, and a failed write fails only its own inputs', async () => {
  const writes = gatedWrites();
  const batcher = new WriteBatcher(writes.write, 2);
  const a = batcher.run('a', 1);
  const b = batcher.run('b', 5);
  const refused = batcher.run('a', -1);
  const sameBatch = batcher.run('a', 2);
  const later = batcher.run('a', 3);
  expect(writes.batches).toEqual([
    ['a', [1]],
    ['b', [5]],
  ]);
  await writes.openNext();
  await writes.openNext();
  expect([await a, await b]).toEqual([10, 50]);
  await writes.openNext();
  await expect(refused).rejects.toThrow('refused');
  await expect(sameBatch).rejects.toThrow('refused');
  await writes.openNext();
  expect(await later).toBe(30);
  expect(writes.batches.slice(2)).toEqual([
    ['a', [-1, 2]],
    ['a', [3]],
  ]);
});
