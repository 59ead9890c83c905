import { findNetworkBySlug } from '../networks/network.service';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import * as oidc from 'openid-client';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { AccountLoginLinked, AccountLoginUnlinked, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Logger, type Result } from '@kizuna/subgraph';
import { AccountEntity } from '../accounts/account.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { NetworkEntity } from '../networks/network.entity';
import type { ProviderConfig, ProviderIdentity } from './provider-config';
import { SocialProvider } from './providers';
import { LinkedLoginEntity, OidcFlowEntity, SocialSignupTicketEntity, type FlowIntent } from './social.entities';
import { isUniqueViolation } from '@kizuna/data';

/** The provider whose link later issues target ("LINE linked" audiences, delivery to LINE). */
export const LINE_PROVIDER = 'line';

const FLOW_TTL_MS = 10 * 60_000;
const TICKET_TTL_MS = 30 * 60_000;

/** Why a social sign-in did not finish; the web page at /social-login/error explains each. */
export type SocialErrorCode =
  | 'UNKNOWN_PROVIDER'
  | 'UNKNOWN_NETWORK'
  | 'INVALID_REQUEST'
  | 'PROVIDER_UNAVAILABLE'
  | 'FLOW_NOT_FOUND'
  | 'FLOW_EXPIRED'
  | 'CONSENT_DENIED'
  | 'PROVIDER_ERROR'
  | 'LOGIN_FAILED'
  | 'EMAIL_IN_USE'
  | 'MEMBERSHIP_REJECTED'
  | 'MEMBERSHIP_SUSPENDED'
  | 'NOT_REGISTERED';

/**
 * Where a callback leads: a session, the account's sign-in without a network (its only network or
 * the choice among several), the join page with a ticket, account settings to finish a link, or an error page.
 */
export type CallbackOutcome =
  | { kind: 'session'; membership: MembershipEntity }
  | { kind: 'account'; accountId: string }
  | { kind: 'sign-up'; ticket: string; networkSlug: string }
  | { kind: 'link'; ticket: string }
  | { kind: 'error'; code: SocialErrorCode; intent: FlowIntent | null; networkSlug: string | null };

export interface StartedFlow {
  authorizationUrl: URL;
  /** Random value for the starting browser's cookie (sign-in and sign-up only). */
  browserBinding: string | null;
}

/** Prefill for the join page, from a sign-up ticket. */
export interface SocialSignupDetails {
  provider: string;
  providerName: string;
  networkSlug: string;
  displayName: string | null;
  email: string | null;
  emailVerified: boolean;
  pictureUrl: string | null;
  /** The login already belongs to an account: the person joins this network with that account. */
  existingAccount: boolean;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Sign-in, sign-up and linking through outside providers (OpenID Connect or OAuth 2). Flows live in
 * the database keyed by the hash of their state, so any identity instance can finish them; state,
 * nonce and PKCE are checked by openid-client. A provider's login never attaches itself to an
 * account just because the e-mail matches: linking is something the signed-in owner does.
 */
export class SocialLoginService {
  private readonly providers: Map<string, SocialProvider>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    configs: ProviderConfig[],
    private readonly publicWebUrl: string,
    private readonly log: Logger,
  ) {
    this.providers = new Map(configs.map((config) => [config.id, new SocialProvider(config)]));
  }

  list(): { id: string; name: string }[] {
    return [...this.providers.values()].map((p) => ({ id: p.id, name: p.name }));
  }

  providerName(id: string): string {
    return this.providers.get(id)?.name ?? id;
  }

  /** Where the provider sends the browser back: the web origin, which proxies /auth to identity. */
  redirectUri(providerId: string): string {
    return `${this.publicWebUrl.replace(/\/$/, '')}/auth/oidc/${providerId}/callback`;
  }

