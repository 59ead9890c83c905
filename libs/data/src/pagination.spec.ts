import { decodeCursor, encodeCursor, pageSize } from './pagination';

describe('cursors and page sizes', () => {
  it('round-trips a cursor and refuses garbage', () => {
    const cursor = encodeCursor(['2026-11-22T01:00:00.000Z', 'a1']);
    expect(decodeCursor(cursor)).toEqual(['2026-11-22T01:00:00.000Z', 'a1']);
    expect(decodeCursor('%%%not-a-cursor')).toBeUndefined();
  });

  it('keeps page sizes between 1 and the maximum', () => {
    expect(pageSize(undefined, 20, 100)).toBe(20);
    expect(pageSize(0, 20, 100)).toBe(1);
    expect(pageSize(1000, 20, 100)).toBe(100);
    expect(pageSize(7.9, 20, 100)).toBe(7);
  });
});
