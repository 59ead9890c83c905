import type { TFunction } from 'i18next';
import type { UserError } from '../api/documents';
import { translateUserError } from '../api/errors';

/** The first user error in the viewer's language (LIMIT_EXCEEDED keeps the server's words on which limit); null when none. */
export function userErrorMessage(t: TFunction, errors: UserError[] | undefined, requestFailed: boolean): string | null {
  const first = errors?.[0];
  if (first) {
    return first.code === 'LIMIT_EXCEEDED' ? t('messaging.errors.limit', { message: first.message }) : translateUserError(t, first);
  }
  return requestFailed ? t('errors.network') : null;
}
