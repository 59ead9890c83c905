import { cursorKey, decodeCursor, encodeCursor, isOffset, isTextAndId, isTimeAndId, pageSize } from './pagination';

const isPair = (key: unknown): key is [string, string] => Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string');

describe('cursors and page sizes', () => {
  it('round-trips a cursor and refuses garbage', () => {
    const cursor = encodeCursor(['2026-11-22T01:00:00.000Z', 'a1']);
    expect(decodeCursor(cursor)).toEqual(['2026-11-22T01:00:00.000Z', 'a1']);
    expect(decodeCursor('%%%not-a-cursor')).toBeUndefined();
    expect(cursorKey(cursor, isPair)).toEqual(['2026-11-22T01:00:00.000Z', 'a1']);
    expect(() => cursorKey('%%%not-a-cursor', isPair)).toThrow('after: this cursor does not belong to this list.');
    expect(isTextAndId(['ｏｂ会', '6f1c2a4e-8b2d-4c1e-9a57-0d3c2b1a9e8f'])).toBe(true);
    expect(isTextAndId(['ｏｂ会', 'x'])).toBe(false);
    expect(isTimeAndId(['2026-11-22T01:00:00.000Z', '6f1c2a4e-8b2d-4c1e-9a57-0d3c2b1a9e8f'])).toBe(true);
    expect(isTimeAndId(['yesterday', '6f1c2a4e-8b2d-4c1e-9a57-0d3c2b1a9e8f'])).toBe(false);
    expect(isOffset(40)).toBe(true);
    expect(isOffset(-1) || isOffset(1.5) || isOffset('3')).toBe(false);
    expect(() => cursorKey(encodeCursor({ id: 1 }), isPair, 'before')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'before' }) }),
    );
  });

  it('takes page sizes from 1 to the maximum and refuses the others, naming the maximum', () => {
    expect(pageSize(undefined, 20, 100)).toBe(20);
    expect(pageSize(null, 20, 100)).toBe(20);
    expect(pageSize(1, 20, 100)).toBe(1);
    expect(pageSize(100, 20, 100)).toBe(100);
    for (const first of [0, -1, 101, 100000, 7.9, Number.NaN]) {
      expect(() => pageSize(first, 20, 100)).toThrow(
        expect.objectContaining({ message: 'first: ask for 1 to 100 items at a time.', extensions: { code: 'BAD_USER_INPUT', field: 'first', maximum: 100 } }),
      );
    }
    expect(() => pageSize(0, 20, 50, 'last')).toThrow('last: ask for 1 to 50 items at a time.');
  });
});
