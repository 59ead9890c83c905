import { BatchLoader, requestLoader } from './batch-loader';
import { isUuid } from './ids';

describe('BatchLoader', () => {
  it('loads the keys asked for together with one call, each key once', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string, number>(async (keys) => {
      calls.push(keys);
      return new Map(keys.map((k) => [k, k.length]));
    });
    const values = await Promise.all([loader.get('a'), loader.get('bb'), loader.get('a'), Promise.resolve().then(() => loader.get('ccc'))]);
    expect(values).toEqual([1, 2, 1, 3]);
    expect(calls).toEqual([['a', 'bb', 'ccc']]);
    expect(await loader.get('dddd')).toBe(4);
    expect(calls).toHaveLength(2);
  });

  it('gives undefined for keys the load did not return and rejects every waiter when it fails', async () => {
    const partial = new BatchLoader<string, number>(async () => new Map([['a', 1]]));
    expect(await Promise.all([partial.get('a'), partial.get('b')])).toEqual([1, undefined]);
    const failing = new BatchLoader<string, number>(async () => {
      throw new Error('down');
    });
    await expect(Promise.all([failing.get('a'), failing.get('b')])).rejects.toThrow('down');
  });

  it('keeps one loader per request context and name', () => {
    const load = async () => new Map<string, number>();
    const first = {};
    expect(requestLoader(first, 'x', load)).toBe(requestLoader(first, 'x', load));
    expect(requestLoader(first, 'x', load)).not.toBe(requestLoader(first, 'y', load));
    expect(requestLoader(first, 'x', load)).not.toBe(requestLoader({}, 'x', load));
  });
});

describe('isUuid', () => {
  it('accepts UUIDs only', () => {
    expect(isUuid('1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe(true);
    expect(isUuid('1B4E28BA-2FA1-11D2-883F-0016D3CCA427')).toBe(true);
    expect(isUuid('nope')).toBe(false);
    expect(isUuid("1b4e28ba-2fa1-11d2-883f-0016d3cca427' or 1=1")).toBe(false);
    expect(isUuid(42)).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
