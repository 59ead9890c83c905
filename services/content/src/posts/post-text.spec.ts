import { normaliseHashtag, readPostText } from './post-text';

const read = (body: string) => {
  const result = readPostText(body, 5000);
  if (!result.ok) throw new Error(result.error.message);
  return result.text;
};

describe('post text', () => {
  it('picks out Unicode hashtags, one per tag whatever its width or case', () => {
    expect(read('今日は #なんでもOKデー です！ ＃なんでもＯＫデー #Kizuna_2026 #kizuna_2026').hashtags).toEqual(['なんでもokデー', 'kizuna_2026']);
    expect(normaliseHashtag('#なんでもOKデー')).toBe('なんでもokデー');
  });

  it("does not take a URL fragment, an entity or a word's inner # for a tag", () => {
    expect(read('see https://example.jp/page#section and C#, &#123;').hashtags).toEqual([]);
    expect(read('see https://example.jp/page#section.').links).toEqual(['https://example.jp/page#section']);
  });

  it('keeps mentions once, in order', () => {
    const a = '0b5c1f7e-8d1a-4c43-9d57-1c2f9a3b4c5d';
    const b = '1b5c1f7e-8d1a-4c43-9d57-1c2f9a3b4c5d';
    expect(read(`<@${a}> と <@${b}> と <@${a.toUpperCase()}>`).mentions).toEqual([a, b]);
  });

  it('refuses empty, oversized and control-character text, counting characters as people do', () => {
    expect(readPostText('  \n ', 5000)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'body' } });
    expect(readPostText('山'.repeat(5001), 5000)).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED', field: 'body' } });
    expect(readPostText('🎉'.repeat(5000), 5000).ok).toBe(true);
    expect(readPostText('ring\u0007', 5000)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
