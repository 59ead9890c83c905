// GraphQL operations for e-mail verification, password reset, and changing e-mail and password.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql';
import type { AccountEmailPayloadFieldsFragment } from '../graphql/graphql';

export type AccountEmailPayload = AccountEmailPayloadFieldsFragment;

graphql(`
  fragment AccountEmailPayloadFields on AccountEmailPayload {
    email
    pendingEmail
    emailVerified
    errors {
      ...UserErrorFields
    }
  }
`);

export const AccountEmailQuery = graphql(`
  query AccountEmail {
    me {
      id
      email
      emailVerified
      pendingEmail
    }
  }
`);
/** The signed-in person's address and whether it is proved. */
export type AccountEmail = NonNullable<ResultOf<typeof AccountEmailQuery>['me']>;

/** Spending a verification link also signs the browser in to the network the link was sent for. */
export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      emailVerified
      accessToken
      member {
        ...ViewerFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail {
      sent
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      passwordChanged
      networkSlug
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      passwordChanged
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeEmailMutation = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      ...AccountEmailPayloadFields
    }
  }
`);

export const CancelEmailChangeMutation = graphql(`
  mutation CancelEmailChange {
    cancelEmailChange {
      ...AccountEmailPayloadFields
    }
  }
`);

export const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      ...AccountEmailPayloadFields
    }
  }
`);
