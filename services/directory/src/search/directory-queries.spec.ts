import type { EntityManager } from 'typeorm';
import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { STANDARD_FIELDS } from '../fields/standard-fields';
import type { FieldVisibilities } from './search-document';
import { compileFilter, search, type DirectoryScope } from './directory-queries';
import { DirectorySort, MemberStatus, type DirectoryFilter } from './directory-filter';

const NETWORK = '00000000-0000-4000-8000-000000000001';
const CLUB = '00000000-0000-4000-8000-0000000000c1';
const SECRET = '00000000-0000-4000-8000-0000000000c2';

const customField = (id: string, visibility: CustomFieldEntity['visibility'], type: CustomFieldEntity['type'] = 'SINGLE_CHOICE') =>
  ({
    id,
    networkId: NETWORK,
    key: id,
    label: id,
    type,
    options: [],
    helpText: null,
    visibility,
    position: 0,
    archivedAt: null,
  }) as unknown as CustomFieldEntity;

const scope = (audience: DirectoryScope['audience'], hidden: Partial<FieldVisibilities> = {}): DirectoryScope => ({
  networkId: NETWORK,
  audience,
  fields: {
    networkId: NETWORK,
    visibilities: { ...(Object.fromEntries(STANDARD_FIELDS.map((field) => [field.key, field.defaultVisibility])) as FieldVisibilities), ...hidden },
    customFields: [customField(CLUB, 'MEMBERS'), customField(SECRET, 'ADMINS', 'NUMBER')],
  },
  // compileFilter never touches the database.
  manager: undefined as unknown as EntityManager,
});

const compile = (audience: DirectoryScope['audience'], filter: DirectoryFilter | Record<string, unknown>, hidden: Partial<FieldVisibilities> = {}) => {
  const params: unknown[] = [];
  const result = compileFilter(scope(audience, hidden), filter, params);
  return { result, params, sql: result.ok ? result.value : '', fields: result.ok ? [] : result.errors.map((error) => [error.code, error.field]) };
};

