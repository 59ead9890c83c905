import { randomUUID } from 'node:crypto';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, subscribe, validate, type ExecutionResult } from 'graphql';
import type { Viewer } from '@kizuna/auth';
import type { EventData, EventEnvelope, NotificationCreated } from '@kizuna/events';
import pino from 'pino';
import { responseKeyFieldResolver } from './delivery';
import { SubscriptionHub, type GatewayExecutor } from './subscription-hub';
import { buildSubscriptionSchema } from './schema';
import type { SubscriptionContext } from './ws-server';

/**
 * The subscription machinery in memory: the "gateway" it fetches through is a small executable
 * schema standing in for the composed graph, so these tests need no process and no network.
 */
const typeDefs = /* GraphQL */ `
  type Query {
    notification(id: ID!): Notification
  }
  interface Actor {
    name: String!
  }
  type Person implements Actor {
    name: String!
    email: String
  }
  type System implements Actor {
    name: String!
  }
  type Member {
    id: ID!
    displayName: String!
    secret: String
  }
  type Notification {
    id: ID!
    title: String!
    body: String
    actor: Actor
    author: Member
    tags(first: Int): [String!]!
  }
`;

const networkId = randomUUID();
const viewer = (overrides: Partial<Viewer> = {}): Viewer => ({
  accountId: 'account-1',
  membershipId: randomUUID(),
  networkId,
  role: 'member',
  status: 'approved',
  ...overrides,
});

function backingGraph() {
  const notifications = new Map<string, Record<string, unknown>>();
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: { notification: (_: unknown, { id }: { id: string }) => notifications.get(id) ?? null },
      Actor: { __resolveType: (actor: { email?: string }) => ('email' in actor ? 'Person' : 'System') },
      Member: {
        secret: () => {
          throw new Error('not yours');
        },
      },
      Notification: { tags: (n: { tags: string[] }, { first }: { first?: number }) => n.tags.slice(0, first ?? n.tags.length) },
    },
  });
  const fetches: { query: string; variables: Record<string, unknown>; token: string }[] = [];
  const executor: GatewayExecutor = async ({ query, variables, token }) => {
    fetches.push({ query, variables, token });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const document = parse(query);
    const invalid = validate(schema, document); // as the real gateway does: unused fragments or variables fail
    if (invalid.length > 0) return { errors: invalid.map((e) => e.toJSON()) };
    const result = await execute({ schema, document, variableValues: variables });
    return { data: result.data as Record<string, unknown> | null, errors: result.errors?.map((e) => e.toJSON()) };
  };
  return { notifications, executor, fetches, apiSchema: schema };
}

type NotificationEvent = EventData<typeof NotificationCreated>;

function event(recipient: Viewer, notificationId: string, overrides: Partial<EventEnvelope<NotificationEvent>> = {}): EventEnvelope<NotificationEvent> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: 'kizuna/notification',
    type: 'kizuna.notification.notification.created.v1',
    time: new Date().toISOString(),
    subject: recipient.membershipId,
    networkid: recipient.networkId,
    datacontenttype: 'application/json',
    data: { notificationId, recipientMembershipId: recipient.membershipId, networkId: recipient.networkId, kind: 'test', createdAt: new Date().toISOString() },
    ...overrides,
  };
}

function setup() {
  const graph = backingGraph();
  const subscriptions = new SubscriptionHub({ execute: graph.executor, log: pino({ level: 'silent' }) });
  const schema = buildSubscriptionSchema(graph.apiSchema, subscriptions);
  const open = async (who: Viewer, query: string, variables?: Record<string, unknown>, token = `token-of-${who.membershipId}`) => {
    const context: SubscriptionContext = { viewer: who, token, expiresAt: Date.now() + 60_000, connectionId: randomUUID(), log: pino({ level: 'silent' }) };
    const result = await subscribe({
      schema,
      document: parse(query),
      variableValues: variables,
      contextValue: context,
      fieldResolver: responseKeyFieldResolver,
    });
    if (!(Symbol.asyncIterator in result)) throw new Error(`subscribe failed: ${JSON.stringify(result)}`);
    return result as AsyncGenerator<ExecutionResult>;
  };
  return { ...graph, subscriptions, schema, open };
}

