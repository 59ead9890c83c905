import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from '@kizuna/subgraph';
import type { MembershipEntity } from '../memberships/membership.entity';
import { clientOf, secureCookies, type ClientInfo } from '../sessions/http-exchange';
import { setRefreshCookie } from '../sessions/refresh-cookie';
import type { AccountSignIn } from '../sessions/session.service';
import type { CallbackOutcome, SocialLoginService } from './social-login.service';

/** Starts a signed-in session for a member, or for an account without a network: what the session module offers to routes. */
export interface SessionStarter {
  startSession(
    membership: MembershipEntity,
    client: ClientInfo,
    signedInBy?: 'social',
  ): Promise<{ accessToken: string; refreshToken: string; refreshExpiresAt: Date }>;
  signInAccount(accountId: string, client: ClientInfo, method: 'social'): Promise<AccountSignIn>;
}

/** Ties a flow to the browser that started it, so a callback URL sent to someone else signs no one in. */
const BINDING_COOKIE = 'kizuna_oidc';
const BINDING_COOKIE_PATH = '/auth/oidc';
const BINDING_TTL_MS = 10 * 60_000;

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}

function errorPage(code: string, details: { provider: string; intent?: string | null; networkSlug?: string | null }): string {
  const query = new URLSearchParams({ code, provider: details.provider });
  if (details.intent) query.set('intent', details.intent);
  if (details.networkSlug) query.set('network', details.networkSlug);
  return `/social-login/error?${query.toString()}`;
}

/**
 * The browser side of social sign-in, under /auth (the web origin proxies it through the gateway):
 * `GET /auth/oidc/:provider/start?network=<slug>&intent=sign-in|sign-up` sends the browser to the
 * provider (a sign-in may omit the network); `/auth/oidc/:provider/callback` (GET, or POST for
 * providers answering with form_post) finishes: a session (refresh cookie) and the app, the sign-in
 * page with the choice of the account's networks, the join page with a sign-up ticket, account
 * settings to finish a link, or a page explaining what went wrong. Every redirect is to a path of
 * the web origin, never to a URL taken from the request.
 */
export function socialRoutes(app: Express, deps: { social: SocialLoginService; sessions: SessionStarter; log: Logger }): void {
  const { social, sessions, log } = deps;

  app.get('/auth/oidc/:provider/start', async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    const provider = String(req.params.provider);
    const networkSlug = typeof req.query.network === 'string' ? req.query.network : '';
    const intent = typeof req.query.intent === 'string' ? req.query.intent : 'sign-in';
    const started = await social.start(provider, intent, networkSlug, readCookie(req, BINDING_COOKIE));
    if ('error' in started) {
      res.redirect(303, errorPage(started.error, { provider, intent, networkSlug }));
      return;
    }
    if (started.browserBinding) {
      res.cookie(BINDING_COOKIE, started.browserBinding, {
        httpOnly: true,
        // Providers answering with form_post (Apple) come back with a cross-site POST: over https the
        // cookie must travel with it. Plain-http local setups keep Lax (None requires Secure).
        sameSite: secureCookies(res) ? 'none' : 'lax',
        secure: secureCookies(res),
        path: BINDING_COOKIE_PATH,
        maxAge: BINDING_TTL_MS,
      });
    }
    res.redirect(303, started.authorizationUrl.toString());
  });

  const callback = async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    const provider = String(req.params.provider);
    const params = new URLSearchParams();
    const source = req.method === 'POST' ? ((req.body ?? {}) as Record<string, unknown>) : (req.query as Record<string, unknown>);
    for (const [key, value] of Object.entries(source)) if (typeof value === 'string') params.set(key, value);
    let outcome: CallbackOutcome;
    try {
      outcome = await social.callback(provider, params, readCookie(req, BINDING_COOKIE));
    } catch (error) {
      log.error({ err: error, provider }, 'social sign-in callback failed');
      res.redirect(303, errorPage('LOGIN_FAILED', { provider }));
      return;
    }
    switch (outcome.kind) {
      case 'error':
        res.redirect(303, errorPage(outcome.code, { provider, intent: outcome.intent, networkSlug: outcome.networkSlug }));
        return;
      case 'sign-up':
        res.redirect(303, `/join/${encodeURIComponent(outcome.networkSlug)}?signup=${encodeURIComponent(outcome.ticket)}`);
        return;
      case 'link':
        res.redirect(303, `/account?linkTicket=${encodeURIComponent(outcome.ticket)}`);
        return;
      case 'account': {
        let signedIn: AccountSignIn;
        try {
          signedIn = await sessions.signInAccount(outcome.accountId, clientOf(req), 'social');
        } catch (error) {
          log.warn({ err: error, provider }, 'social sign-in could not start a session');
          res.redirect(303, errorPage('LOGIN_FAILED', { provider }));
          return;
        }
        if (!signedIn.ok) {
          res.redirect(303, errorPage(signedIn.errors[0].code, { provider, intent: 'sign-in' }));
          return;
        }
        if ('choice' in signedIn.value) {
          res.redirect(303, `/sign-in?choice=${encodeURIComponent(signedIn.value.choice.ticket)}`);
          return;
        }
        const { refresh, membership } = signedIn.value.session;
        setRefreshCookie(res, refresh!.refreshToken, refresh!.refreshExpiresAt);
        res.redirect(303, membership.status === 'pending' ? '/pending' : '/');
        return;
      }
      case 'session': {
        let session: Awaited<ReturnType<SessionStarter['startSession']>>;
        try {
          session = await sessions.startSession(outcome.membership, clientOf(req), 'social');
        } catch (error) {
          // Suspended between the check and now, or the database failed: no session either way.
          log.warn({ err: error, provider }, 'social sign-in could not start a session');
          res.redirect(303, errorPage('LOGIN_FAILED', { provider }));
          return;
        }
        setRefreshCookie(res, session.refreshToken, session.refreshExpiresAt);
        res.redirect(303, outcome.membership.status === 'pending' ? '/pending' : '/');
        return;
      }
    }
  };
  app.get('/auth/oidc/:provider/callback', callback);
  app.post('/auth/oidc/:provider/callback', express.urlencoded({ extended: false, limit: '64kb' }), callback);
}
