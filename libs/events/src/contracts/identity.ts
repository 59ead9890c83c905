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

export const identityEvents = [
  MembershipRegistered,
  MembershipApproved,
  MembershipRejected,
  MembershipSuspended,
  MembershipReinstated,
  AccountEmailVerified,
];
