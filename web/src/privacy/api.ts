// GraphQL operations for a person's data download and account deletion.
import { gql } from '@urql/core';
import type { UserError } from '../api/documents';

/** Each service's part of a person's data, as that service returns it. */
export interface PersonalData {
  accountId: string;
  identity: Record<string, unknown>;
  directory: Record<string, unknown>;
  messaging: Record<string, unknown>;
  content: Record<string, unknown>;
  recruitment: Record<string, unknown>;
  notification: Record<string, unknown>;
}

export const MyPersonalDataQuery = gql<{ myPersonalData: PersonalData }, Record<string, never>>(`
  query MyPersonalData { myPersonalData { accountId identity directory messaging content recruitment notification } }
`);

/** Whether deleting needs the password (accounts that sign in only through a social login have none). */
export const AccountDeletionQuery = gql<{ me: { id: string; hasPassword: boolean | null } | null }, Record<string, never>>(`
  query AccountDeletion { me { id hasPassword } }
`);

export const DeleteMyAccountMutation = gql<
  { deleteMyAccount: { deleted: boolean; errors: UserError[] } },
  { input: { password?: string | null; confirmation: string } }
>(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field message } } }
`);

/** The word a person types to confirm the deletion (the server checks it too). */
export const DELETE_CONFIRMATION = 'DELETE';
