import { randomUUID } from 'node:crypto';
import { characterCount, hasControlCharacters, UserError } from '@kizuna/subgraph';
import { QUESTION_KINDS, type QuestionKind, type QuestionOption, type RegistrationQuestionEntity } from './registration.entities';

export const MAX_ACTIVE_QUESTIONS = 50;
export const LABEL_MAX = 200;
export const HELP_TEXT_MAX = 500;
export const OPTION_LABEL_MAX = 100;
export const MAX_OPTIONS = 50;
export const FREE_TEXT_MAX = 2000;
export const EARLIEST_YEAR = 1900;
/** Future years are allowed a little way ahead (e.g. an expected graduation year). */
export const YEARS_AHEAD = 10;

const PROFILE_FIELD = /^[a-z][a-z0-9_]{0,39}$/;

export const isChoice = (kind: QuestionKind) => kind === 'single_choice' || kind === 'multiple_choice';

export interface QuestionRequest {
  kind?: string | null;
  label: string;
  helpText?: string | null;
  required: boolean;
  options?: { id?: string | null; label: string }[] | null;
  profileField?: string | null;
}

export interface QuestionDefinition {
  kind: QuestionKind;
  label: string;
  helpText: string | null;
  required: boolean;
  options: QuestionOption[];
  profileField: string | null;
}

/**
 * Checks a question as an administrator wrote it, one error per field. `existing` is the question
 * being edited: its kind stays, and options keep their ids (new options get new ones).
 */
export function validateQuestion(
  request: QuestionRequest,
  existing?: Pick<RegistrationQuestionEntity, 'kind' | 'options'>,
): { definition?: QuestionDefinition; errors: UserError[] } {
  const errors: UserError[] = [];
  const kind = (existing?.kind ?? request.kind?.toLowerCase()) as QuestionKind;
  if (!existing && !(QUESTION_KINDS as readonly string[]).includes(kind)) {
    errors.push(UserError.of('VALIDATION', 'Choose what kind of answer the question takes.', 'kind'));
  }
  const label = request.label.trim();
  if (characterCount(label) < 1 || characterCount(label) > LABEL_MAX) {
    errors.push(UserError.of('VALIDATION', `Enter the question (1 to ${LABEL_MAX} characters).`, 'label'));
  } else if (hasControlCharacters(label, 'line-breaks') || label.includes('\n')) {
    errors.push(UserError.of('VALIDATION', 'The question must be one line of text.', 'label'));
  }
  const helpText = request.helpText?.trim() || null;
  if (helpText && characterCount(helpText) > HELP_TEXT_MAX) {
    errors.push(UserError.of('VALIDATION', `The help text can have up to ${HELP_TEXT_MAX} characters.`, 'helpText'));
  }
  const profileField = request.profileField?.trim() || null;
  if (profileField && !PROFILE_FIELD.test(profileField)) {
    errors.push(
      UserError.of('VALIDATION', 'A profile field key is lower-case letters, digits and _, starting with a letter (e.g. graduation_year).', 'profileField'),
    );
  }

  const options: QuestionOption[] = [];
  const given = request.options ?? [];
  if (isChoice(kind)) {
    const known = new Map((existing?.options ?? []).map((o) => [o.id, o]));
    const labels = new Set<string>();
    if (given.length < 2 || given.length > MAX_OPTIONS) {
      errors.push(UserError.of('VALIDATION', `Give 2 to ${MAX_OPTIONS} options to choose from.`, 'options'));
    }
    for (const [index, option] of given.entries()) {
      const optionLabel = option.label.trim();
      const folded = optionLabel.normalize('NFKC').toLowerCase();
      if (characterCount(optionLabel) < 1 || characterCount(optionLabel) > OPTION_LABEL_MAX || hasControlCharacters(optionLabel, 'line-breaks')) {
        errors.push(UserError.of('VALIDATION', `Each option needs a label of 1 to ${OPTION_LABEL_MAX} characters.`, `options.${index}`));
      } else if (labels.has(folded)) {
        errors.push(UserError.of('VALIDATION', 'Two options have the same label.', `options.${index}`));
      } else if (option.id && !known.has(option.id)) {
        errors.push(UserError.of('NOT_FOUND', 'This option does not belong to the question.', `options.${index}`));
      }
      labels.add(folded);
      options.push({ id: option.id && known.has(option.id) ? option.id : randomUUID().slice(0, 8), label: optionLabel });
    }
  } else if (given.length > 0 && !errors.some((e) => e.field === 'kind')) {
    errors.push(UserError.of('VALIDATION', 'Only choice questions have options.', 'options'));
  }
  if (errors.length > 0) return { errors };
  return { definition: { kind, label, helpText, required: request.required, options, profileField }, errors };
}

