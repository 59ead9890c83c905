import { resolve } from 'node:path';
import { REPO_ROOT, startTsProcess, waitForHttp } from '@kizuna/stack';
import { freePort } from './free-port';

/** The directory (tenant) the local Microsoft plays: Microsoft's issuer carries it in its path. */
export const LOCAL_MICROSOFT_TENANT = '4f6a1c2e-8d3b-4e5f-9a7c-1b2d3e4f5a6b';

/**
 * The providers the local OIDC provider plays, with the client Kizuna is registered as at each and
 * the path of each one's issuer on the local server.
 */
export const LOCAL_OIDC_PROVIDERS = {
  line: { name: 'LINE', clientId: 'kizuna-local-line', clientSecret: 'local-line-channel-secret', path: '/line' },
  google: { name: 'Google', clientId: 'kizuna-local-google', clientSecret: 'local-google-client-secret', path: '/google' },
  microsoft: {
    name: 'Microsoft',
    clientId: 'kizuna-local-microsoft',
    clientSecret: 'local-microsoft-client-secret',
    path: `/microsoft/${LOCAL_MICROSOFT_TENANT}/v2.0`,
  },
  apple: { name: 'Apple', clientId: 'dev.kizuna.local.signin', clientSecret: 'local-apple-client-secret', path: '/apple' },
  facebook: { name: 'Facebook', clientId: 'kizuna-local-facebook', clientSecret: 'local-facebook-app-secret', path: '/facebook' },
} as const;
export type LocalOidcProviderId = keyof typeof LOCAL_OIDC_PROVIDERS;

/** Facebook's Graph `/me` as the local server answers it (outside the OAuth server's own routes). */
export const LOCAL_FACEBOOK_GRAPH_PATH = '/facebook-graph/me';

/** What the provider process reads from LOCAL_OIDC_CONFIG. */
export interface LocalOidcConfig {
  port: number;
}

/**
 * What a provider knows about a person, in OpenID Connect's standard names. Each provider hands it
 * out in its own shape: LINE without `email_verified`, Microsoft with `preferred_username` and an
 * e-mail only when one is set, Apple with no name in the ID token and `email_verified` as a string,
 * Facebook from its Graph `/me` with `picture.data.url`.
 */
export interface LocalOidcClaims {
  name?: string;
  email?: string;
  email_verified?: boolean;
  picture?: string;
  /** Microsoft: the sign-in name (often, not always, an e-mail address). */
  preferred_username?: string;
}

export interface LocalOidcProvider {
  /** `http://127.0.0.1:<port>` */
  url: string;
  issuer(provider: LocalOidcProviderId): string;
  /** identity's OIDC_PROVIDERS setting for these providers (LINE and Google unless told). */
  providersSetting(providers?: LocalOidcProviderId[]): string;
  /** Sets the claims of a login id (otherwise made up from the id itself). */
  setAccount(provider: LocalOidcProviderId, login: string, claims: LocalOidcClaims): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the local OpenID Connect provider (oidc-provider) as its own process, playing LINE,
 * Google, Microsoft, Apple and Facebook. It accepts the browser back at `/auth/oidc/<provider>/callback` of any loopback web
 * origin (127.0.0.1 or localhost, any port). oidc-provider is an ES module package, which is why
 * it runs in its own process rather than inside a test.
 */
export async function startLocalOidcProvider(options: { port?: number; logFile?: string } = {}): Promise<LocalOidcProvider> {
  const port = options.port ?? (await freePort());
  const config: LocalOidcConfig = { port };
  const managed = startTsProcess({
    name: 'oidc-provider',
    entry: resolve(REPO_ROOT, 'libs/testing/src/oidc-provider.main.ts'),
    env: { LOCAL_OIDC_CONFIG: JSON.stringify(config), NODE_ENV: 'development' },
    logFile: options.logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/line/.well-known/openid-configuration`, { process: managed, timeoutMs: 60_000 });
  } catch (error) {
    await managed.stop();
    throw error;
  }
  const issuer = (provider: LocalOidcProviderId) => `${url}${LOCAL_OIDC_PROVIDERS[provider].path}`;
  /** How identity is told about each provider: the same fields a real deployment would set. */
  const settingOf = (id: LocalOidcProviderId): Record<string, unknown> => {
    const { name, clientId, clientSecret } = LOCAL_OIDC_PROVIDERS[id];
    const common = { id, name, issuer: issuer(id), clientId, clientSecret };
    switch (id) {
      case 'line':
        // LINE hands out only addresses it verified, and says nothing about it.
        return { ...common, scopes: ['openid', 'profile', 'email'], emailAlwaysVerified: true };
      case 'google':
        return { ...common, scopes: ['openid', 'profile', 'email'] };
      case 'microsoft':
        // The e-mail claim is optional at Microsoft; the sign-in name is usually the address.
        return { ...common, scopes: ['openid', 'profile', 'email'], claims: { email: ['email', 'preferred_username'] } };
      case 'apple':
        // Apple answers with a POST, and sends the name once, beside the code, in its `user` field.
        return {
          ...common,
          scopes: ['openid', 'name', 'email'],
          authorizationParams: { response_mode: 'form_post' },
          callbackProfileParameter: 'user',
          claims: { givenName: 'user.name.firstName', familyName: 'user.name.lastName' },
        };
      case 'facebook':
        return {
          ...common,
          oauth2: {
            authorizationEndpoint: `${issuer(id)}/auth`,
            tokenEndpoint: `${issuer(id)}/token`,
            userinfoEndpoint: `${url}${LOCAL_FACEBOOK_GRAPH_PATH}?fields=id,name,email,picture`,
          },
          scopes: ['email', 'public_profile'],
          claims: { subject: 'id', picture: 'picture.data.url' },
        };
    }
  };
  return {
    url,
    issuer,
    providersSetting(providers = ['line', 'google']) {
      return JSON.stringify(providers.map(settingOf));
    },
    async setAccount(provider, login, claims) {
      const response = await fetch(`${url}/__accounts/${provider}/${encodeURIComponent(login)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(claims),
      });
      if (!response.ok) throw new Error(`Setting the local ${provider} account failed: HTTP ${response.status}`);
    },
    stop: () => managed.stop(),
  };
}
