import { generateKeyPair, SignJWT } from 'jose';
import { Access, isAllowed } from './auth-checker';
import { combinePermissions, hasPermission, Permission, PERMISSIONS, permissionsOf } from './permissions';
import { createTokenVerifier } from './verifier';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type Viewer } from './viewer';

const viewer = (role: Viewer['role'], status: Viewer['status'], permissions?: Viewer['permissions']): Viewer => ({
  accountId: 'a',
  membershipId: 'm',
  networkId: 'n',
  role,
  status,
  ...(permissions ? { permissions } : {}),
});

describe('permissions', () => {
  it('lets a member with a custom role through the permission it grants, and no other', () => {
    const approver = viewer('member', 'approved', [Permission.APPROVE_MEMBERS]);
    expect(isAllowed(approver, [Permission.APPROVE_MEMBERS])).toBe(true);
    expect(isAllowed(approver, [Permission.MANAGE_SETTINGS])).toBe(false);
    expect(isAllowed(approver, [Access.ADMIN])).toBe(false);
    expect(isAllowed(approver, [Access.ADMIN, Permission.APPROVE_MEMBERS])).toBe(true);
  });

  it('gives owners and admins every permission and plain members none', () => {
    for (const permission of PERMISSIONS) {
      expect(isAllowed(viewer('owner', 'approved', PERMISSIONS), [permission])).toBe(true);
      expect(isAllowed(viewer('admin', 'approved', PERMISSIONS), [permission])).toBe(true);
      expect(isAllowed(viewer('member', 'approved', []), [permission])).toBe(false);
    }
  });

  it('grants nothing to pending, suspended or rejected members, whatever their token lists', () => {
    for (const status of ['pending', 'suspended', 'rejected'] as const) {
      const holder = viewer('admin', status, PERMISSIONS);
      expect(isAllowed(holder, [Permission.APPROVE_MEMBERS])).toBe(false);
      expect(hasPermission(holder, Permission.APPROVE_MEMBERS)).toBe(false);
    }
  });

  it("falls back to the role's built-in set for tokens without the claim", () => {
    expect(permissionsOf(viewer('staff', 'approved'))).toEqual([Permission.APPROVE_MEMBERS, Permission.MANAGE_CONTENT]);
    expect(isAllowed(viewer('staff', 'approved'), [Permission.APPROVE_MEMBERS])).toBe(true);
    expect(isAllowed(viewer('member', 'approved'), [Permission.APPROVE_MEMBERS])).toBe(false);
    // A token that states the set is believed, even an empty one.
    expect(isAllowed(viewer('staff', 'approved', []), [Permission.APPROVE_MEMBERS])).toBe(false);
  });

  it('combines a role with a custom role in canonical order, ignoring unknown names', () => {
    expect(combinePermissions('member', ['view_analytics', 'approve_members', 'fly'])).toEqual([Permission.APPROVE_MEMBERS, Permission.VIEW_ANALYTICS]);
    expect(combinePermissions('staff', ['approve_members'])).toEqual([Permission.APPROVE_MEMBERS, Permission.MANAGE_CONTENT]);
    expect(combinePermissions('admin')).toEqual([...PERMISSIONS]);
  });
});

describe('the perms claim', () => {
  it("becomes the viewer's permissions, keeping only names this version knows, and a malformed one is refused", async () => {
    const pair = await generateKeyPair('ES256');
    const verifier = createTokenVerifier(async () => pair.publicKey);
    const sign = (perms: unknown) =>
      new SignJWT({ mid: 'm', nid: 'n', role: 'member', status: 'approved', perms })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('a')
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(pair.privateKey);
    const holder = await verifier.verify(await sign(['approve_members', 'launch_rockets']));
    expect(holder.permissions).toEqual([Permission.APPROVE_MEMBERS]);
    expect(isAllowed(holder, [Permission.APPROVE_MEMBERS])).toBe(true);
    await expect(verifier.verify(await sign('approve_members'))).rejects.toThrow('missing Kizuna claims');
  });
});
