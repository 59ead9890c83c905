import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { FeedCommentAdded, FeedCommentDeleted, FeedItemAdded, FeedReactionChanged, type EventData } from '@kizuna/events';
import type { Ask, GatewayResult, Route } from '../engine/route';
import { buildSelectionFetch, eventFieldKeys, selectedFields } from '../selection';
import { hasIdQuery } from './schema-support';

/** Every open feed of a network: content says, per item, who of them may see it. */
const feedKey = (networkId: string) => `feed:${networkId}`;
const feedItemKey = (feedItemId: string) => `feed-item:${feedItemId}`;

/** At most this many items' counts in one subscription (a few pages of the feed). */
export const MAX_COUNTED_ITEMS = 100;

const FEED_ITEMS_QUERY = 'query GatewaySubscriptionFeedItems($ids: [ID!]!) { feedItems(ids: $ids) { id } }';
const FEED_ACCESS_QUERY = 'query GatewaySubscriptionFeedAccess { feed(first: 1) { pageInfo { hasNextPage } } }';

const feedReadable = (apiSchema: GraphQLSchema) =>
  isObjectType(apiSchema.getType('FeedItem')) && hasIdQuery(apiSchema, 'feedItem') && !!apiSchema.getQueryType()?.getFields().feed;

/** Refuses with content's own error (pending applicants: FORBIDDEN) when its answer has one. */
function refuseOnError(result: GatewayResult, fallback: string): void {
  const error = result.errors?.[0];
  if (!error) return;
  const code = (error.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
  throw new GraphQLError(code === 'INTERNAL_SERVER_ERROR' ? fallback : error.message, { extensions: { code } });
}

async function asked(ask: Ask, query: string, variables: Record<string, unknown>, purpose: string, fallback: string): Promise<GatewayResult> {
  let result: GatewayResult;
  try {
    result = await ask(query, variables, purpose);
  } catch (error) {
    throw new GraphQLError(fallback, { extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: error as Error });
  }
  refuseOnError(result, fallback);
  return result;
}

/**
 * `feedItemAdded`: items entering the network's feed, loaded with `feedItem(id)` as each viewer
 * class, so content decides who sees what (staff items reach staff; a segment's item is asked per
 * viewer, since segments are not part of a viewer class). Its actor fetches apart (their own
 * fields). Opening it asks content whether the viewer may read the feed at all.
 */
export const feedItemAddedRoute: Route<Record<string, never>> = {
  field: 'feedItemAdded',
  sdl: /* GraphQL */ `
  """
  Items entering the viewer's feed as they are published (posts, articles, new members and every
  other kind), with the fields selected here as the viewer sees them. Items the viewer may not see
  never arrive. FORBIDDEN for pending applicants.
  """
  feedItemAdded: FeedItem!
`,
  supported: feedReadable,
  events: [FeedItemAdded],
  async open({ subscriber, info, ask }) {
    await asked(ask, FEED_ACCESS_QUERY, {}, 'access', 'Access to the feed could not be checked.');
    return { keys: [feedKey(subscriber.viewer.networkId)], fetch: buildSelectionFetch(info, 'feedItem') };
  },
  route(event) {
    const data = event.data as EventData<typeof FeedItemAdded>;
    const actor = data.actorMembershipId;
    return [
      {
        kind: 'deliver',
        to: { keys: [feedKey(data.networkId)] },
        values: {},
        load: {
          id: data.feedItemId,
          rootField: 'feedItem',
          share: data.audience === 'SEGMENT' ? 'viewer' : 'class',
          alone: () => new Set(actor ? [actor] : []),
          what: 'The new feed item',
        },
      },
    ];
  },
};

/**
 * `feedItemCounts(feedItemIds)`: likes and comments of the items a client shows, straight from
 * the events (which carry both counts), to whoever content let open the items at subscribe.
 */
export const feedItemCountsRoute: Route<{ feedItemIds: string[] }> = {
  field: 'feedItemCounts',
  sdl: /* GraphQL */ `
  """
  The like and comment counts of the given feed items (at most 100, e.g. the items on screen) each
  time one changes. Items the viewer may not open are left out. FORBIDDEN for pending applicants.
  """
  feedItemCounts(feedItemIds: [ID!]!): FeedItemCounts!
`,
  typesSdl: /* GraphQL */ `
    """
    A feed item's counts after a change.
    """
    type FeedItemCounts {
      """
      The feed item.
      """
      feedItemId: ID!
      """
      Its likes.
      """
      reactionCount: Int!
      """
      Its comments, replies included.
      """
      commentCount: Int!
    }
  `,
  supported: (apiSchema) => feedReadable(apiSchema) && !!apiSchema.getQueryType()?.getFields().feedItems,
  events: [FeedReactionChanged, FeedCommentAdded, FeedCommentDeleted],
  async open({ args, info, ask }) {
    const ids = [...new Set(args.feedItemIds)];
    if (ids.length === 0 || ids.length > MAX_COUNTED_ITEMS) {
      throw new GraphQLError(`Give 1 to ${MAX_COUNTED_ITEMS} feed item ids.`, { extensions: { code: 'BAD_USER_INPUT', field: 'feedItemIds' } });
    }
    const result = await asked(ask, FEED_ITEMS_QUERY, { ids }, 'access', 'Access to the feed items could not be checked.');
    const found = (result.data?.feedItems ?? []) as ({ id: string } | null)[];
    const readable = found.filter((item): item is { id: string } => item !== null).map((item) => item.id);
    return { keys: readable.map(feedItemKey), eventFields: eventFieldKeys(selectedFields(info)) };
  },
  route(event) {
    const data = event.data as EventData<typeof FeedReactionChanged | typeof FeedCommentAdded | typeof FeedCommentDeleted>;
    const values = { __typename: 'FeedItemCounts', feedItemId: data.feedItemId, reactionCount: data.reactionCount, commentCount: data.commentCount };
    // Only the newest counts matter: a busy item's counts go out at most once per update interval.
    return [{ kind: 'deliver', to: { keys: [feedItemKey(data.feedItemId)] }, values, latestKey: data.feedItemId }];
  },
};
