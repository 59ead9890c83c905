import { GraphQLError } from 'graphql';
import type { Logger } from '@kizuna/runtime';
import { deliveryFrom, type Delivery } from '../delivery';
import { SubscriberQueue, replayThenLive, type Slot } from '../subscriber-queue';
import type { Ask, Audience, EngineEvent, EventFields, Filing, GatewayExecutor, Load, Route, RouteAction, Subscriber } from './route';
import { mayReceive, viewerClass, viewerKey } from './viewer-class';

/** Every subscription is filed under its member, so joins, leaves and one member's events find it. */
export const memberKey = (membershipId: string) => `member:${membershipId}`;

/** A refresh (e.g. a conversation in a busy room) costs each subscription at most one load per interval. */
export const UPDATE_INTERVAL_MS = 500;
/** How long the owning service's answer for a viewer class stands (claims change only with a new token, which is short-lived). */
const VERDICT_TTL_MS = 60_000;
const MAX_VERDICTS = 10_000;

const HIDDEN: Delivery = { data: null, errors: [] };
const notVisible = (delivery: Delivery) => delivery.data === null && delivery.errors.length === 0;
const failed = (what: string): Delivery => ({
  data: null,
  errors: [{ message: `${what} could not be loaded.`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
});

interface RouteState {
  route: Route<never>;
  /** Audience key → subscriptions filed under it. */
  index: Map<string, Set<Entry>>;
}

interface RefreshState {
  inFlight: boolean;
  trailing: boolean;
  lastStart: number;
  timer?: NodeJS.Timeout;
}

interface Entry {
  state: RouteState;
  subscriber: Subscriber;
  filing: Filing;
  queue: SubscriberQueue<Delivery>;
  keys: Set<string>;
  closed: boolean;
  /** Joins and leaves seen while the filing's `laterKeys` load; applied after them. */
  keyChanges?: { key: string; joined: boolean }[];
  refreshes: Map<string, RefreshState>;
  /** Computed once: the fetch's identity (a small interned number) and how its objects look. */
  fetchId: number;
  shapeId: string;
  classes?: { shared: string; personal: string; viewer: string };
}

/** The subscription's object, keyed by the client's response keys: event fields from `values`, the rest from `fetched`. */
export function shape(fields: EventFields, values: Record<string, unknown>, fetched?: Record<string, unknown> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, fieldName] of fields) out[key] = fieldName in values ? values[fieldName] : fetched?.[key];
  return out;
}

function classesOf(entry: Entry): NonNullable<Entry['classes']> {
  const { viewer } = entry.subscriber;
  return (entry.classes ??= { shared: viewerClass(viewer, false), personal: viewerClass(viewer, true), viewer: viewerKey(viewer) });
}

/**
 * The subscription engine: every live subscription of this gateway instance, filed by route under
 * audience keys, and the one place events go. Each event reaches the routes that read its type;
 * each route says what it means (deliveries, refreshes, joins and leaves of audiences) and the
 * engine does the rest without knowing the domain: it looks the audience up (costing nothing for
 * everybody else), drops what a subscriber may not receive (another network, an expired token),
 * lets the owning service admit candidates once per viewer class, loads the subscribers'
 * selections through the gateway once per (selection and variables, viewer or viewer class),
 * queues deliveries per subscriber in event order, replays before live where a route asks,
 * coalesces refreshes, and forgets a subscription when it ends.
 */
export class SubscriptionEngine {
  private readonly routes = new Map<string, RouteState>();
  private readonly routesByType = new Map<string, RouteState[]>();
  private readonly live = new Set<Entry>();
  /** Fetch keys (query + variables, long strings) as small numbers, so routing an event builds no long strings. */
  private readonly fetchIds = new Map<string, number>();
  private readonly verdicts = new Map<string, { granted: Promise<boolean>; until: number }>();
  /** `latestKey` deliveries: when the key was last delivered, and the newest one waiting for its turn. */
  private readonly latest = new Map<
    string,
    { sentAt: number; timer?: NodeJS.Timeout; waiting?: { action: Extract<RouteAction, { kind: 'deliver' }>; event: EngineEvent } }
  >();
  /** Counters, for logs and tests. */
  readonly stats = { events: 0, deliveries: 0, fetches: 0 };

  constructor(
    routes: readonly Route<never>[],
    protected readonly options: { execute: GatewayExecutor; log: Logger; maxPendingPerSubscriber?: number; updateIntervalMs?: number },
  ) {
    for (const route of routes) {
      const state: RouteState = { route, index: new Map() };
      this.routes.set(route.field, state);
      for (const { type } of route.events) {
        const list = this.routesByType.get(type) ?? [];
        this.routesByType.set(type, [...list, state]);
      }
    }
  }

