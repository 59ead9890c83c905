import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Permission, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import type { RequestContext } from '@kizuna/subgraph';
import { MemberRole, MemberType } from '../memberships/member.type';
import { toMember, type MembershipService } from '../memberships/membership.service';
import type { NetworkService } from '../networks/network.service';
import { startBrowserSession } from '../sessions/browser-session';
import type { SessionService } from '../sessions/session.service';
import type { InvitationLinkEntity, StaffInvitationEntity } from './invitation.entities';
import { InvitationLinkService, linkStatus } from './invitation-link.service';
import {
  AcceptStaffInvitationInput,
  AcceptStaffInvitationPayload,
  CreateInvitationLinkInput,
  InvitationLinkConnection,
  InvitationLinkPayload,
  InvitationLinkPreviewType,
  InvitationLinkStatus,
  InvitationLinkType,
  InvitationSettingsInput,
  InvitationSettingsPayload,
  InvitationSettingsType,
  InviteStaffInput,
  ReferrerConnection,
  RevokeInvitationLinkInput,
  StaffInvitationIdInput,
  StaffInvitationPayload,
  StaffInvitationPreviewType,
  StaffInvitationStatus,
  StaffInvitationType,
} from './invitation.types';
import { invitationStatus, type StaffInvitationService } from './staff-invitation.service';

/** Members by id within the viewer's network, for a list's people in one query. */
async function membersById(
  links: InvitationLinkService,
  memberships: MembershipService,
  viewer: Viewer,
  ids: (string | null | undefined)[],
): Promise<Map<string, MemberType>> {
  const found = await links.membershipsByIds(
    viewer.networkId,
    ids.filter((id): id is string => !!id),
  );
  return new Map((await memberships.membersFor(viewer, found)).map((member) => [member.id, member]));
}

@Resolver(() => InvitationLinkType)
export class InvitationResolver {
  constructor(
    private readonly links: InvitationLinkService,
    private readonly invitations: StaffInvitationService,
    private readonly memberships: MembershipService,
    private readonly networks: NetworkService,
    private readonly sessions: SessionService,
  ) {}

  private async linkTypes(viewer: Viewer, links: InvitationLinkEntity[]): Promise<InvitationLinkType[]> {
    const people = await membersById(
      this.links,
      this.memberships,
      viewer,
      links.map((l) => l.createdBy),
    );
    const roleNames = await this.invitations.customRoleNames(
      viewer.networkId,
      links.map((l) => l.customRoleId).filter((id): id is string => !!id),
    );
    return links.map((link) => ({
      id: link.id,
      code: link.code,
      label: link.label,
      createdBy: people.get(link.createdBy) ?? null,
      createdById: link.createdBy,
      role: link.role as MemberRole | null,
      customRoleId: link.customRoleId,
      customRoleName: link.customRoleId ? (roleNames.get(link.customRoleId) ?? null) : null,
      skipApproval: link.skipApproval,
      maxUses: link.maxUses,
      uses: link.uses,
      expiresAt: link.expiresAt,
      revokedAt: link.revokedAt,
      status: linkStatus(link) as InvitationLinkStatus,
      createdAt: link.createdAt,
    }));
  }

