import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from '@kizuna/testing';
import { claimsOf, nowSeconds, signWithIdentityKey, subscribe, tamper, type LiveSubscription } from './support';

const NOTIFICATION_ADDED = /* GraphQL */ `
  subscription NotificationAdded($withBody: Boolean!) {
    notificationAdded {
      id
      heading: title
      ...When
      body @include(if: $withBody)
    }
  }
  fragment When on Notification {
    kind
    createdAt
  }
`;

/** `notificationAdded` over graphql-ws, end to end: identity → events → notification → events → every gateway. */
describe('gateway subscriptions', () => {
  let stack: Stack;
  let gatewayA: string;
  let gatewayB: { url: string; stop(): Promise<void> };
  const live: LiveSubscription[] = [];
  const open = (...args: Parameters<typeof subscribe>) => {
    const subscription = subscribe(...args);
    live.push(subscription);
    return subscription;
  };

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo' });
    gatewayA = stack.gatewayUrl!;
    gatewayB = await stack.startGateway(); // a second instance: both must see every event
  }, 240_000);

  afterAll(async () => {
    await Promise.allSettled(live.map((s) => s.dispose()));
    await stack?.stop();
  }, 60_000);

  it('delivers the selected fields to the recipient at every gateway instance, and to nobody else', async () => {
    const email = `applicant-${randomUUID()}@example.com`;
    const { token: applicant, memberId } = await stack.register({ email, displayName: 'New Applicant' });
    const member = { id: memberId };
    expect(claimsOf(applicant).status).toBe('pending'); // pending members may subscribe

    const adminToken = await stack.signInAdmin();
    const otherNetwork = await stack.signInAdmin('otherNetwork');

    const atA = open(gatewayA, applicant, NOTIFICATION_ADDED, { withBody: true });
    const atB = open(gatewayB.url, applicant, NOTIFICATION_ADDED, { withBody: false });
    const bystanders = [
      open(gatewayA, otherNetwork, NOTIFICATION_ADDED, { withBody: true }),
      open(gatewayB.url, otherNetwork, NOTIFICATION_ADDED, { withBody: true }),
      open(gatewayA, adminToken, NOTIFICATION_ADDED, { withBody: true }), // same network, not the recipient
    ];
    await Promise.all([atA, atB, ...bystanders].map((s) => s.connected));
    await new Promise((resolve) => setTimeout(resolve, 500)); // the subscribe messages follow the acknowledgement

    const approved = await stack.graphql(
      gatewayA,
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { member { id status } errors { code message } } }',
      { input: { memberId: member.id, message: 'Welcome to the network!' } },
      adminToken,
    );
    expect(approved.data?.approveMembership).toEqual({ member: { id: member.id, status: 'APPROVED' }, errors: [] });

    await stack.waitFor(async () => atA.results.length > 0 && atB.results.length > 0, 30_000);
    const stored = await stack.graphql(gatewayA, '{ me { notifications(first: 1) { edges { node { id title kind body createdAt } } } } }', {}, applicant);
    const notification = stored.data!.me.notifications.edges[0].node;
    expect(notification.kind).toBe('membership.approved');

    const { title, body, ...rest } = notification;
    expect(atA.results).toEqual([{ data: { notificationAdded: { ...rest, heading: title, body } } }]);
    expect(atB.results).toEqual([{ data: { notificationAdded: { ...rest, heading: title } } }]);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(bystanders.map((s) => s.results)).toEqual([[], [], []]);
    expect(atA.results).toHaveLength(1);
  });

  it('refuses a connection without a token, or with a tampered, expired or never-expiring one (4401)', async () => {
    const adminToken = await stack.signInAdmin();
    const { exp: _exp, iat: _iat, ...claims } = claimsOf(adminToken);
    const expired = await signWithIdentityKey(stack, claims, { issuedAt: nowSeconds() - 1200, expiresAt: nowSeconds() - 300 });
    const neverExpiring = await signWithIdentityKey(stack, claims, { issuedAt: nowSeconds(), expiresAt: 'never' });
    const forged = tamper(adminToken, { role: 'owner', mid: randomUUID() });
    const attempts = {
      none: open(gatewayA, undefined, NOTIFICATION_ADDED, { withBody: false }),
      garbage: open(gatewayA, 'not-a-jwt', NOTIFICATION_ADDED, { withBody: false }),
      tampered: open(gatewayA, forged, NOTIFICATION_ADDED, { withBody: false }),
      expired: open(gatewayB.url, expired, NOTIFICATION_ADDED, { withBody: false }),
      neverExpiring: open(gatewayB.url, neverExpiring, NOTIFICATION_ADDED, { withBody: false }),
    };
    const closes = Object.fromEntries(await Promise.all(Object.entries(attempts).map(async ([name, s]) => [name, await s.closed])));
    expect(closes).toEqual({
      none: { code: 4401, reason: expect.stringMatching(/^Unauthorized/) },
      garbage: { code: 4401, reason: 'Unauthorized: Access token is invalid' },
      tampered: { code: 4401, reason: 'Unauthorized: Access token is invalid' },
      expired: { code: 4401, reason: 'Unauthorized: Access token has expired' },
      neverExpiring: { code: 4401, reason: 'Unauthorized: Access token is invalid' },
    });

    // The gateway still serves subscriptions and queries.
    const fine = open(gatewayA, adminToken, NOTIFICATION_ADDED, { withBody: false });
    await fine.connected;
    expect((await stack.graphql(gatewayA, '{ me { displayName } }', {}, adminToken)).errors).toBeUndefined();
  });

  it('closes a connection when its token expires, asking the client to reconnect with a fresh one (4419)', async () => {
    const adminToken = await stack.signInAdmin();
    const shortLived = await signWithIdentityKey(stack, claimsOf(adminToken), { issuedAt: nowSeconds(), expiresAt: nowSeconds() + 2 });
    const subscription = open(gatewayA, shortLived, NOTIFICATION_ADDED, { withBody: false });
    await subscription.connected;
    expect(await subscription.closed).toEqual({ code: 4419, reason: expect.stringMatching(/expired/) });
  });

  it('runs only subscriptions over the WebSocket', async () => {
    const adminToken = await stack.signInAdmin();
    const query = open(gatewayA, adminToken, '{ me { id } }');
    await stack.waitFor(async () => query.errors.length > 0, 10_000);
    expect(query.errors).toEqual([[expect.objectContaining({ message: expect.stringMatching(/^Only subscriptions run over the WebSocket/) })]]);
    expect(query.results).toEqual([]);
  });

  it('closes subscriptions with 1001 when an instance shuts down, so clients reconnect elsewhere', async () => {
    const adminToken = await stack.signInAdmin();
    const leaving = await stack.startGateway();
    const subscription = open(leaving.url, adminToken, NOTIFICATION_ADDED, { withBody: false });
    await subscription.connected;
    await leaving.stop();
    expect(await subscription.closed).toEqual({ code: 1001, reason: 'Going away' });
    expect((await stack.graphql(gatewayA, '{ me { displayName } }', {}, adminToken)).errors).toBeUndefined();
  });
});
