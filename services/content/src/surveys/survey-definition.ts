import { randomUUID } from 'node:crypto';
import type { EventData, SurveyAnswered } from '@kizuna/events';
import { characterCount, fail, hasControlCharacters, ok, UserError, type Result } from '@kizuna/subgraph';

export type QuestionKind = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SCALE' | 'FREE_TEXT';
export type ResultsVisibility = 'AFTER_VOTING' | 'AFTER_CLOSING' | 'STAFF_ONLY';
export type SurveyResults = EventData<typeof SurveyAnswered>['results'];

export interface SurveyOption {
  id: string;
  label: string;
}

export interface SurveyQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  options: SurveyOption[];
  scaleMin: number | null;
  scaleMax: number | null;
  lowLabel: string | null;
  highLabel: string | null;
}

/** What staff send for one question (the GraphQL input's shape). */
export interface QuestionInput {
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  options?: string[] | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
  lowLabel?: string | null;
  highLabel?: string | null;
}

/** A member's answer to one question, as stored: the chosen options, the scale value or the text. */
export interface StoredAnswer {
  questionId: string;
  optionIds?: string[];
  value?: number;
  text?: string;
}

export interface AnswerInput {
  questionId: string;
  optionIds?: string[] | null;
  value?: number | null;
  text?: string | null;
}

/** The running counts kept on the survey row; the mean is derived from `sum`. */
export interface QuestionTally {
  questionId: string;
  answerCount: number;
  options: { optionId: string; count: number }[];
  scale: { value: number; count: number }[];
  sum: number;
}

export const LIMITS = {
  title: 200,
  description: 2000,
  prompt: 500,
  questions: 20,
  options: { min: 2, max: 20 },
  optionLabel: 200,
  scaleLabel: 100,
  freeText: 2000,
} as const;

const invalid = (field: string, message: string) => UserError.of('VALIDATION', message, field);

/** Trimmed one-line text of 1..max characters (0..max when optional); an error names the field. */
function line(raw: string | null | undefined, max: number, field: string, what: string, optional = false): Result<string> {
  const text = (raw ?? '').trim();
  if (text === '' && !optional) return fail(invalid(field, `${what} is required.`));
  if (characterCount(text) > max) return fail(invalid(field, `${what} must be at most ${max} characters.`));
  if (hasControlCharacters(text)) return fail(invalid(field, `${what} must be one line.`));
  return ok(text);
}

/** The questions as stored, with fresh ids; every error at once, each naming its input field. */
export function readQuestions(inputs: readonly QuestionInput[]): Result<SurveyQuestion[]> {
  const errors: UserError[] = [];
  if (inputs.length < 1 || inputs.length > LIMITS.questions) errors.push(invalid('questions', `A survey has 1 to ${LIMITS.questions} questions.`));
  const questions = inputs.slice(0, LIMITS.questions).map((input, index): SurveyQuestion => {
    const at = `questions.${index}`;
    const take = (result: Result<string>) => (result.ok ? result.value : (errors.push(...result.errors), ''));
    const prompt = take(line(input.prompt, LIMITS.prompt, `${at}.prompt`, 'The question'));
    const question: SurveyQuestion = {
      id: randomUUID(),
      kind: input.kind,
      prompt,
      required: input.required,
      options: [],
      scaleMin: null,
      scaleMax: null,
      lowLabel: null,
      highLabel: null,
    };
    const choice = input.kind === 'SINGLE_CHOICE' || input.kind === 'MULTIPLE_CHOICE';
    const options = input.options ?? [];
    if (choice) {
      if (options.length < LIMITS.options.min || options.length > LIMITS.options.max)
        errors.push(invalid(`${at}.options`, `A choice question has ${LIMITS.options.min} to ${LIMITS.options.max} options.`));
      const labels = options.slice(0, LIMITS.options.max).map((label, i) => take(line(label, LIMITS.optionLabel, `${at}.options.${i}`, 'An option')));
      if (new Set(labels).size !== labels.length) errors.push(invalid(`${at}.options`, 'Each option must be different.'));
      question.options = labels.map((label) => ({ id: randomUUID(), label }));
    } else if (options.length > 0) {
      errors.push(invalid(`${at}.options`, 'Only choice questions have options.'));
    }
    if (input.kind === 'SCALE') {
      const min = input.scaleMin ?? 1;
      const max = input.scaleMax ?? 5;
      if (min !== 0 && min !== 1) errors.push(invalid(`${at}.scaleMin`, 'A scale starts at 0 or 1.'));
      if (!Number.isInteger(max) || max > 10 || max <= min) errors.push(invalid(`${at}.scaleMax`, 'A scale ends above its start, at 10 at most.'));
      question.scaleMin = min;
      question.scaleMax = max;
      question.lowLabel = take(line(input.lowLabel, LIMITS.scaleLabel, `${at}.lowLabel`, 'The label', true)) || null;
      question.highLabel = take(line(input.highLabel, LIMITS.scaleLabel, `${at}.highLabel`, 'The label', true)) || null;
    } else if (input.scaleMin != null || input.scaleMax != null || input.lowLabel || input.highLabel) {
      errors.push(invalid(at, 'Only scale questions have a range and labels.'));
    }
    return question;
  });
  return errors.length > 0 ? fail(...errors) : ok(questions);
}

export function readTitle(raw: string): Result<string> {
  return line(raw, LIMITS.title, 'title', 'The title');
}