  @Authorized()
  @Directive(connectionListSize())
  @Query(() => InvitationLinkConnection, {
    description: 'Invitation links, newest first: every link of the network for those who approve members (unless mine), otherwise your own.',
  })
  async invitationLinks(
    @CurrentViewer() viewer: Viewer,
    @Arg('mine', () => Boolean, { nullable: true, defaultValue: false }) mine: boolean,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<InvitationLinkConnection> {
    const page = await this.links.list(viewer, mine, first, after);
    const nodes = await this.linkTypes(viewer, page.rows);
    const edges = nodes.map((node, index) => ({ node, cursor: page.cursorOf(page.rows[index]) }));
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => InvitationLinkPreviewType, { description: 'Whether an invitation code works in a network, for its registration page. Public.' })
  async invitationLinkPreview(@Arg('networkSlug') networkSlug: string, @Arg('code') code: string): Promise<InvitationLinkPreviewType> {
    const network = await this.networks.findBySlug(networkSlug);
    const result = network ? await this.links.findUsable(network.id, code) : null;
    if (!result || !result.ok) return { valid: false, errorCode: result && !result.ok ? result.errors[0].code : 'INVITATION_INVALID', skipsApproval: false };
    const inviter = await this.memberships.findInNetwork(result.value.networkId, result.value.createdBy);
    return { valid: true, errorCode: null, inviterName: inviter?.displayName ?? null, skipsApproval: result.value.skipApproval };
  }

  @Authorized()
  @Query(() => InvitationSettingsType, { description: 'Whether members may invite, in the current network.' })
  async invitationSettings(@CurrentViewer() viewer: Viewer): Promise<InvitationSettingsType> {
    return { membersCanInvite: await this.links.membersCanInvite(viewer.networkId) };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => InvitationSettingsPayload, { description: 'Lets every member make invitation links, or only those who approve members.' })
  async updateInvitationSettings(@Arg('input') input: InvitationSettingsInput, @CurrentViewer() viewer: Viewer): Promise<InvitationSettingsPayload> {
    return { settings: { membersCanInvite: await this.links.setMembersCanInvite(viewer, input.membersCanInvite) }, errors: [] };
  }

  @Authorized()
  @Mutation(() => InvitationLinkPayload, { description: 'Makes an invitation link. A role and skipping approval are for administrators.' })
  async createInvitationLink(@Arg('input') input: CreateInvitationLinkInput, @CurrentViewer() viewer: Viewer): Promise<InvitationLinkPayload> {
    const result = await this.links.create(viewer, input);
    if (!result.ok) return { errors: result.errors };
    return { link: (await this.linkTypes(viewer, [result.value]))[0], errors: [] };
  }

  @Authorized()
  @Mutation(() => InvitationLinkPayload, {
    description: 'Withdraws a link: yours, or any when you approve members. Registrations through it already made stay.',
  })
  async revokeInvitationLink(@Arg('input') input: RevokeInvitationLinkInput, @CurrentViewer() viewer: Viewer): Promise<InvitationLinkPayload> {
    const result = await this.links.revoke(viewer, input.id);
    if (!result.ok) return { errors: result.errors };
    return { link: (await this.linkTypes(viewer, [result.value]))[0], errors: [] };
  }

  @Authorized(Permission.APPROVE_MEMBERS)
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => ReferrerConnection, { description: 'Members who brought people in through invitation links, most first.' })
  async referrers(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ReferrerConnection> {
    const page = await this.links.referrers(viewer, first, after);
    const people = await membersById(
      this.links,
      this.memberships,
      viewer,
      page.rows.map((r) => r.referrerId),
    );
    const edges = await Promise.all(
      page.rows.map(async (row, index) => {
        const referred = await this.memberships.membersFor(viewer, await this.links.referredBy(viewer, row.referrerId));
        return {
          cursor: page.cursorAt(index),
          node: {
            referrerId: row.referrerId,
            member: people.get(row.referrerId) ?? null,
            referredCount: row.total,
            approvedCount: row.approved,
            pendingCount: row.pending,
            lastReferredAt: row.lastReferredAt,
            referred,
          },
        };
      }),
    );
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  private async staffInvitationTypes(viewer: Viewer, invitations: StaffInvitationEntity[]): Promise<StaffInvitationType[]> {
    const people = await membersById(
      this.links,
      this.memberships,
      viewer,
      invitations.flatMap((i) => [i.invitedBy, i.acceptedMembershipId]),
    );
    const roleNames = await this.invitations.customRoleNames(
      viewer.networkId,
      invitations.map((i) => i.customRoleId).filter((id): id is string => !!id),
    );
    return invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role as MemberRole,
      customRoleName: invitation.customRoleId ? (roleNames.get(invitation.customRoleId) ?? null) : null,
      message: invitation.message,
      status: invitationStatus(invitation) as StaffInvitationStatus,
      invitedBy: invitation.invitedBy ? (people.get(invitation.invitedBy) ?? null) : null,
      acceptedMember: invitation.acceptedMembershipId ? (people.get(invitation.acceptedMembershipId) ?? null) : null,
      expiresAt: invitation.expiresAt,
      lastSentAt: invitation.lastSentAt,
      sendCount: invitation.sendCount,
      acceptedAt: invitation.acceptedAt,
      createdAt: invitation.createdAt,
    }));
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Query(() => [StaffInvitationType], { description: "The network's e-mail invitations, newest first." })
  async staffInvitations(@CurrentViewer() viewer: Viewer): Promise<StaffInvitationType[]> {
    return this.staffInvitationTypes(viewer, await this.invitations.list(viewer));
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => StaffInvitationPayload, { description: 'E-mails an invitation to join as staff, admin (owners only) or with a custom role.' })
  async inviteStaff(@Arg('input') input: InviteStaffInput, @CurrentViewer() viewer: Viewer): Promise<StaffInvitationPayload> {
    const result = await this.invitations.invite(viewer, input);
    if (!result.ok) return { errors: result.errors };
    return { invitation: (await this.staffInvitationTypes(viewer, [result.value]))[0], errors: [] };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => StaffInvitationPayload, { description: 'Sends the invitation again with a new link and expiry; the previous link stops working.' })
  async resendStaffInvitation(@Arg('input') input: StaffInvitationIdInput, @CurrentViewer() viewer: Viewer): Promise<StaffInvitationPayload> {
    const result = await this.invitations.resend(viewer, input.id);
    if (!result.ok) return { errors: result.errors };
    return { invitation: (await this.staffInvitationTypes(viewer, [result.value]))[0], errors: [] };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => StaffInvitationPayload, { description: 'Withdraws an invitation that was not accepted yet.' })
  async revokeStaffInvitation(@Arg('input') input: StaffInvitationIdInput, @CurrentViewer() viewer: Viewer): Promise<StaffInvitationPayload> {
    const result = await this.invitations.revoke(viewer, input.id);
    if (!result.ok) return { errors: result.errors };
    return { invitation: (await this.staffInvitationTypes(viewer, [result.value]))[0], errors: [] };
  }

