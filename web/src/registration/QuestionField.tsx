import { Checkbox, Group, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerInput, RegistrationQuestion } from './api';

export type AnswerValue = string | string[];

/** Radio buttons read well up to this many options; beyond it a select list is shorter. */
const MAX_RADIO_OPTIONS = 6;

/** One registration question with the input its kind needs, and its error beside it. */
export function QuestionField({
  question,
  value,
  error,
  onChange,
}: {
  question: RegistrationQuestion;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange: (value: AnswerValue) => void;
}) {
  const { t } = useTranslation();
  const label = question.required ? question.label : `${question.label} ${t('registration.join.optional')}`;
  const description = [question.helpText, question.adminOnly ? t('registration.join.adminOnlyHint') : null].filter(Boolean).join(' ') || undefined;
  const text = typeof value === 'string' ? value : '';
  const common = { label, description, error, required: question.required, withAsterisk: false };

  switch (question.kind) {
    case 'FREE_TEXT':
      return <Textarea {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} autosize minRows={1} maxRows={6} maxLength={2000} />;
    case 'YEAR':
      return (
        <TextInput
          {...common}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value.replace(/[^\d０-９]/g, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)))}
          inputMode="numeric"
          maxLength={4}
          placeholder={t('registration.join.yearPlaceholder')}
          w={{ base: '100%', xs: 160 }}
        />
      );
    case 'DATE':
      return (
        <TextInput {...common} type="date" value={text} onChange={(e) => onChange(e.currentTarget.value)} min="1900-01-01" w={{ base: '100%', xs: 200 }} />
      );
    case 'SINGLE_CHOICE':
      if (question.options.length > MAX_RADIO_OPTIONS) {
        return (
          <NativeSelect
            {...common}
            value={text}
            onChange={(e) => onChange(e.currentTarget.value)}
            data={[{ value: '', label: t('registration.join.choose') }, ...question.options.map((o) => ({ value: o.id, label: o.label }))]}
          />
        );
      }
      return (
        <Radio.Group {...common} value={text || null} onChange={onChange}>
          <Group gap="md" mt={6}>
            {question.options.map((option) => (
              <Radio key={option.id} value={option.id} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'MULTIPLE_CHOICE':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Checkbox key={option.id} value={option.id} label={option.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
  }
}

/** The answers as the server takes them: blanks left out, choices of a multiple-choice question as `values`. */
export function answersInput(questions: RegistrationQuestion[], values: Record<string, AnswerValue>): AnswerInput[] {
  return questions.flatMap((question): AnswerInput[] => {
    const value = values[question.id];
    if (question.kind === 'MULTIPLE_CHOICE') return Array.isArray(value) && value.length > 0 ? [{ questionId: question.id, values: value }] : [];
    const text = typeof value === 'string' ? value.trim() : '';
    return text ? [{ questionId: question.id, value: text }] : [];
  });
}
