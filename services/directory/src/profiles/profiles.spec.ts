import type { Viewer } from '@kizuna/auth';
import { printSubgraphSdl } from '@kizuna/subgraph';
import { subgraph } from '../schema';
import { canSeeProfile, validateProfileChanges } from './profile.service';

const NETWORK = '00000000-0000-4000-8000-000000000001';
const OTHER_NETWORK = '00000000-0000-4000-8000-000000000002';
const ME = '00000000-0000-4000-8000-00000000000a';
const SOMEONE = '00000000-0000-4000-8000-00000000000b';

const viewer = (status: Viewer['status'], role: Viewer['role'] = 'member'): Viewer => ({
  accountId: '00000000-0000-4000-8000-0000000000ff',
  membershipId: ME,
  networkId: NETWORK,
  role,
  status,
});

describe('profile changes', () => {
  it('keeps omitted fields, trims, and clears a blank or null headline', () => {
    expect(validateProfileChanges({})).toEqual({ changes: { fields: {}, contactVisibility: {}, custom: {} }, errors: [] });
    expect(validateProfileChanges({ displayName: '  山田 太郎 ', headline: ' Engineer at Kizuna ' }).changes.fields).toEqual({
      displayName: '山田 太郎',
      headline: 'Engineer at Kizuna',
    });
    expect(validateProfileChanges({ headline: '   ' }).changes.fields).toEqual({ headline: null });
    expect(validateProfileChanges({ headline: null }).changes.fields).toEqual({ headline: null });
    expect(validateProfileChanges({ displayName: null }).changes.fields).toEqual({});
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    expect(validateProfileChanges({ displayName: '😀'.repeat(100) }).errors).toEqual([]);
    expect(validateProfileChanges({ displayName: 'a'.repeat(100), headline: 'あ'.repeat(200) }).errors).toEqual([]);
  });

  it('gives one error per bad field and no changes for them', () => {
    const { changes, errors } = validateProfileChanges({ displayName: '   ', headline: 'x'.repeat(201) });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION', 'displayName'],
      ['VALIDATION', 'headline'],
    ]);
    expect(changes.fields).toEqual({});
    expect(validateProfileChanges({ displayName: 'a'.repeat(101) }).errors.map((e) => e.field)).toEqual(['displayName']);
    expect(validateProfileChanges({ displayName: 'two\nlines' }).errors.map((e) => e.field)).toEqual(['displayName']);
  });
});

describe('profile visibility', () => {
  const profile = (membershipId: string, status: 'pending' | 'approved' | 'suspended', networkId = NETWORK) => ({ membershipId, networkId, status });

  it("shows a pending applicant their own profile and nobody else's", () => {
    expect(canSeeProfile(viewer('pending'), profile(ME, 'pending'))).toBe(true);
    expect(canSeeProfile(viewer('pending'), profile(SOMEONE, 'approved'))).toBe(false);
  });

  it('shows approved members the approved profiles of their own network only', () => {
    expect(canSeeProfile(viewer('approved'), profile(SOMEONE, 'approved'))).toBe(true);
    expect(canSeeProfile(viewer('approved'), profile(SOMEONE, 'approved', OTHER_NETWORK))).toBe(false);
    expect(canSeeProfile(viewer('approved'), profile(SOMEONE, 'pending'))).toBe(false);
    expect(canSeeProfile(viewer('approved'), profile(SOMEONE, 'suspended'))).toBe(false);
  });

  it("shows admins the applicants of their network, never another network's", () => {
    expect(canSeeProfile(viewer('approved', 'admin'), profile(SOMEONE, 'pending'))).toBe(true);
    expect(canSeeProfile(viewer('approved', 'owner'), profile(SOMEONE, 'pending', OTHER_NETWORK))).toBe(false);
    expect(canSeeProfile(viewer('pending', 'admin'), profile(SOMEONE, 'pending'))).toBe(false);
  });
});

describe('directory subgraph', () => {
  it('extends Member with its profile and offers the profile mutation', async () => {
    const sdl = await printSubgraphSdl(subgraph);
    expect(sdl).toMatch(/type Member @key\(fields: "id"\) \{\s+id: ID!\s+("""[\s\S]*?"""\s+)?profile: Profile\s+\}/);
    expect(sdl).toContain('updateMyProfile(input: UpdateMyProfileInput!): UpdateMyProfilePayload!');
    expect(sdl).toMatch(/type Profile \{[\s\S]*memberId: ID![\s\S]*displayName: String![\s\S]*headline: String\s/);
  });
});
