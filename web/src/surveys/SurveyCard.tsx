import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Progress, Radio, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useMutation } from '../api/hooks';
import type { SurveyAnswerInput } from '../graphql/graphql';
import { AnswerSurveyMutation, SurveyResultsChangedSubscription, type Survey, type SurveyResults } from './surveys.api';

type DraftAnswer = { optionIds: string[]; value: number | null; text: string };
type Draft = Record<string, DraftAnswer>;
const BLANK: DraftAnswer = { optionIds: [], value: null, text: '' };

function draftOf(survey: Survey): Draft {
  const draft: Draft = {};
  for (const question of survey.questions) {
    const answer = survey.viewerAnswer?.answers.find((a) => a.questionId === question.id);
    draft[question.id] = { optionIds: answer?.optionIds ?? [], value: answer?.value ?? null, text: answer?.text ?? '' };
  }
  return draft;
}

/** The live tallies: what the server answered, then each change the subscription delivers. */
function useLiveResults(survey: Survey): SurveyResults | null {
  const client = useClient();
  const [live, setLive] = useState<SurveyResults | null>(null);
  const allowed = survey.results !== null && survey.results !== undefined;
  useEffect(() => setLive(null), [survey]);
  // Subscribed while the viewer may see the results; a member who just answered gets a new `survey` and subscribes again.
  useEffect(() => {
    if (!allowed) return;
    const subscription = client.subscription(SurveyResultsChangedSubscription, { surveyId: survey.id }).subscribe((result) => {
      const next = result.data?.surveyResultsChanged;
      if (next) setLive(next);
    });
    return () => subscription.unsubscribe();
  }, [client, survey.id, allowed, survey]);
  return live ?? survey.results ?? null;
}

