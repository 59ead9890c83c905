import { resolve } from 'node:path';
import { REPO_ROOT, startTsProcess, waitForHttp } from '@kizuna/stack';
import { freePort } from './free-port';

/** The providers the local OIDC provider plays, with the client Kizuna is registered as at each. */
export const LOCAL_OIDC_PROVIDERS = {
  line: { name: 'LINE', clientId: 'kizuna-local-line', clientSecret: 'local-line-channel-secret' },
  google: { name: 'Google', clientId: 'kizuna-local-google', clientSecret: 'local-google-client-secret' },
} as const;
export type LocalOidcProviderId = keyof typeof LOCAL_OIDC_PROVIDERS;

/** What the provider process reads from LOCAL_OIDC_CONFIG. */
export interface LocalOidcConfig {
  port: number;
}

/** What a provider says about a person: standard OpenID Connect claims. */
export interface LocalOidcClaims {
  name?: string;
  email?: string;
  email_verified?: boolean;
  picture?: string;
}

export interface LocalOidcProvider {
  /** `http://127.0.0.1:<port>` */
  url: string;
  issuer(provider: LocalOidcProviderId): string;
  /** identity's OIDC_PROVIDERS setting for these providers. */
  providersSetting(): string;
  /** Sets the claims of a login id (otherwise made up from the id itself). */
  setAccount(provider: LocalOidcProviderId, login: string, claims: LocalOidcClaims): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the local OpenID Connect provider (oidc-provider) as its own process, playing LINE and
 * Google. It accepts the browser back at `/auth/oidc/<provider>/callback` of any loopback web
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
  const issuer = (provider: LocalOidcProviderId) => `${url}/${provider}`;
  return {
    url,
    issuer,
    providersSetting() {
      return JSON.stringify(
        (Object.keys(LOCAL_OIDC_PROVIDERS) as LocalOidcProviderId[]).map((id) => ({
          id,
          name: LOCAL_OIDC_PROVIDERS[id].name,
          issuer: issuer(id),
          clientId: LOCAL_OIDC_PROVIDERS[id].clientId,
          clientSecret: LOCAL_OIDC_PROVIDERS[id].clientSecret,
          scopes: ['openid', 'profile', 'email'],
          // LINE hands out only addresses it verified, and says nothing about it.
          emailAlwaysVerified: id === 'line',
        })),
      );
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
