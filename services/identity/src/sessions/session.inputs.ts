import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo, UserError, Verbatim } from '@kizuna/subgraph';
import { MemberRole, MembershipStatus, MemberType } from '../memberships/member.type';
import { NetworkType } from '../networks/network.type';

@InputType()
export class SignInInput {
  @Field()
  networkSlug: string;

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

@ObjectType()
export class SignInPayload extends SessionPayload {
  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds until signing in is possible again.' })
  retryAfterSeconds?: number | null;
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
