// GraphQL operations for a person's data download and account deletion.
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';

export const MyPersonalDataQuery = graphql(`
  query MyPersonalData {
    myPersonalData {
      accountId
      identity
      directory
      messaging
      content
      recruitment
      notification
    }
  }
`);
/** Each service's part of a person's data, as that service returns it. */
export type PersonalData = ResultOf<typeof MyPersonalDataQuery>['myPersonalData'];

/** Whether deleting needs the password (accounts that sign in only through a social login have none). */
export const AccountDeletionQuery = graphql(`
  query AccountDeletion {
    me {
      id
      hasPassword
    }
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) {
      deleted
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** The word a person types to confirm the deletion (the server checks it too). */
export const DELETE_CONFIRMATION = 'DELETE';
