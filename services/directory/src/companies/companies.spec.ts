import { companySearchText, companyTextQuery, validateCompanyChanges } from './company.rules';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('company changes', () => {
  it('needs a name for a new company, trims, and stores blank optional fields as null', () => {
    expect(validateCompanyChanges({}, { creating: true, now: NOW }).errors.map((e) => [e.code, e.field])).toEqual([['VALIDATION', 'name']]);
    expect(
      validateCompanyChanges(
        { name: '  絆テック株式会社 ', industry: ' ', url: '', description: '  ', stage: 'SEED', foundedYear: 2026 },
        { creating: true, now: NOW },
      ),
    ).toEqual({
      changes: { name: '絆テック株式会社', industry: null, url: null, description: null, stage: 'SEED', foundedYear: 2026 },
      errors: [],
    });
    // Editing keeps what is not given.
    expect(validateCompanyChanges({ industry: 'SaaS' }, { creating: false, now: NOW })).toEqual({ changes: { industry: 'SaaS' }, errors: [] });
  });

  it('gives one error per bad field', () => {
    const { changes, errors } = validateCompanyChanges(
      {
        name: 'x'.repeat(101),
        industry: 'two\nlines',
        url: 'ftp://example.com',
        description: 'd'.repeat(1001),
        foundedYear: 2027,
      },
      { creating: true, now: NOW },
    );
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION', 'name'],
      ['VALIDATION', 'industry'],
      ['VALIDATION', 'url'],
      ['VALIDATION', 'description'],
      ['VALIDATION', 'foundedYear'],
    ]);
    expect(changes).toEqual({});
    expect(validateCompanyChanges({ url: 'not a url' }, { creating: false }).errors.map((e) => e.field)).toEqual(['url']);
    expect(validateCompanyChanges({ foundedYear: 1799 }, { creating: false }).errors.map((e) => e.field)).toEqual(['foundedYear']);
    // Paragraphs are fine in a description, 1000 characters (not UTF-16 units) too.
    expect(validateCompanyChanges({ description: 'あ'.repeat(500) + '\n\n' + '😀'.repeat(498) }, { creating: false }).errors).toEqual([]);
  });

  it('searches folded text: width, case and katakana/hiragana do not matter', () => {
    const text = companySearchText({ name: 'キズナ・ロボティクス', industry: 'ＡＩ Hardware', description: null });
    expect(text).toContain(companyTextQuery('きずな')!);
    expect(text).toContain(companyTextQuery('ai hard')!);
    expect(text).toContain(companyTextQuery('ｷｽﾞﾅ')!);
    expect(companyTextQuery('   ')).toBeNull();
  });
});
