import { hasPermission, Permission, type Viewer } from '@kizuna/auth';
import { UserError } from '@kizuna/subgraph';
import type { FeedViewer } from '../segments/segment-membership';

export type FeedAudience = 'network' | 'staff' | 'segment';

/** One row of `content.feed_items`, as the queries below select it. */
export interface FeedItemRecord {
  id: string;
  networkId: string;
  sourceKey: string;
  kind: string;
  actorMembershipId: string | null;
  title: string;
  excerpt: string;
  linkPath: string | null;
  subjectTypename: string | null;
  subjectId: string | null;
  audience: FeedAudience;
  segmentId: string | null;
  publishedAt: Date;
  pinnedAt: Date | null;
  hiddenAt: Date | null;
  reactionCount: number;
  commentCount: number;
}

export const FEED_COLUMNS = `f.id, f.network_id AS "networkId", f.source_key AS "sourceKey", f.kind, f.actor_membership_id AS "actorMembershipId",
  f.title, f.excerpt, f.link_path AS "linkPath", f.subject_typename AS "subjectTypename", f.subject_id AS "subjectId",
  f.audience, f.segment_id AS "segmentId", f.published_at AS "publishedAt", f.pinned_at AS "pinnedAt", f.hidden_at AS "hiddenAt",
  f.reaction_count AS "reactionCount", f.comment_count AS "commentCount"`;

/** Staff roles read items meant for staff, and every segment's items. */
export function isStaff(viewer: Viewer): boolean {
  return viewer.role === 'owner' || viewer.role === 'admin' || viewer.role === 'staff';
}

export function isContentModerator(viewer: Viewer): boolean {
  return hasPermission(viewer, Permission.MANAGE_CONTENT);
}

/**
 * Which items of its network a viewer may open (`f` is the item): its audience includes them
 * (the network; staff items for staff; segment items for the segment's members, staff and the
 * actor), and moderators' hidden items only to their author and the moderators. Parameters:
 * $1 network, $2 viewer's membership, $3 viewer is staff, $4 viewer moderates, $5 the viewer's segments.
 */
export const READABLE = `f.network_id = $1
  AND (f.hidden_at IS NULL OR f.actor_membership_id = $2 OR $4)
  AND (f.audience = 'network' OR f.actor_membership_id = $2 OR ($3 AND f.audience IN ('staff', 'segment')) OR (f.audience = 'segment' AND f.segment_id = ANY($5::uuid[])))`;

export function readableParams(viewer: FeedViewer): [string, string, boolean, boolean, readonly string[]] {
  return [viewer.networkId, viewer.membershipId, isStaff(viewer), isContentModerator(viewer), viewer.segmentIds];
}

/**
 * What the feed lists: items of the viewer's audience (as READABLE), nothing moderators hid (but
 * the author's own, shown as hidden), nothing the viewer hid. Parameters: $1 network, $2 viewer,
 * $3 viewer is staff, $4 the viewer's segments.
 */
export const LISTED = `f.network_id = $1
  AND (f.hidden_at IS NULL OR f.actor_membership_id = $2)
  AND (f.audience = 'network' OR f.actor_membership_id = $2 OR ($3 AND f.audience IN ('staff', 'segment')) OR (f.audience = 'segment' AND f.segment_id = ANY($4::uuid[])))
  AND NOT EXISTS (SELECT 1 FROM content.feed_item_hides h WHERE h.membership_id = $2 AND h.feed_item_id = f.id)`;

export function listedParams(viewer: FeedViewer): [string, string, boolean, readonly string[]] {
  return [viewer.networkId, viewer.membershipId, isStaff(viewer), viewer.segmentIds];
}

export const itemNotFound = (field = 'feedItemId') => UserError.of('NOT_FOUND', 'No such feed item.', field);
