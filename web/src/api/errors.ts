import type { CombinedError } from '@urql/core';
import type { TFunction } from 'i18next';
import type { UserError } from './documents';

// Keys built at run time (error codes, field names) are outside the typed key set.
type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;
const loose = (t: TFunction): LooseT => t as unknown as LooseT;

/** A user error translated by its code (and field), the server's message as the fallback. */
export function translateUserError(t: TFunction, error: UserError): string {
  const field = fieldName(error.field);
  const keys = [...(field ? [`userErrors.${error.code}_${field}`] : []), `userErrors.${error.code}`];
  return loose(t)(keys, { defaultValue: error.message, message: error.message });
}

/** `input.email` and `email` both name the e-mail field. */
function fieldName(field: string | null): string | null {
  if (!field) return null;
  return field.split('.').pop() ?? null;
}

/** Codes that are about the whole form even when the server names a field (who may act, not what was typed). */
const FORM_LEVEL_CODES = new Set(['INVALID_CREDENTIALS', 'NOT_ALLOWED']);

export interface SplitErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  form: string[];
}

/** Sorts user errors into messages next to the form's own fields and messages for the whole form. */
export function splitUserErrors<Field extends string>(
  t: TFunction,
  errors: readonly UserError[],
  formFields: readonly Field[],
  describe: (error: UserError) => string = (error) => translateUserError(t, error),
): SplitErrors<Field> {
  const result: SplitErrors<Field> = { fields: {}, form: [] };
  for (const error of errors) {
    const field = fieldName(error.field);
    const message = describe(error);
    if (field && !FORM_LEVEL_CODES.has(error.code) && (formFields as readonly string[]).includes(field)) {
      const key = field as Field;
      result.fields[key] ??= message;
    } else {
      result.form.push(message);
    }
  }
  return result;
}

/** A transport or server failure, in the user's language. */
export function describeRequestError(t: TFunction, error: CombinedError): string {
  return error.networkError ? t('errors.network') : t('errors.unexpected');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks a browser would do, with our own translated messages. */
export function validateFields<Field extends string>(
  t: TFunction,
  values: Record<Field, string>,
  rules: Partial<Record<Field, 'required' | 'email'>>,
): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(rules) as Field[]) {
    const value = values[field].trim();
    if (!value) errors[field] = t('validation.required');
    else if (rules[field] === 'email' && !EMAIL.test(value)) errors[field] = t('validation.email');
  }
  return errors;
}
