import type { TFunction } from 'i18next';
import type { UserError } from '../api/documents';
import { translateUserError } from '../api/errors';

// Keys built at run time (error codes, fields) are outside the typed key set.
type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;
export const looseT = (t: TFunction): LooseT => t as unknown as LooseT;

/** A user error of the feed in the user's language: the feed's own words first, then the app's, then the server's text. */
export function describeFeedError(t: TFunction, error: UserError): string {
  const field = error.field?.split('.').pop();
  const keys = [...(field ? [`feed.userErrors.${error.code}_${field}`] : []), `feed.userErrors.${error.code}`];
  return looseT(t)(keys, { defaultValue: '' }) || translateUserError(t, error);
}
