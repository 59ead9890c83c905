import { z } from 'zod';
import { defineEvent } from '../contract';

const source = 'kizuna/identity';
const topic = 'kizuna.identity.membership';
const role = z.enum(['owner', 'admin', 'staff', 'member']);
const status = z.enum(['pending', 'approved', 'rejected', 'suspended']);

const membership = {
  membershipId: z.uuid(),
  accountId: z.uuid(),
  networkId: z.uuid(),
};

export const MembershipRegistered = defineEvent({
  type: 'kizuna.identity.membership.registered.v1',
  topic,
  source,
  description: 'A person registered in a network; the membership waits for approval (or was auto-approved).',
  schema: z.object({
    ...membership,
    displayName: z.string().min(1),
    email: z.email(),
    role,
    status,
    registeredAt: z.iso.datetime({ offset: true }),
    /** Answers to registration questions kept as profile fields, by field key: text, or the chosen options' labels. */
    profileAnswers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  }),
  subject: (data) => data.membershipId,
});

export const MembershipApproved = defineEvent({
  type: 'kizuna.identity.membership.approved.v1',
  topic,
  source,
  description: 'An administrator approved a membership; the member can now use the network.',
  schema: z.object({
    ...membership,
    displayName: z.string().min(1),
    approvedBy: z.uuid().nullable(),
    message: z.string().nullable(),
    approvedAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.membershipId,
});

/** What every other administrator decision on a membership carries. */
const decision = z.object({
  ...membership,
  decidedBy: z.uuid(),
  message: z.string().nullable(),
  decidedAt: z.iso.datetime({ offset: true }),
});

export const MembershipRejected = defineEvent({
  type: 'kizuna.identity.membership.rejected.v1',
  topic,
  source,
  description: 'An administrator rejected a pending membership, optionally with a message to the applicant.',
  schema: decision,
  subject: (data) => data.membershipId,
});

export const MembershipSuspended = defineEvent({
  type: 'kizuna.identity.membership.suspended.v1',
  topic,
  source,
  description: 'An administrator suspended an approved membership; the member can no longer sign in. The message is the reason given.',
  schema: decision,
  subject: (data) => data.membershipId,
});

export const MembershipReinstated = defineEvent({
  type: 'kizuna.identity.membership.reinstated.v1',
  topic,
  source,
  description: 'An administrator reinstated a suspended membership; it is approved again.',
  schema: decision,
  subject: (data) => data.membershipId,
});

// Account events concern a person across networks; like every event they are published per network
// (once for each membership of the account), so each network's consumers see only their own members.
const accountTopic = 'kizuna.identity.account';

export const AccountEmailVerified = defineEvent({
  type: 'kizuna.identity.account.email-verified.v1',
  topic: accountTopic,
  source,
  description: 'A person proved they own the e-mail address of their account (at sign-up, or after changing it).',
  schema: z.object({
    accountId: z.uuid(),
    membershipId: z.uuid(),
    email: z.email(),
    verifiedAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.accountId,
});

// Published on the membership topic, keyed by the membership: it comes after every other event of
// that membership, so no consumer sees a membership event once the member is gone.
export const AccountDeleted = defineEvent({
  type: 'kizuna.identity.account.deleted.v1',
  topic,
  source,
  description:
    'A person deleted their account. Published once per membership the account had; every service erases what it holds about that member, or anonymises what others still need (e.g. articles they wrote).',
  schema: z.object({
    accountId: z.uuid(),
    membershipId: z.uuid(),
    deletedAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.membershipId,
});

export const NetworkUpdated = defineEvent({
  type: 'kizuna.identity.network.updated.v1',
  topic: 'kizuna.identity.network',
  source,
  description: "An administrator changed a network's name, address (slug), branding, language or whether it accepts registrations.",
  schema: z.object({
    networkId: z.uuid(),
    slug: z.string().min(1),
    name: z.string().min(1),
    defaultLocale: z.enum(['ja', 'en']),
    primaryColor: z.string().nullable(),
    registrationOpen: z.boolean(),
    updatedAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.networkId,
});

export const MembershipRoleChanged = defineEvent({
  type: 'kizuna.identity.membership.role-changed.v1',
  topic,
  source,
  description:
    "An owner or administrator changed a member's role (built-in role, custom role, or both), or an invitation gave an existing member a new role. The member's access tokens carry the new permissions from their next renewal.",
  schema: z.object({
    ...membership,
    role,
    previousRole: role,
    customRoleId: z.uuid().nullable(),
    customRoleName: z.string().nullable(),
    permissions: z.array(z.string()),
    changedBy: z.uuid().nullable(),
    changedAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.membershipId,
});

/** What the login events carry: whether LINE is linked after the change, for "LINE linked" audiences. */
const linkedLogin = z.object({
  accountId: z.uuid(),
  membershipId: z.uuid(),
  provider: z.string().min(1),
  lineLinked: z.boolean(),
});

export const AccountLoginLinked = defineEvent({
  type: 'kizuna.identity.account.login-linked.v1',
  topic: accountTopic,
  source,
  description: 'A person linked a login at an outside provider (LINE, Google, …) to their account, at sign-up or from account settings.',
  schema: linkedLogin.extend({ linkedAt: z.iso.datetime({ offset: true }) }),
  subject: (data) => data.accountId,
});

export const AccountLoginUnlinked = defineEvent({
  type: 'kizuna.identity.account.login-unlinked.v1',
  topic: accountTopic,
  source,
  description: 'A person removed a linked outside login from their account; it no longer signs them in.',
  schema: linkedLogin.extend({ unlinkedAt: z.iso.datetime({ offset: true }) }),
  subject: (data) => data.accountId,
});

// On the membership topic, keyed by the membership, so it stays in order with the membership's other events.
export const MemberSignedIn = defineEvent({
  type: 'kizuna.identity.member.signed-in.v1',
  topic,
  source,
  description:
    'A member signed in to a network: with e-mail and password, through an outside login (social), or by switching to it from another network of the same account. Renewing a session (refresh token rotation) is not a sign-in.',
  schema: z.object({
    ...membership,
    method: z.enum(['password', 'social', 'switch']),
    signedInAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.membershipId,
});

export const identityEvents = [
  MembershipRegistered,
  MembershipApproved,
  MembershipRejected,
  MembershipSuspended,
  MembershipReinstated,
  AccountEmailVerified,
  MembershipRoleChanged,
  NetworkUpdated,
  AccountDeleted,
  AccountLoginLinked,
  AccountLoginUnlinked,
  MemberSignedIn,
];
