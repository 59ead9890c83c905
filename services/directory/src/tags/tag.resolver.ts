import { Arg, Authorized, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Permission, type Viewer } from '@kizuna/auth';
import { pageSize } from '@kizuna/data';
import type { Result } from '@kizuna/subgraph';
import type { TagService, TagWithCount } from './tag.service';
import {
  BulkTagMembersInput,
  CreateTagInput,
  DeleteTagPayload,
  MergeTagsInput,
  TagConnection,
  TagIdInput,
  TagPayload,
  TagType,
  UpdateTagInput,
  presentTag,
} from './tag.types';

function payload(result: Result<{ tag: TagWithCount; count: number }>): TagPayload {
  if (!result.ok) return { tag: null, affectedCount: 0, errors: result.errors };
  return { tag: presentTag(result.value.tag.tag, result.value.tag.memberCount), affectedCount: result.value.count, errors: [] };
}

const MAX_TAGS_PAGE = 200;

@Resolver(() => TagType)
export class TagResolver {
  constructor(private readonly service: TagService) {}

  @Authorized(Permission.MANAGE_MEMBERS)
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => TagConnection, { description: "The network's tags by name, with how many members carry each." })
  async tags(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<TagConnection> {
    const page = await this.service.list(viewer, pageSize(first, 100, MAX_TAGS_PAGE), after);
    const edges = page.tags.map(({ tag, memberCount }, index) => ({ node: presentTag(tag, memberCount), cursor: page.cursors[index] }));
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Query(() => TagType, { nullable: true, description: "A tag of the network; null for an unknown id or another network's tag." })
  async tag(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<TagType | null> {
    const found = await this.service.find(viewer, id);
    return found ? presentTag(found.tag, found.memberCount) : null;
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => TagPayload, { description: 'Creates a tag; with a rule, everyone matching it is tagged now (affectedCount).' })
  async createTag(@Arg('input') input: CreateTagInput, @CurrentViewer() viewer: Viewer): Promise<TagPayload> {
    const result = await this.service.create(viewer, input);
    return payload(result.ok ? { ok: true, value: { tag: result.value.tag, count: result.value.taggedCount } } : result);
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => TagPayload, { description: 'Renames, recolours or changes the rule of a tag (a new rule is applied now).' })
  async updateTag(@Arg('input') input: UpdateTagInput, @CurrentViewer() viewer: Viewer): Promise<TagPayload> {
    const result = await this.service.update(viewer, input.id, input);
    return payload(result.ok ? { ok: true, value: { tag: result.value.tag, count: result.value.taggedCount } } : result);
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => TagPayload, { description: "Tags everyone the tag's rule matches now (NO_RULE when it has none)." })
  async applyTagRule(@Arg('input') input: TagIdInput, @CurrentViewer() viewer: Viewer): Promise<TagPayload> {
    const result = await this.service.applyRuleNow(viewer, input.id);
    return payload(result.ok ? { ok: true, value: { tag: result.value.tag, count: result.value.taggedCount } } : result);
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => TagPayload, { description: 'Moves the members of the source tags to the target and deletes the sources, in one step.' })
  async mergeTags(@Arg('input') input: MergeTagsInput, @CurrentViewer() viewer: Viewer): Promise<TagPayload> {
    const result = await this.service.merge(viewer, input.sourceTagIds, input.targetTagId);
    return payload(result.ok ? { ok: true, value: { tag: result.value.tag, count: result.value.movedCount } } : result);
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => DeleteTagPayload, { description: 'Deletes a tag; its members lose it.' })
  async deleteTag(@Arg('input') input: TagIdInput, @CurrentViewer() viewer: Viewer): Promise<DeleteTagPayload> {
    const result = await this.service.delete(viewer, input.id);
    return result.ok ? { deletedTagId: result.value.deletedTagId, errors: [] } : { deletedTagId: null, errors: result.errors };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => TagPayload, { description: 'Puts a tag on, or takes it off, members given by id or by filter; affectedCount is how many changed.' })
  async bulkTagMembers(@Arg('input') input: BulkTagMembersInput, @CurrentViewer() viewer: Viewer): Promise<TagPayload> {
    const result = await this.service.bulkTag(viewer, input);
    return payload(result.ok ? { ok: true, value: { tag: result.value.tag, count: result.value.affectedCount } } : result);
  }
}
