import { z } from 'zod';

/**
 * One outside sign-in provider, configured in OIDC_PROVIDERS (a JSON array). OpenID Connect
 * providers (LINE, Google, Microsoft, Apple) are found by discovery from `issuer`; OAuth-2-only
 * providers (Facebook) give their endpoints instead and are read through `userinfoEndpoint`.
 * `claims` names where the subject, name, e-mail and picture are (dotted paths such as
 * `picture.data.url` reach into objects).
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
    scopes: z.array(z.string().min(1)).default(['openid', 'profile', 'email']),
    claims: z
      .object({
        subject: z.string().default('sub'),
        name: z.string().default('name'),
        email: z.string().default('email'),
        emailVerified: z.string().default('email_verified'),
        picture: z.string().default('picture'),
      })
      .default({ subject: 'sub', name: 'name', email: 'email', emailVerified: 'email_verified', picture: 'picture' }),
    /** Providers that only hand out e-mail addresses they verified themselves (e.g. LINE) send no verified flag. */
    emailAlwaysVerified: z.boolean().default(false),
    /** Extra authorization parameters, e.g. `{ "bot_prompt": "aggressive" }` for LINE. */
    authorizationParams: z.record(z.string(), z.string()).default({}),
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

function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let value: unknown = claims;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const trimmed = String(value).trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/** Reads what a provider said (ID token and/or userinfo claims) through the provider's claim paths. */
export function identityFromClaims(claims: Record<string, unknown>, config: Pick<ProviderConfig, 'id' | 'claims' | 'emailAlwaysVerified'>): ProviderIdentity {
  const map = config.claims;
  const subject = text(claimAt(claims, map.subject), 255);
  if (!subject) throw new Error(`${config.id} gave no subject`);
  const email = text(claimAt(claims, map.email), 254)?.toLowerCase() ?? null;
  const verifiedClaim = claimAt(claims, map.emailVerified);
  return {
    subject,
    displayName: text(claimAt(claims, map.name), 100),
    email,
    emailVerified: email !== null && (config.emailAlwaysVerified || verifiedClaim === true || verifiedClaim === 'true'),
    pictureUrl: text(claimAt(claims, map.picture), 2000),
  };
}
