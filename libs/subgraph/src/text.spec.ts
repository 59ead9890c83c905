import { characterCount, hasControlCharacters } from './text';

describe('user-typed text', () => {
  it('counts characters as people see them', () => {
    expect(characterCount('山田')).toBe(2);
    expect(characterCount('🎓 OK')).toBe(4);
  });

  it('refuses control characters, keeping the line breaks and tabs a field allows', () => {
    expect(hasControlCharacters('一行')).toBe(false);
    expect(hasControlCharacters('two\nlines')).toBe(true);
    expect(hasControlCharacters('two\nlines', 'line-breaks')).toBe(false);
    expect(hasControlCharacters('a\tb', 'line-breaks')).toBe(true);
    expect(hasControlCharacters('a\tb\r\nc', 'line-breaks-and-tabs')).toBe(false);
    expect(hasControlCharacters('bell\u0007', 'line-breaks-and-tabs')).toBe(true);
  });
});
