import { printSubgraphSdl } from '@kizuna/subgraph';
import { subgraph } from '../schema';
import { approvalNotification, MAX_IDS_PER_MARK, MEMBERSHIP_APPROVED, validateMarkRead } from './notification.service';

const approval = {
  membershipId: '00000000-0000-4000-8000-00000000000a',
  accountId: '00000000-0000-4000-8000-0000000000ff',
  networkId: '00000000-0000-4000-8000-000000000001',
  displayName: '前田 悠真',
  approvedBy: '00000000-0000-4000-8000-00000000000b',
  approvedAt: '2026-01-01T00:00:00.000Z',
};

describe('approval notification', () => {
  it("goes to the approved member of that network, with the admin's message as its body", () => {
    expect(approvalNotification({ ...approval, message: ' ようこそ! Welcome back. ' })).toEqual({
      networkId: approval.networkId,
      recipientMembershipId: approval.membershipId,
      kind: MEMBERSHIP_APPROVED,
      title: 'Your membership was approved',
      body: 'ようこそ! Welcome back.',
    });
  });

  it('has no body without a message', () => {
    expect(approvalNotification({ ...approval, message: null }).body).toBeNull();
    expect(approvalNotification({ ...approval, message: '   ' }).body).toBeNull();
  });
});

describe('mark read request', () => {
  it('means all notifications when ids are omitted', () => {
    expect(validateMarkRead(undefined)).toEqual({ ids: null, errors: [] });
    expect(validateMarkRead(null)).toEqual({ ids: null, errors: [] });
  });

  it('dedupes ids and refuses malformed or too many ones', () => {
    const id = '6F9619FF-8B86-4011-B42D-00C04FC964FF';
    expect(validateMarkRead([id, id.toLowerCase()])).toEqual({ ids: [id.toLowerCase()], errors: [] });
    expect(validateMarkRead(['nope']).errors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', 'ids']]);
    expect(validateMarkRead(Array(MAX_IDS_PER_MARK + 1).fill(id)).errors.map((e) => [e.code, e.field])).toEqual([['VALIDATION', 'ids']]);
  });
});

describe('notification subgraph', () => {
  it('owns Notification, extends Member with its notifications, and can fetch one for the gateway', async () => {
    const sdl = await printSubgraphSdl(subgraph);
    expect(sdl).toContain('type Notification @key(fields: "id")');
    expect(sdl).toMatch(/notifications\(after: String, first: Int = 20\): NotificationConnection @listSize\(slicingArguments: \["first"\]/);
    expect(sdl).toMatch(/notification\(id: ID!\): Notification\n/);
    expect(sdl).toContain('markNotificationsRead(input: MarkNotificationsReadInput!): MarkNotificationsReadPayload!');
    expect(sdl).toMatch(/type NotificationConnection \{[\s\S]*totalCount: Int![\s\S]*unreadCount: Int!/);
  });
});