/** A survey in the feed: its questions to answer, then (when the viewer may see them) the results as live bars. */
export function SurveyCard({ survey, onChange, linkTitle = true }: { survey: Survey; onChange: (survey: Survey) => void; linkTitle?: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(survey));
  const [changing, setChanging] = useState(false);
  const answer = useMutation(AnswerSurveyMutation);
  const results = useLiveResults(survey);
  const answered = !!survey.viewerAnswer;
  const showForm = !survey.closed && (!answered || changing);

  const entry = (questionId: string): DraftAnswer => draft[questionId] ?? BLANK;
  const set = (questionId: string, change: Partial<DraftAnswer>) => setDraft((d) => ({ ...d, [questionId]: { ...(d[questionId] ?? BLANK), ...change } }));
  const submit = async () => {
    const answers = survey.questions.flatMap((question): SurveyAnswerInput[] => {
      const d = entry(question.id);
      if (question.kind === 'SCALE') return d.value === null ? [] : [{ questionId: question.id, value: d.value }];
      if (question.kind === 'FREE_TEXT') return d.text.trim() === '' ? [] : [{ questionId: question.id, text: d.text }];
      return d.optionIds.length === 0 ? [] : [{ questionId: question.id, optionIds: d.optionIds }];
    });
    const payload = await answer.run({ input: { surveyId: survey.id, answers } });
    if (payload?.survey) {
      setChanging(false);
      onChange(payload.survey);
    }
  };

  return (
    <Stack gap="sm" data-testid="survey-card">
      <Group gap="xs">
        {linkTitle ? (
          <Anchor component={Link} to={`/surveys/${survey.id}`} fw={600} c="inherit">
            {survey.title}
          </Anchor>
        ) : (
          <Text fw={600}>{survey.title}</Text>
        )}
        {survey.closed && <Badge color="gray">{t('surveys.closed')}</Badge>}
        {survey.anonymity === 'ANONYMOUS' && <Badge variant="light">{t('surveys.anonymous')}</Badge>}
      </Group>
      {survey.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {survey.description}
        </Text>
      )}
      {showForm && (
        <Stack gap="md">
          {survey.questions.map((question) => (
            <Stack key={question.id} gap={4}>
              <Text size="sm" fw={500}>
                {question.prompt}
                {question.required && ' *'}
              </Text>
              {question.kind === 'SINGLE_CHOICE' && (
                <Radio.Group value={entry(question.id).optionIds[0] ?? null} onChange={(value) => set(question.id, { optionIds: [value] })}>
                  <Stack gap={4}>
                    {question.options.map((option) => (
                      <Radio key={option.id} value={option.id} label={option.label} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
              {question.kind === 'MULTIPLE_CHOICE' && (
                <Checkbox.Group value={entry(question.id).optionIds} onChange={(optionIds) => set(question.id, { optionIds })}>
                  <Stack gap={4}>
                    {question.options.map((option) => (
                      <Checkbox key={option.id} value={option.id} label={option.label} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
              {question.kind === 'SCALE' && (
                <Stack gap={2}>
                  <SegmentedControl
                    fullWidth
                    aria-label={question.prompt}
                    value={entry(question.id).value === null ? '' : String(entry(question.id).value)}
                    onChange={(value) => set(question.id, { value: Number(value) })}
                    data={Array.from({ length: (question.scaleMax ?? 5) - (question.scaleMin ?? 1) + 1 }, (_, i) => String((question.scaleMin ?? 1) + i))}
                  />
                  <Group justify="space-between">
                    <Text size="xs" c="dimmed">
                      {question.lowLabel}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {question.highLabel}
                    </Text>
                  </Group>
                </Stack>
              )}
              {question.kind === 'FREE_TEXT' && (
                <Textarea
                  aria-label={question.prompt}
                  autosize
                  minRows={2}
                  maxLength={2000}
                  value={entry(question.id).text}
                  onChange={(event) => set(question.id, { text: event.currentTarget.value })}
                />
              )}
            </Stack>
          ))}
          {answer.errors.form.map((message) => (
            <Alert key={message} color="red">
              {message}
            </Alert>
          ))}
          <Group>
            <Button onClick={() => void submit()} loading={answer.busy}>
              {answered ? t('surveys.saveAnswer') : t('surveys.submit')}
            </Button>
            {changing && (
              <Button variant="subtle" onClick={() => setChanging(false)}>
                {t('surveys.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
      {!showForm && answered && !survey.closed && (
        <Group>
          <Text size="sm" c="dimmed">
            {t('surveys.thanks')}
          </Text>
          <Button
            variant="light"
            size="xs"
            onClick={() => {
              setDraft(draftOf(survey));
              setChanging(true);
            }}
          >
            {t('surveys.changeAnswer')}
          </Button>
        </Group>
      )}
      {results && !showForm && <ResultsBars survey={survey} results={results} />}
      {!results && answered && (
        <Text size="sm" c="dimmed">
          {t(survey.resultsVisibility === 'AFTER_CLOSING' ? 'surveys.resultsAfterClosing' : 'surveys.resultsStaffOnly')}
        </Text>
      )}
    </Stack>
  );
}

/** Horizontal bars with counts and shares, per question. */
function ResultsBars({ survey, results }: { survey: Survey; results: SurveyResults }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-label={t('surveys.results')} data-testid="survey-results">
      <Text size="sm" c="dimmed" data-testid="survey-response-count">
        {t('surveys.responses', { count: results.responseCount })}
      </Text>
      {survey.questions.map((question) => {
        const tally = results.questions.find((q) => q.questionId === question.id);
        if (!tally || question.kind === 'FREE_TEXT') return null;
        const rows =
          question.kind === 'SCALE'
            ? tally.scale.map((s) => ({ key: String(s.value), label: String(s.value), count: s.count }))
            : question.options.map((option) => ({
                key: option.id,
                label: option.label,
                count: tally.options.find((o) => o.optionId === option.id)?.count ?? 0,
              }));
        return (
          <Stack key={question.id} gap={4}>
            <Text size="sm" fw={500}>
              {question.prompt}
              {tally.mean !== null && tally.mean !== undefined && ` (${t('surveys.mean', { mean: tally.mean })})`}
            </Text>
            {rows.map((row) => {
              const share = tally.answerCount > 0 ? Math.round((row.count / tally.answerCount) * 100) : 0;
              return (
                <Stack key={row.key} gap={2} data-testid="survey-bar">
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm" truncate>
                      {row.label}
                    </Text>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('surveys.count', { count: row.count, share })}
                    </Text>
                  </Group>
                  <Progress value={share} aria-label={`${row.label}: ${share}%`} transitionDuration={300} />
                </Stack>
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}
