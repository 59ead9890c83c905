import * as oidc from 'openid-client';
import { identityFromClaims, type ProviderConfig, type ProviderIdentity } from './provider-config';

const DISCOVERY_RETRY_MS = 30_000;

/** Loopback issuers (the local provider of tests and `npm start`) may use plain http; anything else must not. */
function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && (hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]');
}

/** A configured provider: its client configuration (discovered once, lazily) and how to read its claims. */
export class SocialProvider {
  private configuration?: Promise<oidc.Configuration>;
  private failedAt = 0;

  constructor(readonly config: ProviderConfig) {}

  get id(): string {
    return this.config.id;
  }

  get name(): string {
    return this.config.name;
  }

  /** Discovery happens on first use, so identity starts while a provider is down; a failure is retried later. */
  client(): Promise<oidc.Configuration> {
    if (this.configuration && (this.failedAt === 0 || Date.now() - this.failedAt < DISCOVERY_RETRY_MS)) return this.configuration;
    this.failedAt = 0;
    this.configuration = this.load().catch((error: unknown) => {
      this.failedAt = Date.now();
      throw error;
    });
    return this.configuration;
  }

  private async load(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret, oauth2, tokenEndpointAuthMethod } = this.config;
    const insecure = isLoopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined;
    const authentication = (method: 'client_secret_basic' | 'client_secret_post') =>
      method === 'client_secret_basic' ? oidc.ClientSecretBasic(clientSecret) : oidc.ClientSecretPost(clientSecret);
    if (oauth2) {
      const configuration = new oidc.Configuration(
        {
          issuer,
          authorization_endpoint: oauth2.authorizationEndpoint,
          token_endpoint: oauth2.tokenEndpoint,
          userinfo_endpoint: oauth2.userinfoEndpoint,
        },
        clientId,
        { client_secret: clientSecret },
        authentication(tokenEndpointAuthMethod ?? 'client_secret_post'),
      );
      if (isLoopback(oauth2.tokenEndpoint)) oidc.allowInsecureRequests(configuration);
      return configuration;
    }
    // Discovery first, to learn how the token endpoint wants the secret (Apple: only in the body).
    const discovered = await oidc.discovery(new URL(issuer), clientId, { client_secret: clientSecret }, undefined, insecure);
    const method = tokenEndpointAuthMethod ?? chooseAuthMethod(discovered.serverMetadata().token_endpoint_auth_methods_supported);
    const configuration = new oidc.Configuration(discovered.serverMetadata(), clientId, { client_secret: clientSecret }, authentication(method));
    if (insecure) oidc.allowInsecureRequests(configuration);
    return configuration;
  }

  async authorizationUrl(input: { redirectUri: string; state: string; nonce: string; codeVerifier: string }): Promise<URL> {
    const client = await this.client();
    const parameters: Record<string, string> = {
      ...this.config.authorizationParams,
      redirect_uri: input.redirectUri,
      scope: this.config.scopes.join(' '),
      state: input.state,
      code_challenge: await oidc.calculatePKCECodeChallenge(input.codeVerifier),
      code_challenge_method: 'S256',
    };
    if (!this.config.oauth2) parameters.nonce = input.nonce;
    return oidc.buildAuthorizationUrl(client, parameters);
  }

  /**
   * Redeems the code of a callback: state, PKCE verifier and (for OpenID Connect) the ID token's
   * signature, issuer, audience and nonce are all checked by openid-client; any mismatch throws.
   */
  async finish(response: URLSearchParams, checks: { state: string; nonce: string; codeVerifier: string; redirectUri: string }): Promise<ProviderIdentity> {
    const client = await this.client();
    const profileParameter = this.config.callbackProfileParameter;
    const unsignedProfile = profileParameter ? parseProfile(response.get(profileParameter)) : undefined;
    // openid-client takes the redirect URI for the token request from the URL it is given: the public one.
    const callbackUrl = new URL(checks.redirectUri);
    for (const [key, value] of response) if (key !== profileParameter) callbackUrl.searchParams.append(key, value);
    const tokens = await oidc.authorizationCodeGrant(client, callbackUrl, {
      expectedState: checks.state,
      pkceCodeVerifier: checks.codeVerifier,
      ...(this.config.oauth2 ? {} : { expectedNonce: checks.nonce, idTokenExpected: true }),
    });
    let claims: Record<string, unknown>;
    if (this.config.oauth2) {
      const response = await oidc.fetchProtectedResource(client, tokens.access_token, new URL(this.config.oauth2.userinfoEndpoint), 'GET');
      if (!response.ok) throw new Error(`${this.id} userinfo answered HTTP ${response.status}`);
      claims = (await response.json()) as Record<string, unknown>;
    } else {
      claims = { ...tokens.claims() };
      // Some providers (Google, LINE with its profile scope) put only part of the profile in the ID token.
      const metadata = client.serverMetadata();
      const partial = identityFromClaims(claims, this.config, unsignedProfile);
      if (metadata.userinfo_endpoint && (!partial.displayName || !partial.email)) {
        const userinfo = await oidc.fetchUserInfo(client, tokens.access_token, String(claims.sub)).catch(() => undefined);
        if (userinfo) claims = { ...userinfo, ...claims };
      }
    }
    return identityFromClaims(claims, this.config, unsignedProfile);
  }
}

/** HTTP Basic unless the provider's discovery document leaves it out (no list means Basic, RFC 8414). */
function chooseAuthMethod(supported: string[] | undefined): 'client_secret_basic' | 'client_secret_post' {
  if (!supported || supported.includes('client_secret_basic')) return 'client_secret_basic';
  return supported.includes('client_secret_post') ? 'client_secret_post' : 'client_secret_basic';
}

/** A JSON profile from a callback parameter; anything unreadable is ignored (it only fills in a name). */
function parseProfile(value: string | null): unknown {
  if (!value || value.length > 4096) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
