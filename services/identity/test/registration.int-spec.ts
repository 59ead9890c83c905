import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const PASSWORD = 'correct-horse-battery';
const NETWORK_FIELDS = 'id slug name defaultLocale logoUrl primaryColor welcomeText registrationOpen';
const QUESTION_FIELDS = 'id kind label helpText required position options { id label } profileField adminOnly archivedAt';
const PUBLIC_NETWORK = `query($slug: String!) { network(slug: $slug) { ${NETWORK_FIELDS} registrationQuestions { ${QUESTION_FIELDS} } } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateNetworkSettingsInput!) { updateNetworkSettings(input: $input) { network { ${NETWORK_FIELDS} } errors { code field message } } }`;
const CREATE_QUESTION = `mutation($input: CreateRegistrationQuestionInput!) { createRegistrationQuestion(input: $input) { question { ${QUESTION_FIELDS} } errors { code field } } }`;
const UPDATE_QUESTION = `mutation($input: UpdateRegistrationQuestionInput!) { updateRegistrationQuestion(input: $input) { question { ${QUESTION_FIELDS} } errors { code field } } }`;
const ARCHIVE_QUESTION = `mutation($input: RegistrationQuestionIdInput!) { archiveRegistrationQuestion(input: $input) { question { id archivedAt } errors { code field } } }`;
const RESTORE_QUESTION = `mutation($input: RegistrationQuestionIdInput!) { restoreRegistrationQuestion(input: $input) { question { id position archivedAt } errors { code field } } }`;
const REORDER = `mutation($input: ReorderRegistrationQuestionsInput!) { reorderRegistrationQuestions(input: $input) { questions { id position } errors { code field } } }`;
const ADMIN_QUESTIONS = `query($all: Boolean!) { registrationQuestions(includeArchived: $all) { ${QUESTION_FIELDS} } }`;
const REGISTER_SELECTION = 'accessToken member { id status } errors { code field message }';
const PENDING = `{ pendingMembers(first: 200) { edges { node { id displayName registrationAnswers { question { id label archivedAt } displayText values } } } } }`;
const RULES = `{ autoApprovalRules { emailDomains rosterEnabled rosterYearQuestion { id } rosterEntryCount } }`;
const UPDATE_RULES = `mutation($input: UpdateAutoApprovalRulesInput!) { updateAutoApprovalRules(input: $input) { rules { emailDomains rosterEnabled rosterYearQuestion { id } rosterEntryCount } errors { code field } } }`;
const PREVIEW = `query($csv: String!, $mode: RosterImportMode!) { rosterPreview(csv: $csv, mode: $mode) { validCount errorCount errors { code field } rows { line email name year errors { code field message } } } }`;
const IMPORT = `mutation($input: ImportRosterInput!) { importRoster(input: $input) { importedCount totalCount errors { code field } } }`;
const ROSTER = `query($search: String) { rosterEntries(search: $search, first: 100) { totalCount edges { node { id email name year } } } }`;
const DELETE_ENTRY = `mutation($input: DeleteRosterEntryInput!) { deleteRosterEntry(input: $input) { entry { id } errors { code field } } }`;

// A 1×1 PNG.
const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

interface Question {
  id: string;
  kind: string;
  label: string;
  position: number;
  options: { id: string; label: string }[];
  profileField: string | null;
  adminOnly: boolean;
  archivedAt: string | null;
}

