import { GATEWAY_SECRET_HEADER, UserError } from '@kizuna/subgraph';

const SEGMENT_MEMBERS = `query BulkSegmentMembers($id: ID!, $after: String) {
  segment(id: $id) { name members(first: 1000, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }
}`;

interface SegmentPage {
  name: string;
  members: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

/** Where the directory answers, and the secret it asks of callers (it answers the gateway's callers only). */
export interface DirectoryEndpoint {
  url: string;
  gatewaySecret?: string;
}

export type SegmentMembers = { ok: true; name: string; memberIds: string[] } | { ok: false; error: UserError };

/**
 * A segment's members as of now, asked of the directory (which owns segments and their filters)
 * with the admin's own token, so the directory applies its own access rules. More than `max`
 * members stops early with LIMIT_EXCEEDED.
 */
export async function segmentMembers(directory: DirectoryEndpoint, authorization: string | undefined, segmentId: string, max: number): Promise<SegmentMembers> {
  const memberIds: string[] = [];
  let after: string | null = null;
  let name: string;
  for (;;) {
    const response = await fetch(directory.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
        ...(directory.gatewaySecret ? { [GATEWAY_SECRET_HEADER]: directory.gatewaySecret } : {}),
      },
      body: JSON.stringify({ query: SEGMENT_MEMBERS, variables: { id: segmentId, after } }),
    });
    const result = (await response.json().catch(() => ({}))) as {
      data?: { segment: SegmentPage | null };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const code = result.errors?.[0]?.extensions?.code;
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
      return { ok: false, error: UserError.of('FORBIDDEN', 'You may not read this segment.', 'segmentId') };
    if (code === 'BAD_USER_INPUT' || (result.data && result.data.segment === null)) {
      return { ok: false, error: UserError.of('NOT_FOUND', 'There is no such segment in this network.', 'segmentId') };
    }
    if (!response.ok || !result.data?.segment)
      throw new Error(`directory answered ${response.status}: ${JSON.stringify(result.errors ?? result).slice(0, 500)}`);
    const page = result.data.segment;
    name = page.name;
    if (page.members.totalCount > max) {
      return {
        ok: false,
        error: UserError.of('LIMIT_EXCEEDED', `A bulk message may go to at most ${max} people; this segment has ${page.members.totalCount}.`, 'segmentId'),
      };
    }
    memberIds.push(...page.members.edges.map((edge) => edge.node.id));
    if (!page.members.pageInfo.hasNextPage || !page.members.pageInfo.endCursor) return { ok: true, name, memberIds };
    after = page.members.pageInfo.endCursor;
  }
}