export interface AnswerRequest {
  questionId: string;
  value?: string | null;
  values?: string[] | null;
}

export interface AcceptedAnswer {
  question: RegistrationQuestionEntity;
  value: string | string[];
  displayText: string;
  /** What a profile field receives: the text, or the chosen options' labels. */
  profileValue: string | string[];
}

/**
 * Checks an applicant's answers against the network's current questions: one error per question at
 * fault (field `answers.<questionId>`), and every required question answered. Nothing is stored here.
 */
export function validateAnswers(
  questions: RegistrationQuestionEntity[],
  requests: AnswerRequest[],
  now: Date = new Date(),
): { answers: AcceptedAnswer[]; errors: UserError[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: UserError[] = [];
  const answers: AcceptedAnswer[] = [];
  const seen = new Set<string>();
  const latestYear = now.getUTCFullYear() + YEARS_AHEAD;
  for (const request of requests) {
    const field = `answers.${request.questionId}`;
    const question = byId.get(request.questionId);
    if (!question) {
      errors.push(UserError.of('UNKNOWN_QUESTION', 'This network does not ask this question.', field));
      continue;
    }
    if (seen.has(question.id)) {
      errors.push(UserError.of('VALIDATION', 'This question is answered more than once.', field));
      continue;
    }
    seen.add(question.id);
    const verdict = checkAnswer(question, request, latestYear);
    if ('error' in verdict) errors.push(UserError.of('VALIDATION', verdict.error, field));
    else if (verdict.answer) answers.push(verdict.answer);
    else seen.delete(question.id); // blank: counts as not answered
  }
  for (const question of questions) {
    if (question.required && !seen.has(question.id)) {
      errors.push(UserError.of('REQUIRED', 'Please answer this question.', `answers.${question.id}`));
    }
  }
  return { answers: errors.length > 0 ? [] : answers, errors };
}

function checkAnswer(question: RegistrationQuestionEntity, request: AnswerRequest, latestYear: number): { error: string } | { answer: AcceptedAnswer | null } {
  const text = request.value?.trim() ?? '';
  const accept = (value: string | string[], displayText: string, profileValue: string | string[] = value) => ({
    answer: { question, value, displayText, profileValue },
  });
  switch (question.kind) {
    case 'free_text':
      if (text === '') return { answer: null };
      if (characterCount(text) > FREE_TEXT_MAX) return { error: `The answer can have up to ${FREE_TEXT_MAX} characters.` };
      if (hasControlCharacters(text, 'line-breaks-and-tabs')) return { error: 'The answer contains characters that cannot be shown.' };
      return accept(text, text);
    case 'year': {
      if (text === '') return { answer: null };
      const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
      if (!(year >= EARLIEST_YEAR && year <= latestYear)) return { error: `Enter a year between ${EARLIEST_YEAR} and ${latestYear}.` };
      return accept(String(year), String(year));
    }
    case 'date': {
      if (text === '') return { answer: null };
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
      if (!match || !date || date.toISOString().slice(0, 10) !== text) return { error: 'Enter a date as YYYY-MM-DD.' };
      if (date.getUTCFullYear() < EARLIEST_YEAR || date.getUTCFullYear() > latestYear) {
        return { error: `Enter a date between ${EARLIEST_YEAR} and ${latestYear}.` };
      }
      return accept(text, text);
    }
    case 'single_choice': {
      if ((request.values?.length ?? 0) > 1) return { error: 'Choose only one of the options offered.' };
      const chosen = text || request.values?.[0]?.trim() || '';
      if (chosen === '') return { answer: null };
      const option = question.options.find((o) => o.id === chosen);
      if (!option) return { error: 'Choose one of the options offered.' };
      return accept(option.id, option.label, option.label);
    }
    case 'multiple_choice': {
      const chosen = request.values ?? (text ? [text] : []);
      if (chosen.length === 0) return { answer: null };
      if (new Set(chosen).size !== chosen.length) return { error: 'An option is chosen more than once.' };
      const options = chosen.map((id) => question.options.find((o) => o.id === id));
      if (options.some((o) => !o)) return { error: 'Choose only options that are offered.' };
      // Kept in the question's order, whatever order they were sent in.
      const ordered = question.options.filter((o) => chosen.includes(o.id));
      return accept(
        ordered.map((o) => o.id),
        ordered.map((o) => o.label).join(', '),
        ordered.map((o) => o.label),
      );
    }
  }
}
