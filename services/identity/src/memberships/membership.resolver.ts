import { Arg, Authorized, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionListSize, CurrentViewer } from '@kizuna/subgraph';
import { Access, Permission, type Viewer } from '@kizuna/auth';
import type { UserError } from '@kizuna/subgraph';
import { NetworkType } from '../networks/network.type';
import type { NetworkService } from '../networks/network.service';
import { startBrowserSession } from '../sessions/browser-session';
import type { RegistrationService } from '../registration/registration.service';
import type { SessionService } from '../sessions/session.service';
import {
  ApproveMembershipInput,
  ApproveMembershipPayload,
  DecideMembershipsInput,
  DecideMembershipsPayload,
  RegisterInput,
  RegisterPayload,
  ReinstateMembershipInput,
  ReinstateMembershipPayload,
  RejectMembershipInput,
  RejectMembershipPayload,
  SuspendMembershipInput,
  SuspendMembershipPayload,
} from './membership.inputs';
import { MemberConnection, MemberType } from './member.type';
import type { MembershipEntity } from './membership.entity';
import { toMember, type MembershipService, type Result } from './membership.service';

@Resolver(() => MemberType)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly registration: RegistrationService,
    private readonly sessions: SessionService,
    private readonly networks: NetworkService,
  ) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => MemberType, { nullable: true, description: 'The signed-in member in the current network.' })
  async me(@CurrentViewer() viewer: Viewer): Promise<MemberType | null> {
    return (await this.memberships.membersById(viewer, [viewer.membershipId])).get(viewer.membershipId) ?? null;
  }

  @Authorized(Permission.APPROVE_MEMBERS)
  @Directive(connectionListSize())
  @Query(() => MemberConnection, { description: 'Applicants waiting for approval, oldest first.' })
  pendingMembers(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<MemberConnection> {
    return this.memberships.pending(viewer, first, after);
  }

  @Mutation(() => RegisterPayload, {
    description:
      "Registers in a network; the membership is pending until an admin approves it. With a password the answer is always CHECK_YOUR_INBOX on `email`, whether or not the address has an account: the link in the mail (verifyEmail) starts the session. A sign-in provider's ticket gets the session at once.",
  })
  async register(@Arg('input') input: RegisterInput): Promise<RegisterPayload> {
    const result = await this.registration.register(input);
    if (!result.ok) return { errors: result.errors };
    const session = await startBrowserSession(this.sessions, result.value);
    return { accessToken: session.accessToken, member: toMember(result.value, input.email.trim().toLowerCase()), errors: [] };
  }

  @Authorized(Permission.APPROVE_MEMBERS)
  @Mutation(() => ApproveMembershipPayload)
  async approveMembership(@Arg('input') input: ApproveMembershipInput, @CurrentViewer() viewer: Viewer): Promise<ApproveMembershipPayload> {
    return this.memberPayload(viewer, await this.memberships.approve(viewer, input.memberId, input.message));
  }

  @Authorized(Permission.APPROVE_MEMBERS)
  @Mutation(() => RejectMembershipPayload, { description: 'Rejects a pending applicant, optionally with a message to them.' })
  async rejectMembership(@Arg('input') input: RejectMembershipInput, @CurrentViewer() viewer: Viewer): Promise<RejectMembershipPayload> {
    return this.memberPayload(viewer, await this.memberships.reject(viewer, input.memberId, input.message));
  }

  @Authorized(Permission.APPROVE_MEMBERS)
  @Mutation(() => DecideMembershipsPayload, { description: 'Approves or rejects up to 500 applicants at once: all of them, or none when any id is at fault.' })
  async decideMemberships(@Arg('input') input: DecideMembershipsInput, @CurrentViewer() viewer: Viewer): Promise<DecideMembershipsPayload> {
    const result = await this.memberships.decideMany(viewer, input.decision, input.memberIds, input.message);
    if (!result.ok) return { errors: result.errors };
    return { members: await this.memberships.membersFor(viewer, result.value), errors: [] };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => SuspendMembershipPayload, {
    description: 'Suspends an approved member: they can no longer sign in. Owners and yourself cannot be suspended.',
  })
  async suspendMembership(@Arg('input') input: SuspendMembershipInput, @CurrentViewer() viewer: Viewer): Promise<SuspendMembershipPayload> {
    return this.memberPayload(viewer, await this.memberships.suspend(viewer, input.memberId, input.reason));
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => ReinstateMembershipPayload, { description: 'Reinstates a suspended member: approved again.' })
  async reinstateMembership(@Arg('input') input: ReinstateMembershipInput, @CurrentViewer() viewer: Viewer): Promise<ReinstateMembershipPayload> {
    return this.memberPayload(viewer, await this.memberships.reinstate(viewer, input.memberId));
  }

  private async memberPayload(viewer: Viewer, result: Result<MembershipEntity>): Promise<{ member?: MemberType | null; errors: UserError[] }> {
    if (!result.ok) return { errors: result.errors };
    return { member: (await this.memberships.membersFor(viewer, [result.value]))[0], errors: [] };
  }

  @FieldResolver(() => NetworkType)
  async network(@Root() member: MemberType): Promise<NetworkType> {
    const network = await this.networks.findById(member.networkId);
    if (!network) throw new Error(`Network ${member.networkId} of member ${member.id} is missing`);
    return network;
  }
}
