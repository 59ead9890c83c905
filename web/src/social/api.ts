// GraphQL operations for sign-in through outside providers (LINE, Google, …) and linked logins.
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { LinkedLoginFieldsFragment } from '../graphql/graphql';

export type LinkedLogin = LinkedLoginFieldsFragment;

graphql(`
  fragment LinkedLoginFields on LinkedLogin {
    provider
    providerName
    email
    displayName
    linkedAt
    lastUsedAt
  }
`);

export const LoginProvidersQuery = graphql(`
  query LoginProviders {
    loginProviders {
      id
      name
    }
  }
`);
export type LoginProvider = ResultOf<typeof LoginProvidersQuery>['loginProviders'][number];

export const SocialSignupQuery = graphql(`
  query SocialSignup($ticket: String!) {
    socialSignup(ticket: $ticket) {
      provider
      providerName
      networkSlug
      displayName
      email
      emailVerified
      pictureUrl
      existingAccount
    }
  }
`);
export type SocialSignup = NonNullable<ResultOf<typeof SocialSignupQuery>['socialSignup']>;

export const LinkedLoginsQuery = graphql(`
  query LinkedLogins {
    me {
      id
      hasPassword
      lineLinked
      linkedLogins {
        ...LinkedLoginFields
      }
    }
    loginProviders {
      id
      name
    }
  }
`);

export const StartLoginLinkMutation = graphql(`
  mutation StartLoginLink($provider: ID!) {
    startLoginLink(input: { provider: $provider }) {
      authorizationUrl
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CompleteLoginLinkMutation = graphql(`
  mutation CompleteLoginLink($ticket: String!) {
    completeLoginLink(input: { ticket: $ticket }) {
      linkedLogins {
        ...LinkedLoginFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export type LinkedLoginsPayload = ResultOf<typeof CompleteLoginLinkMutation>['completeLoginLink'];

export const UnlinkLoginMutation = graphql(`
  mutation UnlinkLogin($provider: ID!) {
    unlinkLogin(input: { provider: $provider }) {
      linkedLogins {
        ...LinkedLoginFields
      }
      errors {
        ...UserErrorFields
      }
    }
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
