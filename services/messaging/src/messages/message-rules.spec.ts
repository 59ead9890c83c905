import { readClientMessageId, readEmoji, readMessageText } from './message-rules';

describe('message text rules', () => {
  it('trims the body and picks out mentions and links, once each', () => {
    const id = '0b4c8a9e-3f0e-4a4b-9a59-0d6f3f1e2a11';
    const result = readMessageText(`  <@${id}> 見て https://example.jp/a?b=1. and (https://kizuna.dev) <@${id}> https://example.jp/a?b=1\n`, 4000);
    expect(result).toEqual({
      ok: true,
      text: { body: expect.stringMatching(/^<@/), mentions: [id], links: ['https://example.jp/a?b=1', 'https://kizuna.dev'] },
    });
  });

  it('counts characters as people see them, and refuses empty, too long and control characters', () => {
    expect(readMessageText('🎉'.repeat(10), 10).ok).toBe(true);
    expect(readMessageText('山'.repeat(11), 10)).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED', field: 'body' } });
    expect(readMessageText('   \n ', 10)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'body' } });
    expect(readMessageText('bell\u0007', 10)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(readMessageText('line\n\ttab', 10).ok).toBe(true);
  });

  it('allows at most 20 links', () => {
    const links = Array.from({ length: 21 }, (_, i) => `https://example.jp/${i}`).join(' ');
    expect(readMessageText(links, 4000)).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED' } });
  });

  it('takes reactions of 1 to 16 characters without spaces', () => {
    expect(readEmoji(' 👍 ')).toEqual({ ok: true, emoji: '👍' });
    expect(readEmoji('')).toMatchObject({ ok: false });
    expect(readEmoji('a b')).toMatchObject({ ok: false });
    expect(readEmoji('x'.repeat(17))).toMatchObject({ ok: false });
  });

  it('takes client message ids up to 100 characters', () => {
    expect(readClientMessageId(undefined)).toEqual({ ok: true, id: null });
    expect(readClientMessageId('x'.repeat(101))).toMatchObject({ ok: false, error: { field: 'clientMessageId' } });
  });
});
