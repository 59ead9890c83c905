import { Access, isAllowed } from './auth-checker';
import type { Viewer } from './viewer';

const viewer = (role: Viewer['role'], status: Viewer['status']): Viewer => ({
  accountId: 'a',
  membershipId: 'm',
  networkId: 'n',
  role,
  status,
});

describe('access rules', () => {
  it('lets approved members in and keeps pending applicants out by default', () => {
    expect(isAllowed(viewer('member', 'approved'), [])).toBe(true);
    expect(isAllowed(viewer('member', 'pending'), [])).toBe(false);
    expect(isAllowed(viewer('member', 'pending'), [Access.PENDING_ALLOWED])).toBe(true);
  });

  it('never lets suspended or rejected members in', () => {
    expect(isAllowed(viewer('admin', 'suspended'), [Access.PENDING_ALLOWED])).toBe(false);
    expect(isAllowed(viewer('member', 'rejected'), [])).toBe(false);
  });

  it('limits admin rules to admins and owners', () => {
    expect(isAllowed(viewer('member', 'approved'), [Access.ADMIN])).toBe(false);
    expect(isAllowed(viewer('staff', 'approved'), [Access.ADMIN])).toBe(false);
    expect(isAllowed(viewer('admin', 'approved'), [Access.ADMIN])).toBe(true);
    expect(isAllowed(viewer('owner', 'approved'), [Access.ADMIN])).toBe(true);
    expect(isAllowed(viewer('admin', 'approved'), [Access.OWNER])).toBe(false);
  });

  it('does not let a pending admin use admin powers', () => {
    expect(isAllowed(viewer('admin', 'pending'), [Access.ADMIN])).toBe(false);
  });
});
