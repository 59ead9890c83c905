import { validateAnswers, validateQuestion } from './questions';
import type { RegistrationQuestionEntity } from './registration.entities';
import { nameKey, parseRoster } from './roster-csv';

const NOW = new Date('2026-06-01T00:00:00Z');

function question(overrides: Partial<RegistrationQuestionEntity>): RegistrationQuestionEntity {
  return Object.assign({} as RegistrationQuestionEntity, {
    id: 'q',
    networkId: 'n',
    kind: 'free_text',
    label: 'Q',
    helpText: null,
    required: false,
    position: 1,
    options: [],
    profileField: null,
    archivedAt: null,
    ...overrides,
  });
}

describe('validateQuestion', () => {
  it('gives new options ids and keeps the ids of options being edited', () => {
    const existing = { kind: 'single_choice' as const, options: [{ id: 'keep', label: 'Old' }] };
    const { definition, errors } = validateQuestion(
      { label: 'Faculty', required: true, options: [{ id: 'keep', label: 'Renamed' }, { label: 'New' }] },
      existing,
    );
    expect(errors).toEqual([]);
    expect(definition?.options[0]).toEqual({ id: 'keep', label: 'Renamed' });
    expect(definition?.options[1].id).not.toBe('keep');
  });

  it('refuses choice questions without two distinct options, and options on other kinds', () => {
    expect(
      validateQuestion({ kind: 'multiple_choice', label: 'x', required: false, options: [{ label: 'A' }, { label: 'ａ' }] }).errors.map((e) => e.field),
    ).toEqual(['options.1']);
    expect(validateQuestion({ kind: 'year', label: 'x', required: false, options: [{ label: 'A' }] }).errors.map((e) => e.field)).toEqual(['options']);
    expect(validateQuestion({ kind: 'essay', label: 'x', required: false }).errors.map((e) => e.field)).toEqual(['kind']);
  });
});

describe('validateAnswers', () => {
  const year = question({ id: 'year', kind: 'year', required: true });
  const date = question({ id: 'date', kind: 'date' });
  const pick = question({
    id: 'pick',
    kind: 'single_choice',
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  });
  const many = question({
    id: 'many',
    kind: 'multiple_choice',
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ],
  });
  const questions = [year, date, pick, many];

  it("accepts good answers, keeping choices in the question's order with their labels", () => {
    const { answers, errors } = validateAnswers(
      questions,
      [
        { questionId: 'year', value: ' 2036 ' },
        { questionId: 'date', value: '2024-02-29' },
        { questionId: 'pick', value: 'b' },
        { questionId: 'many', values: ['c', 'a'] },
      ],
      NOW,
    );
    expect(errors).toEqual([]);
    expect(answers.map((a) => [a.question.id, a.value, a.displayText])).toEqual([
      ['year', '2036', '2036'],
      ['date', '2024-02-29', '2024-02-29'],
      ['pick', 'b', 'B'],
      ['many', ['a', 'c'], 'A, C'],
    ]);
  });

  it('gives one error per question at fault and none stored', () => {
    const { answers, errors } = validateAnswers(
      questions,
      [
        { questionId: 'year', value: '2037' },
        { questionId: 'date', value: '2023-02-29' },
        { questionId: 'pick', values: ['a', 'b'] },
        { questionId: 'many', values: ['a', 'a'] },
        { questionId: 'other', value: 'x' },
      ],
      NOW,
    );
    expect(answers).toEqual([]);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['answers.year', 'VALIDATION'],
      ['answers.date', 'VALIDATION'],
      ['answers.pick', 'VALIDATION'],
      ['answers.many', 'VALIDATION'],
      ['answers.other', 'UNKNOWN_QUESTION'],
    ]);
  });

  it('treats a blank answer to a required question as missing', () => {
    expect(validateAnswers([year], [{ questionId: 'year', value: '  ' }], NOW).errors.map((e) => e.code)).toEqual(['REQUIRED']);
  });
});

describe('parseRoster', () => {
  it('reads columns in any order and case, ignoring others, with a byte-order mark', () => {
    const { rows, errors } = parseRoster('\uFEFFYear,Note,EMAIL,Name\n2012,x,Taro@Example.JP,山田 太郎\n', NOW);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ line: 2, email: 'taro@example.jp', name: '山田 太郎', year: 2012, errors: [] }]);
  });

  it('refuses a file without the needed columns as a whole', () => {
    expect(parseRoster('first,last\na,b', NOW).errors.map((e) => e.field)).toEqual(['csv']);
    expect(parseRoster('email\n"unterminated', NOW).errors.map((e) => e.field)).toEqual(['csv']);
  });
});

describe('nameKey', () => {
  it('ignores width, case and spaces', () => {
    expect(nameKey('山田\u3000太郎')).toBe(nameKey('山田太郎'));
    expect(nameKey('ＴＡＲＯ Yamada')).toBe(nameKey('taroyamada'));
  });
});
