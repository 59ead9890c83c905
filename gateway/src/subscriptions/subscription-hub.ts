import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Permission, type Viewer } from '@kizuna/auth';
import {
  ConversationStarted,
  MemberTyping,
  MessageDeleted,
  MessageEdited,
  MessageReactionsChanged,
  MessageSent,
  MessagesRead,
  NotificationCreated,
  RoomJoined,
  RoomLeft,
  RoomUpdated,
  type AnyEventContract,
  type EventData,
  type EventEnvelope,
} from '@kizuna/events';
import type { Logger } from '@kizuna/runtime';
import { deliveryFrom, withErrors, type Delivery } from './delivery';
import { REPLAY_ID_KEY, type ReplayFetch, type SelectionFetch } from './selection';
import { SubscriberQueue, replayThenLive } from './subscriber-queue';

/** The events the subscriptions are made of (the feed reads exactly these). */
export const SUBSCRIPTION_EVENTS: readonly AnyEventContract[] = [
  NotificationCreated,
  ConversationStarted,
  MessageSent,
  MessageEdited,
  MessageDeleted,
  MessageReactionsChanged,
  MessagesRead,
  RoomJoined,
  RoomLeft,
  RoomUpdated,
  MemberTyping,
];

export interface Subscriber {
  viewer: Viewer;
  /** The subscriber's access token: fetches run as them. */
  token: string;
  /** When the token expires (ms since epoch); events after that are not delivered. */
  expiresAt: number;
  requestId: string;
}

/** Runs one query through the gateway as the given caller. */
export type GatewayExecutor = (request: {
  query: string;
  variables: Record<string, unknown>;
  token: string;
  viewer: Viewer;
  requestId: string;
}) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

/** Response key → field name of the fields filled from the event itself (not fetched). */
export type EventFields = readonly (readonly [responseKey: string, fieldName: string])[];

type Kind = 'notificationAdded' | 'messageEvents' | 'conversationUpdated' | 'typing';

interface Entry {
  kind: Kind;
  subscriber: Subscriber;
  queue: SubscriberQueue<Delivery>;
  fetch?: SelectionFetch;
  eventFields: EventFields;
  /** messageEvents, typing */
  conversationId?: string;
  /** messageEvents: the response keys under which the client selected `message`. */
  messageKeys?: string[];
  /** conversationUpdated: the rooms the subscriber belongs to; changes seen while they load wait in `roomChanges`. */
  rooms?: Set<string>;
  roomChanges?: { room: string; joined: boolean }[];
  /** conversationUpdated: one fetch in flight per conversation, at most one every UPDATE_INTERVAL_MS. */
  updates?: Map<string, UpdateState>;
  /** Index keys the entry is filed under. */
  keys: Set<string>;
  /** Computed once: the fetch's identity (a small interned number) and how its objects look. */
  fetchId: number;
  shapeId: string;
  viewerClasses?: { shared: string; personal: string };
}

interface UpdateState {
  inFlight: boolean;
  trailing: boolean;
  lastStart: number;
  timer?: NodeJS.Timeout;
}

export const MESSAGE_EVENT_KIND = {
  [MessageSent.type]: 'ADDED',
  [MessageEdited.type]: 'EDITED',
  [MessageDeleted.type]: 'DELETED',
  [MessageReactionsChanged.type]: 'REACTIONS_CHANGED',
  [MessagesRead.type]: 'READ',
} as const;

/** A busy room must not cost every member's conversation list a fetch per message. */
export const UPDATE_INTERVAL_MS = 500;
export const REPLAY_CAP = 1000;

const ACCESS_QUERY = 'query GatewaySubscriptionAccess($id: ID!) { conversation(id: $id) { id kind viewerIsMember } }';
const ROOMS_QUERY = 'query GatewaySubscriptionRooms { myRoomIds }';
const AUTHORS_QUERY = 'query GatewaySubscriptionAuthors($id: ID!) { message(id: $id) { sender { id } mentions { id } } }';

