import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import { CurrentViewer, type RequestContext } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import type { PostService } from './post.service';
import { RecruitmentPostKind } from './post.type';

// Approved members of the network only: applicants may not see the network's recruitment yet.
@Resolver()
export class PostResolver {
  constructor(private readonly posts: PostService) {}

  @Authorized()
  @Query(() => Int, { description: "Open recruitment posts in the signed-in member's network, optionally of one kind." })
  openRecruitmentPostCount(
    @CurrentViewer() viewer: Viewer,
    @Arg('kind', () => RecruitmentPostKind, { nullable: true }) kind?: RecruitmentPostKind | null,
  ): Promise<number> {
    return this.posts.openCount(viewer, kind);
  }
}

@Resolver(() => MemberType)
export class MemberPostsResolver {
  constructor(private readonly posts: PostService) {}

  @Authorized()
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Open recruitment posts this member has in the network; null with a FORBIDDEN error for a viewer who may not see them.',
  })
  async openRecruitmentPostCount(@Root() member: MemberType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<number | null> {
    const loader = requestLoader(context, 'openRecruitmentPostCount', (ids: string[]) => this.posts.openCountsByAuthor(viewer, ids));
    return (await loader.get(member.id)) ?? 0;
  }
}
