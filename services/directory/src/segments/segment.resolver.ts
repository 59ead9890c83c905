import { Arg, Authorized, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Permission, type Viewer } from '@kizuna/auth';
import { pageSize } from '@kizuna/data';
import type { AdminMemberService } from '../members/admin-member.service';
import { DirectoryFilter, DirectorySort } from '../search/directory-filter';
import { badUserInput } from '../search/directory.resolver';
import type { SegmentEntity } from './segment.entity';
import type { SegmentService } from './segment.service';
import {
  CreateSegmentInput,
  DeleteSegmentInput,
  DeleteSegmentPayload,
  SegmentConnection,
  SegmentMemberConnection,
  SegmentPayload,
  SegmentPreview,
  SegmentType,
  UpdateSegmentInput,
} from './segment.types';

/** Who may read segments: those who manage members, and those who target them with messages or content. */
const SEGMENT_READERS = [Permission.MANAGE_MEMBERS, Permission.SEND_BULK_MESSAGES, Permission.MANAGE_CONTENT];
const MAX_PAGE = 200;
const MAX_PREVIEW = 50;

const present = (segment: SegmentEntity): SegmentType => ({ ...segment });

@Resolver(() => SegmentType)
export class SegmentResolver {
  constructor(
    private readonly segments: SegmentService,
    private readonly adminMembers: AdminMemberService,
  ) {}

  @Authorized(...SEGMENT_READERS)
  @Directive(connectionListSize())
  @Query(() => SegmentConnection, { name: 'segments', description: "The network's segments by name." })
  async listSegments(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<SegmentConnection> {
    const page = await this.segments.list(viewer, pageSize(first, 50, MAX_PAGE), after);
    const edges = page.segments.map((segment, index) => ({ node: present(segment), cursor: page.cursors[index] }));
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(...SEGMENT_READERS)
  @Query(() => SegmentType, { nullable: true, description: "A segment of the network; null for an unknown id or another network's." })
  async segment(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<SegmentType | null> {
    const segment = await this.segments.find(viewer, id);
    return segment ? present(segment) : null;
  }

  @Authorized()
  @Directive(cost(10))
  @Query(() => [ID], {
    description: "The ids of the network's segments the viewer is in now (content shows segment-targeted items by them); approved members only.",
  })
  mySegmentIds(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.segments.segmentIdsOf(viewer);
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Directive(cost(30))
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["members"], requireOneSlicingArgument: false)')
  @Query(() => SegmentPreview, {
    description: 'How many people a filter matches now and the first of them, before saving it. Bad input is a BAD_USER_INPUT error naming the field.',
  })
  async segmentPreview(
    @CurrentViewer() viewer: Viewer,
    @Arg('filter', () => DirectoryFilter) filter: DirectoryFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
  ): Promise<SegmentPreview> {
    const result = await this.adminMembers.list(viewer, { filter, sort: DirectorySort.NAME, first: pageSize(first, 10, MAX_PREVIEW) });
    if (!result.ok) throw badUserInput(result.errors);
    // A text that matched nobody brings "did you mean" names: the segment itself would match nobody.
    if (result.value.fuzzy) return { count: 0, members: [] };
    return { count: result.value.totalCount, members: result.value.nodes };
  }

  @Directive(cost(10))
  @FieldResolver(() => Int, { description: 'How many people match the segment now.' })
  memberCount(@Root() segment: SegmentType): Promise<number> {
    return this.segments.memberCount(segment as SegmentEntity);
  }

  @Directive(cost(10))
  @Directive(connectionListSize())
  @FieldResolver(() => SegmentMemberConnection, {
    description: 'The people matching the segment now, by membership id. A bad cursor is a BAD_USER_INPUT error.',
  })
  async members(
    @Root() segment: SegmentType,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<SegmentMemberConnection> {
    const page = await this.segments.members(segment as SegmentEntity, pageSize(first, 100, 1000), after);
    if (!page.ok) throw badUserInput(page.errors);
    const edges = page.value.ids.map((id, index) => ({ node: { id }, cursor: page.value.cursors[index] }));
    return { edges, totalCount: page.value.totalCount, pageInfo: { hasNextPage: page.value.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => SegmentPayload, { description: 'Saves a filter as a segment.' })
  async createSegment(@Arg('input') input: CreateSegmentInput, @CurrentViewer() viewer: Viewer): Promise<SegmentPayload> {
    const result = await this.segments.create(viewer, input);
    return result.ok ? { segment: present(result.value), errors: [] } : { segment: null, errors: result.errors };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => SegmentPayload)
  async updateSegment(@Arg('input') input: UpdateSegmentInput, @CurrentViewer() viewer: Viewer): Promise<SegmentPayload> {
    const result = await this.segments.update(viewer, input.id, input);
    return result.ok ? { segment: present(result.value), errors: [] } : { segment: null, errors: result.errors };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => DeleteSegmentPayload)
  async deleteSegment(@Arg('input') input: DeleteSegmentInput, @CurrentViewer() viewer: Viewer): Promise<DeleteSegmentPayload> {
    const result = await this.segments.delete(viewer, input.id);
    return result.ok ? { deletedSegmentId: result.value, errors: [] } : { deletedSegmentId: null, errors: result.errors };
  }
}