  @Query(() => StaffInvitationPreviewType, {
    nullable: true,
    description: 'The invitation behind an e-mailed link, for its page; null for an unknown link. Public.',
  })
  async staffInvitation(@Arg('token') token: string): Promise<StaffInvitationPreviewType | null> {
    const preview = await this.invitations.preview(token);
    if (!preview) return null;
    return {
      network: preview.network,
      email: preview.invitation.email,
      role: preview.invitation.role as MemberRole,
      customRoleName: preview.customRoleName,
      inviterName: preview.inviterName,
      message: preview.invitation.message,
      status: preview.status as StaffInvitationStatus,
      expiresAt: preview.invitation.expiresAt,
      accountExists: preview.accountExists,
    };
  }

  @Mutation(() => AcceptStaffInvitationPayload, { description: 'Accepts an e-mailed invitation and signs in to the network with the invited role.' })
  async acceptStaffInvitation(@Arg('input') input: AcceptStaffInvitationInput): Promise<AcceptStaffInvitationPayload> {
    const result = await this.invitations.accept(input);
    if (!result.ok) return { errors: result.errors };
    const session = await startBrowserSession(this.sessions, result.value.membership);
    return { accessToken: session.accessToken, member: toMember(result.value.membership, result.value.email), errors: [] };
  }

  @FieldResolver(() => String, { description: 'The registration address path, /join/<slug>?invite=<code>.' })
  async path(@Root() link: InvitationLinkType, @CurrentViewer() viewer: Viewer): Promise<string> {
    const network = await this.networks.findById(viewer.networkId);
    return `/join/${network?.slug ?? ''}?invite=${encodeURIComponent(link.code)}`;
  }
}

/** `Member.referredBy`: who brought the member in; visible to those who approve members. */
@Resolver(() => MemberType)
export class MemberReferralResolver {
  constructor(
    private readonly links: InvitationLinkService,
    private readonly memberships: MembershipService,
  ) {}

  @FieldResolver(() => MemberType, {
    nullable: true,
    description: 'The member whose invitation link this member registered through (for those who approve members).',
  })
  async referredBy(@Root() member: MemberType, @Ctx() context: RequestContext): Promise<MemberType | null> {
    const viewer = context.viewer;
    if (!viewer || !InvitationLinkService.managesLinks(viewer) || viewer.networkId !== member.networkId) return null;
    const referrers = requestLoader(context, 'referrersOf', (ids: string[]) => this.links.referrersOf(viewer, ids));
    const referrerId = await referrers.get(member.id);
    if (!referrerId) return null;
    const membership = await this.memberships.findInNetwork(viewer.networkId, referrerId);
    return membership ? ((await this.memberships.membersFor(viewer, [membership]))[0] ?? null) : null;
  }
}