describe('compileFilter', () => {
  it('always limits to the network, and members to approved members', () => {
    const { sql, params } = compile('MEMBER', {});
    expect(sql).toBe(`p.network_id = $1::uuid AND p.status = 'approved'`);
    expect(compile('MEMBER', { text: '山田' }).sql).toContain(`(p.status || '') = 'approved'`);
    expect(params).toEqual([NETWORK]);
    // Admins see approved members by default, other statuses when they ask.
    expect(compile('ADMIN', {}).sql).toContain(`p.status = 'approved'`);
    const pending = compile('ADMIN', { statuses: [MemberStatus.PENDING, MemberStatus.UNREGISTERED] });
    expect(pending.sql).toContain('p.status = ANY($2::text[])');
    expect(pending.params[1]).toEqual(['pending', 'unregistered']);
  });

  it('matches free text by index terms and checks longer Japanese runs as phrases', () => {
    const { sql, params } = compile('MEMBER', { text: 'ヤマダタロウ Tanaka' });
    expect(sql).toContain('p.member_terms @> $2::text[]');
    expect(params[1]).toEqual(expect.arrayContaining(['やま', 'まだ', 'tanaka']));
    expect(sql).toContain('directory.has_phrase(p.member_text, $3)');
    expect(params[2]).toBe('やまだたろう');
    // Admins search their own, wider text.
    expect(compile('ADMIN', { text: '山田' }).sql).toContain('p.admin_terms @>');
    // Only punctuation asks for nothing.
    expect(compile('MEMBER', { text: ' ・ ' }).sql).not.toContain('terms');
  });

  it('refuses admin-only filters to members, naming each', () => {
    const { fields } = compile('MEMBER', { tagIds: [CLUB], lineLinked: true, statuses: [MemberStatus.APPROVED] });
    expect(fields).toEqual([
      ['VALIDATION', 'filter.tagIds'],
      ['VALIDATION', 'filter.lineLinked'],
      ['VALIDATION', 'filter.statuses'],
    ]);
    expect(compile('ADMIN', { tagIds: [CLUB], withoutTagIds: [SECRET], lineLinked: true }).result.ok).toBe(true);
  });

  it('refuses filters on fields the network shows to admins only, or hides', () => {
    expect(compile('MEMBER', { employers: ['x'] }, { employer: 'ADMINS' }).fields).toEqual([['VALIDATION', 'filter.employers']]);
    expect(compile('ADMIN', { employers: ['x'] }, { employer: 'ADMINS' }).result.ok).toBe(true);
    expect(compile('ADMIN', { hasPhoto: true }, { photo: 'HIDDEN' }).fields).toEqual([['VALIDATION', 'filter.hasPhoto']]);
    // A custom field members may not see is as unknown to them as a missing one.
    expect(compile('MEMBER', { custom: [{ fieldId: SECRET, range: { from: 1 } }] }).fields).toEqual([['VALIDATION', 'filter.custom']]);
    expect(compile('ADMIN', { custom: [{ fieldId: SECRET, range: { from: 1 } }] }).result.ok).toBe(true);
    expect(compile('ADMIN', { custom: [{ fieldId: 'nope', anyOf: ['a'] }] }).fields).toEqual([['VALIDATION', 'filter.custom']]);
    expect(compile('ADMIN', { custom: [{ fieldId: CLUB, range: { from: 1 } }] }).fields).toEqual([['VALIDATION', 'filter.custom']]);
  });

  it('checks values', () => {
    expect(compile('MEMBER', { entryYear: { from: 2020, to: 2010 } }).fields).toEqual([['VALIDATION', 'filter.entryYear']]);
    expect(compile('MEMBER', { entryYear: { from: 2000.5 } }).fields).toEqual([['VALIDATION', 'filter.entryYear']]);
    expect(compile('MEMBER', { departments: 'x' }).fields).toEqual([['VALIDATION', 'filter.departments']]);
    expect(compile('MEMBER', { text: 'x'.repeat(201) }).fields).toEqual([['VALIDATION', 'filter.text']]);
    expect(compile('MEMBER', { nickname: 'x' }).fields).toEqual([['VALIDATION', 'filter.nickname']]);
    expect(compile('ADMIN', { tagIds: ['not-a-uuid'] }).fields).toEqual([['VALIDATION', 'filter.tagIds']]);
    expect(compile('ADMIN', { signedInSince: 'yesterday' }).fields).toEqual([['VALIDATION', 'filter.signedInSince']]);
    expect(compile('ADMIN', { statuses: ['gone'] }).fields).toEqual([['VALIDATION', 'filter.statuses']]);
  });

  it('compares choices case-insensitively, locations by prefix and skills all at once', () => {
    const { sql, params } = compile('MEMBER', { employers: ['Sony'], locations: ['大阪府', '50%'], skills: ['TypeScript', 'SQL'], entryYear: { from: 2010 } });
    expect(sql).toContain('p.entry_year >= $2::int');
    expect(sql).toContain('lower(p.employer) = ANY($3::text[])');
    expect(params[2]).toEqual(['sony']);
    // Location prefixes as code-point ranges (an index serves them).
    expect(sql).toContain('(lower(p.location) COLLATE "C" >= $4 AND lower(p.location) COLLATE "C" < $5)');
    expect(params.slice(3, 7)).toEqual(['大阪府', '大阪府\u{10FFFF}', '50%', '50%\u{10FFFF}']);
    expect(sql).toContain('directory.lower_array(p.skills) @> $8::text[]');
    expect(params[7]).toEqual(['typescript', 'sql']);
    // With text, the other conditions are checked on the rows the text index found.
    const withText = compile('MEMBER', { text: 'yamada', locations: ['50%'], entryYear: { to: 2000 }, skills: ['Go'] }).sql;
    expect(withText).toContain(`(p.status || '') = 'approved'`);
    expect(withText).toContain("lower((p.location || '')) LIKE ANY(");
    expect(withText).toContain('(p.entry_year + 0) <= ');
    expect(withText).toContain(`directory.lower_array((p.skills || '{}'::text[])) @> `);
    // A value typed in full width also matches its ASCII form.
    expect(compile('MEMBER', { employers: ['ＳＯＮＹ'] }).params[1]).toEqual(['ｓｏｎｙ', 'sony']);
  });

  it('matches departments as free text does: folded, each word contained', () => {
    const { sql, params } = compile('ADMIN', { departments: ['工学部', 'ｼﾞｮｳﾎｳ Eng'] });
    expect(sql).toContain('(p.admin_terms @> $2::text[] AND strpos(translate(lower(normalize(p.department, NFKC))');
    expect(params.slice(1)).toEqual([['工学', '学部'], '工学部', ['じょ', 'ょう', 'うほ', 'ほう', 'eng'], 'じょうほう', 'eng']);
    expect(sql).toMatch(/ OR \(p\.admin_terms @> \$4::text\[\] AND strpos\(.*, \$5\) > 0 AND strpos\(.*, \$6\) > 0\)\)/);
    expect(compile('MEMBER', { departments: ['工学部'] }).sql).toContain('p.member_terms @> $2::text[]');
    // Only punctuation asks for nothing.
    expect(compile('ADMIN', { departments: ['・'] }).sql).not.toContain('department');
  });
});

describe('search input', () => {
  it('refuses page sizes, sorts and cursors before touching the database', async () => {
    const fail = async (input: Parameters<typeof search>[1], audience: DirectoryScope['audience'] = 'MEMBER') => {
      const result = await search(scope(audience), input);
      return result.ok ? [] : result.errors.map((error) => error.field);
    };
    expect(await fail({ first: 0 })).toEqual(['first']);
    expect(await fail({ first: 101 })).toEqual(['first']);
    expect(await fail({ after: 'garbage' })).toEqual(['after']);
    expect(await fail({ sort: DirectorySort.LAST_SIGN_IN })).toEqual(['sort']);
    expect(await fail({ first: 0, filter: { tagIds: [CLUB] } })).toEqual(['first', 'filter.tagIds']);
  });
});
