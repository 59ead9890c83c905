import { findNetworkBySlug } from '../networks/network.service';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { cursorKey, encodeCursor, isTimeAndId, isUuid } from '@kizuna/data';
import { MemberSignedIn, type EventData, type Outbox } from '@kizuna/events';
import { AccountEntity } from '../accounts/account.entity';
import { verifyPassword } from '../accounts/passwords';
import { NetworkEntity } from '../networks/network.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { permissionsOfMembership } from '../roles/permissions';
import type { ClientInfo } from './http-exchange';
import type { AccountNotices } from '../email/account-notices';
import type { AttemptLimits, SignInAttempt, Throttled } from './rate-limits';
import { KnownDeviceEntity, RefreshTokenEntity, SessionEntity } from './session.entity';
import { NetworkChoiceEntity } from './network-choice.entity';
import type { TokenIssuer } from './token-issuer';

/** A refresh token and the access token issued with it, for a newly started session. */
export interface StartedSession {
  sessionId: string;
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** What signing in, refreshing or switching network gives: an access token for a membership, and a new refresh token when one was rotated or started. */
export interface Session {
  accessToken: string;
  membership: MembershipEntity;
  email: string;
  refresh?: { refreshToken: string; refreshExpiresAt: Date; sessionId: string };
  /** After a password sign-in: the id for the device cookie. */
  deviceId?: string;
}

/** An account with several networks proved who it is: it chooses one with the ticket. */
export interface NetworkChoice {
  ticket: string;
  expiresAt: Date;
  /** Every network of the account, by name, whatever the membership's status. */
  networks: AccountNetwork[];
}

/** A password sign-in without a network, for an account with several: the choice, and the device cookie's id. */
export interface NetworkChoiceNeeded {
  choice: NetworkChoice;
  deviceId: string;
}

export type SignInResult = Result<Session | NetworkChoiceNeeded> & { retryAfterSeconds?: number };

/** Signing in to an account that proved who it is: a session in its only network, or the choice among several. */
export type AccountSignIn = Result<{ session: Session } | { choice: NetworkChoice }>;

export interface SessionPolicy {
  /** A refresh token unused for this long expires (each rotation starts it again). */
  idleDays: number;
  /** No session lives longer than this, however often it is used. */
  absoluteDays: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleDays: 30, absoluteDays: 90 };

/** How a member proved who they are; a session started by registration or an invitation is not a sign-in. */
export type SignInMethod = EventData<typeof MemberSignedIn>['method'];

/** A session the account can see in its list of signed-in devices. */
export interface ActiveSession {
  session: SessionEntity;
  network: NetworkEntity | null;
  current: boolean;
}

/** The account's membership in one network, as listed for switching. */
export interface AccountNetwork {
  membership: MembershipEntity;
  network: NetworkEntity;
}

/** startSession refuses memberships that may not sign in (rejected, suspended). */
export class SessionRefusedError extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
    this.name = 'SessionRefusedError';
  }
}

/** One message for every failed sign-in, so it never tells whether an e-mail is registered. */
const INVALID_CREDENTIALS = UserError.of('INVALID_CREDENTIALS', 'The e-mail address or password is not correct.');
const NOT_SIGNED_IN = UserError.of('UNAUTHENTICATED', 'You are not signed in.');
const SESSION_ENDED = UserError.of('UNAUTHENTICATED', 'Your session has ended. Sign in again.');
const CHOICE_EXPIRED = UserError.of('SIGN_IN_EXPIRED', 'This sign-in has expired. Sign in again.', 'ticket');
const NOT_A_MEMBER = UserError.of('NOT_FOUND', 'You are not a member of that network.', 'networkSlug');

const DAY_MS = 86_400_000;

/** How long a network choice may take after the account proved who it is. */
const CHOICE_TTL_MS = 10 * 60_000;

