import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '@kizuna/auth';
import type { RequestContext } from '@kizuna/subgraph';
import { toMember } from '../memberships/membership.service';
import { RenewAccessTokenInput, RenewAccessTokenPayload, SignInInput, SignInPayload } from './session.inputs';
import type { SessionService } from './session.service';

@Resolver()
export class SessionResolver {
  constructor(private readonly sessions: SessionService) {}

  @Mutation(() => SignInPayload, { description: 'Signs in to one network with e-mail and password.' })
  async signIn(@Arg('input') input: SignInInput): Promise<SignInPayload> {
    const result = await this.sessions.signIn(input.networkSlug, input.email, input.password);
    if (!result.ok) return { errors: result.errors };
    return { accessToken: result.value.accessToken, member: toMember(result.value.membership, result.value.email), errors: [] };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => RenewAccessTokenPayload, { description: 'A fresh access token (e.g. after approval), or one for another network of the same account.' })
  async renewAccessToken(@Arg('input') input: RenewAccessTokenInput, @Ctx() { viewer }: RequestContext): Promise<RenewAccessTokenPayload> {
    const result = await this.sessions.renew(viewer!, input.networkSlug);
    if (!result.ok) return { errors: result.errors };
    return { accessToken: result.value.accessToken, member: toMember(result.value.membership, result.value.email), errors: [] };
  }
}
