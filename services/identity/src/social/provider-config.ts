import { z } from 'zod';

/** Where a claim is: a dotted path (`picture.data.url` reaches into objects), or several tried in order. */
const claimPath = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const defaultClaims = {
  subject: 'sub',
  name: 'name',
  givenName: 'given_name',
  familyName: 'family_name',
  email: 'email',
  emailVerified: 'email_verified',
  picture: 'picture',
};

/**
 * One outside sign-in provider, configured in OIDC_PROVIDERS (a JSON array). OpenID Connect
 * providers (LINE, Google, Microsoft, Apple) are found by discovery from `issuer`; OAuth-2-only
 * providers (Facebook) give their endpoints instead and are read through `userinfoEndpoint`.
 * `claims` names where the subject, name, e-mail and picture are.
 */
const providerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, 'lower-case letters, digits and dashes'),
    name: z.string().min(1),
    issuer: z.url({ protocol: /^https?$/ }),
    /** OAuth 2 only: no discovery and no ID token; claims come from the userinfo endpoint. */
    oauth2: z
      .object({
        authorizationEndpoint: z.url({ protocol: /^https?$/ }),
        tokenEndpoint: z.url({ protocol: /^https?$/ }),
        userinfoEndpoint: z.url({ protocol: /^https?$/ }),
      })
      .optional(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    /**
     * How the client secret reaches the token endpoint. Unset: HTTP Basic when the provider's
     * discovery document allows it (or says nothing), otherwise the request body; OAuth-2-only
     * providers get it in the body.
     */
    tokenEndpointAuthMethod: z.enum(['client_secret_basic', 'client_secret_post']).optional(),
    scopes: z.array(z.string().min(1)).default(['openid', 'profile', 'email']),
    claims: z
      .object({
        subject: claimPath.default(defaultClaims.subject),
        name: claimPath.default(defaultClaims.name),
        /** Read when there is no full name: given and family name, joined. */
        givenName: claimPath.default(defaultClaims.givenName),
        familyName: claimPath.default(defaultClaims.familyName),
        email: claimPath.default(defaultClaims.email),
        emailVerified: claimPath.default(defaultClaims.emailVerified),
        picture: claimPath.default(defaultClaims.picture),
      })
      .default(defaultClaims),
    /** Providers that only hand out e-mail addresses they verified themselves (e.g. LINE) send no verified flag. */
    emailAlwaysVerified: z.boolean().default(false),
    /** Extra authorization parameters, e.g. `{ "bot_prompt": "aggressive" }` for LINE, `{ "response_mode": "form_post" }` for Apple. */
    authorizationParams: z.record(z.string(), z.string()).default({}),
    /**
     * A callback parameter in which the provider sends a JSON profile beside the code (Apple's
     * `user`, on the first authorization only). It is not signed, so it only fills claims the
     * provider's tokens leave out, and never the subject, e-mail or verified flag; claim paths reach
     * it under its own name (`user.name.firstName`).
     */
    callbackProfileParameter: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,40}$/)
      .optional(),
  })
  .refine((p) => p.oauth2 !== undefined || p.scopes.includes('openid'), { message: 'OpenID Connect providers need the openid scope' });

export type ProviderConfig = z.infer<typeof providerSchema>;

/** The OIDC_PROVIDERS setting: a JSON array of providers, ids unique. Empty: no social sign-in. */
export const oidcProvidersSetting = z
  .string()
  .default('[]')
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of providers' });
      return z.NEVER;
    }
  })
  .pipe(z.array(providerSchema))
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'provider ids must be unique' });

/** What a provider says about the person who signed in there. */
export interface ProviderIdentity {
  subject: string;
  displayName: string | null;
  email: string | null;
  emailVerified: boolean;
  pictureUrl: string | null;
}

type ClaimPath = string | string[];

function claimAt(claims: Record<string, unknown>, path: ClaimPath): unknown {
  for (const candidate of Array.isArray(path) ? path : [path]) {
    let value: unknown = claims;
    for (const key of candidate.split('.')) {
      if (value === null || typeof value !== 'object') {
        value = undefined;
        break;
      }
      value = (value as Record<string, unknown>)[key];
    }
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const trimmed = String(value).trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/** An e-mail address, or null for anything that is not one (e.g. a sign-in name that is a phone number). */
function emailAddress(value: unknown): string | null {
  const address = text(value, 254)?.toLowerCase() ?? null;
  return address && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? address : null;
}

/**
 * Reads what a provider said (ID token and/or userinfo claims) through the provider's claim paths.
 * `unsignedProfile` (a callback's profile parameter) only fills the name and picture, never the
 * subject or e-mail.
 */
export function identityFromClaims(
  claims: Record<string, unknown>,
  config: Pick<ProviderConfig, 'id' | 'claims' | 'emailAlwaysVerified' | 'callbackProfileParameter'>,
  unsignedProfile?: unknown,
): ProviderIdentity {
  const map = config.claims;
  const subject = text(claimAt(claims, map.subject), 255);
  if (!subject) throw new Error(`${config.id} gave no subject`);
  const email = emailAddress(claimAt(claims, map.email));
  const verifiedClaim = claimAt(claims, map.emailVerified);
  const profileClaims =
    config.callbackProfileParameter && unsignedProfile !== undefined ? { ...claims, [config.callbackProfileParameter]: unsignedProfile } : claims;
  const fullName = text(claimAt(profileClaims, map.name), 100);
  const joinedName = [text(claimAt(profileClaims, map.givenName), 100), text(claimAt(profileClaims, map.familyName), 100)].filter(Boolean).join(' ');
  return {
    subject,
    displayName: fullName ?? (joinedName ? joinedName.slice(0, 100) : null),
    email,
    // Some providers (Apple) write the flag as the string "true".
    emailVerified: email !== null && (config.emailAlwaysVerified || verifiedClaim === true || verifiedClaim === 'true'),
    pictureUrl: text(claimAt(profileClaims, map.picture), 2000),
  };
}