/** Devices remembered per account (the most recently signed-in ones). */
const KNOWN_DEVICES_PER_ACCOUNT = 20;

export function sessionCursor(session: SessionEntity): string {
  return encodeCursor([session.createdAt.toISOString(), session.id]);
}

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function ticketHash(ticket: string): string {
  return createHash('sha256').update(ticket, 'utf8').digest('base64url');
}

function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

function blockedMembership(membership: MembershipEntity): UserError | null {
  if (membership.status === 'rejected' || membership.status === 'suspended') {
    return UserError.of(`MEMBERSHIP_${membership.status.toUpperCase()}`, `Your membership in this network is ${membership.status}.`);
  }
  return null;
}

/**
 * Sessions: signing in, rotating refresh tokens (a token presented twice ends its whole session:
 * someone copied it), signing out one or every device, the list of signed-in devices, and
 * switching between the account's networks.
 */
export class SessionService {
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenIssuer,
    private readonly limits?: AttemptLimits,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    /** Where sign-ins are announced (behaviour data for the directory's admin CRM). */
    private readonly outbox?: Outbox,
    /** Tells an account's owner of a burst of failed sign-ins. */
    private readonly notices?: Pick<AccountNotices, 'failedSignIns'>,
  ) {}

  /**
   * Signs in with e-mail and password. With a network, starts a session there. Without one, starts
   * a session in the account's only network, or answers the choice of its networks (by name, with a
   * single-use ticket) when it has several. Failures slow down further attempts per account and
   * client address (see AttemptLimits); a device that signed in to the account before is counted on
   * its own, so a stranger's failures never keep the owner out. A failure answers the same for
   * registered and unregistered addresses, with or without a network. A success returns the device
   * id to keep in the device cookie.
   */
  async signIn(
    networkSlug: string | null | undefined,
    email: string,
    password: string,
    client: ClientInfo = { userAgent: null, ip: null },
    deviceId?: string | null,
  ): Promise<SignInResult> {
    const address = email.trim().toLowerCase();
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ email: address });
    const knownDevice = account && deviceId && (await this.isKnownDevice(account.id, deviceId)) ? deviceId : null;
    const attempt: SignInAttempt = { email: address, ip: client.ip, knownDevice };
    const throttled = await this.limits?.signInAllowed(attempt);
    if (throttled) return { ok: false, errors: [throttled.error], retryAfterSeconds: throttled.retryAfterSeconds };
    const network = networkSlug ? await findNetworkBySlug(this.dataSource.manager, networkSlug) : null;
    const passwordOk = await verifyPassword(account?.passwordHash, password);
    const proven = account && passwordOk ? account : null;
    let memberships: MembershipEntity[] = [];
    if (proven && networkSlug) {
      const membership = network && (await this.dataSource.getRepository(MembershipEntity).findOneBy({ networkId: network.id, accountId: proven.id }));
      if (membership) memberships = [membership];
    } else if (proven) {
      memberships = await this.dataSource.getRepository(MembershipEntity).findBy({ accountId: proven.id });
    }
    if (!proven || memberships.length === 0) {
      await this.signInFailed(attempt, account, network);
      return fail(INVALID_CREDENTIALS);
    }
    await this.limits?.signInSucceeded(attempt);
    if (memberships.length > 1) {
      const choice = await this.offerChoice(proven.id, 'password');
      return ok({ choice, deviceId: await this.rememberDevice(proven.id, deviceId) });
    }
    const [membership] = memberships;
    const blocked = blockedMembership(membership);
    if (blocked) return fail(blocked);
    const started = await this.startSession(membership, client, 'password');
    const device = await this.rememberDevice(proven.id, deviceId);
    return ok({ accessToken: started.accessToken, membership, email: proven.email, refresh: started, deviceId: device });
  }

  /**
   * Signs in an account that proved who it is through an outside provider, without a network: a
   * session in its only network, or the choice among several. An account in no network has nothing
   * to sign in to (NOT_REGISTERED).
   */
  async signInAccount(accountId: string, client: ClientInfo, method: 'social'): Promise<AccountSignIn> {
    const memberships = await this.dataSource.getRepository(MembershipEntity).findBy({ accountId });
    if (memberships.length === 0) return fail(UserError.of('NOT_REGISTERED', 'This account is not a member of any network.'));
    if (memberships.length > 1) return ok({ choice: await this.offerChoice(accountId, method) });
    const [membership] = memberships;
    const blocked = blockedMembership(membership);
    if (blocked) return fail(blocked);
    const started = await this.startSession(membership, client, method);
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
    return ok({ session: { accessToken: started.accessToken, membership, email: account.email, refresh: started } });
  }

  /** The networks a live choice ticket offers; null when the ticket is unknown, used or expired. */
  async networkChoice(ticket: string): Promise<NetworkChoice | null> {
    const row = await this.liveChoice(ticket);
    if (!row) return null;
    return { ticket, expiresAt: row.expiresAt, networks: await this.accountNetworks(row.accountId) };
  }

  /**
   * Finishes a sign-in that waited for its network: a session in the chosen one. The ticket is spent
   * only by a session; choosing a network where the membership is rejected or suspended (or none)
   * leaves it for another choice.
   */
  async chooseNetwork(ticket: string, networkSlug: string, client: ClientInfo): Promise<Result<Session>> {
    const row = await this.liveChoice(ticket);
    if (!row) return fail(CHOICE_EXPIRED);
    const network = await findNetworkBySlug(this.dataSource.manager, networkSlug);
    const membership = network ? await this.dataSource.getRepository(MembershipEntity).findOneBy({ networkId: network.id, accountId: row.accountId }) : null;
    if (!membership) return fail(NOT_A_MEMBER);
    const blocked = blockedMembership(membership);
    if (blocked) return fail(UserError.of(blocked.code, blocked.message, 'networkSlug'));
    const spent = await this.dataSource
      .createQueryBuilder()
      .update(NetworkChoiceEntity)
      .set({ usedAt: () => 'now()' })
      .where('ticket_hash = :hash AND used_at IS NULL AND expires_at > now()', { hash: row.ticketHash })
      .execute();
    if (!spent.affected) return fail(CHOICE_EXPIRED);
    const started = await this.startSession(membership, client, row.method);
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: row.accountId });
    return ok({ accessToken: started.accessToken, membership, email: account.email, refresh: started });
  }

  private async offerChoice(accountId: string, method: NetworkChoiceEntity['method']): Promise<NetworkChoice> {
    const ticket = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + CHOICE_TTL_MS);
    await this.dataSource
      .getRepository(NetworkChoiceEntity)
      .insert({ ticketHash: ticketHash(ticket), accountId, method, createdAt: now, expiresAt, usedAt: null });
    // Spent and abandoned tickets are of no use a day later.
    await this.dataSource.query(`DELETE FROM identity.network_choices WHERE expires_at < now() - interval '1 day'`);
    return { ticket, expiresAt, networks: await this.accountNetworks(accountId) };
  }

  private async liveChoice(ticket: string): Promise<NetworkChoiceEntity | null> {
    if (!ticket || ticket.length > 200) return null;
    const row = await this.dataSource.getRepository(NetworkChoiceEntity).findOneBy({ ticketHash: ticketHash(ticket) });
    if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
    return row;
  }

  private async signInFailed(attempt: SignInAttempt, account: AccountEntity | null, network: NetworkEntity | null): Promise<void> {
    const delaysStarted = await this.limits?.signInFailed(attempt);
    if (delaysStarted && account && (await this.limits!.noticeDue(account.id))) {
      this.notices?.failedSignIns(account, network && { id: network.id, slug: network.slug }, attempt.ip);
    }
  }

  private async isKnownDevice(accountId: string, deviceId: string): Promise<boolean> {
    return this.dataSource.getRepository(KnownDeviceEntity).existsBy({ accountId, deviceHash: hashRefreshToken(deviceId) });
  }

  /** Lists the device for the account (a new id when the browser had none); returns its id. */
  private async rememberDevice(accountId: string, deviceId: string | null | undefined): Promise<string> {
    const id = deviceId && deviceId.length <= 64 ? deviceId : randomBytes(32).toString('base64url');
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(KnownDeviceEntity)
      .values({ accountId, deviceHash: hashRefreshToken(id), lastSignInAt: new Date() })
      .orUpdate(['last_sign_in_at'], ['account_id', 'device_hash'])
      .execute();
    // A client without a cookie jar is a new device each time: only the account's newest devices are kept.
    await this.dataSource.query(
      `DELETE FROM identity.known_devices WHERE account_id = $1 AND device_hash NOT IN
         (SELECT device_hash FROM identity.known_devices WHERE account_id = $1 ORDER BY last_sign_in_at DESC LIMIT ${KNOWN_DEVICES_PER_ACCOUNT})`,
      [accountId],
    );
    return id;
  }

  /**
   * Counts a password reset request against the e-mail address and the client address; a refusal
   * (TOO_MANY_ATTEMPTS with the seconds to wait) reads the same whether the address is registered or not.
   */
  async passwordResetRequest(email: string, client: ClientInfo): Promise<Throttled | null> {
    return (await this.limits?.passwordResetRequest(email, client.ip)) ?? null;
  }

  /**
   * Starts a session for a membership that has just proven who it is (password, social login,
   * registration): a new refresh token family and an access token. Throws SessionRefusedError for
   * a rejected or suspended membership. With `signedInBy`, the sign-in is announced in the same transaction.
   */
  async startSession(membership: MembershipEntity, client: ClientInfo, signedInBy?: SignInMethod): Promise<StartedSession> {
    const blocked = blockedMembership(membership);
    if (blocked) throw new SessionRefusedError(blocked);
    const now = new Date();
    const session: SessionEntity = {
      id: randomUUID(),
      accountId: membership.accountId,
      membershipId: membership.id,
      networkId: membership.networkId,
      userAgent: client.userAgent,
      ip: client.ip,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.policy.absoluteDays * DAY_MS),
      revokedAt: null,
      revokedReason: null,
    };
    const { refreshToken, refreshExpiresAt } = await this.dataSource.transaction(async (manager) => {
      await manager.insert(SessionEntity, session);
      if (signedInBy) await this.announceSignIn(manager, membership, signedInBy, now);
      return this.addRefreshToken(manager, session, null, now);
    });
    const accessToken = await this.accessTokenFor(this.dataSource.manager, membership);
    return { sessionId: session.id, accessToken, refreshToken, refreshExpiresAt };
  }

  /**
   * Exchanges a refresh token for a new one and a fresh access token. A token already exchanged
   * revokes its whole session (it was copied: whoever holds either copy is signed out).
   */
  async refresh(refreshToken: string | undefined, client: ClientInfo): Promise<Result<Session>> {
    if (!refreshToken) return fail(NOT_SIGNED_IN);
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<Result<{ membership: MembershipEntity; refreshToken: string; refreshExpiresAt: Date; sessionId: string }>> => {
        const token = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: hashRefreshToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
        if (!token) return fail(SESSION_ENDED);
        const session = await manager.findOne(SessionEntity, { where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
        if (!session || session.revokedAt) return fail(SESSION_ENDED);
        const now = new Date();
        if (token.usedAt) {
          await this.revokeWhere(manager, { id: session.id }, 'refresh-token-reused');
          return fail(UserError.of('UNAUTHENTICATED', 'This sign-in was used from somewhere else, so it has been ended for your safety. Sign in again.'));
        }
        if (token.expiresAt <= now || session.expiresAt <= now) return fail(SESSION_ENDED);
        const membership = await manager.findOneBy(MembershipEntity, { id: session.membershipId, networkId: session.networkId });
        if (!membership) {
          await this.revokeWhere(manager, { id: session.id }, 'membership-gone');
          return fail(SESSION_ENDED);
        }
        const blocked = blockedMembership(membership);
        if (blocked) {
          await this.revokeWhere(manager, { id: session.id }, `membership-${membership.status}`);
          return fail(blocked);
        }
        await manager.update(RefreshTokenEntity, { id: token.id }, { usedAt: now });
        await manager.update(
          SessionEntity,
          { id: session.id },
          { lastUsedAt: now, ip: client.ip ?? session.ip, userAgent: client.userAgent ?? session.userAgent },
        );
        const next = await this.addRefreshToken(manager, session, token.id, now);
        return ok({ membership, sessionId: session.id, ...next });
      },
    );
    if (!outcome.ok) return outcome;
    const { membership, ...refresh } = outcome.value;
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: membership.accountId });
    return ok({ accessToken: await this.accessTokenFor(this.dataSource.manager, membership), membership, email: account.email, refresh });
  }

  /** The session a refresh token belongs to (used or not), if it still exists. */
  async sessionIdOf(refreshToken: string | undefined): Promise<string | null> {
    if (!refreshToken) return null;
    const token = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash: hashRefreshToken(refreshToken) }, select: { sessionId: true, id: true } });
    return token?.sessionId ?? null;
  }

  /** Ends the session of this refresh token. Nothing to end is not an error: the device is signed out either way. */
  async signOut(refreshToken: string | undefined): Promise<void> {
    const sessionId = await this.sessionIdOf(refreshToken);
    if (sessionId) await this.revokeWhere(this.dataSource.manager, { id: sessionId }, 'signed-out');
  }

  /**
   * Ends every session of the account except the one making the request (as GitHub and Google do:
   * the person stays signed in where they pressed the button), or that one too with `includeCurrent`.
   * Returns how many sessions ended.
   */
  async signOutEverywhere(accountId: string, currentSessionId: string | null, includeCurrent: boolean): Promise<number> {
    const keep = includeCurrent ? null : currentSessionId;
    return this.revokeAll(this.dataSource.manager, accountId, 'signed-out-everywhere', keep);
  }

  /** Ends every session of an account (a password was reset or changed). Pass the transaction's manager to end them with the change. */
  revokeAllSessions(accountId: string, manager: EntityManager = this.dataSource.manager, reason = 'all-sessions-revoked'): Promise<number> {
    return this.revokeAll(manager, accountId, reason, null);
  }

  /** The account's signed-in devices, newest sign-in first, a page at a time (after a cursor from `sessionCursor`). */
  async activeSessions(
    accountId: string,
    currentSessionId: string | null,
    first: number,
    after?: string | null,
  ): Promise<{ sessions: ActiveSession[]; hasNextPage: boolean; totalCount: number }> {
    const idleSince = new Date(Date.now() - this.policy.idleDays * DAY_MS);
    const query = this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.account_id = :accountId AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_used_at > :idleSince', { accountId, idleSince });
    const totalCount = await query.getCount();
    const cursor = after ? cursorKey(after, isTimeAndId) : undefined;
    if (cursor) query.andWhere('(s.created_at, s.id) < (:at, :id)', { at: cursor[0], id: cursor[1] });
    const rows = await query
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    const networkIds = [...new Set(page.map((s) => s.networkId))];
    const networks = networkIds.length ? await this.dataSource.getRepository(NetworkEntity).findBy({ id: In(networkIds) }) : [];
    const byId = new Map(networks.map((n) => [n.id, n]));
    return {
      sessions: page.map((session) => ({ session, network: byId.get(session.networkId) ?? null, current: session.id === currentSessionId })),
      hasNextPage: rows.length > first,
      totalCount,
    };
  }

  /** Ends one of the account's own sessions. */
  async revokeSession(accountId: string, sessionId: string): Promise<Result<SessionEntity>> {
    const notFound = UserError.of('NOT_FOUND', 'This session does not exist or has already ended.', 'sessionId');
    if (!isUuid(sessionId)) return fail(notFound);
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ id: sessionId, accountId });
    if (!session || session.revokedAt) return fail(notFound);
    await this.revokeWhere(this.dataSource.manager, { id: session.id, accountId }, 'revoked');
    return ok(session);
  }

  /** Every network the account belongs to, by network name. */
  async accountNetworks(accountId: string): Promise<AccountNetwork[]> {
    const memberships = await this.dataSource.getRepository(MembershipEntity).findBy({ accountId });
    if (memberships.length === 0) return [];
    const networks = await this.dataSource.getRepository(NetworkEntity).findBy({ id: In(memberships.map((m) => m.networkId)) });
    const byId = new Map(networks.map((n) => [n.id, n]));
    return memberships
      .filter((membership) => byId.has(membership.networkId))
      .map((membership) => ({ membership, network: byId.get(membership.networkId)! }))
      .sort((a, b) => a.network.name.localeCompare(b.network.name) || a.network.slug.localeCompare(b.network.slug));
  }

  /**
   * Switches to another network of the same account: an access token for that membership, and
   * the device's session moves to it (so a reload stays there). Without a session (no refresh
   * cookie) a new one is started.
   */
  async switchNetwork(viewer: Viewer, networkSlug: string, refreshToken: string | undefined, client: ClientInfo): Promise<Result<Session>> {
    const network = await findNetworkBySlug(this.dataSource.manager, networkSlug);
    const membership = network ? await this.dataSource.getRepository(MembershipEntity).findOneBy({ networkId: network.id, accountId: viewer.accountId }) : null;
    if (!membership) return fail(UserError.of('NOT_FOUND', 'You are not a member of that network.', 'networkSlug'));
    const blocked = blockedMembership(membership);
    if (blocked) return fail(UserError.of(blocked.code, blocked.message, 'networkSlug'));
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: viewer.accountId });
    const sessionId = await this.sessionIdOf(refreshToken);
    const moved = sessionId
      ? await this.dataSource.transaction(async (manager) => {
          const result = await manager
            .getRepository(SessionEntity)
            .createQueryBuilder()
            .update()
            .set({ membershipId: membership.id, networkId: membership.networkId, lastUsedAt: () => 'now()' })
            .where('id = :sessionId AND account_id = :accountId AND revoked_at IS NULL', { sessionId, accountId: viewer.accountId })
            .execute();
          if (result.affected) await this.announceSignIn(manager, membership, 'switch', new Date());
          return result;
        })
      : undefined;
    if (moved?.affected) {
      return ok({ accessToken: await this.accessTokenFor(this.dataSource.manager, membership), membership, email: account.email });
    }
    const started = await this.startSession(membership, client, 'switch');
    return ok({ accessToken: started.accessToken, membership, email: account.email, refresh: started });
  }

  /** A fresh access token reflecting the membership as it is now, optionally for another network of the same account (no session change). */
  async renew(viewer: Viewer, networkSlug?: string | null): Promise<Result<Session>> {
    const memberships = this.dataSource.getRepository(MembershipEntity);
    let membership: MembershipEntity | null;
    if (networkSlug) {
      const network = await findNetworkBySlug(this.dataSource.manager, networkSlug);
      membership = network ? await memberships.findOneBy({ networkId: network.id, accountId: viewer.accountId }) : null;
      if (!membership) return fail(UserError.of('NOT_FOUND', 'You are not a member of that network.', 'networkSlug'));
    } else {
      membership = await memberships.findOneBy({ id: viewer.membershipId, networkId: viewer.networkId });
      if (!membership) return fail(UserError.of('NOT_FOUND', 'Your membership no longer exists.'));
    }
    const blocked = blockedMembership(membership);
    if (blocked) return fail(blocked);
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: viewer.accountId });
    return ok({ accessToken: await this.accessTokenFor(this.dataSource.manager, membership), membership, email: account.email });
  }

  /** Prunes every `intervalMs` (errors go to `onError`). */
  startPruning(intervalMs: number, onError: (error: unknown) => void): void {
    this.pruneTimer = setInterval(() => void this.prune().catch(onError), intervalMs);
    this.pruneTimer.unref();
  }

  stopPruning(): void {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
  }

  /**
   * Deletes what no longer matters: sessions ended (revoked, expired or idle) more than `keepDays`
   * ago with their tokens, and used refresh tokens older than the idle window of sessions still
   * alive. Returns how many sessions and tokens went.
   */
  async prune(keepDays = 30): Promise<{ sessions: number; tokens: number }> {
    return this.dataSource.transaction(async (manager) => {
      // One instance at a time; the others skip this round.
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('identity.sessions.prune')) AS locked`);
      if (!locked) return { sessions: 0, tokens: 0 };
      const endedBefore = new Date(Date.now() - keepDays * DAY_MS);
      const idleBefore = new Date(Date.now() - (this.policy.idleDays + keepDays) * DAY_MS);
      const sessions = await manager
        .createQueryBuilder()
        .delete()
        .from(SessionEntity)
        .where('revoked_at < :endedBefore OR expires_at < :endedBefore OR last_used_at < :idleBefore', { endedBefore, idleBefore })
        .execute();
      const usedBefore = new Date(Date.now() - this.policy.idleDays * DAY_MS);
      const tokens = await manager.createQueryBuilder().delete().from(RefreshTokenEntity).where('used_at < :usedBefore', { usedBefore }).execute();
      return { sessions: sessions.affected ?? 0, tokens: tokens.affected ?? 0 };
    });
  }

  private async accessTokenFor(manager: EntityManager, membership: MembershipEntity): Promise<string> {
    return this.tokens.issue({
      sub: membership.accountId,
      mid: membership.id,
      nid: membership.networkId,
      role: membership.role,
      status: membership.status,
      perms: await permissionsOfMembership(manager, membership),
    });
  }

  private async announceSignIn(manager: EntityManager, membership: MembershipEntity, method: SignInMethod, at: Date): Promise<void> {
    await this.outbox?.add(manager, MemberSignedIn, membership.networkId, {
      membershipId: membership.id,
      accountId: membership.accountId,
      networkId: membership.networkId,
      method,
      signedInAt: at.toISOString(),
    });
  }

  private async addRefreshToken(
    manager: EntityManager,
    session: SessionEntity,
    parentId: string | null,
    now: Date,
  ): Promise<{ refreshToken: string; refreshExpiresAt: Date }> {
    const refreshToken = newRefreshToken();
    const refreshExpiresAt = new Date(Math.min(now.getTime() + this.policy.idleDays * DAY_MS, session.expiresAt.getTime()));
    await manager.insert(RefreshTokenEntity, {
      id: randomUUID(),
      sessionId: session.id,
      accountId: session.accountId,
      tokenHash: hashRefreshToken(refreshToken),
      parentId,
      createdAt: now,
      expiresAt: refreshExpiresAt,
      usedAt: null,
    });
    return { refreshToken, refreshExpiresAt };
  }

  private async revokeWhere(manager: EntityManager, where: { id: string; accountId?: string }, reason: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('id = :id AND revoked_at IS NULL', { id: where.id })
      .andWhere(where.accountId ? 'account_id = :accountId' : 'TRUE', { accountId: where.accountId })
      .execute();
  }

  private async revokeAll(manager: EntityManager, accountId: string, reason: string, exceptSessionId: string | null): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    const result = await query.execute();
    return result.affected ?? 0;
  }
}
