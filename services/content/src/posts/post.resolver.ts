import { Arg, Authorized, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import { assumedListSize, CurrentViewer, type RequestContext, type Result } from '@kizuna/subgraph';
import type { PostImageService } from '../images/post-image.service';
import { PostImageType, presentPostImage } from '../images/post-image.types';
import { MemberType } from '../members/member.type';
import type { PostRecord, PostService } from './post.service';
import { CreatePostInput, DeletePostInput, DeletePostPayload, EditPostInput, PostEditType, PostPayload, PostType, presentPost } from './post.types';
import type { SegmentMembership } from '../segments/segment-membership';

function postPayload(result: Result<PostRecord>): PostPayload {
  return result.ok ? { post: presentPost(result.value), errors: [] } : { post: null, errors: result.errors };
}

const member = (id: string) => Object.assign(new MemberType(), { id });

@Resolver(() => PostType)
export class PostResolver {
  constructor(
    private readonly posts: PostService,
    private readonly segments: SegmentMembership,
    private readonly postImages: PostImageService,
  ) {}

  @Authorized()
  @Mutation(() => PostPayload, { description: "Posts in the network's feed. Mentions must name members of the network." })
  async createPost(@Arg('input') input: CreatePostInput, @CurrentViewer() viewer: Viewer): Promise<PostPayload> {
    return postPayload(await this.posts.create(viewer, input.body, input.images ?? []));
  }

  @Authorized()
  @Mutation(() => PostPayload, { description: "Changes the text of the viewer's own post; the earlier text stays in its edit history." })
  async editPost(@Arg('input') input: EditPostInput, @Ctx() context: RequestContext): Promise<PostPayload> {
    return postPayload(await this.posts.edit(await this.segments.viewerOf(context), input.postId, input.body, input.images));
  }

  @Authorized()
  @Mutation(() => DeletePostPayload, { description: 'Deletes a post (its author, or staff with MANAGE_CONTENT), with its likes and comments.' })
  async deletePost(@Arg('input') input: DeletePostInput, @Ctx() context: RequestContext): Promise<DeletePostPayload> {
    const result = await this.posts.delete(await this.segments.viewerOf(context), input.postId);
    return result.ok ? { deletedPostId: result.value, errors: [] } : { deletedPostId: null, errors: result.errors };
  }

  @FieldResolver(() => MemberType, { description: 'Who wrote it.' })
  author(@Root() post: PostType): MemberType {
    return member(post.record.authorMembershipId);
  }

  @Directive(assumedListSize(3))
  @FieldResolver(() => [MemberType], { description: 'Members mentioned with `<@memberId>`.' })
  mentions(@Root() post: PostType): MemberType[] {
    return post.record.mentions.map(member);
  }

  @Directive(assumedListSize(4))
  @FieldResolver(() => [PostImageType], { description: 'Its images (up to 4), in order.' })
  async images(@Root() post: PostType, @Ctx() context: RequestContext): Promise<PostImageType[]> {
    return ((await requestLoader(context, 'post-images', (ids: string[]) => this.postImages.ofPosts(ids)).get(post.id)) ?? []).map(presentPostImage);
  }

  @Directive(assumedListSize(2))
  @FieldResolver(() => [PostEditType], { description: 'Earlier texts, oldest first (empty unless edited).' })
  async edits(@Root() post: PostType, @Ctx() context: RequestContext): Promise<PostEditType[]> {
    return (await requestLoader(context, 'post-edits', (ids: string[]) => this.posts.editsOf(ids)).get(post.id)) ?? [];
  }
}
