import type { AnyEventContract } from '@kizuna/events';
import type { Delivery } from './delivery';
import type { GatewayExecutor, Subscriber } from './engine/route';
import { SubscriptionEngine } from './engine/subscription-engine';
import { allRoutes } from './routes';
import type { SelectionFetch } from './selection';

export type { EventFields, GatewayExecutor, Subscriber } from './engine/route';
export { UPDATE_INTERVAL_MS } from './engine/subscription-engine';
export { mayReceive, viewerClass } from './engine/viewer-class';

/** The events the subscriptions are made of (the feed reads exactly these). */
export const SUBSCRIPTION_EVENTS: readonly AnyEventContract[] = [...new Set(allRoutes().flatMap((route) => route.events))] as AnyEventContract[];

/** The gateway's subscriptions: the engine with every route (`routes/`). */
export class SubscriptionHub extends SubscriptionEngine {
  constructor(options: ConstructorParameters<typeof SubscriptionEngine>[1] & { execute: GatewayExecutor }) {
    super(allRoutes(), options);
  }

  /** `notificationAdded` with a fetch already built (the route's `open` builds it from the client's selection). */
  subscribeNotifications(subscriber: Subscriber, fetch: SelectionFetch): AsyncIterableIterator<Delivery> {
    return this.fileNow('notificationAdded', subscriber, { keys: [], fetch });
  }
}