  /**
   * Starts a sign-in or sign-up at a provider (GET /auth/oidc/:provider/start). A sign-up is to a
   * network; a sign-in may name none (the network is chosen once the provider answered).
   */
  async start(providerId: string, intent: string, networkSlug: string, existingBinding?: string): Promise<StartedFlow | { error: SocialErrorCode }> {
    const provider = this.providers.get(providerId);
    if (!provider) return { error: 'UNKNOWN_PROVIDER' };
    if (intent !== 'sign-in' && intent !== 'sign-up') return { error: 'INVALID_REQUEST' };
    const network = networkSlug ? await findNetworkBySlug(this.dataSource.manager, networkSlug) : null;
    if (!network && (networkSlug || intent === 'sign-up')) return { error: 'UNKNOWN_NETWORK' };
    // Flows started in several tabs share the browser's binding.
    const browserBinding = existingBinding && /^[A-Za-z0-9_-]{43}$/.test(existingBinding) ? existingBinding : randomToken();
    try {
      const authorizationUrl = await this.createFlow(provider, intent, network?.id ?? null, null, browserBinding);
      return { authorizationUrl, browserBinding };
    } catch (error) {
      this.log.warn({ err: error, provider: providerId }, 'social sign-in provider unavailable');
      return { error: 'PROVIDER_UNAVAILABLE' };
    }
  }

  /** The authorization URL that links a login at `providerId` to the viewer's account. */
  async startLink(viewer: Viewer, providerId: string): Promise<Result<URL>> {
    const provider = this.providers.get(providerId);
    if (!provider) return fail(UserError.of('NOT_FOUND', 'This sign-in provider is not available.', 'provider'));
    const existing = await this.dataSource.getRepository(LinkedLoginEntity).findOneBy({ accountId: viewer.accountId, provider: providerId });
    if (existing) return fail(UserError.of('ALREADY_LINKED', `A ${provider.name} login is already linked to your account.`, 'provider'));
    try {
      return ok(await this.createFlow(provider, 'link', viewer.networkId, viewer.accountId, null));
    } catch (error) {
      this.log.warn({ err: error, provider: providerId }, 'social sign-in provider unavailable');
      return fail(UserError.of('PROVIDER_UNAVAILABLE', `${provider.name} cannot be reached right now. Try again in a few minutes.`, 'provider'));
    }
  }

