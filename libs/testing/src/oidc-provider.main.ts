/**
 * A local OpenID Connect provider (the `oidc-provider` package) playing LINE, Google, Microsoft,
 * Apple and Facebook on one port, each under its own issuer path, for tests and `npm start`: no
 * sign-in ever leaves the machine. Its development login form takes any login id; the person's
 * claims come from that id, or from what a test set with `PUT /__accounts/<provider>/<login>`, and
 * each provider hands them out in its own shape. Configured by the LOCAL_OIDC_CONFIG environment
 * variable (see oidc-provider.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import express from 'express';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import {
  LOCAL_FACEBOOK_GRAPH_PATH,
  LOCAL_MICROSOFT_TENANT,
  LOCAL_OIDC_PROVIDERS,
  type LocalOidcClaims,
  type LocalOidcConfig,
  type LocalOidcProviderId,
} from './oidc-provider';

type Claims = Record<string, unknown>;

const config = JSON.parse(process.env.LOCAL_OIDC_CONFIG ?? '{}') as LocalOidcConfig;
const base = `http://127.0.0.1:${config.port}`;
const accounts = new Map<string, LocalOidcClaims>();
/** Apple logins that already authorized once: Apple sends the name only the first time. */
const appleAuthorized = new Set<string>();

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Claims of a login nobody described: a name and an address made from the login id. */
function defaultClaims(provider: LocalOidcProviderId, login: string): LocalOidcClaims {
  const email = login.includes('@') ? login.toLowerCase() : `${login.toLowerCase()}@${provider}.example`;
  const name =
    login
      .split('@')[0]
      .split(/[._-]+/)
      .filter(Boolean)
      .map(titleCase)
      .join(' ') || login;
  return { name, email, email_verified: true, picture: `https://profile.${provider}.example/${encodeURIComponent(login)}.png` };
}

function personOf(provider: LocalOidcProviderId, login: string): LocalOidcClaims {
  return accounts.get(`${provider}/${login}`) ?? defaultClaims(provider, login);
}

/** A stable UUID made from a login id (Microsoft's `oid`). */
function uuidOf(value: string): string {
  const hex = createHash('sha256').update(value).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The person's claims as each provider puts them in its ID token (Facebook: in its Graph `/me`). */
function claimsOf(provider: LocalOidcProviderId, login: string): Claims {
  const person = personOf(provider, login);
  switch (provider) {
    case 'line': {
      // LINE gives no verified flag: it only hands out addresses it verified.
      const { email_verified: _ignored, preferred_username: _none, ...rest } = person;
      return rest;
    }
    case 'google':
      return { name: person.name, email: person.email, email_verified: person.email_verified, picture: person.picture };
    case 'microsoft':
      // No picture and no verified flag; the e-mail claim only when the directory has one.
      return {
        name: person.name,
        preferred_username: person.preferred_username ?? person.email ?? `${login.toLowerCase()}@contoso.example`,
        ...(person.email ? { email: person.email } : {}),
        oid: uuidOf(`microsoft/${login}`),
        tid: LOCAL_MICROSOFT_TENANT,
      };
    case 'apple':
      // No name in the ID token; Apple writes booleans as strings.
      return person.email ? { email: person.email, email_verified: String(person.email_verified ?? true), is_private_email: 'false' } : {};
    case 'facebook':
      return {
        id: String(BigInt(`0x${createHash('sha256').update(login).digest('hex').slice(0, 13)}`)),
        name: person.name,
        ...(person.email ? { email: person.email } : {}),
        picture: { data: { height: 50, is_silhouette: !person.picture, url: person.picture ?? 'https://static.facebook.example/silhouette.png', width: 50 } },
      };
  }
}

/** Apple's `user` form field: the name (and address) it sends beside the code on the first authorization. */
function appleUserField(login: string): string {
  const person = personOf('apple', login);
  const [firstName, ...rest] = (person.name ?? '').split(' ');
  return JSON.stringify({ name: { firstName, lastName: rest.join(' ') }, ...(person.email ? { email: person.email } : {}) });
}

async function signingKeys() {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  const ec = await generateKeyPair('ES256', { extractable: true });
  return [
    { ...(await exportJWK(rsa.privateKey)), kid: 'local-rs256', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.privateKey)), kid: 'local-es256', alg: 'ES256', use: 'sig' },
  ];
}

