import { documentTerms, fold, foldSql, MAX_PREFIX, parseTextQuery, runsOf, searchText } from './terms';

describe('Japanese-aware search terms', () => {
  it('folds width, case and katakana so カタカナ, ｶﾀｶﾅ and かたかな read the same', () => {
    expect(fold('カタカナ')).toBe('かたかな');
    expect(fold('ｶﾀｶﾅ')).toBe('かたかな');
    expect(fold('ヤマダ')).toBe(fold('ﾔﾏﾀﾞ'));
    expect(fold('ＴＡＮＡＫＡ １２３')).toBe('tanaka 123');
    // Kanji and the long-vowel mark stay as they are.
    expect(fold('山田 ラーメン')).toBe('山田 らーめん');
  });

  it('splits text into runs of Japanese script and of other words; spaces and punctuation separate them', () => {
    expect(runsOf(fold('山田太郎 Yamada・Taro2026'))).toEqual([
      { text: '山田太郎', japanese: true },
      { text: 'yamada', japanese: false },
      { text: 'taro2026', japanese: false },
    ]);
    expect(runsOf(fold('工学部computer'))).toEqual([
      { text: '工学部', japanese: true },
      { text: 'computer', japanese: false },
    ]);
    expect(runsOf(' ・ 、！')).toEqual([]);
  });

  it('indexes Japanese runs by every character and neighbouring pair, other words by every prefix', () => {
    expect(documentTerms(fold('山田 太郎')).sort()).toEqual(['太', '太郎', '山', '山田', '田', '郎'].sort());
    expect(documentTerms(fold('Sato')).sort()).toEqual(['s', 'sa', 'sat', 'sato']);
    const long = 'a'.repeat(MAX_PREFIX + 5);
    expect(documentTerms(long)).toHaveLength(MAX_PREFIX);
  });

  it('asks for pairs of a Japanese query and confirms runs longer than two as phrases', () => {
    expect(parseTextQuery('山')).toEqual({ terms: ['山'], phrases: [], compact: '山' });
    expect(parseTextQuery('ヤマダタロウ')).toEqual({ terms: ['やま', 'まだ', 'だた', 'たろ', 'ろう'], phrases: ['やまだたろう'], compact: 'やまだたろう' });
    expect(parseTextQuery('yama 田中')).toEqual({ terms: ['yama', '田中'], phrases: [], compact: 'yama田中' });
    const word = 'x'.repeat(MAX_PREFIX + 1);
    expect(parseTextQuery(word)).toEqual({ terms: ['x'.repeat(MAX_PREFIX)], phrases: [word], compact: word });
    expect(parseTextQuery(' ・ ')).toBeNull();
  });

  it('finds what a document holds: every query term is among the document terms', () => {
    const terms = new Set(documentTerms(searchText(['山田 太郎', 'やまだ たろう', 'Yamada Taro'], ['山田 太郎'])));
    for (const query of ['山田', 'やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', 'yama', 'TARO', '田太']) {
      expect(parseTextQuery(query)!.terms.every((term) => terms.has(term))).toBe(true);
    }
    expect(parseTextQuery('山本')!.terms.every((term) => terms.has(term))).toBe(false);
  });

  it('adds Japanese names once more without their spaces, and skips empty values', () => {
    expect(searchText(['山田 太郎', null, '  ', 'ＩＴ'], ['山田 太郎', 'Emily Johnson', undefined])).toBe('山田 太郎\nit\n山田太郎');
  });

  it('folds in SQL as it does in the service', () => {
    const sql = foldSql('p.department');
    expect(sql.startsWith('translate(lower(normalize(p.department, NFKC)), ')).toBe(true);
    const [, from, to] = /'([^']*)', '([^']*)'\)$/.exec(sql)!;
    expect([...from].length).toBe([...to].length);
    expect(fold(from)).toBe(to);
  });
});
