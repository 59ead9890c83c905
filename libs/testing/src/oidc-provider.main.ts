/**
 * A local OpenID Connect provider (the `oidc-provider` package) playing LINE and Google on one
 * port, each under its own issuer path, for tests and `npm start`: no sign-in ever leaves the
 * machine. Its development login form takes any login id; the person's claims come from that id,
 * or from what a test set with `PUT /__accounts/<provider>/<login>`. Configured by the
 * LOCAL_OIDC_CONFIG environment variable (see oidc-provider.ts).
 */
import { randomBytes } from 'node:crypto';
import express from 'express';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { LOCAL_OIDC_PROVIDERS, type LocalOidcConfig, type LocalOidcProviderId } from './oidc-provider';

type Claims = Record<string, unknown>;

const config = JSON.parse(process.env.LOCAL_OIDC_CONFIG ?? '{}') as LocalOidcConfig;
const base = `http://127.0.0.1:${config.port}`;
const accounts = new Map<string, Claims>();

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Claims of a login nobody described: a name and an address made from the login id. */
function defaultClaims(provider: LocalOidcProviderId, login: string): Claims {
  const email = login.includes('@') ? login.toLowerCase() : `${login.toLowerCase()}@${provider}.example`;
  const name = login.split('@')[0].split(/[._-]+/).filter(Boolean).map(titleCase).join(' ') || login;
  return { name, email, email_verified: true, picture: `https://profile.${provider}.example/${encodeURIComponent(login)}.png` };
}

function claimsOf(provider: LocalOidcProviderId, login: string): Claims {
  const claims = accounts.get(`${provider}/${login}`) ?? defaultClaims(provider, login);
  // LINE gives no verified flag: it only hands out addresses it verified.
  if (provider === 'line') {
    const { email_verified: _ignored, ...rest } = claims;
    return rest;
  }
  return claims;
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
    accounts.set(`${req.params.provider}/${req.params.login}`, req.body as Claims);
    res.status(204).end();
  });

  for (const id of Object.keys(LOCAL_OIDC_PROVIDERS) as LocalOidcProviderId[]) {
    const details = LOCAL_OIDC_PROVIDERS[id];
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
          // LINE signs ID tokens with ES256, Google with RS256.
          id_token_signed_response_alg: id === 'line' ? 'ES256' : 'RS256',
        },
      ],
      jwks: { keys },
      claims: { openid: ['sub'], profile: ['name', 'picture'], email: ['email', 'email_verified'] },
      // Like LINE and Google: the profile is in the ID token itself.
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      features: { devInteractions: { enabled: true } },
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
    const provider = new Provider(`${base}/${id}`, configuration);
    // Tests and `npm start` run over plain http on 127.0.0.1.
    provider.proxy = true;
    // The development pages load a web font from Google: nothing may leave the machine.
    provider.use(async (ctx, next) => {
      await next();
      if (typeof ctx.body === 'string' && ctx.response.is('html')) ctx.body = ctx.body.replace(/@import url\(https?:[^)]*\);?/g, '');
    });
    app.use(`/${id}`, provider.callback());
  }

  app.listen(config.port, '127.0.0.1', () => {
    console.log(`local OIDC provider ready at ${base} (${Object.keys(LOCAL_OIDC_PROVIDERS).join(', ')})`);
  });
}

void main();
