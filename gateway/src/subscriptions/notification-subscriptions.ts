import type { GraphQLFormattedError } from 'graphql';
import type { Viewer } from '@kizuna/auth';
import type { EventEnvelope } from '@kizuna/events';
import type { Logger } from '@kizuna/runtime';
import { deliveryFrom, type Delivery } from './delivery';
import type { SelectionFetch } from './selection';
import { SubscriberQueue } from './subscriber-queue';

/** The part of `NotificationCreated` the gateway routes by. */
export interface NotificationEvent {
  notificationId: string;
  recipientMembershipId: string;
  networkId: string;
}

export interface Subscriber {
  viewer: Viewer;
  /** The subscriber's access token: the fetch runs as them. */
  token: string;
  /** When the token expires (ms since epoch); events after that are not delivered. */
  expiresAt: number;
  fetch: SelectionFetch;
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

export const ROOT_FIELD = 'notification';

/** Only the recipient, in the event's network, with a token still valid, sees a notification. */
export function mayReceive(subscriber: Pick<Subscriber, 'viewer' | 'expiresAt'>, event: EventEnvelope<NotificationEvent>, now = Date.now()): boolean {
  const { viewer } = subscriber;
  return (
    viewer.membershipId === event.data.recipientMembershipId &&
    viewer.networkId === event.networkid &&
    event.data.networkId === event.networkid &&
    (viewer.status === 'approved' || viewer.status === 'pending') &&
    subscriber.expiresAt > now
  );
}

function viewerKey(viewer: Viewer): string {
  return [viewer.accountId, viewer.membershipId, viewer.networkId, viewer.role, viewer.status].join('|');
}

const notVisible = (delivery: Delivery) => delivery.data === null && delivery.errors.length === 0;

/**
 * The live `notificationAdded` subscribers of this gateway instance. Each event is authorized
 * per subscriber, then the subscribers' selections are loaded through the gateway, one fetch per
 * distinct (event, selection and variables, viewer): any number of connections of one member
 * with the same selection cost one fetch per event.
 */
export class NotificationSubscriptions {
  private readonly byMembership = new Map<string, Set<{ subscriber: Subscriber; queue: SubscriberQueue<Delivery> }>>();
  /** Counters, for logs and tests. */
  readonly stats = { events: 0, deliveries: 0, fetches: 0 };

  constructor(
    private readonly options: { execute: GatewayExecutor; log: Logger; maxPendingPerSubscriber?: number },
  ) {}

  get size(): number {
    let count = 0;
    for (const set of this.byMembership.values()) count += set.size;
    return count;
  }

  subscribe(subscriber: Subscriber): AsyncIterableIterator<Delivery> {
    const key = subscriber.viewer.membershipId;
    const entry = {
      subscriber,
      queue: new SubscriberQueue<Delivery>({
        maxPending: this.options.maxPendingPerSubscriber ?? 100,
        skip: notVisible,
        onClose: () => {
          const set = this.byMembership.get(key);
          set?.delete(entry);
          if (set?.size === 0) this.byMembership.delete(key);
        },
      }),
    };
    let set = this.byMembership.get(key);
    if (!set) this.byMembership.set(key, (set = new Set()));
    set.add(entry);
    return entry.queue;
  }

  /** Routes one event: authorize, group identical fetches, fetch once per group, queue for each subscriber. */
  dispatch(event: EventEnvelope<NotificationEvent>): void {
    this.stats.events += 1;
    const candidates = this.byMembership.get(event.data.recipientMembershipId);
    if (!candidates) return;
    const now = Date.now();
    const groups = new Map<string, { subscriber: Subscriber; queues: SubscriberQueue<Delivery>[] }>();
    for (const { subscriber, queue } of candidates) {
      if (!mayReceive(subscriber, event, now)) continue;
      const key = `${viewerKey(subscriber.viewer)}\n${subscriber.fetch.key}`;
      const group = groups.get(key);
      if (group) group.queues.push(queue);
      else groups.set(key, { subscriber, queues: [queue] });
    }
    for (const { subscriber, queues } of groups.values()) {
      const delivery = this.load(event, subscriber);
      this.stats.fetches += 1;
      this.stats.deliveries += queues.length;
      for (const queue of queues) {
        if (queue.push(delivery)) {
          this.options.log.warn({ membershipId: subscriber.viewer.membershipId }, 'a subscriber is not keeping up; its oldest pending notification was dropped');
        }
      }
    }
    this.options.log.debug(
      { eventId: event.id, notificationId: event.data.notificationId, fetches: groups.size },
      'notification routed to subscribers',
    );
  }

  private async load(event: EventEnvelope<NotificationEvent>, subscriber: Subscriber): Promise<Delivery> {
    try {
      const result = await this.options.execute({
        query: subscriber.fetch.query,
        variables: { ...subscriber.fetch.variables, [subscriber.fetch.idVariable]: event.data.notificationId },
        token: subscriber.token,
        viewer: subscriber.viewer,
        requestId: `${subscriber.requestId}:${event.id}`,
      });
      return deliveryFrom(result, ROOT_FIELD);
    } catch (error) {
      this.options.log.error({ err: error, eventId: event.id }, 'could not load a notification for its subscribers');
      return { data: null, errors: [{ message: 'The notification could not be loaded.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    }
  }

  /** Ends every subscription (shutdown). */
  async closeAll(): Promise<void> {
    const queues = [...this.byMembership.values()].flatMap((set) => [...set].map((e) => e.queue));
    await Promise.all(queues.map((queue) => queue.return()));
  }
}
