import { randomUUID } from 'node:crypto';
import { claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';

const UPDATE =
  'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { memberId displayName headline } errors { code field message } } }';
const FULL = `memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio
  skills interests links { label url } contactEmail phone customFields { key label type value values displayText }
  contactVisibility { contactEmail phone links } email registrationAnswers { key values }`;
const UPDATE_FULL = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { ${FULL} } errors { code field message } } }`;
const CREATE_FIELD =
  'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { id key options { value label } } errors { code field } } }';
const SET_VISIBILITY =
  'mutation($input: SetProfileFieldVisibilityInput!) { setProfileFieldVisibility(input: $input) { setting { field visibility } errors { code field } } }';

describe('directory: profiles', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;

  const profileOf = (memberId: string, token?: string) => memberEntities(stack, url, [memberId], 'id profile { memberId displayName headline }', token);
  const profileRow = async (memberId: string) =>
    (await stack.sql('SELECT display_name, headline, status FROM directory.profiles WHERE membership_id = $1', [memberId]))[0];

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('gives every registrant a profile that they can edit while their membership is pending', async () => {
    const collector = await stack.collectEvents('kizuna.directory.profile');
    const { token, memberId } = await stack.register({ email: 'shota.mori@example.jp', displayName: '森 翔太' });

    const shell = await stack.waitFor(async () => (await stack.graphql(url, '{ myProfile { memberId displayName headline } }', {}, token)).data?.myProfile);
    expect(shell).toEqual({ memberId, displayName: '森 翔太', headline: null });
    expect(await profileRow(memberId)).toEqual({ display_name: '森 翔太', headline: null, status: 'pending' });

    const updated = await stack.graphql(url, UPDATE, { input: { displayName: ' 森 翔太 (Shota Mori) ', headline: 'Backend engineer at 絆テック' } }, token);
    expect(updated.data?.updateMyProfile).toEqual({
      profile: { memberId, displayName: '森 翔太 (Shota Mori)', headline: 'Backend engineer at 絆テック' },
      errors: [],
    });

    // Saving the same values again changes nothing; clearing the headline is one change.
    const same = await stack.graphql(url, UPDATE, { input: { headline: 'Backend engineer at 絆テック' } }, token);
    expect(same.data?.updateMyProfile.errors).toEqual([]);
    const cleared = await stack.graphql(url, UPDATE, { input: { headline: null } }, token);
    expect(cleared.data?.updateMyProfile.profile.headline).toBeNull();
    expect(cleared.data?.updateMyProfile.profile.displayName).toBe('森 翔太 (Shota Mori)');

    // One aggregate's events stay in order: once the last change arrived, everything before it has too.
    const events = await stack.waitFor(async () => {
      const mine = collector.events.filter((e) => e.subject === memberId);
      return mine.some((e) => (e.data as { changedFields: string[] }).changedFields.join() === 'headline') ? mine : undefined;
    });
    expect(events.map((e) => e.type)).toEqual(['kizuna.directory.profile.updated.v1', 'kizuna.directory.profile.updated.v1']);
    expect(events.map((e) => (e.data as { changedFields: string[] }).changedFields)).toEqual([['displayName', 'headline'], ['headline']]);
    expect(events[0]).toMatchObject({ networkid: claimsOf(token).nid, data: { membershipId: memberId, networkId: claimsOf(token).nid } });
    // Each carries the profile after the change, empty fields left out, for messages personalised elsewhere.
    expect(events.map((e) => (e.data as { profile: unknown }).profile)).toEqual([
      { displayName: '森 翔太 (Shota Mori)', fields: { headline: 'Backend engineer at 絆テック' } },
      { displayName: '森 翔太 (Shota Mori)', fields: {} },
    ]);
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const { token, memberId } = await stack.register({ email: 'bad.input@example.jp', displayName: 'Ken Ito' });
    await stack.waitFor(() => profileRow(memberId));

    const bad = await stack.graphql(url, UPDATE, { input: { displayName: '   ', headline: 'x'.repeat(201) } }, token);
    expect(bad.data?.updateMyProfile.profile).toBeNull();
    expect(bad.data?.updateMyProfile.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
      ['VALIDATION', 'displayName'],
      ['VALIDATION', 'headline'],
    ]);
    // One bad field stops the good one too.
    const half = await stack.graphql(url, UPDATE, { input: { displayName: 'Kenji Ito', headline: 'y'.repeat(201) } }, token);
    expect(half.data?.updateMyProfile.errors.map((e: { field: string }) => e.field)).toEqual(['headline']);
    const tooLong = await stack.graphql(url, UPDATE, { input: { displayName: 'z'.repeat(101) } }, token);
    expect(tooLong.data?.updateMyProfile.errors.map((e: { field: string }) => e.field)).toEqual(['displayName']);

    expect(await profileRow(memberId)).toEqual({ display_name: 'Ken Ito', headline: null, status: 'pending' });
    expect(await stack.sql("SELECT 1 FROM directory.outbox WHERE envelope->>'subject' = $1", [memberId])).toEqual([]);
  });

  it('shows profiles to approved members of the same network only, and applicants only to themselves and admins', async () => {
    const { token, memberId } = await stack.register({ email: 'yuki.hara@example.jp', displayName: '原 由紀' });
    await stack.waitFor(() => profileRow(memberId));
    const adminId = claimsOf(admin).mid;
    const memberIdOfHanako = claimsOf(member).mid;

    // The applicant sees their own profile, and nobody else's.
    expect((await profileOf(memberId, token)).data?._entities[0].profile.displayName).toBe('原 由紀');
    const others = await profileOf(adminId, token);
    expect(others.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // An approved member sees approved members, not applicants; an admin sees applicants too.
    expect((await profileOf(adminId, member)).data?._entities[0].profile).toMatchObject({ memberId: adminId });
    expect((await profileOf(memberId, member)).data?._entities[0].profile).toBeNull();
    expect((await profileOf(memberId, admin)).data?._entities[0].profile).toEqual({ memberId, displayName: '原 由紀', headline: null });

    // Another network sees none of them.
    expect((await profileOf(memberId, corpAdmin)).data?._entities[0].profile).toBeNull();
    expect((await profileOf(memberIdOfHanako, corpAdmin)).data?._entities[0].profile).toBeNull();

    // Once approved, the applicant is in the directory for everyone in the network.
    const approved = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(approved.data?.approveMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileOf(memberId, member)).data?._entities[0].profile);
    expect((await profileRow(memberId)).status).toBe('approved');
    expect((await profileOf(memberId, corpAdmin)).data?._entities[0].profile).toBeNull();

    // Many members at once (as the gateway asks for a page of them) and malformed ids.
    const many = await memberEntities(stack, url, [adminId, memberIdOfHanako, memberId, 'not-a-member'], 'id profile { memberId }', member);
    expect(many.errors).toBeUndefined();
    expect(many.data?._entities.map((e: { profile: { memberId: string } | null } | null) => e?.profile?.memberId ?? null)).toEqual([
      adminId,
      memberIdOfHanako,
      memberId,
      null,
    ]);
  });

  it('hides suspended and rejected members from the directory, and shows reinstated ones again', async () => {
    const identity = stack.serviceUrl('identity');
    const decide = (mutation: string, input: Record<string, unknown>) =>
      stack.graphql(
        identity,
        `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { errors { code } } }`,
        { input },
        admin,
      );
    const { memberId } = await stack.register({ email: 'daichi.kudo@example.jp', displayName: '工藤 大地' });
    const { memberId: rejectedId } = await stack.register({ email: 'rejected.one@example.jp', displayName: 'Rejected One' });
    await stack.waitFor(async () => (await profileRow(memberId)) && (await profileRow(rejectedId)));

    expect((await decide('approveMembership', { memberId })).data?.approveMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileRow(memberId)).status === 'approved');
    expect((await decide('suspendMembership', { memberId, reason: 'spam' })).data?.suspendMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileRow(memberId)).status === 'suspended');
    expect((await profileOf(memberId, member)).data?._entities[0].profile).toBeNull();

    expect((await decide('reinstateMembership', { memberId })).data?.reinstateMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileRow(memberId)).status === 'approved');
    expect((await profileOf(memberId, member)).data?._entities[0].profile).toMatchObject({ memberId });

    expect((await decide('rejectMembership', { memberId: rejectedId })).data?.rejectMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileRow(rejectedId)).status === 'rejected');
  });

  describe('standard and custom fields', () => {
    let club: { id: string; options: { value: string; label: string }[] };
    let secret: { id: string };
    let taro: string;
    let taroId: string;
    const full = async (memberId: string, token: string) =>
      (await memberEntities(stack, url, [memberId], `profile { ${FULL} }`, token)).data?._entities[0].profile;

    beforeAll(async () => {
      const created = await stack.graphql(
        url,
        CREATE_FIELD,
        { input: { label: 'サークル', key: 'club', type: 'SINGLE_CHOICE', visibility: 'MEMBERS', options: [{ label: 'テニス部' }, { label: '軽音楽部' }] } },
        admin,
      );
      club = created.data?.createCustomField.field;
      const hidden = await stack.graphql(
        url,
        CREATE_FIELD,
        { input: { label: 'Private note', key: 'private_note', type: 'TEXT', visibility: 'HIDDEN' } },
        admin,
      );
      secret = hidden.data?.createCustomField.field;
      expect(club.options).toHaveLength(2);
      taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
      taroId = claimsOf(taro).mid;
      await stack.waitFor(async () => (await stack.graphql(url, '{ myProfile { memberId } }', {}, taro)).data?.myProfile);
    });

    it('saves every field, names the changes in the event, and publishes nothing for the same values', async () => {
      const collector = await stack.collectEvents('kizuna.directory.profile');
      const input = {
        nameKana: 'やまだ たろう',
        nameRomaji: 'Taro Yamada',
        headline: 'エンジニア',
        entryYear: 2010,
        leaveYear: 2014,
        department: '工学部 情報工学科',
        employer: '絆テック',
        jobTitle: 'ソフトウェアエンジニア',
        industry: 'IT',
        location: '大阪府大阪市',
        bio: '大阪でエンジニアをしています。\n気軽にどうぞ。',
        skills: ['TypeScript', '機械学習'],
        interests: ['登山'],
        links: [{ label: 'Blog', url: 'https://example.com/taro' }],
        contactEmail: 'taro@example.jp',
        phone: '090-1234-5678',
        contactVisibility: { contactEmail: 'MEMBERS', phone: 'ADMINS' },
        customFields: [
          { fieldId: club.id, value: club.options[0].value },
          { fieldId: secret.id, value: 'just for me' },
        ],
      };
      const saved = await stack.graphql(url, UPDATE_FULL, { input }, taro);
      expect(saved.data?.updateMyProfile.errors).toEqual([]);
      expect(saved.data?.updateMyProfile.profile).toMatchObject({
        employer: '絆テック',
        skills: ['TypeScript', '機械学習'],
        contactVisibility: { contactEmail: 'MEMBERS', phone: 'ADMINS', links: 'ADMINS' },
        customFields: [
          { key: 'club', type: 'SINGLE_CHOICE', value: club.options[0].value, displayText: 'テニス部' },
          { key: 'private_note', type: 'TEXT', value: 'just for me', displayText: 'just for me' },
        ],
      });
      // The search columns follow the profile.
      const [row] = await stack.sql('SELECT member_terms, sort_name FROM directory.profiles WHERE membership_id = $1', [taroId]);
      expect(row.sort_name).toContain('やまだ');
      expect(row.member_terms.length).toBeGreaterThan(0);

      expect((await stack.graphql(url, UPDATE_FULL, { input }, taro)).data?.updateMyProfile.errors).toEqual([]);
      const newJob = await stack.graphql(
        url,
        UPDATE_FULL,
        { input: { employer: '大阪ガス', jobTitle: 'データサイエンティスト', customFields: [{ fieldId: club.id, value: club.options[1].value }] } },
        taro,
      );
      expect(newJob.data?.updateMyProfile.errors).toEqual([]);

      const events = await stack.waitFor(async () => {
        const mine = collector.events.filter((e) => e.subject === taroId);
        return mine.length >= 2 ? mine : undefined;
      });
      await new Promise((r) => setTimeout(r, 500));
      const changed = collector.events.filter((e) => e.subject === taroId).map((e) => (e.data as { changedFields: string[] }).changedFields);
      expect(changed).toHaveLength(2);
      // Choosing ADMINS for the phone is what it already was: not a change.
      expect(changed[0]).toEqual([
        'nameKana',
        'nameRomaji',
        'headline',
        'entryYear',
        'leaveYear',
        'department',
        'employer',
        'jobTitle',
        'industry',
        'location',
        'bio',
        'skills',
        'interests',
        'links',
        'contactEmail',
        'phone',
        'contactVisibility.contactEmail',
        'custom.club',
        'custom.private_note',
      ]);
      expect(changed[1]).toEqual(['employer', 'jobTitle', 'custom.club']);
      expect(events[0].networkid).toBe(claimsOf(taro).nid);
    });

    it('shows each audience only what it may see', async () => {
      // As another member: contact e-mail chosen for members, phone for admins only, hidden custom field never.
      const asMember = await full(taroId, member);
      expect(asMember).toMatchObject({
        displayName: '山田 太郎',
        nameKana: 'やまだ たろう',
        employer: '大阪ガス',
        contactEmail: 'taro@example.jp',
        phone: null,
        links: null,
        email: null,
        registrationAnswers: null,
        contactVisibility: null,
      });
      expect(asMember.customFields.map((f: { key: string }) => f.key)).toEqual(['club']);

      const asAdmin = await full(taroId, admin);
      expect(asAdmin).toMatchObject({
        phone: '090-1234-5678',
        links: [{ label: 'Blog', url: 'https://example.com/taro' }],
        email: 'taro.yamada@demo.kizuna.dev',
        contactVisibility: null,
      });
      expect(asAdmin.customFields.map((f: { key: string }) => f.key)).toEqual(['club']);

      // The network shows employers to admins only: members no longer see or find it; the member still does.
      const hidden = await stack.graphql(url, SET_VISIBILITY, { input: { field: 'employer', visibility: 'ADMINS' } }, admin);
      expect(hidden.data?.setProfileFieldVisibility).toEqual({ setting: { field: 'employer', visibility: 'ADMINS' }, errors: [] });
      expect((await full(taroId, member)).employer).toBeNull();
      expect((await full(taroId, admin)).employer).toBe('大阪ガス');
      const mine = (await stack.graphql(url, `{ myProfile { ${FULL} } }`, {}, taro)).data?.myProfile;
      expect(mine).toMatchObject({ employer: '大阪ガス', phone: '090-1234-5678' });
      expect(mine.customFields.map((f: { key: string }) => f.key)).toEqual(['club', 'private_note']);
      const [terms] = await stack.sql('SELECT member_terms, admin_terms, member_text, admin_text FROM directory.profiles WHERE membership_id = $1', [taroId]);
      // Search text is folded (katakana as hiragana).
      expect(terms.member_text).not.toContain('大阪がす');
      expect(terms.admin_text).toContain('大阪がす');

      await stack.graphql(url, SET_VISIBILITY, { input: { field: 'employer', visibility: 'MEMBERS' } }, admin);
      expect((await full(taroId, member)).employer).toBe('大阪ガス');

      // Another network sees nothing at all.
      expect((await memberEntities(stack, url, [taroId], `profile { ${FULL} }`, corpAdmin)).data?._entities[0].profile).toBeNull();
    });

    it('refuses every bad field at once and stores nothing', async () => {
      const before = await stack.sql('SELECT * FROM directory.profiles WHERE membership_id = $1', [taroId]);
      const outboxBefore = await stack.sql("SELECT count(*)::int AS n FROM directory.outbox WHERE envelope->>'subject' = $1", [taroId]);
      const bad = await stack.graphql(
        url,
        UPDATE_FULL,
        {
          input: {
            employer: 'Good Employer',
            nameKana: 'Yamada',
            entryYear: 1899,
            leaveYear: new Date().getUTCFullYear() + 11,
            skills: Array.from({ length: 31 }, (_, i) => `skill ${i}`),
            interests: ['x'.repeat(51)],
            links: Array.from({ length: 11 }, (_, i) => ({ label: `l${i}`, url: `https://example.com/${i}` })),
            contactEmail: 'nope',
            phone: 'call me maybe',
            bio: 'b'.repeat(2001),
            customFields: [{ fieldId: club.id, value: 'no-such-option' }],
          },
        },
        taro,
      );
      expect(bad.data?.updateMyProfile.profile).toBeNull();
      expect(bad.data?.updateMyProfile.errors.map((e: { code: string; field: string }) => `${e.code}:${e.field}`)).toEqual([
        'VALIDATION:nameKana',
        'VALIDATION:entryYear',
        'VALIDATION:leaveYear',
        'VALIDATION:bio',
        'VALIDATION:skills',
        'VALIDATION:interests',
        'VALIDATION:links',
        'VALIDATION:contactEmail',
        'VALIDATION:phone',
        'VALIDATION:custom.club',
      ]);
      const leaveBeforeEntry = await stack.graphql(url, UPDATE_FULL, { input: { leaveYear: 2009 } }, taro);
      expect(leaveBeforeEntry.data?.updateMyProfile.errors.map((e: { field: string }) => e.field)).toEqual(['leaveYear']);
      const badUrl = await stack.graphql(url, UPDATE_FULL, { input: { links: [{ label: 'x', url: 'javascript:alert(1)' }] } }, taro);
      expect(badUrl.data?.updateMyProfile.errors.map((e: { field: string }) => e.field)).toEqual(['links']);

      expect(await stack.sql('SELECT * FROM directory.profiles WHERE membership_id = $1', [taroId])).toEqual(before);
      expect(await stack.sql("SELECT count(*)::int AS n FROM directory.outbox WHERE envelope->>'subject' = $1", [taroId])).toEqual(outboxBefore);
    });

    it('fills the profile from registration answers and adopts the roster row imported for the same e-mail', async () => {
      const identity = stack.serviceUrl('identity');
      const question = (input: Record<string, unknown>) =>
        stack.graphql(
          identity,
          'mutation($input: CreateRegistrationQuestionInput!) { createRegistrationQuestion(input: $input) { question { id options { id label } } errors { code field } } }',
          { input },
          admin,
        );
      const year = (await question({ kind: 'YEAR', label: '卒業年', required: false, profileField: 'graduation_year' })).data?.createRegistrationQuestion
        .question;
      const employer = (await question({ kind: 'FREE_TEXT', label: '勤務先', required: false, profileField: 'employer' })).data?.createRegistrationQuestion
        .question;
      const clubQuestion = (
        await question({
          kind: 'SINGLE_CHOICE',
          label: 'サークル',
          required: false,
          options: [{ label: 'テニス部' }, { label: '軽音楽部' }],
          profileField: 'club',
        })
      ).data?.createRegistrationQuestion.question;
      const unknown = (await question({ kind: 'FREE_TEXT', label: '好きな言葉', required: false, profileField: 'motto' })).data?.createRegistrationQuestion
        .question;
      expect([year, employer, clubQuestion, unknown].every(Boolean)).toBe(true);

      // The alumni office imported this person before they joined, and tagged them.
      const rosterId = randomUUID();
      const networkId = claimsOf(admin).nid;
      await stack.sql(
        `INSERT INTO directory.profiles (membership_id, network_id, account_id, status, email, display_name, department, location, created_at, updated_at)
         VALUES ($1, $2, NULL, 'unregistered', 'Mio.Kondo@Example.jp', '近藤 美緒', '文学部', '京都府京都市', now(), now())`,
        [rosterId, networkId],
      );
      const tagId = randomUUID();
      await stack.sql(`INSERT INTO directory.tags (id, network_id, name) VALUES ($1, $2, '2015年卒 名簿')`, [tagId, networkId]);
      await stack.sql(`INSERT INTO directory.member_tags (tag_id, membership_id, network_id, added_by) VALUES ($1, $2, $3, 'IMPORT')`, [
        tagId,
        rosterId,
        networkId,
      ]);

      const registered = await stack.registerThroughMail(
        {
          email: 'mio.kondo@example.jp',
          password: 'correct-horse-battery',
          displayName: '近藤 美緒',
          networkSlug: 'demo',
          answers: [
            { questionId: year.id, value: '2015' },
            { questionId: employer.id, value: 'ソニーグループ' },
            { questionId: clubQuestion.id, values: [clubQuestion.options[1].id] },
            { questionId: unknown.id, value: '一期一会' },
          ],
        },
        'accessToken member { id } errors { code field }',
      );
      expect(registered.data?.register.errors).toEqual([]);
      const memberId = registered.data?.register.member.id;
      const row = await stack.waitFor(async () => (await stack.sql('SELECT * FROM directory.profiles WHERE membership_id = $1', [memberId]))[0]);

      expect(row).toMatchObject({
        status: 'pending',
        entry_year: 2015,
        employer: 'ソニーグループ',
        department: '文学部',
        location: '京都府京都市',
        custom: { [club.id]: club.options.find((o) => o.label === '軽音楽部')!.value },
        registration_answers: { graduation_year: '2015', employer: 'ソニーグループ', club: '軽音楽部', motto: '一期一会' },
      });
      expect(row.email.toLowerCase()).toBe('mio.kondo@example.jp');
      expect(row.admin_text).toContain('そにーぐるーぷ');
      expect(await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = $1', [rosterId])).toEqual([]);
      expect(await stack.sql('SELECT membership_id FROM directory.member_tags WHERE tag_id = $1', [tagId])).toEqual([{ membership_id: memberId }]);

      // An admin sees the answers; the applicant sees their own profile.
      const asAdmin = await full(memberId, admin);
      expect(asAdmin.registrationAnswers).toEqual(expect.arrayContaining([{ key: 'motto', values: ['一期一会'] }]));
      expect(asAdmin.entryYear).toBe(2015);

      for (const q of [year, employer, clubQuestion, unknown]) {
        await stack.graphql(
          identity,
          'mutation($input: RegistrationQuestionIdInput!) { archiveRegistrationQuestion(input: $input) { errors { code } } }',
          { input: { questionId: q.id } },
          admin,
        );
      }
    });
  });

  it('asks anonymous callers to sign in', async () => {
    const result = await stack.graphql(url, UPDATE, { input: { headline: 'hi' } });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports its health and readiness', async () => {
    const base = stack.serviceUrl('directory').replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'directory' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', service: 'directory', database: 'ok', events: 'ok' });
  });
});
