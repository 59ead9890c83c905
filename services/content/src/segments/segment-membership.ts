import type { Viewer } from '@kizuna/auth';
import { GATEWAY_SECRET_HEADER, type Logger, type RequestContext, requireViewer, type Result } from '@kizuna/subgraph';
import { isStaff } from '../feed/feed-item.record';

/** A viewer of the feed with the directory segments they are in (staff see every segment's items, so theirs stay empty). */
export interface FeedViewer extends Viewer {
  segmentIds: readonly string[];
}

export interface DirectoryEndpoint {
  url: string;
  gatewaySecret?: string;
}

const MY_SEGMENT_IDS = `query ContentViewerSegments { mySegmentIds }`;
/** Entries kept at most; the oldest go first (a busy network's active members fit many times over). */
const MAX_CACHED_VIEWERS = 20_000;

/**
 * Which segments a viewer is in, asked of the directory (which owns segments: saved filters whose
 * members change as profiles do) with the viewer's own token, and kept per membership for a short
 * time: a feed page then costs no call at all, and a member who enters or leaves a segment sees its
 * items follow within the TTL. When the directory does not answer, the viewer sees no segment items
 * (nothing is shown that might not be theirs) and the answer is not kept.
 */
export class SegmentMembership {
  private readonly cache = new Map<string, { segmentIds: string[]; expiresAt: number }>();
  private readonly inFlight = new Map<string, Promise<string[]>>();

  constructor(
    private readonly directory: DirectoryEndpoint,
    private readonly ttlMs: number,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  /** The request's viewer with their segments (the resolvers' @Authorized() has made sure there is one). */
  async viewerOf(context: RequestContext): Promise<FeedViewer> {
    const viewer = requireViewer(context);
    if (isStaff(viewer)) return { ...viewer, segmentIds: [] };
    return { ...viewer, segmentIds: await this.segmentIdsOf(viewer, context.authorization) };
  }

  /**
   * Runs an operation on one item first as if the viewer were in no segment (no call to the
   * directory), and again with their segments only when that found nothing: the answer is the same,
   * since segments only ever add items, and a like on a network item costs no directory call.
   */
  async onOneItem<T>(context: RequestContext, operation: (viewer: FeedViewer) => Promise<Result<T>>): Promise<Result<T>> {
    const viewer = requireViewer(context);
    const first = await operation({ ...viewer, segmentIds: [] });
    if (first.ok || isStaff(viewer) || !first.errors.some((error) => error.code === 'NOT_FOUND')) return first;
    return operation(await this.viewerOf(context));
  }

  private async segmentIdsOf(viewer: Viewer, authorization: string | undefined): Promise<string[]> {
    const key = `${viewer.networkId}:${viewer.membershipId}`;
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.segmentIds;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const asked = this.ask(authorization)
      .then((segmentIds) => {
        this.cache.delete(key);
        this.cache.set(key, { segmentIds, expiresAt: Date.now() + this.ttlMs });
        if (this.cache.size > MAX_CACHED_VIEWERS) this.cache.delete(this.cache.keys().next().value!);
        return segmentIds;
      })
      .catch((error: unknown) => {
        this.log.warn({ err: error }, 'the directory did not say which segments the viewer is in; segment items are left out of this answer');
        return [] as string[];
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, asked);
    return asked;
  }

  private async ask(authorization: string | undefined): Promise<string[]> {
    if (!authorization) return [];
    const response = await fetch(this.directory.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization,
        ...(this.directory.gatewaySecret ? { [GATEWAY_SECRET_HEADER]: this.directory.gatewaySecret } : {}),
      },
      body: JSON.stringify({ query: MY_SEGMENT_IDS }),
      signal: AbortSignal.timeout(5000),
    });
    const result = (await response.json().catch(() => ({}))) as { data?: { mySegmentIds?: unknown }; errors?: unknown[] };
    const ids = result.data?.mySegmentIds;
    if (!response.ok || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      throw new Error(`directory answered ${response.status}: ${JSON.stringify(result.errors ?? result).slice(0, 300)}`);
    }
    return ids;
  }
}
