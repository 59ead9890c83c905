import type { TFunction } from 'i18next';
import type { UserError } from '../api/documents';
import { translateUserError } from '../api/errors';

/**
 * Every message per form field (a new password can break several rules at once), and the rest
 * for the whole form.
 */
export function messagesByField<Field extends string>(
  t: TFunction,
  errors: UserError[],
  formFields: readonly Field[],
): { fields: Partial<Record<Field, string[]>>; form: string[] } {
  const fields: Partial<Record<Field, string[]>> = {};
  const form: string[] = [];
  for (const error of errors) {
    const field = error.field?.split('.').pop();
    const message = translateUserError(t, error);
    if (field && (formFields as readonly string[]).includes(field)) (fields[field as Field] ??= []).push(message);
    else form.push(message);
  }
  return { fields, form };
}
