import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, isAdmin, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import { CurrentViewer, type RequestContext } from '@kizuna/subgraph';
import { MemberType } from '../memberships/member.type';
import type { LinkedLoginEntity } from './social.entities';
import type { SocialLoginService } from './social-login.service';
import {
  CompleteLoginLinkInput,
  CompleteLoginLinkPayload,
  LinkedLogin,
  LoginProvider,
  SocialSignup,
  StartLoginLinkInput,
  StartLoginLinkPayload,
  UnlinkLoginInput,
  UnlinkLoginPayload,
} from './social.types';

function isSelf(viewer: Viewer | undefined, member: MemberType): boolean {
  return viewer !== undefined && viewer.accountId === member.accountId;
}

@Resolver(() => MemberType)
export class SocialLoginResolver {
  constructor(private readonly social: SocialLoginService) {}

  @Query(() => [LoginProvider], { description: 'The outside sign-in providers offered on the sign-in and join pages.' })
  loginProviders(): LoginProvider[] {
    return this.social.list();
  }

  @Query(() => SocialSignup, {
    nullable: true,
    description: 'The prefill of a social sign-up (the `signup` ticket of /join/<network>); null once used or expired.',
  })
  socialSignup(@Arg('ticket') ticket: string): Promise<SocialSignup | null> {
    return this.social.signupDetails(ticket);
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => StartLoginLinkPayload, { description: 'Starts linking a login at an outside provider to your account.' })
  async startLoginLink(@Arg('input') input: StartLoginLinkInput, @CurrentViewer() viewer: Viewer): Promise<StartLoginLinkPayload> {
    const result = await this.social.startLink(viewer, input.provider);
    return result.ok ? { authorizationUrl: result.value.toString(), errors: [] } : { errors: result.errors };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => CompleteLoginLinkPayload, { description: 'Finishes a link started with startLoginLink, once the provider sent you back.' })
  async completeLoginLink(@Arg('input') input: CompleteLoginLinkInput, @CurrentViewer() viewer: Viewer): Promise<CompleteLoginLinkPayload> {
    const result = await this.social.completeLink(viewer, input.ticket);
    if (!result.ok) return { errors: result.errors };
    return { linkedLogins: await this.linkedLoginsOf(viewer.accountId), errors: [] };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => UnlinkLoginPayload, { description: 'Removes a linked login; refused when it is your only way to sign in.' })
  async unlinkLogin(@Arg('input') input: UnlinkLoginInput, @CurrentViewer() viewer: Viewer): Promise<UnlinkLoginPayload> {
    const result = await this.social.unlink(viewer, input.provider);
    if (!result.ok) return { errors: result.errors };
    return { linkedLogins: result.value.map((login) => this.toLinkedLogin(login)), errors: [] };
  }

  @FieldResolver(() => [LinkedLogin], {
    nullable: true,
    description: 'Logins at outside providers that sign in to this account. Only the member themself sees them.',
  })
  async linkedLogins(@Root() member: MemberType, @Ctx() { viewer }: RequestContext): Promise<LinkedLogin[] | null> {
    if (!isSelf(viewer, member)) return null;
    return this.linkedLoginsOf(member.accountId);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the member signs in with a password. Only the member themself sees it.' })
  async hasPassword(@Root() member: MemberType, @Ctx() { viewer }: RequestContext): Promise<boolean | null> {
    if (!isSelf(viewer, member)) return null;
    return this.social.hasPassword(member.accountId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether a LINE login is linked (LINE delivery and "LINE linked" audiences). Visible to the member and to the network\'s admins.',
  })
  async lineLinked(@Root() member: MemberType, @Ctx() context: RequestContext): Promise<boolean | null> {
    const viewer = context.viewer;
    const admin = viewer !== undefined && viewer.networkId === member.networkId && viewer.status === 'approved' && isAdmin(viewer);
    if (!isSelf(viewer, member) && !admin) return null;
    const loader = requestLoader<string, boolean>(context, 'lineLinked', async (accountIds) => {
      const linked = await this.social.withLineLinked(accountIds);
      return new Map(accountIds.map((id) => [id, linked.has(id)]));
    });
    return (await loader.get(member.accountId)) ?? false;
  }

  private async linkedLoginsOf(accountId: string): Promise<LinkedLogin[]> {
    return (await this.social.linkedLogins(accountId)).map((login) => this.toLinkedLogin(login));
  }

  private toLinkedLogin(login: LinkedLoginEntity): LinkedLogin {
    return {
      provider: login.provider,
      providerName: this.social.providerName(login.provider),
      email: login.email,
      displayName: login.displayName,
      linkedAt: login.linkedAt,
      lastUsedAt: login.lastUsedAt,
    };
  }
}
