// GraphQL operations for e-mail verification, password reset, and changing e-mail and password.
import { gql } from '@urql/core';
import type { AuthPayload, UserError } from '../api/documents';

/** The signed-in person's address and whether it is proved. */
export interface AccountEmail {
  id: string;
  email: string;
  emailVerified: boolean | null;
  pendingEmail: string | null;
}

export interface AccountEmailPayload {
  email: string | null;
  pendingEmail: string | null;
  emailVerified: boolean | null;
  errors: UserError[];
}

const EMAIL_PAYLOAD_FIELDS = 'email pendingEmail emailVerified errors { code field message }';

export const AccountEmailQuery = gql<{ me: AccountEmail | null }, Record<string, never>>(`
  query AccountEmail { me { id email emailVerified pendingEmail } }
`);

/** Spending a verification link also signs the browser in to the network the link was sent for. */
export const VerifyEmailMutation = gql<{ verifyEmail: AuthPayload & { emailVerified: boolean } }, { input: { token: string } }>(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) { emailVerified accessToken member { id displayName email role status network { id slug name defaultLocale } } errors { code field message } }
  }
`);

export const ResendVerificationEmailMutation = gql<{ resendVerificationEmail: { sent: boolean; errors: UserError[] } }, Record<string, never>>(`
  mutation ResendVerificationEmail { resendVerificationEmail { sent errors { code field message } } }
`);

export const RequestPasswordResetMutation = gql<
  { requestPasswordReset: { errors: UserError[] } },
  { input: { email: string; networkSlug?: string | null } }
>(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { code field message } } }
`);

export const ResetPasswordMutation = gql<
  { resetPassword: { passwordChanged: boolean; networkSlug: string | null; errors: UserError[] } },
  { input: { token: string; newPassword: string } }
>(`
  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged networkSlug errors { code field message } } }
`);

export const ChangePasswordMutation = gql<
  { changePassword: { passwordChanged: boolean; errors: UserError[] } },
  { input: { currentPassword: string; newPassword: string } }
>(`
  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { passwordChanged errors { code field message } } }
`);

export const ChangeEmailMutation = gql<{ changeEmail: AccountEmailPayload }, { input: { newEmail: string; currentPassword: string } }>(`
  mutation ChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) { ${EMAIL_PAYLOAD_FIELDS} } }
`);

export const CancelEmailChangeMutation = gql<{ cancelEmailChange: AccountEmailPayload }, Record<string, never>>(`
  mutation CancelEmailChange { cancelEmailChange { ${EMAIL_PAYLOAD_FIELDS} } }
`);

export const ConfirmEmailChangeMutation = gql<{ confirmEmailChange: AccountEmailPayload }, { input: { token: string } }>(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) { ${EMAIL_PAYLOAD_FIELDS} } }
`);
