import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const SUGGESTIONS = '{ peopleYouMayKnow(first: 20) { member { id } profile { memberId displayName employer } score reasons { kind values } } }';
const DISMISS = 'mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { dismissedMemberId errors { code field } } }';

interface Suggestion {
  member: { id: string };
  profile: { memberId: string; displayName: string; employer: string | null };
  score: number;
  reasons: { kind: string; values: string[] }[];
}

interface Fields {
  entryYear?: number | null;
  department?: string | null;
  employer?: string | null;
  skills?: string[];
  interests?: string[];
}

describe('directory: people you may know', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;
  // Values no demo profile has, so only the people made here have anything in common.
  const department = '考古学部 陶磁専攻';
  const employer = 'Kintsugi Works 合同会社';
  const viewerFields: Fields = { entryYear: 1950, department, employer, skills: ['Pottery', 'Kiln Design', 'Glazing'], interests: ['Urushi Lacquer'] };

  const setFields = (memberId: string, fields: Fields) =>
    stack.sql(`UPDATE directory.profiles SET entry_year = $2, department = $3, employer = $4, skills = $5, interests = $6 WHERE membership_id = $1`, [
      memberId,
      fields.entryYear ?? null,
      fields.department ?? null,
      fields.employer ?? null,
      fields.skills ?? [],
      fields.interests ?? [],
    ]);

  const suggestionsFor = async (token: string): Promise<Suggestion[]> => {
    const result = await stack.graphql(url, SUGGESTIONS, {}, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.peopleYouMayKnow as Suggestion[];
  };

  const registered = async (email: string, displayName: string) => {
    const { memberId, token } = await stack.register({ email, displayName });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = $1', [memberId])).length > 0);
    return { memberId, token };
  };

  const approved = async (email: string, displayName: string, fields: Fields) => {
    const { memberId } = await registered(email, displayName);
    const result = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(result.data?.approveMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await stack.sql('SELECT status FROM directory.profiles WHERE membership_id = $1', [memberId]))[0]?.status === 'approved');
    await setFields(memberId, fields);
    return { memberId, displayName, token: await stack.signIn(email, 'correct-horse-battery') };
  };

  let viewer: Awaited<ReturnType<typeof approved>>;
  let sameEmployerAndYear: Awaited<ReturnType<typeof approved>>;
  let sameYearAndDepartment: Awaited<ReturnType<typeof approved>>;
  let sameDepartmentAndSkills: Awaited<ReturnType<typeof approved>>;
  let sameEmployerOnly: Awaited<ReturnType<typeof approved>>;
  let pendingTwin: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
    // The other network's owner's profile arrives by event.
    await stack.waitFor(
      async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = $1', [claimsOf(corpAdmin).mid])).length > 0,
      60_000,
    );

    viewer = await approved('pymk.viewer@example.jp', '陶 芸子', viewerFields);
    sameEmployerAndYear = await approved('pymk.a@example.jp', 'A 同僚同期', { entryYear: 1950, employer: 'kintsugi works 合同会社', department: '経済学部' });
    sameYearAndDepartment = await approved('pymk.b@example.jp', 'B 同期同学科', { entryYear: 1950, department, employer: 'Other KK' });
    sameDepartmentAndSkills = await approved('pymk.c@example.jp', 'C 同学科', { entryYear: 1970, department, skills: ['POTTERY', 'kiln design', 'Sales'] });
    sameEmployerOnly = await approved('pymk.f@example.jp', 'F 同僚', { entryYear: 1990, employer });
    await approved('pymk.d@example.jp', 'D 一年違い', { entryYear: 1951, interests: ['urushi lacquer', 'Go'] });
    await approved('pymk.e@example.jp', 'E 他人', { entryYear: 1980, department: '法学部', employer: 'Elsewhere', skills: ['Law'] });

    // Someone with everything in common who is still pending, and the other network's owner likewise.
    const pending = await registered('pymk.pending@example.jp', 'P 申請中');
    pendingTwin = pending.memberId;
    await setFields(pendingTwin, viewerFields);
    await setFields(claimsOf(corpAdmin).mid, viewerFields);
  });
  afterAll(() => stack?.stop());

  it('suggests approved members of the network by what they have in common, most first, with the reasons', async () => {
    const suggestions = await suggestionsFor(viewer.token);
    expect(suggestions.map((s) => s.profile.displayName)).toEqual(['A 同僚同期', 'B 同期同学科', 'C 同学科', 'F 同僚', 'D 一年違い']);
    expect(suggestions.map((s) => s.score)).toEqual([7, 6, 5, 4, 2]);
    expect(suggestions.map((s) => s.member.id)).toEqual(suggestions.map((s) => s.profile.memberId));
    expect(Object.fromEntries(suggestions.map((s) => [s.profile.displayName, s.reasons]))).toEqual({
      'A 同僚同期': [
        { kind: 'SAME_EMPLOYER', values: ['kintsugi works 合同会社'] },
        { kind: 'SAME_YEAR', values: ['1950'] },
      ],
      'B 同期同学科': [
        { kind: 'SAME_YEAR', values: ['1950'] },
        { kind: 'SAME_DEPARTMENT', values: [department] },
      ],
      'C 同学科': [
        { kind: 'SAME_DEPARTMENT', values: [department] },
        { kind: 'SHARED_SKILLS', values: ['POTTERY', 'kiln design'] },
      ],
      'F 同僚': [{ kind: 'SAME_EMPLOYER', values: [employer] }],
      'D 一年違い': [
        { kind: 'NEAR_YEAR', values: ['1951'] },
        { kind: 'SHARED_INTERESTS', values: ['urushi lacquer'] },
      ],
    });
    // Never the viewer, an applicant, or anyone of another network.
    const ids = suggestions.map((s) => s.member.id);
    expect(ids).not.toContain(viewer.memberId);
    expect(ids).not.toContain(pendingTwin);
    expect(ids).not.toContain(claimsOf(corpAdmin).mid);
    // And the first N are the best N.
    const top = await stack.graphql(url, '{ peopleYouMayKnow(first: 2) { profile { displayName } } }', {}, viewer.token);
    expect(top.data?.peopleYouMayKnow.map((s: { profile: { displayName: string } }) => s.profile.displayName)).toEqual(['A 同僚同期', 'B 同期同学科']);
  });

  it('never uses a field the network does not show to members, neither as a reason nor in the order', async () => {
    const networkId = claimsOf(admin).nid;
    await stack.sql(`INSERT INTO directory.field_settings (network_id, field, visibility) VALUES ($1, 'employer', 'ADMINS')`, [networkId]);
    try {
      const suggestions = await suggestionsFor(viewer.token);
      // F had only the employer in common: gone. A keeps only the year, and drops below B and C.
      expect(suggestions.map((s) => [s.profile.displayName, s.score])).toEqual([
        ['B 同期同学科', 6],
        ['C 同学科', 5],
        ['A 同僚同期', 3],
        ['D 一年違い', 2],
      ]);
      expect(suggestions.flatMap((s) => s.reasons.map((r) => r.kind))).not.toContain('SAME_EMPLOYER');
      // The profile shown is the member's view: no employer either.
      expect(suggestions.map((s) => s.profile.employer)).toEqual([null, null, null, null]);
      expect(suggestions.map((s) => s.member.id)).not.toContain(sameEmployerOnly.memberId);
    } finally {
      await stack.sql(`DELETE FROM directory.field_settings WHERE network_id = $1 AND field = 'employer'`, [networkId]);
    }
    await stack.sql(`INSERT INTO directory.field_settings (network_id, field, visibility) VALUES ($1, 'skills', 'HIDDEN')`, [networkId]);
    try {
      const suggestions = await suggestionsFor(viewer.token);
      expect(suggestions.find((s) => s.member.id === sameDepartmentAndSkills.memberId)?.reasons).toEqual([{ kind: 'SAME_DEPARTMENT', values: [department] }]);
    } finally {
      await stack.sql(`DELETE FROM directory.field_settings WHERE network_id = $1 AND field = 'skills'`, [networkId]);
    }
  });

  it('stops suggesting someone the viewer dismissed, for that viewer only', async () => {
    const dismissed = await stack.graphql(url, DISMISS, { input: { memberId: sameYearAndDepartment.memberId } }, viewer.token);
    expect(dismissed.data?.dismissSuggestion).toEqual({ dismissedMemberId: sameYearAndDepartment.memberId, errors: [] });
    // Twice is fine.
    const again = await stack.graphql(url, DISMISS, { input: { memberId: sameYearAndDepartment.memberId } }, viewer.token);
    expect(again.data?.dismissSuggestion.errors).toEqual([]);
    expect((await suggestionsFor(viewer.token)).map((s) => s.profile.displayName)).toEqual(['A 同僚同期', 'C 同学科', 'F 同僚', 'D 一年違い']);
    // Someone else still gets B suggested.
    expect((await suggestionsFor(sameEmployerAndYear.token)).map((s) => s.member.id)).toContain(sameYearAndDepartment.memberId);

    const errors = async (memberId: string) => (await stack.graphql(url, DISMISS, { input: { memberId } }, viewer.token)).data?.dismissSuggestion.errors;
    expect(await errors(claimsOf(corpAdmin).mid)).toEqual([{ code: 'NOT_FOUND', field: 'memberId' }]);
    expect(await errors(pendingTwin)).toEqual([{ code: 'NOT_FOUND', field: 'memberId' }]);
    expect(await errors('nobody')).toEqual([{ code: 'NOT_FOUND', field: 'memberId' }]);
    expect(await errors(viewer.memberId)).toEqual([{ code: 'VALIDATION', field: 'memberId' }]);
    expect(await stack.sql('SELECT dismissed_id FROM directory.suggestion_dismissals WHERE membership_id = $1', [viewer.memberId])).toEqual([
      { dismissed_id: sameYearAndDepartment.memberId },
    ]);
  });

  it('suggests nobody from another network, and nothing to applicants', async () => {
    // The corp owner has everything in common with the demo people made here, but they are another network.
    expect(await suggestionsFor(corpAdmin)).toEqual([]);
    const { token } = await registered('pymk.applicant@example.jp', '申請 三郎');
    expect((await stack.graphql(url, SUGGESTIONS, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Someone with nothing filled in has nothing in common with anyone: no suggestions, not everyone.
    const blank = await approved('pymk.blank@example.jp', '白紙 四郎', {});
    expect(await suggestionsFor(blank.token)).toEqual([]);
  });
});
