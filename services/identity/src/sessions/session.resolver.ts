import { Arg, Authorized, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import { connectionListSize, CurrentViewer } from '@kizuna/subgraph';
import { Access, type Viewer } from '@kizuna/auth';
import { pageSize } from '@kizuna/data';
import type { Result, UserError } from '@kizuna/subgraph';
import type { MembershipStatus, MemberType } from '../memberships/member.type';
import { toMember } from '../memberships/membership.service';
import { describeDevice } from './device';
import { clientOf, currentExchange } from './http-exchange';
import { clearRefreshCookie, DEVICE_COOKIE, readCookie, readRefreshCookie, setDeviceCookie, setRefreshCookie } from './refresh-cookie';
import {
  ChooseSignInNetworkInput,
  NetworkMembershipType,
  RefreshSessionPayload,
  RenewAccessTokenInput,
  RenewAccessTokenPayload,
  RevokeSessionInput,
  RevokeSessionPayload,
  SessionConnection,
  SessionType,
  SignInInput,
  SignInNetworkChoice,
  SignInPayload,
  SignOutEverywhereInput,
  SignOutEverywherePayload,
  SignOutPayload,
  SwitchNetworkInput,
  SwitchNetworkPayload,
} from './session.inputs';
import { sessionCursor, type ActiveSession, type NetworkChoice, type Session, type SessionService } from './session.service';

function toSessionType({ session, network, current }: ActiveSession): SessionType {
  return {
    id: session.id,
    ...describeDevice(session.userAgent),
    userAgent: session.userAgent,
    ipAddress: session.ip,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    current,
    network,
  };
}

/** Sets the refresh cookie when the result carries a new refresh token, and turns the result into a session payload. */
function sessionPayload(result: Result<Session>): { accessToken?: string | null; member?: MemberType | null; errors: UserError[] } {
  if (!result.ok) return { errors: result.errors };
  const { accessToken, membership, email, refresh } = result.value;
  const res = currentExchange()?.res;
  if (refresh && res) setRefreshCookie(res, refresh.refreshToken, refresh.refreshExpiresAt);
  return { accessToken, member: toMember(membership, email), errors: [] };
}

export function toNetworkChoice({ ticket, expiresAt, networks }: NetworkChoice): SignInNetworkChoice {
  return {
    ticket,
    expiresAt,
    networks: networks.map(({ membership, network }) => ({ network, displayName: membership.displayName, status: membership.status as MembershipStatus })),
  };
}

@Resolver()
export class SessionResolver {
  constructor(private readonly sessionService: SessionService) {}

  @Mutation(() => SignInPayload, {
    description:
      "Signs in with e-mail and password, to the network given or, without one, to the account's only network; an account with several answers networkChoice instead of a token. The browser gets the refresh cookie. Wrong credentials answer INVALID_CREDENTIALS whether or not the address is registered. Failed attempts slow down further ones per account and client address (TOO_MANY_ATTEMPTS with retryAfterSeconds); a device that signed in to the account before is not slowed down by the failures of others.",
  })
  async signIn(@Arg('input') input: SignInInput): Promise<SignInPayload> {
    const exchange = currentExchange();
    const result = await this.sessionService.signIn(
      input.networkSlug,
      input.email,
      input.password,
      clientOf(exchange?.req),
      exchange && readCookie(exchange.req, DEVICE_COOKIE),
    );
    if (!result.ok) return { errors: result.errors, retryAfterSeconds: result.retryAfterSeconds ?? null };
    // The refresh cookie (set with the session's payload) comes first, then the device cookie.
    const payload =
      'choice' in result.value ? { networkChoice: toNetworkChoice(result.value.choice), errors: [] } : sessionPayload({ ok: true, value: result.value });
    if (result.value.deviceId && exchange) setDeviceCookie(exchange.res, result.value.deviceId);
    return payload;
  }

  @Query(() => SignInNetworkChoice, {
    nullable: true,
    description: 'The networks a sign-in waiting for its network may choose from (after a social sign-in); null once used or expired.',
  })
  async signInNetworkChoice(@Arg('ticket') ticket: string): Promise<SignInNetworkChoice | null> {
    const choice = await this.sessionService.networkChoice(ticket);
    return choice && toNetworkChoice(choice);
  }

  @Mutation(() => SignInPayload, { description: 'Finishes a sign-in that waited for its network: a session in the chosen network, and the refresh cookie.' })
  async chooseSignInNetwork(@Arg('input') input: ChooseSignInNetworkInput): Promise<SignInPayload> {
    const exchange = currentExchange();
    return sessionPayload(await this.sessionService.chooseNetwork(input.ticket, input.networkSlug, clientOf(exchange?.req)));
  }

  @Mutation(() => RefreshSessionPayload, {
    description:
      'Exchanges the refresh cookie for a new one and a fresh access token; no access token needed. A refresh token presented twice ends its whole session.',
  })
  async refreshSession(): Promise<RefreshSessionPayload> {
    const exchange = currentExchange();
    const result = await this.sessionService.refresh(exchange && readRefreshCookie(exchange.req), clientOf(exchange?.req));
    if (!result.ok && exchange && readRefreshCookie(exchange.req)) clearRefreshCookie(exchange.res);
    return sessionPayload(result);
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the session of this browser (its refresh cookie) and removes the cookie.' })
  async signOut(): Promise<SignOutPayload> {
    const exchange = currentExchange();
    await this.sessionService.signOut(exchange && readRefreshCookie(exchange.req));
    if (exchange) clearRefreshCookie(exchange.res);
    return { errors: [] };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => SignOutEverywherePayload, {
    description:
      'Ends every session of the account on every device, except the one making the request unless includeCurrent. Access tokens already issued stay valid until they expire (at most 15 minutes).',
  })
  async signOutEverywhere(
    @CurrentViewer() viewer: Viewer,
    @Arg('input', () => SignOutEverywhereInput, { nullable: true }) input?: SignOutEverywhereInput | null,
  ): Promise<SignOutEverywherePayload> {
    const exchange = currentExchange();
    const currentSessionId = await this.sessionService.sessionIdOf(exchange && readRefreshCookie(exchange.req));
    const includeCurrent = input?.includeCurrent ?? false;
    const endedSessions = await this.sessionService.signOutEverywhere(viewer.accountId, currentSessionId, includeCurrent);
    if (includeCurrent && exchange) clearRefreshCookie(exchange.res);
    return { endedSessions, errors: [] };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Directive(connectionListSize())
  @Query(() => SessionConnection, { description: "The account's signed-in devices, newest sign-in first." })
  async sessions(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<SessionConnection> {
    const exchange = currentExchange();
    const currentSessionId = await this.sessionService.sessionIdOf(exchange && readRefreshCookie(exchange.req));
    const page = await this.sessionService.activeSessions(viewer.accountId, currentSessionId, pageSize(first, 50, 100), after);
    const edges = page.sessions.map((active) => ({ cursor: sessionCursor(active.session), node: toSessionType(active) }));
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => RevokeSessionPayload, { description: 'Signs one of your devices out. Revoking the current session also removes its cookie.' })
  async revokeSession(@Arg('input') input: RevokeSessionInput, @CurrentViewer() viewer: Viewer): Promise<RevokeSessionPayload> {
    const exchange = currentExchange();
    const currentSessionId = await this.sessionService.sessionIdOf(exchange && readRefreshCookie(exchange.req));
    const result = await this.sessionService.revokeSession(viewer.accountId, input.sessionId);
    if (!result.ok) return { errors: result.errors };
    const current = result.value.id === currentSessionId;
    if (current && exchange) clearRefreshCookie(exchange.res);
    return { session: toSessionType({ session: result.value, network: null, current }), errors: [] };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => [NetworkMembershipType], { description: 'Every network the signed-in account belongs to (an account has a handful), by name.' })
  async myNetworks(@CurrentViewer() viewer: Viewer): Promise<NetworkMembershipType[]> {
    const networks = await this.sessionService.accountNetworks(viewer.accountId);
    return networks.map(({ membership, network }) => ({
      id: membership.id,
      network,
      displayName: membership.displayName,
      role: membership.role as NetworkMembershipType['role'],
      status: membership.status as NetworkMembershipType['status'],
      current: membership.id === viewer.membershipId,
    }));
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => SwitchNetworkPayload, { description: "An access token for another of the account's networks; this browser's session moves to it." })
  async switchNetwork(@Arg('input') input: SwitchNetworkInput, @CurrentViewer() viewer: Viewer): Promise<SwitchNetworkPayload> {
    const exchange = currentExchange();
    return sessionPayload(
      await this.sessionService.switchNetwork(viewer, input.networkSlug, exchange && readRefreshCookie(exchange.req), clientOf(exchange?.req)),
    );
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => RenewAccessTokenPayload, { description: 'A fresh access token (e.g. after approval), or one for another network of the same account.' })
  async renewAccessToken(@Arg('input') input: RenewAccessTokenInput, @CurrentViewer() viewer: Viewer): Promise<RenewAccessTokenPayload> {
    return sessionPayload(await this.sessionService.renew(viewer, input.networkSlug));
  }
}
