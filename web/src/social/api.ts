// GraphQL operations for sign-in through outside providers (LINE, Google, …) and linked logins.
import { gql } from '@urql/core';
import type { UserError } from '../api/documents';

export interface LoginProvider {
  id: string;
  name: string;
}

export interface LinkedLogin {
  provider: string;
  providerName: string;
  email: string | null;
  displayName: string | null;
  linkedAt: string;
  lastUsedAt: string | null;
}

export interface SocialSignup {
  provider: string;
  providerName: string;
  networkSlug: string;
  displayName: string | null;
  email: string | null;
  emailVerified: boolean;
  pictureUrl: string | null;
  existingAccount: boolean;
}

export interface LinkedLoginsPayload {
  linkedLogins: LinkedLogin[] | null;
  errors: UserError[];
}

const LINKED_LOGIN_FIELDS = 'provider providerName email displayName linkedAt lastUsedAt';

export const LoginProvidersQuery = gql<{ loginProviders: LoginProvider[] }, Record<string, never>>(`
  query LoginProviders { loginProviders { id name } }
`);

export const SocialSignupQuery = gql<{ socialSignup: SocialSignup | null }, { ticket: string }>(`
  query SocialSignup($ticket: String!) {
    socialSignup(ticket: $ticket) { provider providerName networkSlug displayName email emailVerified pictureUrl existingAccount }
  }
`);

export const LinkedLoginsQuery = gql<
  { me: { id: string; hasPassword: boolean | null; lineLinked: boolean | null; linkedLogins: LinkedLogin[] | null } | null; loginProviders: LoginProvider[] },
  Record<string, never>
>(`
  query LinkedLogins { me { id hasPassword lineLinked linkedLogins { ${LINKED_LOGIN_FIELDS} } } loginProviders { id name } }
`);

export const StartLoginLinkMutation = gql<{ startLoginLink: { authorizationUrl: string | null; errors: UserError[] } }, { provider: string }>(`
  mutation StartLoginLink($provider: ID!) { startLoginLink(input: { provider: $provider }) { authorizationUrl errors { code field message } } }
`);

export const CompleteLoginLinkMutation = gql<{ completeLoginLink: LinkedLoginsPayload }, { ticket: string }>(`
  mutation CompleteLoginLink($ticket: String!) {
    completeLoginLink(input: { ticket: $ticket }) { linkedLogins { ${LINKED_LOGIN_FIELDS} } errors { code field message } }
  }
`);

export const UnlinkLoginMutation = gql<{ unlinkLogin: LinkedLoginsPayload }, { provider: string }>(`
  mutation UnlinkLogin($provider: ID!) {
    unlinkLogin(input: { provider: $provider }) { linkedLogins { ${LINKED_LOGIN_FIELDS} } errors { code field message } }
  }
`);

/**
 * Where the browser starts signing in (or up) at a provider; identity takes it from there. A sign-in
 * without a network gets the account's network (or the choice of its networks) once the provider answered.
 */
export function socialStartUrl(provider: string, networkSlug: string | null, intent: 'sign-in' | 'sign-up'): string {
  const query = new URLSearchParams(networkSlug ? { network: networkSlug, intent } : { intent });
  return `/auth/oidc/${encodeURIComponent(provider)}/start?${query.toString()}`;
}