  /** The routes, in the order they were given. */
  get routeList(): Route<never>[] {
    return [...this.routes.values()].map((state) => state.route);
  }

  /** Live subscriptions. */
  get size(): number {
    return this.live.size;
  }

  // ─── subscribing ───────────────────────────────────────────────────────────

  /** Opens a subscription of `field`: its route decides access (asking the owning service) and how it is filed. */
  async subscribe<Args>(
    field: string,
    subscriber: Subscriber,
    args: Args,
    info: Parameters<Route<Args>['open']>[0]['info'],
  ): Promise<AsyncIterableIterator<Delivery>> {
    const state = this.stateOf(field);
    const route = state.route as unknown as Route<Args>;
    const filing = await route.open({ subscriber, args, info, ask: this.askAs(subscriber) });
    return this.open(field, subscriber, filing);
  }

  /** Files a subscription the route already admitted; loads its later audience keys, then replays if the filing says so. */
  async open(field: string, subscriber: Subscriber, filing: Filing): Promise<AsyncIterableIterator<Delivery>> {
    const entry = this.register(this.stateOf(field), subscriber, filing);
    if (filing.laterKeys) {
      entry.keyChanges = [];
      try {
        const keys = new Set(await filing.laterKeys());
        for (const change of entry.keyChanges) {
          if (change.joined) keys.add(change.key);
          else keys.delete(change.key);
        }
        entry.keyChanges = undefined;
        for (const key of keys) this.file(entry, key);
      } catch (error) {
        await entry.queue.return();
        this.options.log.error({ err: error, field }, 'could not load the audience of a subscription');
        throw error instanceof GraphQLError
          ? error
          : new GraphQLError('The subscription could not be opened.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      }
    }
    if (filing.replay) return replayThenLive(filing.replay(), entry.queue, (delivery) => delivery.dedupeKey);
    return entry.queue;
  }

  /** Files a subscription at once (no later keys, no replay): what `open` does, synchronously. */
  fileNow(field: string, subscriber: Subscriber, filing: Filing): AsyncIterableIterator<Delivery> {
    if (filing.laterKeys || filing.replay) throw new Error('fileNow takes a filing without later keys or replay');
    return this.register(this.stateOf(field), subscriber, filing).queue;
  }

  private stateOf(field: string): RouteState {
    const state = this.routes.get(field);
    if (!state) throw new Error(`No route serves Subscription.${field}`);
    return state;
  }

  private askAs(subscriber: Subscriber): Ask {
    return (query, variables, purpose) =>
      this.options.execute({ query, variables, token: subscriber.token, viewer: subscriber.viewer, requestId: `${subscriber.requestId}:${purpose}` });
  }

  private register(state: RouteState, subscriber: Subscriber, filing: Filing): Entry {
    const fetchKey = filing.fetch?.key ?? '';
    let fetchId = this.fetchIds.get(fetchKey);
    if (fetchId === undefined) this.fetchIds.set(fetchKey, (fetchId = this.fetchIds.size));
    const entry: Entry = {
      state,
      subscriber,
      filing,
      keys: new Set(),
      closed: false,
      refreshes: new Map(),
      fetchId,
      shapeId: JSON.stringify([filing.eventFields ?? null, filing.fetchedKeys ?? null]),
      queue: new SubscriberQueue<Delivery>({
        maxPending: this.options.maxPendingPerSubscriber ?? 500,
        skip: notVisible,
        onClose: () => {
          entry.closed = true;
          this.live.delete(entry);
          for (const key of [...entry.keys]) this.unfile(entry, key);
          for (const refresh of entry.refreshes.values()) clearTimeout(refresh.timer);
        },
      }),
    };
    this.live.add(entry);
    this.file(entry, memberKey(subscriber.viewer.membershipId));
    for (const key of filing.keys) this.file(entry, key);
    return entry;
  }

  private file(entry: Entry, key: string): void {
    const { index } = entry.state;
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(entry);
    entry.keys.add(key);
  }

  private unfile(entry: Entry, key: string): void {
    const { index } = entry.state;
    const set = index.get(key);
    set?.delete(entry);
    if (set?.size === 0) index.delete(key);
    entry.keys.delete(key);
  }

  // ─── routing ───────────────────────────────────────────────────────────────

  /** Routes one event to the routes that read its type, and through them to the subscriptions it concerns. */
  dispatch(event: EngineEvent): void {
    this.stats.events += 1;
    for (const state of this.routesByType.get(event.type) ?? []) {
      let actions: RouteAction[];
      try {
        actions = state.route.route(event);
      } catch (error) {
        this.options.log.error({ err: error, eventId: event.id, type: event.type, field: state.route.field }, 'a route could not read an event');
        continue;
      }
      for (const action of actions) {
        if (action.kind === 'deliver') this.deliverLatest(state, action, event);
        else if (action.kind === 'refresh') this.refresh(state, action, event);
        else this.membership(state, action.member, action.key, action.kind === 'join', action.kind === 'leave' && !!action.end, event);
      }
    }
  }

  /** The audience's subscriptions that may receive the event: those filed under its keys, and the candidates the owning service still has to admit. */
  private audience(state: RouteState, to: Audience, event: EngineEvent): { sure: Entry[]; candidates: Entry[] } {
    const now = Date.now();
    const fits = (entry: Entry) => {
      const member = entry.subscriber.viewer.membershipId;
      return (to.onlyMember === undefined || member === to.onlyMember) && member !== to.exceptMember && mayReceive(entry.subscriber, event, now);
    };
    const sure = new Set<Entry>();
    for (const key of to.keys) for (const entry of state.index.get(key) ?? []) if (fits(entry)) sure.add(entry);
    const candidates = new Set<Entry>();
    for (const key of to.checked?.keys ?? []) for (const entry of state.index.get(key) ?? []) if (!sure.has(entry) && fits(entry)) candidates.add(entry);
    return { sure: [...sure], candidates: [...candidates] };
  }

  /** The candidates the owning service admits: asked once per viewer class (as one of its subscribers), the answer kept a while. */
  private admit(state: RouteState, checked: NonNullable<Audience['checked']>, candidates: Entry[]): Promise<Entry[]> {
    const byClass = new Map<string, Entry[]>();
    for (const entry of candidates) {
      const viewerClassKey = classesOf(entry).shared;
      byClass.set(viewerClassKey, [...(byClass.get(viewerClassKey) ?? []), entry]);
    }
    const now = Date.now();
    return Promise.all(
      [...byClass].map(async ([viewerClassKey, entries]) => {
        const key = `${state.route.field}\n${checked.cacheKey}\n${viewerClassKey}`;
        let verdict = this.verdicts.get(key);
        if (!verdict || verdict.until <= now) {
          const granted = this.askAs(entries[0].subscriber)(checked.query, checked.variables, 'access').then(checked.granted, (error: unknown) => {
            this.options.log.error({ err: error, field: state.route.field }, 'could not ask whether a viewer class may receive an event');
            this.verdicts.delete(key);
            return false;
          });
          this.verdicts.delete(key);
          this.verdicts.set(key, (verdict = { granted, until: now + VERDICT_TTL_MS }));
          if (this.verdicts.size > MAX_VERDICTS) this.verdicts.delete(this.verdicts.keys().next().value!);
        }
        return (await verdict.granted) ? entries : [];
      }),
    ).then((lists) => lists.flat());
  }

  /** Reserves the entry's next place in event order. */
  private reserve(entry: Entry): Slot<Delivery> {
    this.stats.deliveries += 1;
    const before = entry.queue.dropped;
    const slot = entry.queue.reserve();
    // Logged at the first drop and every 100th: a stalled subscriber must not flood the log.
    if (entry.queue.dropped > before && entry.queue.dropped % 100 === 1) {
      this.options.log.warn(
        { membershipId: entry.subscriber.viewer.membershipId, field: entry.state.route.field, dropped: entry.queue.dropped },
        'a subscriber is not keeping up; its oldest pending events are dropped',
      );
    }
    return slot;
  }

  private push(entry: Entry, delivery: Promise<Delivery>): void {
    const slot = this.reserve(entry);
    delivery.then(
      (value) => slot.fill(value),
      (error: unknown) => slot.fail(error),
    );
  }

  /** A delivery now, or, for a `latestKey` delivered less than an interval ago, the newest one at the interval's end. */
  private deliverLatest(state: RouteState, action: Extract<RouteAction, { kind: 'deliver' }>, event: EngineEvent): void {
    if (action.latestKey === undefined) return this.deliver(state, action, event);
    const key = `${state.route.field}\n${action.latestKey}`;
    const now = Date.now();
    let latest = this.latest.get(key);
    if (!latest) this.latest.set(key, (latest = { sentAt: 0 }));
    if (!latest.timer && now - latest.sentAt >= this.updateInterval) {
      latest.sentAt = now;
      this.deliver(state, action, event);
      return;
    }
    latest.waiting = { action, event };
    const held = latest;
    held.timer ??= setTimeout(
      () => {
        held.timer = undefined;
        const waiting = held.waiting!;
        held.waiting = undefined;
        held.sentAt = Date.now();
        this.deliver(state, waiting.action, waiting.event);
        // Forgotten once quiet for an interval, so keys of items nobody touches again do not pile up.
        setTimeout(() => {
          if (!held.timer && Date.now() - held.sentAt >= this.updateInterval) this.latest.delete(key);
        }, this.updateInterval).unref();
      },
      Math.max(0, latest.sentAt + this.updateInterval - now),
    );
  }

  private deliver(state: RouteState, action: Extract<RouteAction, { kind: 'deliver' }>, event: EngineEvent): void {
    const { sure, candidates } = this.audience(state, action.to, event);
    if (sure.length === 0 && candidates.length === 0) return;
    const targets = [...sure, ...candidates];
    const admitted = candidates.length > 0 ? this.admit(state, action.to.checked!, candidates).then((list) => new Set([...sure, ...list])) : undefined;
    const loading: Entry[] = [];
    // Who needs nothing fetched gets the object from the event, one per shape.
    const fromEvent = new Map<string, Delivery>();
    for (const entry of targets) {
      const { filing } = entry;
      if (action.load && filing.fetch && (filing.fetchedKeys === undefined || filing.fetchedKeys.length > 0)) {
        loading.push(entry);
        continue;
      }
      let delivery = fromEvent.get(entry.shapeId);
      if (!delivery)
        fromEvent.set(entry.shapeId, (delivery = { data: shape(filing.eventFields ?? [], action.values), errors: [], dedupeKey: action.dedupeKey }));
      const shared = delivery;
      if (admitted)
        this.push(
          entry,
          admitted.then((allowed) => (allowed.has(entry) ? shared : HIDDEN)),
        );
      else this.reserve(entry).fill(shared);
    }
    if (loading.length > 0) this.fanOut(event, loading, action, action.load!, admitted);
  }

  /**
   * The one fetch path of deliveries: targets with equal (group, selection and variables) share one
   * fetch, run as the first of them; each target's queue gets its promise now, in event order, so
   * a later event's fetch never overtakes an earlier one.
   */
  private fanOut(event: EngineEvent, targets: Entry[], action: Extract<RouteAction, { kind: 'deliver' }>, load: Load, admitted?: Promise<Set<Entry>>): void {
    const alone =
      load.share === 'class' && load.alone
        ? Promise.resolve()
            .then(() => load.alone!(this.askAs(targets[0].subscriber)))
            .catch(() => null) // not known: nobody shares
        : undefined;
    // Places are reserved now, in event order; each group's fetch fills its subscribers' places at once.
    const slots = targets.map((entry) => this.reserve(entry));
    Promise.all([alone, admitted])
      .then(([members, allowed]) => {
        const groupOf = (entry: Entry) => {
          const classes = classesOf(entry);
          if (load.share === 'viewer') return classes.viewer;
          if (members === null) return classes.personal;
          return members?.has(entry.subscriber.viewer.membershipId) ? classes.personal : classes.shared;
        };
        const fetches = new Map<string, Promise<Delivery>>();
        // Subscribers of one fetch whose objects look alike get the very same object (see shared-execution.ts).
        const groups = new Map<string, { entry: Entry; slots: Slot<Delivery>[]; fetched: Promise<Delivery> }>();
        targets.forEach((entry, i) => {
          if (allowed && !allowed.has(entry)) return slots[i].fill(HIDDEN);
          const key = `${groupOf(entry)}\n${entry.fetchId}`;
          let fetched = fetches.get(key);
          if (!fetched) {
            fetches.set(key, (fetched = this.load(entry, load.id, load.rootField, load.what, event.id)));
            this.stats.fetches += 1;
          }
          const shareKey = `${key}\n${entry.shapeId}`;
          const group = groups.get(shareKey);
          if (group) group.slots.push(slots[i]);
          else groups.set(shareKey, { entry, slots: [slots[i]], fetched });
        });
        this.options.log.debug({ eventId: event.id, type: event.type, subscribers: targets.length, fetches: fetches.size }, 'event routed to subscribers');
        for (const group of groups.values()) {
          group.fetched.then(
            (fetched) => {
              const delivery = this.adapt(fetched, group.entry, action);
              for (const slot of group.slots) slot.fill(delivery);
            },
            (error: unknown) => group.slots.forEach((slot) => slot.fail(error)),
          );
        }
      })
      .catch((error: unknown) => slots.forEach((slot) => slot.fail(error)));
  }

  /** A fetched object as the subscriber gets it: not at all when the entity could not be loaded (null without errors). */
  private adapt(delivery: Delivery, entry: Entry, action: Extract<RouteAction, { kind: 'deliver' }>): Delivery {
    const { eventFields, fetchedKeys = [] } = entry.filing;
    const missing = fetchedKeys.some((key) => delivery.data?.[key] === null || delivery.data?.[key] === undefined);
    if (delivery.data === null || (missing && delivery.errors.length === 0)) return { data: null, errors: delivery.errors };
    if (!eventFields && action.dedupeKey === undefined) return delivery;
    return { data: eventFields ? shape(eventFields, action.values, delivery.data) : delivery.data, errors: delivery.errors, dedupeKey: action.dedupeKey };
  }

  private async load(entry: Entry, id: string, rootField: string | undefined, what: string, eventId: string): Promise<Delivery> {
    const fetch = entry.filing.fetch!;
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
      this.options.log.error({ err: error, eventId, field: entry.state.route.field }, 'could not load an event for its subscribers');
      return failed(what);
    }
  }

  private refresh(state: RouteState, action: Extract<RouteAction, { kind: 'refresh' }>, event: EngineEvent): void {
    const { sure, candidates } = this.audience(state, action.to, event);
    for (const entry of sure) this.requestRefresh(entry, action, event.id);
    if (candidates.length > 0) {
      void this.admit(state, action.to.checked!, candidates).then((admitted) => {
        for (const entry of admitted) this.requestRefresh(entry, action, event.id);
      });
    }
  }

  /**
   * Loads the object for one subscription (it is theirs, e.g. their unread count): at once when
   * nothing is in flight and the last load is an interval old; otherwise one trailing load after
   * the one in flight, however many events arrived meanwhile.
   */
  private requestRefresh(entry: Entry, action: Extract<RouteAction, { kind: 'refresh' }>, eventId: string): void {
    if (entry.closed) return;
    let state = entry.refreshes.get(action.id);
    if (!state) entry.refreshes.set(action.id, (state = { inFlight: false, trailing: false, lastStart: 0 }));
    if (state.inFlight || state.timer) {
      state.trailing = true;
      return;
    }
    const wait = state.lastStart + this.updateInterval - Date.now();
    if (wait > 0) {
      const waiting = state;
      waiting.timer = setTimeout(() => {
        waiting.timer = undefined;
        this.startRefresh(entry, action, waiting, eventId);
      }, wait);
      return;
    }
    this.startRefresh(entry, action, state, eventId);
  }

  private get updateInterval(): number {
    return this.options.updateIntervalMs ?? UPDATE_INTERVAL_MS;
  }

  private startRefresh(entry: Entry, action: Extract<RouteAction, { kind: 'refresh' }>, state: RefreshState, eventId: string): void {
    if (entry.closed) return;
    state.inFlight = true;
    state.trailing = false;
    state.lastStart = Date.now();
    this.stats.fetches += 1;
    const delivery = this.load(entry, action.id, action.rootField, action.what, eventId);
    this.push(entry, delivery);
    void delivery.finally(() => {
      state.inFlight = false;
      if (state.trailing) this.requestRefresh(entry, action, eventId);
      else
        setTimeout(() => {
          if (!state.inFlight && !state.timer && !state.trailing) entry.refreshes.delete(action.id);
        }, this.updateInterval).unref();
    });
  }

  /** A member joins or leaves an audience key: their subscriptions of the route follow; with `end`, those filed under it end. */
  private membership(state: RouteState, member: string, key: string, joined: boolean, end: boolean, event: EngineEvent): void {
    for (const entry of [...(state.index.get(memberKey(member)) ?? [])]) {
      if (entry.subscriber.viewer.membershipId !== member || entry.subscriber.viewer.networkId !== event.networkid) continue;
      if (end) {
        if (entry.keys.has(key)) void entry.queue.return();
      } else if (entry.keyChanges) entry.keyChanges.push({ key, joined });
      else if (joined) this.file(entry, key);
      else this.unfile(entry, key);
    }
  }

  /** Ends every subscription (shutdown). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.live].map((entry) => entry.queue.return()));
  }
}
