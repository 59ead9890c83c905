import type { GraphQLFormattedError, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { Viewer } from '@kizuna/auth';
import type { Delivery } from '../delivery';
import type { SelectionFetch } from '../selection';

/** What the engine needs of an event: the envelope's identity, type and network, and its data. */
export interface EngineEvent {
  id: string;
  type: string;
  networkid: string;
  data: unknown;
}

export interface Subscriber {
  viewer: Viewer;
  /** The subscriber's access token: fetches run as them. */
  token: string;
  /** When the token expires (ms since epoch); events after that are not delivered. */
  expiresAt: number;
  requestId: string;
}

export type GatewayResult = { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] };

/** Runs one query through the gateway as the given caller. */
export type GatewayExecutor = (request: {
  query: string;
  variables: Record<string, unknown>;
  token: string;
  viewer: Viewer;
  requestId: string;
}) => Promise<GatewayResult>;

/** Runs one query through the gateway as one subscriber (the owning service answers as it would answer them). */
export type Ask = (query: string, variables: Record<string, unknown>, purpose: string) => Promise<GatewayResult>;

/** Response key → field name of the fields filled from the event itself (not fetched). */
export type EventFields = readonly (readonly [responseKey: string, fieldName: string])[];

/** How a subscription is filed and loaded, as its route decided when it was opened. */
export interface Filing {
  /** Audience keys it is filed under (it is always filed under its member too: `memberKey`). */
  keys: string[];
  /** Audience keys the owning service names, loaded once it is filed; joins and leaves seen meanwhile apply after. */
  laterKeys?: () => Promise<string[]>;
  /** The client's selection, loaded by id through the gateway. */
  fetch?: SelectionFetch;
  /** Response keys the fetch fills beside values from the event: none → no fetch; one of them null without errors → not delivered. */
  fetchedKeys?: string[];
  /** The object is built from the event's values under these response keys (the rest from the fetch); without: the fetched object as it is. */
  eventFields?: EventFields;
  /** Deliveries that come before the live ones (e.g. missed messages); a live one with the same `dedupeKey` is dropped. */
  replay?: () => Promise<Delivery[]>;
}

/** Whose subscriptions an event reaches. */
export interface Audience {
  keys: string[];
  /** Only this member's subscriptions. */
  onlyMember?: string;
  /** Never this member's (e.g. the one who caused it). */
  exceptMember?: string;
  /**
   * Subscriptions filed under these keys are candidates the owning service admits or not: the
   * engine asks `query` once per viewer class among them (as one of them), remembers the answer
   * for `cacheKey` a while, and delivers to the classes `granted` says may.
   */
  checked?: { keys: string[]; cacheKey: string; query: string; variables: Record<string, unknown>; granted: (result: GatewayResult) => boolean };
}

/** How a delivery loads the client's selection: one fetch per group of subscribers that see it alike. */
export interface Load {
  id: string;
  /** The root field the fetch queries (its result is the delivery); none when the fetch's root fields are the object's response keys. */
  rootField?: string;
  /** Who shares one fetch: each viewer apart, or a viewer class (network, role, status, permissions) apart from the members `alone` names. */
  share: 'viewer' | 'class';
  /** Members who see their own fields in it (they fetch apart); asked as one of the subscribers when it is not known. Failing, nobody shares. */
  alone?: (ask: Ask) => Set<string> | Promise<Set<string>>;
  /** Names what could not be loaded in the error ("The message"). */
  what: string;
}

export type RouteAction =
  /**
   * A delivery to each subscription of the audience: `values` fill the event fields, `load` the rest.
   * With `latestKey` only the newest value of that key matters (a count): deliveries of one key go at
   * most once per update interval, the last one always (it waits for the interval's end).
   */
  | { kind: 'deliver'; to: Audience; values: Record<string, unknown>; load?: Load; dedupeKey?: string; latestKey?: string }
  /** A fresh load of `id` for each subscription of the audience (its own, e.g. a per-member count), coalesced per subscription and id. */
  | { kind: 'refresh'; to: Audience; id: string; rootField: string; what: string }
  /** The member's subscriptions are filed under `key` from now on. */
  | { kind: 'join'; member: string; key: string }
  /** The member's subscriptions are no longer filed under `key`; with `end`, those filed under it end at once. */
  | { kind: 'leave'; member: string; key: string; end?: boolean };

export interface OpenRequest<Args> {
  subscriber: Subscriber;
  args: Args;
  info: GraphQLResolveInfo;
  /** Asks the graph as the subscriber: how a route lets the owning service decide access. */
  ask: Ask;
}

/**
 * One subscription feature: the Subscription field it serves, the events it reads, how an event
 * maps to audience keys, and how access is decided — by the owning service, asked through the
 * gateway at subscribe (`open`) or speaking through what its events carry. The engine knows no
 * domain rule; a route knows its feature only.
 */
export interface Route<Args = Record<string, unknown>> {
  readonly field: string;
  /** The field's SDL inside `type Subscription`, and the types only it uses. */
  readonly sdl: string;
  readonly typesSdl?: string;
  /** Whether the API schema has what the route loads through (otherwise the field is not offered). */
  supported(apiSchema: GraphQLSchema): boolean;
  /** The events it reads (only their `type` matters to the engine). */
  readonly events: readonly { type: string }[];
  /** At subscribe: may the subscriber (throw a GraphQLError if not), and how the subscription is filed and loaded. */
  open(request: OpenRequest<Args>): Promise<Filing> | Filing;
  /** One event: what it means for this route's subscriptions. */
  route(event: EngineEvent): RouteAction[];
}
