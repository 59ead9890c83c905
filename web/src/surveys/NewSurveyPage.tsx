import { useState } from 'react';
import { ActionIcon, Alert, Button, Card, Checkbox, Group, NumberInput, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { UserError } from '../api/documents';
import { translateUserError } from '../api/errors';
import { useMutation } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { AudienceField, type Audience } from '../feed/AudienceField';
import type { SurveyQuestionKind, SurveyResultsVisibility } from '../graphql/graphql';
import { usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { CreateSurveyMutation } from './surveys.api';

interface QuestionDraft {
  key: number;
  kind: SurveyQuestionKind;
  prompt: string;
  required: boolean;
  options: string[];
  scaleMin: number;
  scaleMax: number;
  lowLabel: string;
  highLabel: string;
}

const KINDS: SurveyQuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT'];
const VISIBILITIES: SurveyResultsVisibility[] = ['AFTER_VOTING', 'AFTER_CLOSING', 'STAFF_ONLY'];
let nextKey = 1;
const blankQuestion = (): QuestionDraft => ({
  key: nextKey++,
  kind: 'SINGLE_CHOICE',
  prompt: '',
  required: true,
  options: ['', ''],
  scaleMin: 1,
  scaleMax: 5,
  lowLabel: '',
  highLabel: '',
});

/** "questions.2.options.1" → which question (0-based) a server error is about. */
const questionOf = (field: string | null | undefined) => {
  const match = /^questions\.(\d+)/.exec(field ?? '');
  return match ? Number(match[1]) : null;
};

/** The office writes a survey: questions of four kinds, who answers, whether names are kept, when results show, when it closes. */
export function NewSurveyPage() {
  const { t } = useTranslation();
  usePageTitle(t('surveys.new.title'));
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const permissions = usePermissions();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [questions, setQuestions] = useState<QuestionDraft[]>(() => [blankQuestion()]);
  const [anonymous, setAnonymous] = useState(false);
  const [visibility, setVisibility] = useState<SurveyResultsVisibility>('AFTER_VOTING');
  const [audience, setAudience] = useState<Audience>({ audience: 'NETWORK', segmentId: null });
  const [closesAt, setClosesAt] = useState('');
  // A question's error says which question it is about.
  const create = useMutation(CreateSurveyMutation, {
    fields: ['title', 'description', 'segmentId', 'closesAt'] as const,
    describe: (error: UserError) => {
      const index = questionOf(error.field);
      const message = translateUserError(t, error);
      return index === null ? message : t('surveys.new.questionError', { n: index + 1, message });
    },
  });

  if (!viewer || permissions.permissions === null) return <PageLoader />;
  if (viewer.status !== 'APPROVED') return <Navigate to="/pending" replace />;
  if (!permissions.has('MANAGE_CONTENT')) return <Navigate to="/" replace />;

  const change = (key: number, patch: Partial<QuestionDraft>) => setQuestions((all) => all.map((q) => (q.key === key ? { ...q, ...patch } : q)));

  const submit = async () => {
    const payload = await create.run({
      input: {
        title,
        description,
        anonymity: anonymous ? 'ANONYMOUS' : 'NAMED',
        resultsVisibility: visibility,
        audience: audience.audience,
        segmentId: audience.segmentId,
        closesAt: closesAt ? new Date(closesAt).toISOString() : null,
        questions: questions.map((q) => ({
          kind: q.kind,
          prompt: q.prompt,
          required: q.required,
          ...(q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE' ? { options: q.options } : {}),
          ...(q.kind === 'SCALE' ? { scaleMin: q.scaleMin, scaleMax: q.scaleMax, lowLabel: q.lowLabel || null, highLabel: q.highLabel || null } : {}),
        })),
      },
    });
    if (payload?.survey) void navigate(`/surveys/${payload.survey.id}`);
  };

  return (
    <ContentPage title={t('surveys.new.title')} subtitle={t('surveys.new.subtitle')}>
      <Stack
        component="form"
        gap="md"
        maw={720}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextInput
          label={t('surveys.new.surveyTitle')}
          required
          withAsterisk={false}
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={create.errors.fields.title}
        />
        <Textarea
          label={t('surveys.new.description')}
          autosize
          minRows={2}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={create.errors.fields.description}
        />

        <Stack gap="sm" component="section" aria-label={t('surveys.new.questions')}>
          <Title order={2} fz="md">
            {t('surveys.new.questions')}
          </Title>
          {questions.map((question, index) => (
            <Card key={question.key} withBorder radius="md" padding="sm">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-end" wrap="nowrap">
                  <Select
                    label={t('surveys.new.kind')}
                    allowDeselect={false}
                    value={question.kind}
                    onChange={(kind) => change(question.key, { kind: (kind as SurveyQuestionKind | null) ?? 'SINGLE_CHOICE' })}
                    data={KINDS.map((kind) => ({ value: kind, label: t(`surveys.kinds.${kind}`) }))}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    disabled={questions.length === 1}
                    onClick={() => setQuestions((all) => all.filter((q) => q.key !== question.key))}
                  >
                    {t('surveys.new.removeQuestion')}
                  </Button>
                </Group>
                <TextInput
                  label={t('surveys.new.prompt', { n: index + 1 })}
                  required
                  withAsterisk={false}
                  maxLength={500}
                  value={question.prompt}
                  onChange={(e) => change(question.key, { prompt: e.currentTarget.value })}
                />
                {(question.kind === 'SINGLE_CHOICE' || question.kind === 'MULTIPLE_CHOICE') && (
                  <Stack gap={4}>
                    {question.options.map((option, optionIndex) => (
                      <Group key={optionIndex} gap="xs" wrap="nowrap">
                        <TextInput
                          style={{ flex: 1 }}
                          aria-label={t('surveys.new.option', { question: index + 1, n: optionIndex + 1 })}
                          placeholder={t('surveys.new.optionPlaceholder', { n: optionIndex + 1 })}
                          maxLength={200}
                          value={option}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            change(question.key, { options: question.options.map((o, i) => (i === optionIndex ? value : o)) });
                          }}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('surveys.new.removeOption', { n: optionIndex + 1 })}
                          disabled={question.options.length <= 2}
                          onClick={() => change(question.key, { options: question.options.filter((_, i) => i !== optionIndex) })}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                    ))}
                    <Button
                      variant="light"
                      size="compact-sm"
                      style={{ alignSelf: 'flex-start' }}
                      disabled={question.options.length >= 20}
                      onClick={() => change(question.key, { options: [...question.options, ''] })}
                    >
                      {t('surveys.new.addOption')}
                    </Button>
                  </Stack>
                )}
                {question.kind === 'SCALE' && (
                  <Group grow>
                    <NumberInput
                      label={t('surveys.new.scaleMin')}
                      min={0}
                      max={1}
                      value={question.scaleMin}
                      onChange={(v) => change(question.key, { scaleMin: Number(v) })}
                    />
                    <NumberInput
                      label={t('surveys.new.scaleMax')}
                      min={2}
                      max={10}
                      value={question.scaleMax}
                      onChange={(v) => change(question.key, { scaleMax: Number(v) })}
                    />
                    <TextInput
                      label={t('surveys.new.lowLabel')}
                      value={question.lowLabel}
                      onChange={(e) => change(question.key, { lowLabel: e.currentTarget.value })}
                    />
                    <TextInput
                      label={t('surveys.new.highLabel')}
                      value={question.highLabel}
                      onChange={(e) => change(question.key, { highLabel: e.currentTarget.value })}
                    />
                  </Group>
                )}
                <Checkbox
                  label={t('surveys.new.required')}
                  checked={question.required}
                  onChange={(e) => change(question.key, { required: e.currentTarget.checked })}
                />
              </Stack>
            </Card>
          ))}
          <Button
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            disabled={questions.length >= 20}
            onClick={() => setQuestions((all) => [...all, blankQuestion()])}
          >
            {t('surveys.new.addQuestion')}
          </Button>
        </Stack>

        <AudienceField value={audience} onChange={setAudience} error={create.errors.fields.segmentId} />
        <Select
          label={t('surveys.new.visibility')}
          allowDeselect={false}
          value={visibility}
          onChange={(value) => setVisibility((value as SurveyResultsVisibility | null) ?? 'AFTER_VOTING')}
          data={VISIBILITIES.map((value) => ({ value, label: t(`surveys.visibility.${value}`) }))}
        />
        <Checkbox
          label={t('surveys.new.anonymous')}
          description={t('surveys.new.anonymousHint')}
          checked={anonymous}
          onChange={(e) => setAnonymous(e.currentTarget.checked)}
        />
        <TextInput
          type="datetime-local"
          label={t('surveys.new.closesAt')}
          description={t('surveys.new.closesAtHint')}
          value={closesAt}
          onChange={(e) => setClosesAt(e.currentTarget.value)}
          error={create.errors.fields.closesAt}
        />
        {create.errors.form.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {create.errors.form.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.busy}>
            {t('surveys.new.publish')}
          </Button>
        </Group>
      </Stack>
    </ContentPage>
  );
}
