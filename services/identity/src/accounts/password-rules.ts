import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as ja from '@zxcvbn-ts/language-ja';
import { UserError } from '@kizuna/subgraph';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: loading the dictionaries (common passwords, English and Japanese words and names) takes a moment. */
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...ja.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // Bounds the cost of one check (tens of milliseconds) whatever the input: the defaults take seconds on long input.
    l33tMaxSubstitutions: 10,
    maxLength: 64,
  });
  return estimator;
}

/**
 * The password rules shared by registration, password reset and password change. Returns one
 * error per broken rule, each on `field` (the input field that holds the new password).
 */
export function passwordRuleErrors(password: string, email: string | undefined, field = 'password'): UserError[] {
  const errors: UserError[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) {
    errors.push(UserError.of('PASSWORD_TOO_SHORT', `Use at least ${MIN_PASSWORD_LENGTH} characters.`, field));
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    errors.push(UserError.of('PASSWORD_TOO_LONG', `Use at most ${MAX_PASSWORD_LENGTH} characters.`, field));
    return errors; // the remaining checks are pointless (and costly) on such input
  }
  const localPart = email?.trim().toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) {
    errors.push(UserError.of('PASSWORD_CONTAINS_EMAIL', 'Do not use your e-mail address in your password.', field));
  }
  if (password.length === 0) return errors;
  const result = passwordEstimator().check(password);
  // Mostly made of entries of common-password lists (as is, reversed or with l33t substitutions).
  const listedLength = result.sequence
    .filter((match) => match.pattern === 'dictionary' && String(match.dictionaryName).startsWith('passwords'))
    .reduce((sum, match) => sum + match.token.length, 0);
  if (listedLength >= Math.min(password.length, 64) * 0.7) {
    errors.push(UserError.of('PASSWORD_TOO_COMMON', 'This password is on lists of commonly used and leaked passwords. Choose another one.', field));
  } else if (result.score < 2 && password.length >= MIN_PASSWORD_LENGTH) {
    errors.push(
      UserError.of('PASSWORD_TOO_GUESSABLE', 'This password is easy to guess (common words, names, dates or patterns). Add more unusual words.', field),
    );
  }
  return errors;
}