const nextWithin = async <T>(iterator: AsyncIterator<T>, ms = 500): Promise<IteratorResult<T> | 'timeout'> =>
  Promise.race([iterator.next(), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);

describe('notificationAdded', () => {
  it('delivers the selection with aliases, fragments, variables and nested fields, keyed by response key', async () => {
    const { notifications, open, subscriptions } = setup();
    const member = viewer();
    notifications.set('n1', {
      id: 'n1',
      title: 'Approved',
      body: 'Welcome',
      actor: { name: 'Admin', email: 'a@x' },
      author: { id: 'm', displayName: 'Hanako' },
      tags: ['a', 'b', 'c'],
    });
    const stream = await open(
      member,
      `subscription($n: Int, $withBody: Boolean!) {
        added: notificationAdded {
          heading: title
          ...Details
          body @include(if: $withBody)
          by: author { name: displayName }
          actor { name ... on Person { mail: email } }
        }
      }
      fragment Details on Notification { id firstTags: tags(first: $n) }`,
      { n: 2, withBody: false },
    );
    subscriptions.dispatch(event(member, 'n1'));
    const { value } = await stream.next();
    expect(value.errors).toBeUndefined();
    expect(value.data).toEqual({
      added: { heading: 'Approved', id: 'n1', firstTags: ['a', 'b'], by: { name: 'Hanako' }, actor: { name: 'Admin', mail: 'a@x' } },
    });
    await stream.return(undefined);
    expect(subscriptions.size).toBe(0);
  });

  it('keeps the client variables apart from the id it adds, and sends only what the selection uses', async () => {
    const { notifications, open, subscriptions, fetches } = setup();
    const member = viewer();
    notifications.set('n1', { id: 'n1', title: 'T', tags: ['a', 'b', 'c'] });
    const stream = await open(
      member,
      `subscription($id: Int, $unused: String) { notificationAdded { tags(first: $id) } }
       fragment Unused on Notification { body }`,
      { id: 1, unused: 'x' },
    );
    subscriptions.dispatch(event(member, 'n1'));
    expect((await stream.next()).value).toEqual({ data: { notificationAdded: { tags: ['a'] } } });
    expect(fetches[0].variables).toEqual({ id: 1, id2: 'n1' });
    expect(fetches[0].query).not.toMatch(/Unused|unused/);
  });

  it('fetches once per event for identical selections of one viewer, apart for other selections', async () => {
    const { notifications, open, subscriptions, fetches } = setup();
    const member = viewer();
    notifications.set('n1', { id: 'n1', title: 'T', tags: [] });
    const same = 'subscription { notificationAdded { id t: title } }';
    const streams = [
      await open(member, same),
      await open(member, same, undefined, 'another-tab-token'),
      await open(member, 'subscription { notificationAdded { id } }'),
    ];
    subscriptions.dispatch(event(member, 'n1'));
    const results = await Promise.all(streams.map((s) => s.next()));
    expect(results.map((r) => r.value.data)).toEqual([
      { notificationAdded: { id: 'n1', t: 'T' } },
      { notificationAdded: { id: 'n1', t: 'T' } },
      { notificationAdded: { id: 'n1' } },
    ]);
    expect(fetches).toHaveLength(2);
    expect(fetches[0].variables).toEqual({ id: 'n1' });
  });

  it('delivers only to the recipient in the event network, pending members included', async () => {
    const { notifications, open, subscriptions, fetches } = setup();
    const recipient = viewer({ status: 'pending' });
    const otherMember = viewer();
    const otherNetwork = viewer({ membershipId: recipient.membershipId, networkId: randomUUID() });
    notifications.set('n1', { id: 'n1', title: 'T', tags: [] });
    const query = 'subscription { notificationAdded { id } }';
    const [mine, theirs, forged] = [await open(recipient, query), await open(otherMember, query), await open(otherNetwork, query)];
    subscriptions.dispatch(event(recipient, 'n1'));
    expect(await nextWithin(mine)).toEqual({ done: false, value: { data: { notificationAdded: { id: 'n1' } } } });
    expect(await nextWithin(theirs, 100)).toBe('timeout');
    expect(await nextWithin(forged, 100)).toBe('timeout');
    expect(fetches).toHaveLength(1);
  });

  it('ignores an event whose data names another network than its envelope', async () => {
    const { open, subscriptions, fetches } = setup();
    const recipient = viewer();
    const stream = await open(recipient, 'subscription { notificationAdded { id } }');
    const forged = event(recipient, 'n1');
    forged.data = { ...forged.data, networkId: randomUUID() };
    subscriptions.dispatch(forged);
    expect(await nextWithin(stream, 100)).toBe('timeout');
    expect(fetches).toHaveLength(0);
  });

  it('skips a notification the subscriber cannot load and keeps the order of events', async () => {
    const { notifications, open, subscriptions } = setup();
    const member = viewer();
    notifications.set('n2', { id: 'n2', title: 'second', tags: [] });
    notifications.set('n3', { id: 'n3', title: 'third', tags: [] });
    const stream = await open(member, 'subscription { notificationAdded { title } }');
    subscriptions.dispatch(event(member, 'missing'));
    subscriptions.dispatch(event(member, 'n2'));
    subscriptions.dispatch(event(member, 'n3'));
    expect((await stream.next()).value.data).toEqual({ notificationAdded: { title: 'second' } });
    expect((await stream.next()).value.data).toEqual({ notificationAdded: { title: 'third' } });
  });

  it('reports a nested error at its path and keeps the rest of the data', async () => {
    const { notifications, open, subscriptions } = setup();
    const member = viewer();
    notifications.set('n1', { id: 'n1', title: 'T', author: { id: 'm', displayName: 'Hanako' }, tags: [] });
    const stream = await open(member, 'subscription { notificationAdded { title writer: author { displayName hidden: secret } } }');
    subscriptions.dispatch(event(member, 'n1'));
    const { value } = await stream.next();
    expect(value.data).toEqual({ notificationAdded: { title: 'T', writer: { displayName: 'Hanako', hidden: null } } });
    expect(value.errors?.map((e: { message: string; path?: unknown }) => [e.message, e.path])).toEqual([
      ['not yours', ['notificationAdded', 'writer', 'hidden']],
    ]);
  });

  it('does not deliver after the subscriber token expired', async () => {
    const { notifications, subscriptions, fetches } = setup();
    const member = viewer();
    notifications.set('n1', { id: 'n1', title: 'T', tags: [] });
    const stream = subscriptions.subscribeNotifications(
      { viewer: member, token: 't', expiresAt: Date.now() - 1, requestId: 'r' },
      { query: 'query($id: ID!) { notification(id: $id) { id } }', idVariable: 'id', variables: {}, key: 'k' },
    );
    subscriptions.dispatch(event(member, 'n1'));
    expect(await nextWithin(stream, 100)).toBe('timeout');
    expect(fetches).toHaveLength(0);
  });
});
