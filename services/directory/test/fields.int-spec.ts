import { randomUUID } from 'node:crypto';
import { checkAccessRules, claimsOf, startStack, type GuardedOperation, type Stack } from '@kizuna/testing';

const FIELD = 'id key label type options { value label } helpText visibility position archivedAt';
const LIST = `query($all: Boolean!) { customFields(includeArchived: $all) { ${FIELD} } }`;
const CREATE = `mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { ${FIELD} } errors { code field } } }`;
const UPDATE = `mutation($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { field { ${FIELD} } errors { code field } } }`;
const REORDER = 'mutation($input: ReorderCustomFieldsInput!) { reorderCustomFields(input: $input) { fields { id position } errors { code field } } }';
const ARCHIVE = 'mutation($id: ID!) { archiveCustomField(id: $id) { field { id archivedAt } errors { code field } } }';
const RESTORE = 'mutation($id: ID!) { restoreCustomField(id: $id) { field { id archivedAt } errors { code field } } }';
const SETTINGS = '{ profileFieldSettings { field visibility decidedBy changeable searchable } }';
const SET_VISIBILITY =
  'mutation($input: SetProfileFieldVisibilityInput!) { setProfileFieldVisibility(input: $input) { setting { field visibility } errors { code field } } }';
const UPDATE_PROFILE =
  'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { customFields { key value values displayText } } errors { code field } } }';

interface Field {
  id: string;
  key: string;
  label: string;
  options: { value: string; label: string }[];
  position: number;
  archivedAt: string | null;
}

