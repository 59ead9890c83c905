import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MultiLine, Name, PageInfo, UserError, Verbatim } from '@kizuna/subgraph';
import { MemberRole, MemberType } from '../memberships/member.type';
import { NetworkType } from '../networks/network.type';
import { SessionPayload } from '../sessions/session.inputs';

export enum InvitationLinkStatus {
  ACTIVE = 'active',
  EXPIRED = 'expired',
  USED_UP = 'used_up',
  REVOKED = 'revoked',
}
registerEnumType(InvitationLinkStatus, { name: 'InvitationLinkStatus' });

export enum StaffInvitationStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  REVOKED = 'revoked',
  EXPIRED = 'expired',
}
registerEnumType(StaffInvitationStatus, { name: 'StaffInvitationStatus' });

@ObjectType('InvitationLink', { description: 'A link people register through; whoever made it is recorded as their referrer.' })
export class InvitationLinkType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Goes into the registration address: /join/<network slug>?invite=<code>.' })
  code: string;

  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => MemberType, { nullable: true, description: 'Who made the link (null when their account was deleted).' })
  createdBy?: MemberType | null;

  @Field(() => MemberRole, { nullable: true, description: 'The role people who register through the link get; null: member.' })
  role?: MemberRole | null;

  @Field(() => String, { nullable: true })
  customRoleName?: string | null;

  @Field({ description: 'Registrations through this link are approved at once.' })
  skipApproval: boolean;

  @Field(() => Int, { nullable: true })
  maxUses?: number | null;

  @Field(() => Int)
  uses: number;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;

  @Field(() => InvitationLinkStatus)
  status: InvitationLinkStatus;

  @Field()
  createdAt: Date;

  createdById: string;
  customRoleId: string | null;
}

@ObjectType()
export class InvitationLinkEdge {
  @Field()
  cursor: string;

  @Field(() => InvitationLinkType)
  node: InvitationLinkType;
}

@ObjectType()
export class InvitationLinkConnection {
  @Field(() => [InvitationLinkEdge])
  edges: InvitationLinkEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('Referrer', { description: 'A member who brought people in through invitation links, with counts.' })
export class ReferrerType {
  @Field(() => MemberType, { nullable: true })
  member?: MemberType | null;

  @Field(() => Int, { description: 'Everyone who registered through their links.' })
  referredCount: number;

  @Field(() => Int)
  approvedCount: number;

  @Field(() => Int)
  pendingCount: number;

  @Field()
  lastReferredAt: Date;

  @Field(() => [MemberType], { description: 'The people they referred, newest first.' })
  referred: MemberType[];

  referrerId: string;
}

@ObjectType()
export class ReferrerEdge {
  @Field()
  cursor: string;

  @Field(() => ReferrerType)
  node: ReferrerType;
}

@ObjectType()
export class ReferrerConnection {
  @Field(() => [ReferrerEdge])
  edges: ReferrerEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('StaffInvitation', { description: 'An e-mail invitation to join the network with a role.' })
export class StaffInvitationType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => String, { nullable: true })
  customRoleName?: string | null;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => StaffInvitationStatus)
  status: StaffInvitationStatus;

  @Field(() => MemberType, { nullable: true })
  invitedBy?: MemberType | null;

  @Field(() => MemberType, { nullable: true, description: 'The membership that accepted it.' })
  acceptedMember?: MemberType | null;

  @Field()
  expiresAt: Date;

  @Field()
  lastSentAt: Date;

  @Field(() => Int)
  sendCount: number;

  @Field(() => Date, { nullable: true })
  acceptedAt?: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('StaffInvitationPreview', { description: 'What the holder of an invitation link sees before accepting.' })
export class StaffInvitationPreviewType {
  @Field(() => NetworkType)
  network: NetworkType;

  @Field()
  email: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => String, { nullable: true })
  customRoleName?: string | null;

  @Field(() => String, { nullable: true })
  inviterName?: string | null;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => StaffInvitationStatus)
  status: StaffInvitationStatus;

  @Field()
  expiresAt: Date;

  @Field({ description: 'Whether the address already has an account: then its password accepts the invitation.' })
  accountExists: boolean;
}

@ObjectType('InvitationLinkPreview', { description: 'What the registration page shows about an invitation code.' })
export class InvitationLinkPreviewType {
  @Field({ description: 'Whether the code can be used now.' })
  valid: boolean;

  @Field(() => String, { nullable: true, description: 'Why not: INVITATION_EXPIRED, INVITATION_USED_UP, INVITATION_REVOKED or INVITATION_INVALID.' })
  errorCode?: string | null;

  @Field(() => String, { nullable: true })
  inviterName?: string | null;

  @Field()
  skipsApproval: boolean;
}

@InputType()
export class CreateInvitationLinkInput {
  @Field(() => String, { nullable: true, description: 'A note for yourself, e.g. "2015 graduates reunion".' })
  label?: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true })
  maxUses?: number | null;

  @Field(() => MemberRole, { nullable: true, description: 'Administrators only.' })
  role?: MemberRole | null;

  @Field(() => ID, { nullable: true, description: 'Administrators only.' })
  customRoleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Those who approve members only.' })
  skipApproval?: boolean | null;
}

@InputType()
export class RevokeInvitationLinkInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class InviteStaffInput {
  @Field()
  email: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => ID, { nullable: true })
  customRoleId?: string | null;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Included in the e-mail.' })
  message?: string | null;

  @Field(() => Int, { nullable: true, description: 'How long the link works, 1–30 days; 7 by default.' })
  expiresInDays?: number | null;
}

@InputType()
export class StaffInvitationIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class AcceptStaffInvitationInput {
  @Field()
  token: string;

  @Verbatim()
  @Field({ description: "The existing account's password, or the new account's." })
  password: string;

  @Name()
  @Field(() => String, { nullable: true, description: 'Your name, for a new account.' })
  displayName?: string | null;
}

@InputType()
export class InvitationSettingsInput {
  @Field({ description: 'Whether every member may make invitation links.' })
  membersCanInvite: boolean;
}

@ObjectType()
export class InvitationLinkPayload {
  @Field(() => InvitationLinkType, { nullable: true })
  link?: InvitationLinkType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class StaffInvitationPayload {
  @Field(() => StaffInvitationType, { nullable: true })
  invitation?: StaffInvitationType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class AcceptStaffInvitationPayload extends SessionPayload {}

@ObjectType()
export class InvitationSettingsType {
  @Field()
  membersCanInvite: boolean;
}

@ObjectType()
export class InvitationSettingsPayload {
  @Field(() => InvitationSettingsType, { nullable: true })
  settings?: InvitationSettingsType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