const forbidden = () => new GraphQLError('You may not read this conversation.', { extensions: { code: 'FORBIDDEN' } });
const failed = (what: string): Delivery => ({ data: null, errors: [{ message: `${what} could not be loaded.`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
const notVisible = (delivery: Delivery) => delivery.data === null && delivery.errors.length === 0;
const byMember = (membershipId: string) => `member:${membershipId}`;
const byConversation = (conversationId: string) => `conversation:${conversationId}`;
const byRoom = (conversationId: string) => `room:${conversationId}`;
const staffOf = (networkId: string) => `staff:${networkId}`;

/**
 * Who may share one fetch of a message: members of one network with the same role, status and
 * permissions see a message alike; the message's sender and the members it mentions see their
 * own hidden profile fields in it, so each of them fetches alone.
 */
export function viewerClass(viewer: Viewer, personal: boolean): string {
  const permissions = [...(viewer.permissions ?? [])].sort().join(',');
  return [viewer.networkId, viewer.role, viewer.status, permissions, personal ? viewer.membershipId : ''].join('|');
}

function viewerKey(viewer: Viewer): string {
  return [viewer.accountId, viewer.membershipId, viewer.networkId, viewer.role, viewer.status, [...(viewer.permissions ?? [])].sort().join(',')].join('|');
}

function classesOf(entry: Entry): { shared: string; personal: string } {
  return (entry.viewerClasses ??= { shared: viewerClass(entry.subscriber.viewer, false), personal: viewerClass(entry.subscriber.viewer, true) });
}

/** The subscriber may receive events of this network now: same network, may use it, token valid. */
export function mayReceive(subscriber: Pick<Subscriber, 'viewer' | 'expiresAt'>, event: EventEnvelope, now = Date.now()): boolean {
  const { viewer } = subscriber;
  const dataNetwork = (event.data as { networkId?: string }).networkId;
  return (
    viewer.networkId === event.networkid &&
    (dataNetwork === undefined || dataNetwork === event.networkid) &&
    (viewer.status === 'approved' || viewer.status === 'pending') &&
    subscriber.expiresAt > now
  );
}

/** The subscription's object, keyed by the client's response keys: event fields from `values`, the rest from `fetched`. */
function shape(fields: EventFields, values: Record<string, unknown>, fetched?: Record<string, unknown> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, fieldName] of fields) out[key] = fieldName in values ? values[fieldName] : fetched?.[key];
  return out;
}

/** Remembers who wrote and who is mentioned in recent messages (those fetch alone), without growing forever. */
class RecentAuthors {
  private readonly map = new Map<string, Set<string>>();
  constructor(private readonly capacity = 20_000) {}
  get(messageId: string): Set<string> | undefined {
    return this.map.get(messageId);
  }
  set(messageId: string, members: Set<string>): void {
    this.map.delete(messageId);
    this.map.set(messageId, members);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}

/**
 * Every live subscription of this gateway instance, and the one place events are routed: each
 * event goes to the subscriptions it concerns (indexed by member, conversation, room and staff
 * of a network, so it costs nothing for everybody else), is authorized per subscriber, and the
 * subscribers' selections are loaded through the gateway as one of them, one fetch per distinct
 * (event, selection and variables, viewer or viewer class). Deliveries are queued per subscriber
 * in event order.
 */
export class SubscriptionHub {
  private readonly index = new Map<string, Set<Entry>>();
  private readonly authors = new RecentAuthors();
  /** Fetch keys (query + variables, long strings) as small numbers, so routing an event builds no long strings. */
  private readonly fetchIds = new Map<string, number>();
  /** Counters, for logs and tests. */
  readonly stats = { events: 0, deliveries: 0, fetches: 0 };

  constructor(
    private readonly options: { execute: GatewayExecutor; log: Logger; maxPendingPerSubscriber?: number; updateIntervalMs?: number },
  ) {}

  /** Live subscriptions. */
  get size(): number {
    const entries = new Set<Entry>();
    for (const set of this.index.values()) for (const entry of set) entries.add(entry);
    return entries.size;
  }

  // ─── subscribing ───────────────────────────────────────────────────────────

  private register(kind: Kind, subscriber: Subscriber, { keys, ...parts }: Partial<Omit<Entry, 'keys'>> & { keys: string[] }): Entry {
    const fetchKey = parts.fetch?.key ?? '';
    let fetchId = this.fetchIds.get(fetchKey);
    if (fetchId === undefined) this.fetchIds.set(fetchKey, (fetchId = this.fetchIds.size));
    const entry: Entry = {
      eventFields: [],
      ...parts,
      kind,
      subscriber,
      keys: new Set(),
      fetchId,
      shapeId: JSON.stringify(parts.eventFields ?? []),
      queue: new SubscriberQueue<Delivery>({
        maxPending: this.options.maxPendingPerSubscriber ?? 500,
        skip: notVisible,
        onClose: () => {
          for (const key of entry.keys) this.unfile(key, entry);
          for (const state of entry.updates?.values() ?? []) clearTimeout(state.timer);
        },
      }),
    };
    for (const key of keys) this.file(key, entry);
    return entry;
  }

  private file(key: string, entry: Entry): void {
    let set = this.index.get(key);
    if (!set) this.index.set(key, (set = new Set()));
    set.add(entry);
    entry.keys.add(key);
  }

  private unfile(key: string, entry: Entry): void {
    const set = this.index.get(key);
    set?.delete(entry);
    if (set?.size === 0) this.index.delete(key);
    entry.keys.delete(key);
  }

  private entries(key: string, kind: Kind): Entry[] {
    const set = this.index.get(key);
    return set ? [...set].filter((entry) => entry.kind === kind) : [];
  }

  /** `notificationAdded`: the notifications addressed to the subscriber. */
  subscribeNotifications(subscriber: Subscriber, fetch: SelectionFetch): AsyncIterableIterator<Delivery> {
    return this.register('notificationAdded', subscriber, { fetch, keys: [byMember(subscriber.viewer.membershipId)] }).queue;
  }

  /** Resolves when the subscriber may read the conversation (member, or staff for a network conversation); FORBIDDEN otherwise. */
  private async authorize(subscriber: Subscriber, conversationId: string): Promise<void> {
    let result: Awaited<ReturnType<GatewayExecutor>>;
    try {
      result = await this.run(subscriber, ACCESS_QUERY, { id: conversationId }, 'access');
    } catch (error) {
      this.options.log.error({ err: error, conversationId }, 'could not check access to a conversation');
      throw new GraphQLError('Access to the conversation could not be checked.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    const conversation = result.data?.conversation as { viewerIsMember?: boolean } | null | undefined;
    if (!conversation?.viewerIsMember) throw forbidden();
  }

  /**
   * `messageEvents`: after the access check, the subscription is filed first (live events wait in
   * its queue), then what was posted after `afterMessageId` is loaded and delivered, oldest first,
   * then the live events, without the messages the replay already had.
   */
  async subscribeMessageEvents(
    subscriber: Subscriber,
    options: { conversationId: string; afterMessageId?: string; fetch: SelectionFetch; messageKeys: string[]; eventFields: EventFields; replay?: ReplayFetch },
  ): Promise<AsyncIterableIterator<Delivery>> {
    const { conversationId } = options;
    await this.authorize(subscriber, conversationId);
    const entry = this.register('messageEvents', subscriber, {
      fetch: options.fetch,
      conversationId,
      messageKeys: options.messageKeys,
      eventFields: options.eventFields,
      keys: [byConversation(conversationId)],
    });
    if (!options.afterMessageId || !options.replay) return entry.queue;
    const replay = this.replay(entry, options.replay, options.afterMessageId);
    return replayThenLive(replay, entry.queue, (delivery) => delivery.dedupeKey);
  }

  private async replay(entry: Entry, fetch: ReplayFetch, afterMessageId: string): Promise<Delivery[]> {
    const out: Delivery[] = [];
    let after: string | null = afterMessageId;
    while (after && out.length < REPLAY_CAP) {
      const result = await this.run(entry.subscriber, fetch.query, { ...fetch.variables, [fetch.idVariable]: entry.conversationId, [fetch.afterVariable]: after }, 'replay');
      const conversation = result.data?.conversation as Record<string, { edges: { node: Record<string, unknown> }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null> | null | undefined;
      const pages = fetch.responseKeys.map((key) => conversation?.[key]);
      if (!conversation || pages.some((page) => !page)) {
        const error = result.errors?.[0];
        throw new GraphQLError(error?.message ?? 'The missed messages could not be loaded.', { extensions: error?.extensions ?? { code: 'FORBIDDEN' } });
      }
      const [first] = pages;
      first!.edges.forEach((edge, i) => {
        const messageId = edge.node[REPLAY_ID_KEY] as string;
        const fetched: Record<string, unknown> = {};
        for (const key of fetch.responseKeys) fetched[key] = conversation[key]!.edges[i]?.node ?? null;
        // Errors under conversation.<key>.edges.<i>.node… belong to <key>… of this message's event.
        const errors = (result.errors ?? []).flatMap((error) => {
          const path = error.path;
          if (!path || path[0] !== 'conversation' || path[2] !== 'edges' || path[3] !== i || path[4] !== 'node') return [];
          return [{ ...error, path: [path[1], ...path.slice(5)] }];
        });
        const delivery = withErrors(fetched, errors);
        out.push({ ...delivery, data: shape(entry.eventFields, this.messageEventValues('ADDED', entry.conversationId!, null), delivery.data), dedupeKey: messageId });
      });
      after = first!.pageInfo.hasNextPage ? first!.pageInfo.endCursor : null;
    }
    return out.slice(0, REPLAY_CAP);
  }

  /** `typing`: others' typing signals in a conversation the subscriber may read. */
  async subscribeTyping(subscriber: Subscriber, options: { conversationId: string; eventFields: EventFields }): Promise<AsyncIterableIterator<Delivery>> {
    await this.authorize(subscriber, options.conversationId);
    return this.register('typing', subscriber, { ...options, keys: [byConversation(options.conversationId)] }).queue;
  }

  /**
   * `conversationUpdated`: filed under the member (direct and network conversations name their
   * participants), the network's staff when they answer network conversations, and each room the
   * member belongs to (loaded now, kept current from RoomJoined/RoomLeft).
   */
  async subscribeConversationUpdates(subscriber: Subscriber, fetch: SelectionFetch): Promise<AsyncIterableIterator<Delivery>> {
    const { viewer } = subscriber;
    const keys = [byMember(viewer.membershipId)];
    if (viewer.permissions?.includes(Permission.SEND_BULK_MESSAGES)) keys.push(staffOf(viewer.networkId));
    const entry = this.register('conversationUpdated', subscriber, { fetch, keys, updates: new Map(), roomChanges: [] });
    try {
      const result = await this.run(subscriber, ROOMS_QUERY, {}, 'rooms');
      const roomIds = result.data?.myRoomIds as string[] | undefined;
      if (!roomIds) throw new Error(result.errors?.[0]?.message ?? 'myRoomIds returned nothing');
      const rooms = new Set(roomIds);
      for (const change of entry.roomChanges!) {
        if (change.joined) rooms.add(change.room);
        else rooms.delete(change.room);
      }
      entry.roomChanges = undefined;
      entry.rooms = rooms;
      for (const room of rooms) this.file(byRoom(room), entry);
    } catch (error) {
      await entry.queue.return();
      this.options.log.error({ err: error }, 'could not load the rooms of a subscriber');
      throw new GraphQLError('Your conversations could not be loaded.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    return entry.queue;
  }

  // ─── routing ───────────────────────────────────────────────────────────────

  /** Routes one event to the subscriptions it concerns. */
  dispatch(event: EventEnvelope): void {
    this.stats.events += 1;
    switch (event.type) {
      case NotificationCreated.type:
        return this.onNotification(event as EventEnvelope<EventData<typeof NotificationCreated>>);
      case MessageSent.type:
      case MessageEdited.type:
      case MessageDeleted.type: {
        const data = event.data as EventData<typeof MessageEdited>;
        this.onMessageEvent(event, data.messageId, null);
        return this.onConversationChanged(event, data);
      }
      case MessageReactionsChanged.type:
        // The conversation list shows no reactions: only the conversation's own subscribers hear of them.
        return this.onMessageEvent(event, (event.data as EventData<typeof MessageReactionsChanged>).messageId, null);
      case MessagesRead.type: {
        const data = event.data as EventData<typeof MessagesRead>;
        this.onMessageEvent(event, data.lastReadMessageId, data.membershipId);
        // Only the reader's unread count changed (e.g. read on another device).
        return this.onConversationChanged(event, data, data.membershipId);
      }
      case ConversationStarted.type:
        return this.onConversationChanged(event, event.data as EventData<typeof ConversationStarted>);
      case RoomUpdated.type:
        return this.onConversationChanged(event, { ...(event.data as EventData<typeof RoomUpdated>), conversationKind: 'room' });
      case RoomJoined.type: {
        const data = event.data as EventData<typeof RoomJoined>;
        this.onRoomMembership(event, data.membershipId, data.conversationId, true);
        return this.onConversationChanged(event, { ...data, conversationKind: 'room' });
      }
      case RoomLeft.type: {
        const data = event.data as EventData<typeof RoomLeft>;
        return this.onRoomMembership(event, data.membershipId, data.conversationId, false);
      }
      case MemberTyping.type:
        return this.onTyping(event as EventEnvelope<EventData<typeof MemberTyping>>);
      default:
        return undefined;
    }
  }

  private onNotification(event: EventEnvelope<EventData<typeof NotificationCreated>>): void {
    const now = Date.now();
    const targets = this.entries(byMember(event.data.recipientMembershipId), 'notificationAdded').filter(
      (entry) => entry.subscriber.viewer.membershipId === event.data.recipientMembershipId && mayReceive(entry.subscriber, event, now),
    );
    this.fanOut(
      event,
      targets,
      (entry) => viewerKey(entry.subscriber.viewer),
      (entry) => this.load(entry, entry.fetch!, event.data.notificationId, 'notification', event.id),
      (delivery) => delivery,
    );
  }

  private messageEventValues(kind: string, conversationId: string, readerId: string | null): Record<string, unknown> {
    return { __typename: 'MessageEvent', kind, conversationId, readerId };
  }

  /** The members who see their own hidden fields in a message: known from the event or recent events, else asked once. */
  private membersAlone(event: EventEnvelope, messageId: string, asker: Entry): Set<string> | Promise<Set<string>> {
    const data = event.data as { senderMembershipId?: string | null; mentionedMembershipIds?: string[] };
    if (event.type === MessageSent.type) {
      const members = new Set([data.senderMembershipId, ...(data.mentionedMembershipIds ?? [])].filter((id): id is string => !!id));
      this.authors.set(messageId, members);
      return members;
    }
    const known = this.authors.get(messageId);
    if (known) {
      if (data.senderMembershipId) known.add(data.senderMembershipId);
      return known;
    }
    return this.run(asker.subscriber, AUTHORS_QUERY, { id: messageId }, 'authors').then((result) => {
      const message = result.data?.message as { sender?: { id: string } | null; mentions?: { id: string }[] } | null | undefined;
      if (!message) throw new Error('the message could not be read');
      const members = new Set([data.senderMembershipId, message.sender?.id, ...(message.mentions ?? []).map((m) => m.id)].filter((id): id is string => !!id));
      this.authors.set(messageId, members);
      return members;
    });
  }

  private onMessageEvent(event: EventEnvelope, messageId: string, readerId: string | null): void {
    const { conversationId } = event.data as { conversationId: string };
    const now = Date.now();
    const receivers = this.entries(byConversation(conversationId), 'messageEvents').filter((entry) => mayReceive(entry.subscriber, event, now));
    if (receivers.length === 0) return;
    const kind = MESSAGE_EVENT_KIND[event.type as keyof typeof MESSAGE_EVENT_KIND];
    const values = this.messageEventValues(kind, conversationId, readerId);
    const dedupeKey = kind === 'ADDED' ? messageId : undefined;
    // Who selected no message field needs no fetch.
    const targets: Entry[] = [];
    const fromEvent = new Map<string, Promise<Delivery>>();
    for (const entry of receivers) {
      if (entry.messageKeys!.length > 0) {
        targets.push(entry);
        continue;
      }
      let delivery = fromEvent.get(entry.shapeId);
      if (!delivery) fromEvent.set(entry.shapeId, (delivery = Promise.resolve({ data: shape(entry.eventFields, values), errors: [], dedupeKey })));
      this.stats.deliveries += 1;
      entry.queue.push(delivery);
    }
    if (targets.length === 0) return;
    const alone = Promise.resolve(this.membersAlone(event, messageId, targets[0]));
    this.fanOut(
      event,
      targets,
      alone.then(
        (members) => (entry: Entry) => classesOf(entry)[members.has(entry.subscriber.viewer.membershipId) ? 'personal' : 'shared'],
        // Authors unknown: nobody shares a fetch.
        () => (entry: Entry) => classesOf(entry).personal,
      ),
      (entry) => this.load(entry, entry.fetch!, messageId, undefined, event.id),
      (delivery, entry) => {
        const missing = entry.messageKeys!.some((key) => delivery.data?.[key] === null || delivery.data?.[key] === undefined);
        // A message the subscriber cannot load (null without errors) is not delivered.
        if (delivery.data === null || (missing && delivery.errors.length === 0)) return { data: null, errors: delivery.errors };
        return { data: shape(entry.eventFields, values, delivery.data), errors: delivery.errors, dedupeKey };
      },
    );
  }

  private onTyping(event: EventEnvelope<EventData<typeof MemberTyping>>): void {
    const { data } = event;
    const now = Date.now();
    if (Date.parse(data.expiresAt) <= now) return;
    const values = {
      __typename: 'TypingIndicator',
      conversationId: data.conversationId,
      memberId: data.membershipId,
      displayName: data.displayName,
      typing: data.typing,
      expiresAt: data.expiresAt,
    };
    for (const entry of this.entries(byConversation(data.conversationId), 'typing')) {
      if (entry.subscriber.viewer.membershipId === data.membershipId || !mayReceive(entry.subscriber, event, now)) continue;
      this.stats.deliveries += 1;
      entry.queue.push(Promise.resolve({ data: shape(entry.eventFields, values), errors: [] }));
    }
  }

  /** RoomJoined/RoomLeft of one member: their room sets follow; a member who left gets nothing more of the room at once. */
  private onRoomMembership(event: EventEnvelope, membershipId: string, room: string, joined: boolean): void {
    for (const entry of this.entries(byMember(membershipId), 'conversationUpdated')) {
      if (entry.subscriber.viewer.networkId !== event.networkid) continue;
      if (entry.roomChanges) entry.roomChanges.push({ room, joined });
      else if (joined) {
        entry.rooms!.add(room);
        this.file(byRoom(room), entry);
      } else {
        entry.rooms!.delete(room);
        this.unfile(byRoom(room), entry);
      }
    }
    if (joined) return;
    for (const kind of ['messageEvents', 'typing'] as const) {
      for (const entry of this.entries(byConversation(room), kind)) {
        if (entry.subscriber.viewer.membershipId === membershipId) void entry.queue.return();
      }
    }
  }

  private onConversationChanged(
    event: EventEnvelope,
    data: { conversationId: string; conversationKind: 'direct' | 'network' | 'room'; participantMembershipIds?: string[] },
    onlyMember?: string,
  ): void {
    const candidates = new Set<Entry>();
    if (data.conversationKind === 'room') {
      for (const entry of this.entries(byRoom(data.conversationId), 'conversationUpdated')) candidates.add(entry);
    } else {
      for (const member of data.participantMembershipIds ?? []) {
        for (const entry of this.entries(byMember(member), 'conversationUpdated')) candidates.add(entry);
      }
      if (data.conversationKind === 'network') {
        for (const entry of this.entries(staffOf(event.networkid), 'conversationUpdated')) candidates.add(entry);
      }
    }
    const now = Date.now();
    for (const entry of candidates) {
      if (onlyMember !== undefined && entry.subscriber.viewer.membershipId !== onlyMember) continue;
      if (!mayReceive(entry.subscriber, event, now)) continue;
      this.requestUpdate(entry, data.conversationId, event.id);
    }
  }

  /**
   * Loads the conversation for one subscriber (its unread count is theirs): at once when nothing
   * is in flight and the last load is UPDATE_INTERVAL_MS old; otherwise one trailing load after
   * the one in flight, however many events arrived meanwhile.
   */
  private requestUpdate(entry: Entry, conversationId: string, eventId: string): void {
    const updates = entry.updates!;
    let state = updates.get(conversationId);
    if (!state) updates.set(conversationId, (state = { inFlight: false, trailing: false, lastStart: 0 }));
    if (state.inFlight || state.timer) {
      state.trailing = true;
      return;
    }
    const interval = this.options.updateIntervalMs ?? UPDATE_INTERVAL_MS;
    const wait = state.lastStart + interval - Date.now();
    if (wait > 0) {
      state.timer = setTimeout(() => {
        state.timer = undefined;
        this.startUpdate(entry, conversationId, state, eventId);
      }, wait);
      return;
    }
    this.startUpdate(entry, conversationId, state, eventId);
  }

  private startUpdate(entry: Entry, conversationId: string, state: UpdateState, eventId: string): void {
    if (!entry.keys.size) return; // unsubscribed meanwhile
    state.inFlight = true;
    state.trailing = false;
    state.lastStart = Date.now();
    this.stats.fetches += 1;
    this.stats.deliveries += 1;
    const delivery = this.load(entry, entry.fetch!, conversationId, 'conversation', eventId);
    entry.queue.push(delivery);
    void delivery.finally(() => {
      state.inFlight = false;
      if (state.trailing) this.requestUpdate(entry, conversationId, eventId);
      else
        setTimeout(() => {
          if (!state.inFlight && !state.timer && !state.trailing) entry.updates!.delete(conversationId);
        }, this.options.updateIntervalMs ?? UPDATE_INTERVAL_MS).unref();
    });
  }

  // ─── fetching ──────────────────────────────────────────────────────────────

  /**
   * The one fetch path of events: targets with equal (group, selection and variables) share one
   * fetch, run as the first of them; each target's queue gets its promise now, in event order,
   * so a later event's fetch never overtakes an earlier one.
   */
  private fanOut(
    event: EventEnvelope,
    targets: Entry[],
    groupOf: ((entry: Entry) => string) | Promise<(entry: Entry) => string>,
    load: (representative: Entry) => Promise<Delivery>,
    adapt: (delivery: Delivery, entry: Entry) => Delivery,
  ): void {
    if (targets.length === 0) return;
    const plan = Promise.resolve(groupOf).then((group) => {
      const fetches = new Map<string, Promise<Delivery>>();
      // Subscribers of one fetch whose objects look alike get the very same object (see shared-execution.ts).
      const adapted = new Map<string, Promise<Delivery>>();
      const byEntry = new Map<Entry, Promise<Delivery>>();
      for (const entry of targets) {
        const key = `${group(entry)}\n${entry.fetchId}`;
        let fetched = fetches.get(key);
        if (!fetched) {
          fetches.set(key, (fetched = load(entry)));
          this.stats.fetches += 1;
        }
        const shareKey = `${key}\n${entry.shapeId}`;
        let delivery = adapted.get(shareKey);
        if (!delivery) adapted.set(shareKey, (delivery = fetched.then((d) => adapt(d, entry))));
        byEntry.set(entry, delivery);
      }
      this.options.log.debug({ eventId: event.id, type: event.type, subscribers: targets.length, fetches: fetches.size }, 'event routed to subscribers');
      return byEntry;
    });
    for (const entry of targets) {
      this.stats.deliveries += 1;
      const delivery = plan.then((byEntry) => byEntry.get(entry)!);
      // Logged at the first drop and every 100th: a stalled room must not flood the log.
      if (entry.queue.push(delivery) && entry.queue.dropped % 100 === 1) {
        this.options.log.warn({ membershipId: entry.subscriber.viewer.membershipId, kind: entry.kind, dropped: entry.queue.dropped }, 'a subscriber is not keeping up; its oldest pending events are dropped');
      }
    }
  }

  private run(subscriber: Subscriber, query: string, variables: Record<string, unknown>, purpose: string) {
    return this.options.execute({ query, variables, token: subscriber.token, viewer: subscriber.viewer, requestId: `${subscriber.requestId}:${purpose}` });
  }

  private async load(entry: Entry, fetch: SelectionFetch, id: string, rootField: string | undefined, eventId: string): Promise<Delivery> {
    try {
      const result = await this.options.execute({
        query: fetch.query,
        variables: { ...fetch.variables, [fetch.idVariable]: id },
        token: entry.subscriber.token,
        viewer: entry.subscriber.viewer,
        requestId: `${entry.subscriber.requestId}:${eventId}`,
      });
      return deliveryFrom(result, rootField);
    } catch (error) {
      this.options.log.error({ err: error, eventId, kind: entry.kind }, 'could not load an event for its subscribers');
      return failed(entry.kind === 'notificationAdded' ? 'The notification' : entry.kind === 'conversationUpdated' ? 'The conversation' : 'The message');
    }
  }

  /** Ends every subscription (shutdown). */
  async closeAll(): Promise<void> {
    const entries = new Set<Entry>();
    for (const set of this.index.values()) for (const entry of set) entries.add(entry);
    await Promise.all([...entries].map((entry) => entry.queue.return()));
  }
}
