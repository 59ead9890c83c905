import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { isAdmin, type Viewer } from '@kizuna/auth';
import { decodeCursor, encodeCursor, pageSize } from '@kizuna/data';
import { MembershipApproved, MembershipRegistered, type Outbox } from '@kizuna/events';
import { UserError } from '@kizuna/subgraph';
import { AccountEntity } from '../accounts/account.entity';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../accounts/passwords';
import { NetworkEntity } from '../networks/network.entity';
import { MembershipEntity } from './membership.entity';
import type { MemberConnection, MemberType } from './member.type';

export interface RegistrationRequest {
  networkSlug: string;
  email: string;
  password: string;
  displayName: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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

export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Checks a registration without touching the database: one error per field at fault. */
  validateRegistration(request: RegistrationRequest): UserError[] {
    const errors: UserError[] = [];
    if (!EMAIL.test(request.email.trim())) errors.push(UserError.of('VALIDATION', 'Enter a valid e-mail address.', 'email'));
    if (request.password.length < MIN_PASSWORD_LENGTH) {
      errors.push(UserError.of('VALIDATION', `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`, 'password'));
    }
    if (request.password.length > 256) errors.push(UserError.of('VALIDATION', 'The password is too long.', 'password'));
    const name = request.displayName.trim();
    if (name.length === 0 || name.length > 100) {
      errors.push(UserError.of('VALIDATION', 'Enter your name (up to 100 characters).', 'displayName'));
    }
    return errors;
  }

  /** Registers a person in a network: a pending membership, published as an event in the same transaction. */
  async register(request: RegistrationRequest): Promise<Result<MembershipEntity>> {
    const errors = this.validateRegistration(request);
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ slug: request.networkSlug.trim().toLowerCase() });
    if (!network) errors.push(UserError.of('NOT_FOUND', 'This network does not exist.', 'networkSlug'));
    if (errors.length > 0 || !network) return { ok: false, errors };

    const email = request.email.trim().toLowerCase();
    const displayName = request.displayName.trim();
    const existing = await this.dataSource.getRepository(AccountEntity).findOneBy({ email });
    if (existing && !(await verifyPassword(existing.passwordHash, request.password))) {
      return { ok: false, errors: [UserError.of('EMAIL_TAKEN', 'This e-mail is already registered. Sign in with it to join this network.', 'email')] };
    }
    const passwordHash = existing ? existing.passwordHash : await hashPassword(request.password);

    return this.dataSource.transaction(async (manager) => {
      const account =
        existing ?? (await manager.save(AccountEntity, { id: randomUUID(), email, passwordHash, displayName }));
      const already = await manager.findOneBy(MembershipEntity, { networkId: network.id, accountId: account.id });
      if (already) {
        return { ok: false, errors: [UserError.of('ALREADY_MEMBER', 'You have already registered in this network. Sign in instead.', 'email')] };
      }
      const membership = await manager.save(MembershipEntity, {
        id: randomUUID(),
        networkId: network.id,
        accountId: account.id,
        displayName,
        role: 'member',
        status: 'pending',
        approvedAt: null,
        approvedBy: null,
      });
      await this.outbox.add(manager, MembershipRegistered, network.id, {
        membershipId: membership.id,
        accountId: account.id,
        networkId: network.id,
        displayName,
        email,
        role: 'member',
        status: 'pending',
        registeredAt: membership.createdAt.toISOString(),
      });
      return { ok: true, value: membership };
    });
  }

  async approve(viewer: Viewer, membershipId: string, message?: string | null): Promise<Result<MembershipEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager
        .getRepository(MembershipEntity)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :id AND m.network_id = :networkId', { id: membershipId, networkId: viewer.networkId })
        .getOne();
      if (!membership) return { ok: false, errors: [UserError.of('NOT_FOUND', 'No such applicant in this network.', 'memberId')] };
      if (membership.status !== 'pending') {
        return { ok: false, errors: [UserError.of('INVALID_STATE', `This membership is ${membership.status}, not pending.`, 'memberId')] };
      }
      membership.status = 'approved';
      membership.approvedAt = new Date();
      membership.approvedBy = viewer.membershipId;
      await manager.save(membership);
      await this.outbox.add(manager, MembershipApproved, membership.networkId, {
        membershipId: membership.id,
        accountId: membership.accountId,
        networkId: membership.networkId,
        displayName: membership.displayName,
        approvedBy: viewer.membershipId,
        message: message?.trim() || null,
        approvedAt: membership.approvedAt.toISOString(),
      });
      return { ok: true, value: membership };
    });
  }

  /** A member of the viewer's network; never one of another network. */
  findInNetwork(networkId: string, membershipId: string): Promise<MembershipEntity | null> {
    return this.dataSource.getRepository(MembershipEntity).findOneBy({ id: membershipId, networkId });
  }

  /** Members with e-mail where the viewer may see it (themself, or an admin of that network). */
  async membersFor(viewer: Viewer, memberships: MembershipEntity[]): Promise<MemberType[]> {
    const visible = memberships.filter((m) => m.accountId === viewer.accountId || (isAdmin(viewer) && viewer.status === 'approved'));
    const accounts = visible.length
      ? await this.dataSource.getRepository(AccountEntity).findBy({ id: In(visible.map((m) => m.accountId)) })
      : [];
    const emails = new Map(accounts.map((a) => [a.id, a.email]));
    return memberships.map((m) => toMember(m, emails.get(m.accountId)));
  }

  async pending(viewer: Viewer, first?: number | null, after?: string | null): Promise<MemberConnection> {
    const limit = pageSize(first, 50, 200);
    const cursor = after ? decodeCursor<[string, string]>(after) : undefined;
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.network_id = :networkId AND m.status = :status', { networkId: viewer.networkId, status: 'pending' });
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(m.created_at, m.id) > (:at, :id)', { at: cursor[0], id: cursor[1] });
    const rows = await query.orderBy('m.created_at', 'ASC').addOrderBy('m.id', 'ASC').limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const members = await this.membersFor(viewer, page);
    const edges = members.map((node, i) => ({ node, cursor: encodeCursor([page[i].createdAt.toISOString(), page[i].id]) }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
