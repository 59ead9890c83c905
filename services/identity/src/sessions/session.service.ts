import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { UserError } from '@kizuna/subgraph';
import { AccountEntity } from '../accounts/account.entity';
import { verifyPassword } from '../accounts/passwords';
import { NetworkEntity } from '../networks/network.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import type { Result } from '../memberships/membership.service';
import type { TokenIssuer } from './token-issuer';

export interface Session {
  accessToken: string;
  membership: MembershipEntity;
  email: string;
}

/** One message for every failed sign-in, so it never tells whether an e-mail is registered. */
const INVALID_CREDENTIALS = UserError.of('INVALID_CREDENTIALS', 'The e-mail address or password is not correct.');

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenIssuer,
  ) {}

  async signIn(networkSlug: string, email: string, password: string): Promise<Result<Session>> {
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ slug: networkSlug.trim().toLowerCase() });
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ email: email.trim().toLowerCase() });
    const passwordOk = await verifyPassword(account?.passwordHash, password);
    if (!network || !account || !passwordOk) return { ok: false, errors: [INVALID_CREDENTIALS] };
    const membership = await this.dataSource.getRepository(MembershipEntity).findOneBy({ networkId: network.id, accountId: account.id });
    if (!membership) return { ok: false, errors: [INVALID_CREDENTIALS] };
    return this.sessionFor(membership, account.email);
  }

  /** A fresh token reflecting the membership as it is now, optionally for another network of the same account. */
  async renew(viewer: Viewer, networkSlug?: string | null): Promise<Result<Session>> {
    const memberships = this.dataSource.getRepository(MembershipEntity);
    let membership: MembershipEntity | null;
    if (networkSlug) {
      const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ slug: networkSlug.trim().toLowerCase() });
      membership = network ? await memberships.findOneBy({ networkId: network.id, accountId: viewer.accountId }) : null;
      if (!membership) return { ok: false, errors: [UserError.of('NOT_FOUND', 'You are not a member of that network.', 'networkSlug')] };
    } else {
      membership = await memberships.findOneBy({ id: viewer.membershipId, networkId: viewer.networkId });
      if (!membership) return { ok: false, errors: [UserError.of('NOT_FOUND', 'Your membership no longer exists.')] };
    }
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: viewer.accountId });
    return this.sessionFor(membership, account.email);
  }

  private async sessionFor(membership: MembershipEntity, email: string): Promise<Result<Session>> {
    if (membership.status === 'rejected' || membership.status === 'suspended') {
      return { ok: false, errors: [UserError.of(`MEMBERSHIP_${membership.status.toUpperCase()}`, `Your membership in this network is ${membership.status}.`)] };
    }
    const accessToken = await this.tokens.issue({
      sub: membership.accountId,
      mid: membership.id,
      nid: membership.networkId,
      role: membership.role,
      status: membership.status,
    });
    return { ok: true, value: { accessToken, membership, email } };
  }
}
