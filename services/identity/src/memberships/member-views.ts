import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { AccountEntity } from '../accounts/account.entity';
import { seesMemberEmails } from '../roles/permissions';
import type { MembershipEntity } from './membership.entity';
import type { MemberType } from './member.type';

export function toMember(membership: MembershipEntity, email?: string): MemberType {
  return {
    id: membership.id,
    displayName: membership.displayName,
    email: email ?? null,
    role: membership.role as MemberType['role'],
    status: membership.status as MemberType['status'],
    createdAt: membership.createdAt,
    networkId: membership.networkId,
    accountId: membership.accountId,
  };
}

/** Members with e-mail where the viewer may see it (themself, or an admin of that network). */
export async function membersFor(manager: EntityManager, viewer: Viewer, memberships: MembershipEntity[]): Promise<MemberType[]> {
  const visible = memberships.filter((m) => m.accountId === viewer.accountId || seesMemberEmails(viewer));
  const accounts = visible.length ? await manager.getRepository(AccountEntity).findBy({ id: In(visible.map((m) => m.accountId)) }) : [];
  const emails = new Map(accounts.map((a) => [a.id, a.email]));
  return memberships.map((m) => toMember(m, emails.get(m.accountId)));
}
