import type { Viewer } from '@kizuna/auth';
import { AccountDeleted, MembershipApproved, on, type EventEnvelope, type SqlExecutor } from '@kizuna/events';
import { mergeEventHandlers, personalDataReference } from './personal-data';
import type { RequestContext } from './run-service';

const viewer: Viewer = { accountId: 'a1', membershipId: 'm1', networkId: 'n1', role: 'member', status: 'pending' };
const context = (v?: Viewer) => ({ viewer: v }) as RequestContext;

describe('personal data', () => {
  it("resolves a PersonalData reference only for the viewer's own account", () => {
    const { __resolveReference } = personalDataReference().PersonalData;
    expect(__resolveReference({ accountId: 'a1' }, context(viewer))).toEqual({ accountId: 'a1' });
    expect(__resolveReference({ accountId: 'a2' }, context(viewer))).toBeNull();
    expect(__resolveReference({ accountId: 'a1' }, context())).toBeNull();
    expect(__resolveReference({}, context(viewer))).toBeNull();
  });

  it('runs every handler of one event type in turn, and keeps the others as they are', async () => {
    const calls: string[] = [];
    const tx: SqlExecutor = { query: async () => undefined };
    const approved = on(MembershipApproved, async () => void calls.push('approved'));
    const merged = mergeEventHandlers([
      on(AccountDeleted, async () => void calls.push('first')),
      approved,
      on(AccountDeleted, async () => void calls.push('second')),
    ]);
    expect(merged.map((h) => h.contract.type)).toEqual([AccountDeleted.type, MembershipApproved.type]);
    expect(merged[1]).toBe(approved);
    await merged[0].handle({} as EventEnvelope, tx);
    expect(calls).toEqual(['first', 'second']);
  });
});
