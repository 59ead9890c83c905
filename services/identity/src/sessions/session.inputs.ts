import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo, UserError, Verbatim } from '@kizuna/subgraph';
import { MemberRole, MembershipStatus, MemberType } from '../memberships/member.type';
import { NetworkType } from '../networks/network.type';

@InputType()
export class SignInInput {
  @Field(() => String, {
    nullable: true,
    description: "The network to sign in to. Omitted: the account's only network, or the choice of its networks (networkChoice) when it has several.",
  })
  networkSlug?: string | null;

  @Field()
  email: string;

  @Verbatim()
  @Field()
  password: string;
}

@InputType()
export class RenewAccessTokenInput {
  @Field(() => String, { nullable: true, description: 'Switch to another network of the same account; omitted renews for the current one.' })
  networkSlug?: string | null;
}

@InputType()
export class SwitchNetworkInput {
  @Field({ description: 'The network to switch to; the account must be a member there.' })
  networkSlug: string;
}

@InputType()
export class SignOutEverywhereInput {
  @Field({ defaultValue: false, description: 'Also end the session making this request (by default it stays signed in).' })
  includeCurrent: boolean;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID)
  sessionId: string;
}

/** What every mutation that starts a session returns: a token for the member, or why not. */
@ObjectType()
export abstract class SessionPayload {
  @Field(() => String, { nullable: true })
  accessToken?: string | null;

  @Field(() => MemberType, { nullable: true })
  member?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType({ description: "One of the account's networks to sign in to, with the membership's status there." })
export class SignInNetworkOption {
  @Field(() => NetworkType)
  network: NetworkType;

  @Field({ description: "The member's name in that network." })
  displayName: string;

  @Field(() => MembershipStatus, { description: 'REJECTED and SUSPENDED memberships cannot be chosen.' })
  status: MembershipStatus;
}

@ObjectType({ description: 'The account proved who it is and has several networks: choose one with chooseSignInNetwork.' })
export class SignInNetworkChoice {
  @Field({ description: 'Single use, valid for 10 minutes.' })
  ticket: string;

  @Field()
  expiresAt: Date;

  @Field(() => [SignInNetworkOption], { description: 'Every network of the account, by name.' })
  networks: SignInNetworkOption[];
}

@InputType()
export class ChooseSignInNetworkInput {
  @Field({ description: 'The ticket of networkChoice (signIn) or of the page a social sign-in landed on.' })
  ticket: string;

  @Field({ description: 'One of the networks offered.' })
  networkSlug: string;
}

@ObjectType()
export class SignInPayload extends SessionPayload {
  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds until signing in is possible again.' })
  retryAfterSeconds?: number | null;

  @Field(() => SignInNetworkChoice, {
    nullable: true,
    description: 'Signed in without a network to an account with several: no token yet, the networks to choose from.',
  })
  networkChoice?: SignInNetworkChoice | null;
}

@ObjectType()
export class RenewAccessTokenPayload extends SessionPayload {}

@ObjectType({ description: 'A new access token from the refresh cookie (which is replaced by a new one), or UNAUTHENTICATED when the session has ended.' })
export class RefreshSessionPayload extends SessionPayload {}

@ObjectType()
export class SwitchNetworkPayload extends SessionPayload {}

@ObjectType()
export class SignOutPayload {
  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class SignOutEverywherePayload {
  @Field(() => Int, { description: 'How many sessions ended.' })
  endedSessions: number;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType('Session', { description: 'A device or browser signed in to the account.' })
export class SessionType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Browser name and major version, e.g. "Chrome 131".' })
  browser: string | null;

  @Field(() => String, { nullable: true, description: 'Operating system, e.g. "macOS" or "iOS".' })
  operatingSystem: string | null;

  @Field({ description: 'desktop, mobile, tablet or unknown.' })
  deviceType: string;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'The address it was last used from.' })
  ipAddress: string | null;

  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field({ description: 'This is the session making the request.' })
  current: boolean;

  @Field(() => NetworkType, { nullable: true, description: 'The network it is signed in to.' })
  network: NetworkType | null;
}

@ObjectType()
export class SessionEdge {
  @Field()
  cursor: string;

  @Field(() => SessionType)
  node: SessionType;
}

@ObjectType()
export class SessionConnection {
  @Field(() => [SessionEdge])
  edges: SessionEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class RevokeSessionPayload {
  @Field(() => SessionType, { nullable: true })
  session?: SessionType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType('NetworkMembership', { description: "One of the signed-in account's networks, with its membership there." })
export class NetworkMembershipType {
  @Field(() => ID, { description: 'The membership id.' })
  id: string;

  @Field(() => NetworkType)
  network: NetworkType;

  @Field()
  displayName: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field({ description: 'The network of the current access token.' })
  current: boolean;
}