describe('identity: network settings, registration questions and auto-approval', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;
  let member: string;
  let count = 0;
  /** The demo network's questions, made in the questions test and answered afterwards. */
  let year: Question;
  let faculty: Question;
  let interests: Question;
  let manager: Question;
  let joined: Question;

  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => stack.graphql(url, query, variables, token);
  const nextEmail = (name: string, domain = 'example.jp') => `${name}-${++count}@${domain}`;
  /** Registers as a person does: an accepted registration's answer is that of the mailed link, which starts the session. */
  const register = (input: Record<string, unknown>, networkSlug = 'demo') =>
    stack.registerThroughMail({ networkSlug, password: PASSWORD, ...input }, REGISTER_SELECTION);
  const accountCount = async (email: string) => (await stack.sql('SELECT 1 FROM identity.accounts WHERE email = $1', [email])).length;
  const createQuestion = async (input: Record<string, unknown>, token = admin): Promise<Question> => {
    const result = await gql(CREATE_QUESTION, { input }, token);
    expect(result.data?.createRegistrationQuestion.errors).toEqual([]);
    return result.data?.createRegistrationQuestion.question;
  };
  /** Every required demo question answered well. */
  const goodAnswers = (overrides: Record<string, Record<string, unknown>> = {}) =>
    [
      { questionId: year.id, value: '2012' },
      { questionId: faculty.id, value: faculty.options[0].id },
      { questionId: manager.id, value: '佐藤部長' },
    ].map((a) => ({ ...a, ...overrides[a.questionId] }));

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
    member = await stack.signIn('emily.johnson@demo.kizuna.dev', stack.demo.memberPassword);
  });
  afterAll(() => stack?.stop());

  describe('network settings', () => {
    it('shows the branding an admin set on the public registration query, audited and published', async () => {
      const collector = await stack.collectEvents('kizuna.identity.network');
      const input = {
        name: '絆大学 校友会',
        logoUrl: PNG_DATA_URL,
        primaryColor: '#C2255C',
        welcomeText: '卒業生のみなさん、ようこそ。',
        defaultLocale: 'en',
      };
      const updated = await gql(UPDATE_SETTINGS, { input }, admin);
      expect(updated.data?.updateNetworkSettings.errors).toEqual([]);

      const shown = await gql(PUBLIC_NETWORK, { slug: 'demo' });
      expect(shown.data?.network).toMatchObject({ ...input, primaryColor: '#c2255c', slug: 'demo', registrationOpen: true });

      const audit = await gql('{ auditLog(first: 5) { edges { node { action actor { id } details } } } }', {}, admin);
      const entry = audit.data?.auditLog.edges[0].node;
      expect(entry.action).toBe('network.settings.updated');
      expect(JSON.parse(entry.details)).toMatchObject({ name: expect.stringContaining('→ 絆大学 校友会'), logoUrl: '∅ → (uploaded image/png)' });

      const event = await stack.waitFor(async () =>
        collector.events.find((e) => e.type === 'kizuna.identity.network.updated.v1' && (e.data as { name: string }).name === input.name),
      );
      expect(event.data).toMatchObject({ name: '絆大学 校友会', slug: 'demo', defaultLocale: 'en', primaryColor: '#c2255c', registrationOpen: true });
    });

    it('refuses bad settings field by field and changes nothing', async () => {
      const before = (await gql(PUBLIC_NETWORK, { slug: 'demo' })).data?.network;
      const svgLogo = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`;
      const result = await gql(
        UPDATE_SETTINGS,
        { input: { name: ' ', slug: 'Bad Slug!', logoUrl: svgLogo, primaryColor: 'pink', defaultLocale: 'fr', welcomeText: 'x'.repeat(2001) } },
        admin,
      );
      expect(result.data?.updateNetworkSettings.network).toBeNull();
      expect(result.data?.updateNetworkSettings.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'defaultLocale',
        'logoUrl',
        'name',
        'primaryColor',
        'slug',
        'welcomeText',
      ]);
      const fake = await gql(UPDATE_SETTINGS, { input: { logoUrl: `data:image/png;base64,${Buffer.from('not a png').toString('base64')}` } }, admin);
      expect(fake.data?.updateNetworkSettings.errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'logoUrl' })]);
      const big = await gql(
        UPDATE_SETTINGS,
        {
          input: {
            logoUrl: `data:image/png;base64,${Buffer.concat([Buffer.from(PNG_DATA_URL.split(',')[1], 'base64'), Buffer.alloc(210 * 1024)]).toString('base64')}`,
          },
        },
        admin,
      );
      expect(big.data?.updateNetworkSettings.errors).toEqual([expect.objectContaining({ field: 'logoUrl', message: expect.stringContaining('200 KB') })]);
      expect((await gql(PUBLIC_NETWORK, { slug: 'demo' })).data?.network).toEqual(before);
    });

    it("lets only the network's own owners and admins change it", async () => {
      const asMember = await gql(UPDATE_SETTINGS, { input: { name: 'Taken over' } }, member);
      expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const anonymous = await gql(UPDATE_SETTINGS, { input: { name: 'Taken over' } });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // The corp admin's change lands on their own network, never on demo.
      const corp = await gql(UPDATE_SETTINGS, { input: { welcomeText: 'Welcome back, former colleagues.' } }, corpAdmin);
      expect(corp.data?.updateNetworkSettings.network).toMatchObject({ slug: 'kizuna-corp', welcomeText: 'Welcome back, former colleagues.' });
      expect((await gql(PUBLIC_NETWORK, { slug: 'demo' })).data?.network.welcomeText).toBe('卒業生のみなさん、ようこそ。');
    });

    it('moves the network to a new address, keeps the old one working and refuses a taken one', async () => {
      const taken = await gql(UPDATE_SETTINGS, { input: { slug: 'kizuna-corp' } }, admin);
      expect(taken.data?.updateNetworkSettings.errors).toEqual([expect.objectContaining({ code: 'SLUG_TAKEN', field: 'slug' })]);

      const moved = await gql(UPDATE_SETTINGS, { input: { slug: 'kizuna-alumni' } }, admin);
      expect(moved.data?.updateNetworkSettings.network.slug).toBe('kizuna-alumni');
      expect((await gql(PUBLIC_NETWORK, { slug: 'demo' })).data?.network.slug).toBe('kizuna-alumni');
      // The old address now belongs to demo for good: another network cannot take it.
      const stolen = await gql(UPDATE_SETTINGS, { input: { slug: 'demo' } }, corpAdmin);
      expect(stolen.data?.updateNetworkSettings.errors).toEqual([expect.objectContaining({ code: 'SLUG_TAKEN', field: 'slug' })]);
      // Registering through the old link still works.
      const email = nextEmail('old-link');
      const viaOldLink = await register({ email, displayName: 'Old Link' }, 'demo');
      expect(viaOldLink.data?.register.errors).toEqual([]);
      // So does signing in with the old address (bookmarks, the sign-in form's remembered network).
      const signedIn = await stack.signIn('emily.johnson@demo.kizuna.dev', stack.demo.memberPassword, 'demo');
      expect(claimsOf(signedIn).nid).toBe(claimsOf(member).nid);

      const back = await gql(UPDATE_SETTINGS, { input: { slug: 'demo' } }, admin);
      expect(back.data?.updateNetworkSettings.network.slug).toBe('demo');
      expect((await gql(PUBLIC_NETWORK, { slug: 'kizuna-alumni' })).data?.network.slug).toBe('demo');
    });

    it('refuses registrations while the network is closed, storing nothing', async () => {
      await gql(UPDATE_SETTINGS, { input: { registrationOpen: false } }, corpAdmin);
      expect((await gql(PUBLIC_NETWORK, { slug: 'kizuna-corp' })).data?.network.registrationOpen).toBe(false);
      const email = nextEmail('closed');
      const refused = await register({ email, displayName: 'Closed Out' }, 'kizuna-corp');
      expect(refused.data?.register).toMatchObject({
        accessToken: null,
        errors: [expect.objectContaining({ code: 'REGISTRATION_CLOSED', field: 'networkSlug' })],
      });
      expect(await accountCount(email)).toBe(0);

      await gql(UPDATE_SETTINGS, { input: { registrationOpen: true } }, corpAdmin);
      const welcome = await register({ email, displayName: 'Let In' }, 'kizuna-corp');
      expect(welcome.data?.register.errors).toEqual([]);
    });
  });

  describe('registration questions', () => {
    it('lets an admin add questions of every kind, shown in order on the public registration query', async () => {
      year = await createQuestion({ kind: 'YEAR', label: '卒業年', helpText: '西暦で入力してください', required: true, profileField: 'graduation_year' });
      faculty = await createQuestion({
        kind: 'SINGLE_CHOICE',
        label: '学部',
        required: true,
        options: [{ label: '文学部' }, { label: '工学部' }, { label: '経済学部' }],
        profileField: 'faculty',
      });
      interests = await createQuestion({
        kind: 'MULTIPLE_CHOICE',
        label: '関心',
        required: false,
        options: [{ label: 'OB訪問' }, { label: '寄付' }, { label: 'イベント' }],
        profileField: 'interests',
      });
      manager = await createQuestion({ kind: 'FREE_TEXT', label: '在学時のゼミの指導教員', required: true });
      joined = await createQuestion({ kind: 'DATE', label: '入学日', required: false, profileField: 'enrolled_on' });
      expect(manager).toMatchObject({ adminOnly: true, profileField: null, position: 4 });
      expect(faculty.options.map((o) => o.label)).toEqual(['文学部', '工学部', '経済学部']);

      const shown = (await gql(PUBLIC_NETWORK, { slug: 'demo' })).data?.network.registrationQuestions;
      expect(shown.map((q: Question) => [q.label, q.kind, q.position])).toEqual([
        ['卒業年', 'YEAR', 1],
        ['学部', 'SINGLE_CHOICE', 2],
        ['関心', 'MULTIPLE_CHOICE', 3],
        ['在学時のゼミの指導教員', 'FREE_TEXT', 4],
        ['入学日', 'DATE', 5],
      ]);
      // Another network asks none of them.
      expect((await gql(PUBLIC_NETWORK, { slug: 'kizuna-corp' })).data?.network.registrationQuestions).toEqual([]);
    });

    it('refuses bad questions field by field and stores nothing', async () => {
      const result = await gql(
        CREATE_QUESTION,
        { input: { kind: 'SINGLE_CHOICE', label: '', required: true, options: [{ label: 'Only one' }], profileField: 'Bad Key' } },
        admin,
      );
      expect(result.data?.createRegistrationQuestion.errors.map((e: { field: string }) => e.field).sort()).toEqual(['label', 'options', 'profileField']);
      const duplicateField = await gql(
        CREATE_QUESTION,
        { input: { kind: 'YEAR', label: 'Year again', required: false, profileField: 'graduation_year' } },
        admin,
      );
      expect(duplicateField.data?.createRegistrationQuestion.errors).toEqual([{ code: 'VALIDATION', field: 'profileField' }]);
      const textWithOptions = await gql(
        CREATE_QUESTION,
        { input: { kind: 'FREE_TEXT', label: 'Text', required: false, options: [{ label: 'a' }, { label: 'b' }] } },
        admin,
      );
      expect(textWithOptions.data?.createRegistrationQuestion.errors).toEqual([{ code: 'VALIDATION', field: 'options' }]);
      expect((await gql(ADMIN_QUESTIONS, { all: true }, admin)).data?.registrationQuestions).toHaveLength(5);
    });

    it("edits a question keeping its options' ids, and reorders the form", async () => {
      const edited = await gql(
        UPDATE_QUESTION,
        {
          input: {
            questionId: faculty.id,
            label: '出身学部',
            required: true,
            options: [{ id: faculty.options[1].id, label: '理工学部' }, { id: faculty.options[0].id, label: '文学部' }, { label: '法学部' }],
            profileField: 'faculty',
          },
        },
        admin,
      );
      const question = edited.data?.updateRegistrationQuestion.question;
      expect(question.options.slice(0, 2)).toEqual([
        { id: faculty.options[1].id, label: '理工学部' },
        { id: faculty.options[0].id, label: '文学部' },
      ]);
      expect(question.options[2].id).not.toBe(faculty.options[2].id);
      faculty = question;

      const kindChange = await gql(
        UPDATE_QUESTION,
        { input: { questionId: year.id, label: '卒業年', required: true, options: [{ label: 'a' }, { label: 'b' }] } },
        admin,
      );
      expect(kindChange.data?.updateRegistrationQuestion.errors).toEqual([{ code: 'VALIDATION', field: 'options' }]);

      const incomplete = await gql(REORDER, { input: { questionIds: [manager.id, year.id] } }, admin);
      expect(incomplete.data?.reorderRegistrationQuestions.errors).toEqual([{ code: 'VALIDATION', field: 'questionIds' }]);
      const order = [manager.id, year.id, faculty.id, interests.id, joined.id];
      const reordered = await gql(REORDER, { input: { questionIds: order } }, admin);
      expect(reordered.data?.reorderRegistrationQuestions.questions.map((q: Question) => q.id)).toEqual(order);
      const shown = (await gql(PUBLIC_NETWORK, { slug: 'demo' })).data?.network.registrationQuestions;
      expect(shown.map((q: Question) => q.id)).toEqual(order);
    });

    it("lets only the network's own admins see and change its questions", async () => {
      for (const token of [member, corpAdmin]) {
        const edit = await gql(UPDATE_QUESTION, { input: { questionId: year.id, label: 'Hijacked', required: false } }, token);
        const archive = await gql(ARCHIVE_QUESTION, { input: { questionId: year.id } }, token);
        if (token === member) {
          expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
          expect(archive.errors?.[0].extensions?.code).toBe('FORBIDDEN');
          expect((await gql(ADMIN_QUESTIONS, { all: true }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
          const created = await gql(CREATE_QUESTION, { input: { kind: 'FREE_TEXT', label: 'Sneaky', required: false } }, token);
          expect(created.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        } else {
          expect(edit.data?.updateRegistrationQuestion.errors).toEqual([{ code: 'NOT_FOUND', field: 'questionId' }]);
          expect(archive.data?.archiveRegistrationQuestion.errors).toEqual([{ code: 'NOT_FOUND', field: 'questionId' }]);
          expect((await gql(ADMIN_QUESTIONS, { all: true }, token)).data?.registrationQuestions).toEqual([]);
        }
      }
      const [row] = await stack.sql('SELECT label FROM identity.registration_questions WHERE id = $1', [year.id]);
      expect(row.label).toBe('卒業年');
    });
  });

  describe('registering with answers', () => {
    it('refuses missing, unknown and ill-typed answers with one error per question, storing nothing', async () => {
      const email = nextEmail('bad-answers');
      const corpQuestion = await createQuestion({ kind: 'FREE_TEXT', label: 'Former department', required: false }, corpAdmin);
      const result = await register({
        email,
        displayName: '間違 太郎',
        answers: [
          { questionId: year.id, value: '1850' },
          { questionId: faculty.id, value: 'not-an-option' },
          { questionId: interests.id, values: [interests.options[0].id, 'nope'] },
          { questionId: joined.id, value: '2012-02-30' },
          { questionId: corpQuestion.id, value: 'Sales' },
        ],
      });
      expect(result.data?.register.accessToken).toBeNull();
      const errors = result.data?.register.errors.map((e: { code: string; field: string }) => [e.field, e.code]);
      expect(errors.sort()).toEqual(
        [
          [`answers.${year.id}`, 'VALIDATION'],
          [`answers.${faculty.id}`, 'VALIDATION'],
          [`answers.${interests.id}`, 'VALIDATION'],
          [`answers.${joined.id}`, 'VALIDATION'],
          [`answers.${corpQuestion.id}`, 'UNKNOWN_QUESTION'],
          [`answers.${manager.id}`, 'REQUIRED'],
        ].sort(),
      );
      expect(await accountCount(email)).toBe(0);
      expect(await stack.sql("SELECT 1 FROM identity.memberships WHERE display_name = '間違 太郎'")).toHaveLength(0);

      const unanswered = await register({ email, displayName: '間違 太郎' });
      expect(unanswered.data?.register.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        [`answers.${faculty.id}`, `answers.${manager.id}`, `answers.${year.id}`].sort(),
      );
      expect(await accountCount(email)).toBe(0);
    });

    it('stores the answers with the membership, shows them in the approval queue and hands profile answers to the directory', async () => {
      const collector = await stack.collectEvents('kizuna.identity.membership');
      const email = nextEmail('answers');
      const result = await register({
        email,
        displayName: '答 花子',
        answers: [
          ...goodAnswers(),
          { questionId: interests.id, values: [interests.options[2].id, interests.options[0].id] },
          { questionId: joined.id, value: '2008-04-01' },
        ],
      });
      expect(result.data?.register.errors).toEqual([]);
      const { id: memberId, status } = result.data?.register.member ?? {};
      expect(status).toBe('PENDING');

      const queue = await gql(PENDING, {}, admin);
      const applicant = queue.data?.pendingMembers.edges.find((e: { node: { id: string } }) => e.node.id === memberId).node;
      expect(applicant.registrationAnswers.map((a: { question: { label: string }; displayText: string }) => [a.question.label, a.displayText])).toEqual([
        ['在学時のゼミの指導教員', '佐藤部長'],
        ['卒業年', '2012'],
        ['出身学部', '理工学部'],
        ['関心', 'OB訪問, イベント'],
        ['入学日', '2008-04-01'],
      ]);

      // The applicant sees their own answers, but not the admin-only one.
      const own = await gql('{ me { registrationAnswers { question { label } displayText } } }', {}, result.data?.register.accessToken);
      expect(own.data?.me.registrationAnswers.map((a: { question: { label: string } }) => a.question.label)).not.toContain('在学時のゼミの指導教員');
      expect(own.data?.me.registrationAnswers).toHaveLength(4);

      const registered = await stack.waitFor(async () =>
        collector.events.find((e) => e.subject === memberId && e.type === 'kizuna.identity.membership.registered.v1'),
      );
      expect((registered.data as { profileAnswers: unknown }).profileAnswers).toEqual({
        graduation_year: '2012',
        faculty: '理工学部',
        interests: ['OB訪問', 'イベント'],
        enrolled_on: '2008-04-01',
      });
    });

    it('keeps answers readable after their question is archived, and asks it no more', async () => {
      const email = nextEmail('archived');
      const result = await register({ email, displayName: '保存 次郎', answers: [...goodAnswers(), { questionId: joined.id, value: '2009-04-01' }] });
      const memberId = result.data?.register.member.id;

      const archived = await gql(ARCHIVE_QUESTION, { input: { questionId: joined.id } }, admin);
      expect(archived.data?.archiveRegistrationQuestion.question.archivedAt).toBeTruthy();
      expect((await gql(PUBLIC_NETWORK, { slug: 'demo' })).data?.network.registrationQuestions.map((q: Question) => q.id)).not.toContain(joined.id);
      const refused = await register({
        email: nextEmail('late'),
        displayName: 'Late',
        answers: [...goodAnswers(), { questionId: joined.id, value: '2010-04-01' }],
      });
      expect(refused.data?.register.errors).toEqual([expect.objectContaining({ code: 'UNKNOWN_QUESTION', field: `answers.${joined.id}` })]);

      const queue = await gql(PENDING, {}, admin);
      const applicant = queue.data?.pendingMembers.edges.find((e: { node: { id: string } }) => e.node.id === memberId).node;
      expect(applicant.registrationAnswers.at(-1)).toMatchObject({ question: { label: '入学日', archivedAt: expect.any(String) }, displayText: '2009-04-01' });

      const listed = (await gql(ADMIN_QUESTIONS, { all: true }, admin)).data?.registrationQuestions;
      expect(listed.at(-1)).toMatchObject({ id: joined.id, archivedAt: expect.any(String) });
      const restored = await gql(RESTORE_QUESTION, { input: { questionId: joined.id } }, admin);
      expect(restored.data?.restoreRegistrationQuestion.question).toMatchObject({ archivedAt: null, position: 5 });
    });
  });

  describe('auto-approval', () => {
    it('approves at once an applicant whose name and year are on the roster, audited without an acting admin', async () => {
      const csv = 'name,year,email\n山田　花子,2012,\nSuzuki Ichiro,2015,ichiro@old-mail.jp\n';
      const rules = await gql(UPDATE_RULES, { input: { emailDomains: [], rosterEnabled: true, rosterYearQuestionId: year.id } }, admin);
      expect(rules.data?.updateAutoApprovalRules.errors).toEqual([]);
      const imported = await gql(IMPORT, { input: { csv, mode: 'REPLACE' } }, admin);
      expect(imported.data?.importRoster).toEqual({ importedCount: 2, totalCount: 2, errors: [] });

      const collector = await stack.collectEvents('kizuna.identity.membership');
      // Wrong year: stays pending.
      const wrongYear = await register({ email: nextEmail('hanako'), displayName: '山田 花子', answers: goodAnswers({ [year.id]: { value: '2013' } }) });
      expect(wrongYear.data?.register.member.status).toBe('PENDING');
      // Same name written with a half-width space, right year: approved on registering.
      const onRoster = await register({ email: nextEmail('hanako'), displayName: '山田 花子', answers: goodAnswers() });
      expect(onRoster.data?.register.member.status).toBe('APPROVED');
      const memberId = onRoster.data?.register.member.id;
      const me = await gql('{ me { status } }', {}, onRoster.data?.register.accessToken);
      expect(me.data?.me.status).toBe('APPROVED');

      const [audit] = await stack.sql('SELECT actor_membership_id, details FROM identity.audit_log WHERE target_membership_id = $1', [memberId]);
      expect(audit).toEqual({ actor_membership_id: null, details: { message: null, rule: 'roster-name-year' } });
      const events = await stack.waitFor(async () => {
        const mine = collector.events.filter((e) => e.subject === memberId);
        return mine.length === 2 ? mine : undefined;
      });
      expect(events.map((e) => e.type)).toEqual(['kizuna.identity.membership.registered.v1', 'kizuna.identity.membership.approved.v1']);
      expect(events[1].data).toMatchObject({ approvedBy: null });
    });

    it('approves an applicant at an allowed e-mail domain only once the e-mail is verified', async () => {
      const rules = await gql(
        UPDATE_RULES,
        { input: { emailDomains: ['@Alumni.Kizuna.ac.jp', ''], rosterEnabled: true, rosterYearQuestionId: year.id } },
        admin,
      );
      expect(rules.data?.updateAutoApprovalRules.rules.emailDomains).toEqual(['alumni.kizuna.ac.jp']);
      const email = nextEmail('domain', 'alumni.kizuna.ac.jp');
      const registered = await register({ email, displayName: 'Domain Person', answers: goodAnswers() });
      const memberId = registered.data?.register.member.id;
      // Opening the mailed link verified the address; the rule applies once that event arrives.
      expect(registered.data?.register.member.status).toBe('PENDING');

      await stack.waitFor(async () => (await stack.sql("SELECT 1 FROM identity.memberships WHERE id = $1 AND status = 'approved'", [memberId])).length === 1);
      const [audit] = await stack.sql('SELECT actor_membership_id, details FROM identity.audit_log WHERE target_membership_id = $1', [memberId]);
      expect(audit).toEqual({ actor_membership_id: null, details: { message: null, rule: 'email-domain' } });
    });

    it('leaves a verified e-mail at another domain pending', async () => {
      const email = nextEmail('elsewhere', 'gmail.example');
      const verifiedEvents = "SELECT count(*)::int AS n FROM identity.inbox WHERE event_type = 'kizuna.identity.account.email-verified.v1'";
      const [before] = await stack.sql(verifiedEvents);
      // Registering opens the mailed link, which verifies the address.
      const registered = await register({ email, displayName: 'Elsewhere Person', answers: goodAnswers() });
      const memberId = registered.data?.register.member.id;
      // Once identity's inbox records this account's verification event, the rules have been applied: still pending.
      await stack.waitFor(async () => (await stack.sql(verifiedEvents))[0].n === before.n + 1);
      const [row] = await stack.sql('SELECT status FROM identity.memberships WHERE id = $1', [memberId]);
      expect(row.status).toBe('pending');
    });

    it('previews a roster with per-row errors, refuses to import it, and lists, searches and deletes entries', async () => {
      const csv = [
        'email,name,year',
        'good@example.jp,Good Person,2010',
        'not-an-email,,',
        ',Nameless Year,',
        ',No Year,1800',
        'good@example.jp,Twice,2011',
        'ichiro@old-mail.jp,,',
      ].join('\n');
      const preview = await gql(PREVIEW, { csv, mode: 'APPEND' }, admin);
      const rows = preview.data?.rosterPreview.rows;
      expect(preview.data?.rosterPreview).toMatchObject({ validCount: 1, errorCount: 5, errors: [] });
      expect(rows.map((r: { line: number; errors: { field: string }[] }) => [r.line, r.errors.map((e) => e.field)])).toEqual([
        [2, []],
        [3, ['rows.3.email']],
        [4, ['rows.4']],
        [5, ['rows.5.year']],
        [6, ['rows.6.email']],
        [7, ['rows.7.email']], // already on the roster
      ]);
      const refused = await gql(IMPORT, { input: { csv, mode: 'APPEND' } }, admin);
      expect(refused.data?.importRoster.importedCount).toBeNull();
      expect(refused.data?.importRoster.errors.length).toBe(5);
      expect((await gql(ROSTER, {}, admin)).data?.rosterEntries.totalCount).toBe(2);

      const noHeader = await gql(PREVIEW, { csv: 'foo,bar\n1,2', mode: 'APPEND' }, admin);
      expect(noHeader.data?.rosterPreview.errors).toEqual([{ code: 'VALIDATION', field: 'csv' }]);

      const appended = await gql(IMPORT, { input: { csv: 'email\nsecond@example.jp\n', mode: 'APPEND' } }, admin);
      expect(appended.data?.importRoster).toEqual({ importedCount: 1, totalCount: 3, errors: [] });
      const search = await gql(ROSTER, { search: 'suzuki' }, admin);
      expect(search.data?.rosterEntries.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual(['ichiro@old-mail.jp']);
      const byYear = await gql(ROSTER, { search: '2012' }, admin);
      expect(byYear.data?.rosterEntries.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['山田　花子']);

      const entryId = search.data?.rosterEntries.edges[0].node.id;
      expect((await gql(DELETE_ENTRY, { input: { entryId } }, corpAdmin)).data?.deleteRosterEntry.errors).toEqual([{ code: 'NOT_FOUND', field: 'entryId' }]);
      expect((await gql(DELETE_ENTRY, { input: { entryId } }, admin)).data?.deleteRosterEntry.errors).toEqual([]);
      expect((await gql(ROSTER, {}, admin)).data?.rosterEntries.totalCount).toBe(2);
    });

    it('approves applicants already waiting once the roster or the rules name them', async () => {
      const waiting = await register({ email: nextEmail('sato'), displayName: 'Sato Jiro', answers: goodAnswers({ [year.id]: { value: '2011' } }) });
      const memberId = waiting.data?.register.member.id;
      expect(waiting.data?.register.member.status).toBe('PENDING');
      const imported = await gql(
        'mutation($input: ImportRosterInput!) { importRoster(input: $input) { importedCount approvedCount errors { code } } }',
        { input: { csv: 'name,year\nＳＡＴＯ　ＪＩＲＯ,2011\n', mode: 'APPEND' } },
        admin,
      );
      expect(imported.data?.importRoster).toEqual({ importedCount: 1, approvedCount: 1, errors: [] });
      const [row] = await stack.sql('SELECT status FROM identity.memberships WHERE id = $1', [memberId]);
      expect(row.status).toBe('approved');

      // A verified applicant at a domain added later is approved when the rule is saved.
      const email = nextEmail('later', 'later.example.jp');
      const later = await register({ email, displayName: 'Later Domain', answers: goodAnswers() });
      const rules = await gql(
        'mutation($input: UpdateAutoApprovalRulesInput!) { updateAutoApprovalRules(input: $input) { approvedCount errors { code } } }',
        { input: { emailDomains: ['alumni.kizuna.ac.jp', 'later.example.jp'], rosterEnabled: true, rosterYearQuestionId: year.id } },
        admin,
      );
      expect(rules.data?.updateAutoApprovalRules).toEqual({ approvedCount: 1, errors: [] });
      const [laterRow] = await stack.sql('SELECT status FROM identity.memberships WHERE id = $1', [later.data?.register.member.id]);
      expect(laterRow.status).toBe('approved');
    });

    it("keeps each network's rules and roster to itself", async () => {
      expect((await gql(RULES, {}, corpAdmin)).data?.autoApprovalRules).toEqual({
        emailDomains: [],
        rosterEnabled: false,
        rosterYearQuestion: null,
        rosterEntryCount: 0,
      });
      expect((await gql(ROSTER, {}, corpAdmin)).data?.rosterEntries.totalCount).toBe(0);
      // A question of another network cannot drive this network's roster matching.
      const foreign = await gql(UPDATE_RULES, { input: { emailDomains: [], rosterEnabled: true, rosterYearQuestionId: year.id } }, corpAdmin);
      expect(foreign.data?.updateAutoApprovalRules.errors).toEqual([{ code: 'NOT_FOUND', field: 'rosterYearQuestionId' }]);
      // Demo's roster lists 山田 花子 2012; the same person applying to the other network stays pending there.
      const corp = await register({ email: nextEmail('corp-hanako'), displayName: '山田 花子' }, 'kizuna-corp');
      expect(corp.data?.register.member.status).toBe('PENDING');
      expect((await gql(RULES, {}, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // The year question cannot be archived while roster matching uses it.
      expect((await gql(ARCHIVE_QUESTION, { input: { questionId: year.id } }, admin)).data?.archiveRegistrationQuestion.errors).toEqual([
        { code: 'IN_USE', field: 'questionId' },
      ]);
    });
  });
});
