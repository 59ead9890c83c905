import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import { CurrentViewer, type RequestContext } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import { UpdateMyProfileInput, UpdateMyProfilePayload } from './profile.inputs';
import type { ProfileService } from './profile.service';
import { ProfileType } from './profile.type';

@Resolver(() => ProfileType)
export class ProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => ProfileType, { nullable: true, description: "The signed-in member's own profile in the current network." })
  myProfile(@CurrentViewer() viewer: Viewer): Promise<ProfileType | null> {
    return this.profiles.myProfile(viewer);
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => ProfileType, {
    nullable: true,
    description: "A member's profile in the current network as the viewer may see it; null when they may not. Pending applicants may ask only for their own.",
  })
  async profile(@Arg('memberId', () => ID) memberId: string, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<ProfileType | null> {
    this.profiles.assertMayLookUp(viewer, memberId);
    const loader = requestLoader(context, 'profiles', (ids: string[]) => this.profiles.visibleProfiles(viewer, ids));
    return (await loader.get(memberId)) ?? null;
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => UpdateMyProfilePayload, { description: "Edits the signed-in member's own profile (pending applicants too)." })
  async updateMyProfile(@Arg('input') input: UpdateMyProfileInput, @CurrentViewer() viewer: Viewer): Promise<UpdateMyProfilePayload> {
    const result = await this.profiles.updateMine(viewer, input);
    if (!result.ok) return { profile: null, errors: result.errors };
    return { profile: result.value, errors: [] };
  }
}

@Resolver(() => MemberType)
export class MemberProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @FieldResolver(() => ProfileType, {
    nullable: true,
    description: 'Null when the viewer may not see it. Pending applicants see only their own.',
  })
  async profile(@Root() member: MemberType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<ProfileType | null> {
    this.profiles.assertMayLookUp(viewer, member.id);
    const loader = requestLoader(context, 'profiles', (ids: string[]) => this.profiles.visibleProfiles(viewer, ids));
    return (await loader.get(member.id)) ?? null;
  }
}