async function main() {
  const keys = await signingKeys();
  const app = express();
  app.disable('x-powered-by');
  app.put('/__accounts/:provider/:login', express.json(), (req, res) => {
    accounts.set(`${req.params.provider}/${req.params.login}`, req.body as LocalOidcClaims);
    // A person described afresh authorizes Apple for the first time again.
    appleAuthorized.delete(req.params.login);
    res.status(204).end();
  });

  const providers = new Map<LocalOidcProviderId, Provider>();

  // Facebook's Graph `/me`: the person behind an access token the local Facebook issued, with the
  // fields asked for (`id` always; `email` only with the email permission), as Facebook answers.
  app.get(LOCAL_FACEBOOK_GRAPH_PATH, async (req, res) => {
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? (typeof req.query.access_token === 'string' ? req.query.access_token : '');
    const accessToken = token ? await providers.get('facebook')!.AccessToken.find(token) : undefined;
    if (!accessToken || accessToken.isExpired || accessToken.clientId !== LOCAL_OIDC_PROVIDERS.facebook.clientId) {
      res.status(400).json({ error: { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190 } });
      return;
    }
    const granted = new Set((accessToken.scope ?? '').split(' '));
    const fields = new Set(['id', ...String(req.query.fields ?? 'id,name').split(',')]);
    const profile = claimsOf('facebook', accessToken.accountId);
    res.json(Object.fromEntries(Object.entries(profile).filter(([field]) => fields.has(field) && (field !== 'email' || granted.has('email')))));
  });

  for (const id of Object.keys(LOCAL_OIDC_PROVIDERS) as LocalOidcProviderId[]) {
    const details = LOCAL_OIDC_PROVIDERS[id];
    // Apple and Facebook take the client secret in the token request's body only.
    const secretInBody = id === 'apple' || id === 'facebook';
    const configuration: Configuration = {
      clients: [
        {
          client_id: details.clientId,
          client_secret: details.clientSecret,
          // A loopback ("native") client: the provider accepts these callbacks on any port (RFC 8252),
          // so the web origin of each test run or `npm start` works without registering it.
          application_type: 'native',
          redirect_uris: ['127.0.0.1', 'localhost'].map((host) => `http://${host}/auth/oidc/${id}/callback`),
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: secretInBody ? 'client_secret_post' : 'client_secret_basic',
          // LINE and Apple sign ID tokens with ES256, Google and Microsoft with RS256.
          id_token_signed_response_alg: id === 'line' || id === 'apple' ? 'ES256' : 'RS256',
        },
      ],
      clientAuthMethods: secretInBody ? ['client_secret_post'] : ['client_secret_basic', 'client_secret_post'],
      jwks: { keys },
      scopes: ['openid', 'offline_access', 'profile', 'email', ...(id === 'apple' ? ['name'] : []), ...(id === 'facebook' ? ['public_profile'] : [])],
      claims: {
        openid: ['sub'],
        profile: ['name', 'picture', ...(id === 'microsoft' ? ['preferred_username', 'oid', 'tid'] : [])],
        email: ['email', 'email_verified', ...(id === 'apple' ? ['is_private_email'] : [])],
      },
      // Like LINE, Google, Microsoft and Apple: the profile is in the ID token itself.
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      features: {
        devInteractions: { enabled: true },
        // Apple has no userinfo endpoint; Facebook's profile is its Graph `/me`.
        userinfo: { enabled: id !== 'apple' && id !== 'facebook' },
      },
      cookies: { keys: [randomBytes(32).toString('hex')] },
      findAccount: (_ctx, login) => ({
        accountId: login,
        claims: () => ({ sub: login, ...claimsOf(id, login) }),
      }),
      renderError: (ctx, out) => {
        ctx.type = 'html';
        ctx.body = `<!doctype html><title>Error</title><h1>${id} sign-in error</h1><pre>${JSON.stringify(out, null, 2).replace(/</g, '&lt;')}</pre>`;
      },
    };
    const provider = new Provider(`${base}${details.path}`, configuration);
    providers.set(id, provider);
    // Tests and `npm start` run over plain http on 127.0.0.1.
    provider.proxy = true;
    // The development pages load a web font from Google: nothing may leave the machine.
    provider.use(async (ctx, next) => {
      await next();
      if (typeof ctx.body === 'string' && ctx.response.is('html')) ctx.body = ctx.body.replace(/@import url\(https?:[^)]*\);?/g, '');
    });
    if (secretInBody) {
      // oidc-provider takes a secret either way; Apple and Facebook refuse one in the Authorization header.
      provider.use(async (ctx, next) => {
        if (ctx.method === 'POST' && ctx.path === '/token' && ctx.headers.authorization) {
          ctx.status = 401;
          ctx.body = { error: 'invalid_client', error_description: 'the client secret goes in the request body' };
          return;
        }
        await next();
      });
    }
    if (id === 'apple') {
      // Apple's form_post answer carries the person's name once, in a `user` field beside the code.
      provider.use(async (ctx, next) => {
        await next();
        const login = ctx.oidc?.session?.accountId;
        if (!login || typeof ctx.body !== 'string' || !ctx.body.includes('<input type="hidden" name="code"') || appleAuthorized.has(login)) return;
        appleAuthorized.add(login);
        const user = appleUserField(login).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        ctx.body = ctx.body.replace('<input type="hidden" name="code"', `<input type="hidden" name="user" value="${user}"/>\n<input type="hidden" name="code"`);
      });
    }
    app.use(details.path, provider.callback());
  }

  app.listen(config.port, '127.0.0.1', () => {
    console.log(`local OIDC provider ready at ${base} (${Object.keys(LOCAL_OIDC_PROVIDERS).join(', ')})`);
  });
}

void main();