  private async createFlow(
    provider: SocialProvider,
    intent: FlowIntent,
    networkId: string | null,
    accountId: string | null,
    browserBinding: string | null,
  ): Promise<URL> {
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const authorizationUrl = await provider.authorizationUrl({ redirectUri: this.redirectUri(provider.id), state, nonce, codeVerifier });
    const now = new Date();
    await this.dataSource.getRepository(OidcFlowEntity).insert({
      stateHash: sha256(state),
      provider: provider.id,
      intent,
      networkId,
      accountId,
      codeVerifier,
      nonce,
      browserBindingHash: browserBinding ? sha256(browserBinding) : null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + FLOW_TTL_MS),
    });
    // Finished and abandoned flows and tickets are of no use a day later.
    void this.dataSource
      .query(`DELETE FROM identity.oidc_flows WHERE expires_at < now() - interval '1 day'`)
      .then(() => this.dataSource.query(`DELETE FROM identity.social_signup_tickets WHERE expires_at < now() - interval '1 day'`))
      .catch((error: unknown) => this.log.warn({ err: error }, 'could not purge old social sign-in flows'));
    return authorizationUrl;
  }

  /**
   * The provider sent the browser back (GET or POST /auth/oidc/:provider/callback). The flow is taken
   * (single use) by its state; the code is redeemed with the flow's PKCE verifier and nonce.
   */
  async callback(providerId: string, params: URLSearchParams, browserBinding: string | undefined): Promise<CallbackOutcome> {
    const state = params.get('state');
    const flow = state ? await this.takeFlow(state) : null;
    const network = flow?.networkId ? await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: flow.networkId }) : null;
    const error = (code: SocialErrorCode): CallbackOutcome => ({ kind: 'error', code, intent: flow?.intent ?? null, networkSlug: network?.slug ?? null });
    if (!flow || flow.provider !== providerId) return error('FLOW_NOT_FOUND');
    if (flow.browserBindingHash && (!browserBinding || sha256(browserBinding) !== flow.browserBindingHash)) return error('FLOW_NOT_FOUND');
    if (flow.expiresAt.getTime() < Date.now()) return error('FLOW_EXPIRED');
    const providerError = params.get('error');
    if (providerError) return error(providerError === 'access_denied' ? 'CONSENT_DENIED' : 'PROVIDER_ERROR');
    const provider = this.providers.get(providerId);
    // Only a sign-in may start without a network; a flow whose network is gone is over.
    if (!provider || (!network && (flow.intent !== 'sign-in' || flow.networkId))) return error('FLOW_NOT_FOUND');

    let identity: ProviderIdentity;
    try {
      identity = await provider.finish(params, {
        state: state!,
        nonce: flow.nonce,
        codeVerifier: flow.codeVerifier,
        redirectUri: this.redirectUri(providerId),
      });
    } catch (failure) {
      this.log.warn({ err: failure, provider: providerId }, 'social sign-in refused: the provider response did not check out');
      return error('LOGIN_FAILED');
    }

    if (flow.intent === 'link') {
      const ticket = await this.createTicket('link', provider, network!.id, flow.accountId, identity);
      return { kind: 'link', ticket };
    }

    const linked = await this.dataSource.getRepository(LinkedLoginEntity).findOneBy({ provider: providerId, subject: identity.subject });
    if (linked) await this.dataSource.getRepository(LinkedLoginEntity).update({ id: linked.id }, { lastUsedAt: new Date() });
    // Without a network there is nothing to sign up to: only an account this login belongs to signs in.
    if (!network) return linked ? { kind: 'account', accountId: linked.accountId } : error('NOT_REGISTERED');
    if (linked) {
      const membership = await this.dataSource.getRepository(MembershipEntity).findOneBy({ networkId: network.id, accountId: linked.accountId });
      if (membership?.status === 'rejected') return error('MEMBERSHIP_REJECTED');
      if (membership?.status === 'suspended') return error('MEMBERSHIP_SUSPENDED');
      if (membership) return { kind: 'session', membership };
      const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: linked.accountId });
      const ticket = await this.createTicket('sign-up', provider, network.id, account.id, {
        ...identity,
        displayName: account.displayName,
        email: account.email,
      });
      return { kind: 'sign-up', ticket, networkSlug: network.slug };
    }

    // An account with this e-mail exists but never linked this login: it is not ours to attach.
    if (identity.email && (await this.dataSource.getRepository(AccountEntity).existsBy({ email: identity.email }))) return error('EMAIL_IN_USE');
    const ticket = await this.createTicket('sign-up', provider, network.id, null, identity);
    return { kind: 'sign-up', ticket, networkSlug: network.slug };
  }

  private async takeFlow(state: string): Promise<OidcFlowEntity | null> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(OidcFlowEntity)
      .where('state_hash = :hash', { hash: sha256(state) })
      .returning('*')
      .execute();
    const row = (rows.raw as Record<string, unknown>[])[0];
    if (!row) return null;
    return Object.assign(new OidcFlowEntity(), {
      stateHash: row.state_hash,
      provider: row.provider,
      intent: row.intent,
      networkId: row.network_id,
      accountId: row.account_id,
      codeVerifier: row.code_verifier,
      nonce: row.nonce,
      browserBindingHash: row.browser_binding_hash,
      createdAt: new Date(row.created_at as string),
      expiresAt: new Date(row.expires_at as string),
    });
  }

  private async createTicket(
    purpose: 'sign-up' | 'link',
    provider: SocialProvider,
    networkId: string,
    accountId: string | null,
    identity: ProviderIdentity,
  ): Promise<string> {
    const ticket = randomToken();
    const now = new Date();
    await this.dataSource.getRepository(SocialSignupTicketEntity).insert({
      ticketHash: sha256(ticket),
      purpose,
      provider: provider.id,
      subject: identity.subject,
      networkId,
      accountId,
      email: identity.email,
      emailVerified: identity.emailVerified,
      displayName: identity.displayName,
      pictureUrl: identity.pictureUrl,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TICKET_TTL_MS),
      usedAt: null,
    });
    return ticket;
  }

  private async liveTicket(
    ticket: string,
    purpose: 'sign-up' | 'link',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SocialSignupTicketEntity | null> {
    if (!ticket || ticket.length > 200) return null;
    const row = await manager.findOneBy(SocialSignupTicketEntity, { ticketHash: sha256(ticket), purpose });
    if (!row || row.usedAt || row.expiresAt.getTime() < Date.now()) return null;
    return row;
  }

  /** What the join page prefills for a sign-up ticket; null when it is unknown, used or expired. */
  async signupDetails(ticket: string): Promise<SocialSignupDetails | null> {
    const row = await this.liveTicket(ticket, 'sign-up');
    if (!row) return null;
    const network = await this.dataSource.getRepository(NetworkEntity).findOneByOrFail({ id: row.networkId });
    return {
      provider: row.provider,
      providerName: this.providerName(row.provider),
      networkSlug: network.slug,
      displayName: row.displayName,
      email: row.email,
      emailVerified: row.emailVerified,
      pictureUrl: row.pictureUrl,
      existingAccount: row.accountId !== null,
    };
  }

  /** Checks a sign-up ticket for `register` in this network (field `socialSignupTicket`). */
  async checkSignupTicket(ticket: string, networkId: string): Promise<Result<SocialSignupTicketEntity>> {
    const row = await this.liveTicket(ticket, 'sign-up');
    if (!row || row.networkId !== networkId) {
      return fail(UserError.of('SIGNUP_EXPIRED', 'This sign-up has expired. Continue with your provider again.', 'socialSignupTicket'));
    }
    return ok(row);
  }

  /**
   * Completes a sign-up in `register`'s transaction, after its membership is saved: the ticket is
   * used, the login linked to the account unless it already is, and the link published. A ticket
   * used twice at once, or a login linked elsewhere meanwhile, throws: the whole registration rolls back.
   */
  async redeemSignupTicket(manager: EntityManager, ticket: SocialSignupTicketEntity, accountId: string, membershipId: string): Promise<void> {
    const used = await manager
      .createQueryBuilder()
      .update(SocialSignupTicketEntity)
      .set({ usedAt: () => 'now()' })
      .where('ticket_hash = :hash AND used_at IS NULL', { hash: ticket.ticketHash })
      .execute();
    if (!used.affected) throw new GraphQLError('This sign-up was just completed. Sign in instead.', { extensions: { code: 'SIGNUP_EXPIRED' } });
    if (ticket.accountId) {
      // The account's logins are already linked: the network it just joined learns of them.
      for (const login of await manager.find(LinkedLoginEntity, { where: { accountId } })) {
        await this.publishLinkChange(manager, accountId, login.provider, 'linked', membershipId);
      }
      return;
    }
    try {
      await manager.insert(LinkedLoginEntity, {
        id: randomUUID(),
        accountId,
        provider: ticket.provider,
        subject: ticket.subject,
        email: ticket.email,
        displayName: ticket.displayName,
        linkedAt: new Date(),
        lastUsedAt: new Date(),
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new GraphQLError(alreadyLinkedElsewhere(this.providerName(ticket.provider), 'socialSignupTicket').message, {
          extensions: { code: 'LOGIN_LINKED_ELSEWHERE' },
        });
      throw error;
    }
    await this.publishLinkChange(manager, accountId, ticket.provider, 'linked');
  }

  /** Links the login of a link ticket to the viewer's account: only the account that started the link may finish it. */
  async completeLink(viewer: Viewer, ticket: string): Promise<Result<LinkedLoginEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.liveTicket(ticket, 'link', manager);
      if (!row || row.accountId !== viewer.accountId) {
        return fail(UserError.of('LINK_EXPIRED', 'This link request has expired or belongs to another account. Start again.', 'ticket'));
      }
      await manager.update(SocialSignupTicketEntity, { ticketHash: row.ticketHash }, { usedAt: new Date() });
      const name = this.providerName(row.provider);
      const owner = await manager.findOneBy(LinkedLoginEntity, { provider: row.provider, subject: row.subject });
      if (owner && owner.accountId === viewer.accountId) return ok(owner);
      if (owner) return fail(alreadyLinkedElsewhere(name, 'ticket'));
      if (await manager.existsBy(LinkedLoginEntity, { accountId: viewer.accountId, provider: row.provider })) {
        return fail(UserError.of('ALREADY_LINKED', `Another ${name} login is already linked to your account. Unlink it first.`, 'ticket'));
      }
      const login = Object.assign(new LinkedLoginEntity(), {
        id: randomUUID(),
        accountId: viewer.accountId,
        provider: row.provider,
        subject: row.subject,
        email: row.email,
        displayName: row.displayName,
        linkedAt: new Date(),
        lastUsedAt: null,
      });
      try {
        // A savepoint: a concurrent link of the same login fails here without aborting the transaction.
        await manager.transaction((inner) => inner.insert(LinkedLoginEntity, login));
      } catch (error) {
        if (isUniqueViolation(error)) return fail(alreadyLinkedElsewhere(name, 'ticket'));
        throw error;
      }
      await this.publishLinkChange(manager, viewer.accountId, row.provider, 'linked');
      return ok(login);
    });
  }

  /** Removes a linked login, unless it is the account's last way to sign in. */
  async unlink(viewer: Viewer, providerId: string): Promise<Result<LinkedLoginEntity[]>> {
    return this.dataSource.transaction(async (manager) => {
      // Locks the account: two concurrent unlinks cannot both see "another way is left".
      const account = await manager.findOne(AccountEntity, { where: { id: viewer.accountId }, lock: { mode: 'pessimistic_write' } });
      if (!account) return fail(UserError.of('NOT_FOUND', 'Your account no longer exists.'));
      const logins = await manager.find(LinkedLoginEntity, { where: { accountId: account.id }, order: { linkedAt: 'ASC' } });
      const login = logins.find((l) => l.provider === providerId);
      if (!login) return fail(UserError.of('NOT_FOUND', 'This login is not linked to your account.', 'provider'));
      if (!account.passwordHash && logins.length === 1) {
        return fail(
          UserError.of(
            'LAST_SIGN_IN_METHOD',
            `${this.providerName(providerId)} is the only way you sign in. Set a password or link another login before unlinking it.`,
            'provider',
          ),
        );
      }
      await manager.delete(LinkedLoginEntity, { id: login.id });
      await this.publishLinkChange(manager, account.id, providerId, 'unlinked');
      return ok(logins.filter((l) => l.id !== login.id));
    });
  }

  linkedLogins(accountId: string): Promise<LinkedLoginEntity[]> {
    return this.dataSource.getRepository(LinkedLoginEntity).find({ where: { accountId }, order: { linkedAt: 'ASC' } });
  }

  /** Account ids among `accountIds` with a LINE login linked. */
  async withLineLinked(accountIds: string[]): Promise<Set<string>> {
    if (accountIds.length === 0) return new Set();
    const rows: { account_id: string }[] = await this.dataSource.query(
      `SELECT account_id FROM identity.linked_logins WHERE provider = $1 AND account_id = ANY($2::uuid[])`,
      [LINE_PROVIDER, accountIds],
    );
    return new Set(rows.map((r) => r.account_id));
  }

  async hasPassword(accountId: string): Promise<boolean> {
    const rows: { has: boolean }[] = await this.dataSource.query(`SELECT password_hash IS NOT NULL AS has FROM identity.accounts WHERE id = $1`, [accountId]);
    return rows[0]?.has ?? false;
  }

  /** Account events go out once per membership: each network's consumers see their own member. */
  private async publishLinkChange(
    manager: EntityManager,
    accountId: string,
    provider: string,
    change: 'linked' | 'unlinked',
    onlyMembershipId?: string,
  ): Promise<void> {
    const memberships = await manager.find(MembershipEntity, { where: onlyMembershipId ? { accountId, id: onlyMembershipId } : { accountId } });
    const lineLinked = await manager.existsBy(LinkedLoginEntity, { accountId, provider: LINE_PROVIDER });
    const at = new Date().toISOString();
    for (const membership of memberships) {
      const data = { accountId, membershipId: membership.id, provider, lineLinked };
      if (change === 'linked') await this.outbox.add(manager, AccountLoginLinked, membership.networkId, { ...data, linkedAt: at });
      else await this.outbox.add(manager, AccountLoginUnlinked, membership.networkId, { ...data, unlinkedAt: at });
    }
  }
}

function alreadyLinkedElsewhere(providerName: string, field: string): UserError {
  return UserError.of(
    'LOGIN_LINKED_ELSEWHERE',
    `This ${providerName} login already belongs to another Kizuna account. Sign in with it there, or unlink it from that account first.`,
    field,
  );
}