export function readDescription(raw: string | null | undefined): Result<string> {
  const text = (raw ?? '').trim();
  if (characterCount(text) > LIMITS.description) return fail(invalid('description', `The description must be at most ${LIMITS.description} characters.`));
  if (hasControlCharacters(text, 'line-breaks-and-tabs')) return fail(invalid('description', 'The description holds characters that cannot be stored.'));
  return ok(text);
}

/**
 * A member's answers checked against the questions, in question order: each answer names a
 * question once, choices name its options (one for SINGLE_CHOICE), a scale value lies in its
 * range, a text is 1–2,000 characters; every required question is answered, and at least one.
 */
export function readAnswers(questions: readonly SurveyQuestion[], inputs: readonly AnswerInput[]): Result<StoredAnswer[]> {
  const errors: UserError[] = [];
  const byQuestion = new Map<string, StoredAnswer>();
  inputs.forEach((input, index) => {
    const at = `answers.${index}`;
    const question = questions.find((q) => q.id === input.questionId);
    if (!question) return errors.push(invalid(`${at}.questionId`, 'No such question in this survey.'));
    if (byQuestion.has(question.id)) return errors.push(invalid(`${at}.questionId`, 'Each question is answered once.'));
    switch (question.kind) {
      case 'SINGLE_CHOICE':
      case 'MULTIPLE_CHOICE': {
        const chosen = [...new Set(input.optionIds ?? [])];
        if (chosen.length === 0) return question.required ? errors.push(invalid(`${at}.optionIds`, 'Choose an option.')) : undefined;
        if (question.kind === 'SINGLE_CHOICE' && chosen.length > 1) return errors.push(invalid(`${at}.optionIds`, 'Choose one option.'));
        if (!chosen.every((id) => question.options.some((option) => option.id === id)))
          return errors.push(invalid(`${at}.optionIds`, 'No such option in this question.'));
        // Kept in the question's order, whatever order they were sent in.
        byQuestion.set(question.id, { questionId: question.id, optionIds: question.options.map((o) => o.id).filter((id) => chosen.includes(id)) });
        return;
      }
      case 'SCALE': {
        if (input.value == null) return;
        if (!Number.isInteger(input.value) || input.value < question.scaleMin! || input.value > question.scaleMax!)
          return errors.push(invalid(`${at}.value`, `Choose a value from ${question.scaleMin} to ${question.scaleMax}.`));
        byQuestion.set(question.id, { questionId: question.id, value: input.value });
        return;
      }
      case 'FREE_TEXT': {
        const text = (input.text ?? '').trim();
        if (text === '') return;
        if (characterCount(text) > LIMITS.freeText) return errors.push(invalid(`${at}.text`, `An answer must be at most ${LIMITS.freeText} characters.`));
        if (hasControlCharacters(text, 'line-breaks-and-tabs')) return errors.push(invalid(`${at}.text`, 'The answer holds characters that cannot be stored.'));
        byQuestion.set(question.id, { questionId: question.id, text });
        return;
      }
    }
  });
  questions.forEach((question) => {
    if (question.required && !byQuestion.has(question.id) && !errors.some((e) => e.field?.startsWith('answers.')))
      errors.push(invalid('answers', `"${question.prompt}" needs an answer.`));
  });
  if (errors.length === 0 && byQuestion.size === 0) errors.push(invalid('answers', 'Answer at least one question.'));
  if (errors.length > 0) return fail(...errors);
  return ok(questions.flatMap((question) => byQuestion.get(question.id) ?? []));
}

export function emptyTallies(questions: readonly SurveyQuestion[]): QuestionTally[] {
  return questions.map((question) => ({
    questionId: question.id,
    answerCount: 0,
    options: question.options.map((option) => ({ optionId: option.id, count: 0 })),
    scale:
      question.kind === 'SCALE'
        ? Array.from({ length: question.scaleMax! - question.scaleMin! + 1 }, (_, i) => ({ value: question.scaleMin! + i, count: 0 }))
        : [],
    sum: 0,
  }));
}

/** Adds (+1) or takes back (-1) one response's answers; the caller holds the survey row's lock. */
export function applyAnswers(tallies: QuestionTally[], answers: readonly StoredAnswer[], sign: 1 | -1): QuestionTally[] {
  return tallies.map((tally) => {
    const answer = answers.find((a) => a.questionId === tally.questionId);
    if (!answer) return tally;
    return {
      ...tally,
      answerCount: tally.answerCount + sign,
      options: tally.options.map((o) => (answer.optionIds?.includes(o.optionId) ? { ...o, count: o.count + sign } : o)),
      scale: tally.scale.map((s) => (answer.value === s.value ? { ...s, count: s.count + sign } : s)),
      sum: tally.sum + (answer.value ?? 0) * sign,
    };
  });
}

export function resultsOf(surveyId: string, responseCount: number, closed: boolean, tallies: readonly QuestionTally[]): SurveyResults {
  return {
    surveyId,
    responseCount,
    closed,
    questions: tallies.map((tally) => ({
      questionId: tally.questionId,
      answerCount: tally.answerCount,
      options: tally.options,
      scale: tally.scale,
      mean: tally.scale.length > 0 && tally.answerCount > 0 ? Math.round((tally.sum / tally.answerCount) * 100) / 100 : null,
    })),
  };
}