describe('directory: profile fields', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;
  const gql = (query: string, variables: Record<string, unknown>, token?: string) => stack.graphql(url, query, variables, token);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('lists the standard fields with who sees them, and lets admins change only the network-chosen ones', async () => {
    const settings = (await gql(SETTINGS, {}, member)).data?.profileFieldSettings;
    expect(settings).toEqual(
      expect.arrayContaining([
        { field: 'displayName', visibility: 'MEMBERS', decidedBy: 'ALWAYS', changeable: false, searchable: true },
        { field: 'employer', visibility: 'MEMBERS', decidedBy: 'NETWORK', changeable: true, searchable: true },
        { field: 'phone', visibility: 'ADMINS', decidedBy: 'MEMBER', changeable: false, searchable: false },
      ]),
    );
    const names = await gql(SET_VISIBILITY, { input: { field: 'nameKana', visibility: 'HIDDEN' } }, admin);
    expect(names.data?.setProfileFieldVisibility.errors).toEqual([{ code: 'VALIDATION', field: 'field' }]);
    const contact = await gql(SET_VISIBILITY, { input: { field: 'phone', visibility: 'MEMBERS' } }, admin);
    expect(contact.data?.setProfileFieldVisibility.errors).toEqual([{ code: 'VALIDATION', field: 'field' }]);
    const unknown = await gql(SET_VISIBILITY, { input: { field: 'salary', visibility: 'MEMBERS' } }, admin);
    expect(unknown.data?.setProfileFieldVisibility.errors).toEqual([{ code: 'NOT_FOUND', field: 'field' }]);

    const set = await gql(SET_VISIBILITY, { input: { field: 'bio', visibility: 'ADMINS' } }, admin);
    expect(set.data?.setProfileFieldVisibility).toEqual({ setting: { field: 'bio', visibility: 'ADMINS' }, errors: [] });
    expect((await gql(SETTINGS, {}, member)).data?.profileFieldSettings.find((s: { field: string }) => s.field === 'bio').visibility).toBe('ADMINS');
    // Another network keeps its own settings.
    expect((await gql(SETTINGS, {}, corpAdmin)).data?.profileFieldSettings.find((s: { field: string }) => s.field === 'bio').visibility).toBe('MEMBERS');

    const refused = await gql(SET_VISIBILITY, { input: { field: 'bio', visibility: 'MEMBERS' } }, member);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('creates, edits, orders, archives and restores custom fields for admins only', async () => {
    const bad = await gql(
      CREATE,
      { input: { label: ' ', key: 'Club!', type: 'SINGLE_CHOICE', visibility: 'MEMBERS', options: [{ label: 'Only one' }] } },
      admin,
    );
    expect(bad.data?.createCustomField.errors.map((e: { field: string }) => e.field)).toEqual(['label', 'key', 'options']);
    const standardKey = await gql(CREATE, { input: { label: '会社', key: 'employer', type: 'TEXT', visibility: 'MEMBERS' } }, admin);
    expect(standardKey.data?.createCustomField.errors).toEqual([{ code: 'VALIDATION', field: 'key' }]);

    const club = (
      await gql(
        CREATE,
        {
          input: {
            label: 'サークル',
            key: 'club',
            type: 'SINGLE_CHOICE',
            visibility: 'MEMBERS',
            helpText: '在学中のサークル',
            options: [{ label: 'テニス部' }, { label: '軽音楽部' }],
          },
        },
        admin,
      )
    ).data?.createCustomField.field as Field;
    expect(club).toMatchObject({ key: 'club', type: 'SINGLE_CHOICE', helpText: '在学中のサークル', position: 0, archivedAt: null });
    const seminar = (await gql(CREATE, { input: { label: 'ゼミ', key: 'seminar', type: 'TEXT', visibility: 'ADMINS' } }, admin)).data?.createCustomField
      .field as Field;
    expect(seminar.position).toBe(1);
    const duplicate = await gql(CREATE, { input: { label: 'Club again', key: 'club', type: 'TEXT', visibility: 'MEMBERS' } }, admin);
    expect(duplicate.data?.createCustomField.errors).toEqual([{ code: 'VALIDATION', field: 'key' }]);

    // The same key is free in another network, and neither network sees the other's fields.
    const corpClub = await gql(CREATE, { input: { label: 'Club', key: 'club', type: 'TEXT', visibility: 'MEMBERS' } }, corpAdmin);
    expect(corpClub.data?.createCustomField.errors).toEqual([]);
    expect((await gql(LIST, { all: true }, corpAdmin)).data?.customFields.map((f: Field) => f.label)).toEqual(['Club']);
    const foreignEdit = await gql(UPDATE, { input: { id: club.id, label: 'Hijacked' } }, corpAdmin);
    expect(foreignEdit.data?.updateCustomField.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);

    // A member picks an option; renaming it keeps the answer, removing it clears it.
    const taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    // The demo members' profiles arrive through identity's events, shortly after the stack starts.
    await stack.waitFor(async () => (await gql('{ myProfile { memberId } }', {}, taro)).data?.myProfile);
    const tennis = club.options[0];
    const answered = await gql(UPDATE_PROFILE, { input: { customFields: [{ fieldId: club.id, value: tennis.value }] } }, taro);
    expect(answered.data?.updateMyProfile.profile.customFields).toEqual([
      { key: 'club', value: tennis.value, values: [tennis.value], displayText: 'テニス部' },
    ]);
    const renamed = await gql(
      UPDATE,
      {
        input: {
          id: club.id,
          options: [{ value: tennis.value, label: '硬式テニス部' }, { value: club.options[1].value, label: '軽音楽部' }, { label: '写真部' }],
        },
      },
      admin,
    );
    expect(renamed.data?.updateCustomField.field.options.map((o: { label: string }) => o.label)).toEqual(['硬式テニス部', '軽音楽部', '写真部']);
    expect((await gql('{ myProfile { customFields { displayText } } }', {}, taro)).data?.myProfile.customFields).toEqual([{ displayText: '硬式テニス部' }]);
    const [row] = await stack.sql('SELECT member_text FROM directory.profiles WHERE membership_id = $1', [claimsOf(taro).mid]);
    expect(row.member_text).toContain('硬式てにす部');
    const removed = await gql(UPDATE, { input: { id: club.id, options: [{ value: club.options[1].value, label: '軽音楽部' }, { label: '写真部' }] } }, admin);
    expect(removed.data?.updateCustomField.errors).toEqual([]);
    expect((await gql('{ myProfile { customFields { key } } }', {}, taro)).data?.myProfile.customFields).toEqual([]);

    // Order, archive, restore.
    const incomplete = await gql(REORDER, { input: { ids: [seminar.id] } }, admin);
    expect(incomplete.data?.reorderCustomFields.errors).toEqual([{ code: 'VALIDATION', field: 'ids' }]);
    const reordered = await gql(REORDER, { input: { ids: [seminar.id, club.id] } }, admin);
    expect(reordered.data?.reorderCustomFields.fields).toEqual([
      { id: seminar.id, position: 0 },
      { id: club.id, position: 1 },
    ]);
    expect((await gql(ARCHIVE, { id: seminar.id }, admin)).data?.archiveCustomField.field.archivedAt).not.toBeNull();
    expect((await gql(LIST, { all: false }, member)).data?.customFields.map((f: Field) => f.key)).toEqual(['club']);
    expect((await gql(LIST, { all: true }, member)).data?.customFields.map((f: Field) => f.key)).toEqual(['club']);
    expect((await gql(LIST, { all: true }, admin)).data?.customFields.map((f: Field) => f.key)).toEqual(['seminar', 'club']);
    const archivedAnswer = await gql(UPDATE_PROFILE, { input: { customFields: [{ fieldId: seminar.id, value: '田中ゼミ' }] } }, taro);
    expect(archivedAnswer.data?.updateMyProfile.errors).toEqual([{ code: 'VALIDATION', field: 'custom.seminar' }]);
    expect((await gql(RESTORE, { id: seminar.id }, admin)).data?.restoreCustomField.field.archivedAt).toBeNull();

    // Members may not change fields.
    for (const [query, variables] of [
      [CREATE, { input: { label: 'x', key: 'x', type: 'TEXT', visibility: 'MEMBERS' } }],
      [UPDATE, { input: { id: club.id, label: 'x' } }],
      [ARCHIVE, { id: club.id }],
      [REORDER, { input: { ids: [club.id, seminar.id] } }],
    ] as const) {
      expect((await gql(query, variables, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets applicants read the field definitions and their own profile, and only approved admins change fields', async () => {
    const pending = (await stack.register({ email: 'fields.pending@example.jp', displayName: '申請 花子' })).token;
    await stack.waitFor(async () => (await gql('{ myProfile { memberId } }', {}, pending)).data?.myProfile);
    const id = randomUUID();
    const operations: GuardedOperation[] = [
      { name: 'profileFieldSettings', query: '{ profileFieldSettings { field } }', pendingAllowed: true },
      { name: 'customFields', query: '{ customFields { id } }', pendingAllowed: true },
      { name: 'profileFields', query: '{ profileFields { key } }', pendingAllowed: true },
      {
        name: 'profile (own)',
        query: 'query($id: ID!) { profile(memberId: $id) { memberId } }',
        variables: (claims) => ({ id: claims.mid }),
        pendingAllowed: true,
      },
      {
        name: 'profile (someone else)',
        query: 'query($id: ID!) { profile(memberId: $id) { memberId } }',
        variables: { id: claimsOf(member).mid },
        pendingAllowed: false,
      },
      {
        name: 'setProfileFieldVisibility',
        query: 'mutation { setProfileFieldVisibility(input: { field: "industry", visibility: MEMBERS }) { errors { code } } }',
        pendingAllowed: false,
      },
      {
        name: 'createCustomField',
        query: 'mutation { createCustomField(input: { label: "", key: "x", type: TEXT, visibility: MEMBERS }) { errors { code } } }',
        pendingAllowed: false,
      },
      { name: 'updateCustomField', query: `mutation { updateCustomField(input: { id: "${id}", label: "x" }) { errors { code } } }`, pendingAllowed: false },
      { name: 'reorderCustomFields', query: 'mutation { reorderCustomFields(input: { ids: [] }) { errors { code } } }', pendingAllowed: false },
      { name: 'archiveCustomField', query: `mutation { archiveCustomField(id: "${id}") { errors { code } } }`, pendingAllowed: false },
      { name: 'restoreCustomField', query: `mutation { restoreCustomField(id: "${id}") { errors { code } } }`, pendingAllowed: false },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: admin, pending });
    expect(outcome).toEqual(expected);
  });

  it("describes every field of the viewer's network, standard then custom, and never another network's", async () => {
    const FIELDS = '{ profileFields { key standard label kind multi maxLength maxItems visibility decidedBy searchable filter filterArgument importable } }';
    const created = await gql(CREATE, { input: { label: '所属ゼミ', key: 'zemi', type: 'TEXT', visibility: 'ADMINS' } }, admin);
    expect(created.data?.createCustomField.errors).toEqual([]);
    const fields = (await gql(FIELDS, {}, member)).data?.profileFields as { key: string; standard: boolean }[];
    const standard = fields.filter((field) => field.standard).map((field) => field.key);
    expect(standard).toEqual(expect.arrayContaining(['displayName', 'entryYear', 'department', 'skills', 'links', 'phone']));
    expect(fields.findIndex((field) => !field.standard)).toBe(standard.length);
    expect(fields).toContainEqual({
      key: 'skills',
      standard: true,
      label: null,
      kind: 'LIST',
      multi: true,
      maxLength: 50,
      maxItems: 30,
      visibility: 'MEMBERS',
      decidedBy: 'NETWORK',
      searchable: true,
      filter: 'ALL_OF',
      filterArgument: 'skills',
      importable: true,
    });
    expect(fields).toContainEqual(expect.objectContaining({ key: 'custom.zemi', standard: false, label: '所属ゼミ', kind: 'TEXT', visibility: 'ADMINS' }));
    expect(fields.find((field) => field.key === 'bio')).toMatchObject({
      visibility: (await gql(SETTINGS, {}, member)).data?.profileFieldSettings.find((s: { field: string }) => s.field === 'bio').visibility,
    });
    const other = (await gql(FIELDS, {}, corpAdmin)).data?.profileFields as { key: string }[];
    expect(other.map((field) => field.key)).not.toContain('custom.zemi');
    expect(other.filter((field) => !field.key.startsWith('custom.')).map((field) => field.key)).toEqual(standard);

    // An archived field is no longer described.
    await gql(ARCHIVE, { id: created.data?.createCustomField.field.id }, admin);
    expect(((await gql(FIELDS, {}, member)).data?.profileFields as { key: string }[]).map((field) => field.key)).not.toContain('custom.zemi');
  });
});
