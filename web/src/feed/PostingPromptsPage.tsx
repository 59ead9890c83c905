import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Group, Loader, NumberInput, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { ContentPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { SegmentsQuery } from '../directory/admin/crm.api';
import { usePermissions } from '../roles/permissions';
import { describeFeedError, looseT } from './feedErrors';
import classes from './feed.module.css';
import {
  CreatePostingPromptMutation,
  DeletePostingPromptMutation,
  EditPostingPromptMutation,
  PausePostingPromptMutation,
  PostingPromptSchedulePreviewQuery,
  PostingPromptsQuery,
  ResumePostingPromptMutation,
  type PostingPrompt,
} from './prompts.api';
import { browserTimeZone, dayIn, formatInZone, fromRrule, startOfDayIn, timeZones, toRrule, WEEKDAYS, type Recurrence, type Weekday } from './recurrence';
import { ConfirmDialog } from './ReportDialog';

type Audience = 'NETWORK' | 'STAFF' | 'SEGMENT';
type Repeats = Recurrence['frequency'] | 'CUSTOM';
const FIELDS = ['hashtag', 'title', 'body', 'rrule', 'timeZone', 'startsAt', 'segmentId'] as const;

/** Weekday names in the viewer's language, Monday first (1 January 2024 was a Monday). */
function weekdayName(day: Weekday, language: string, width: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));
}

/** "Every Friday at 12:00", "Every day at 09:00", "On day 15 of every month at 20:00", or the rule itself. */
function describeSchedule(translate: TFunction, language: string, rrule: string): string {
  const t = looseT(translate);
  const recurrence = fromRrule(rrule);
  if (!recurrence) return rrule;
  switch (recurrence.frequency) {
    case 'DAILY':
      return t('feed.prompts.schedule.daily', { time: recurrence.time });
    case 'WEEKLY':
      return t('feed.prompts.schedule.weekly', {
        days: new Intl.ListFormat(language, { style: 'short' }).format(recurrence.weekdays.map((day) => weekdayName(day, language, 'long'))),
        time: recurrence.time,
      });
    case 'MONTHLY':
      return t('feed.prompts.schedule.monthly', { day: recurrence.monthDay, time: recurrence.time });
  }
}

/** Create or edit: the words, a recurrence built from plain choices (or written as a rule), the zone, the start and the audience. */
function PromptForm({ prompt, onSaved, onCancel }: { prompt: PostingPrompt | null; onSaved: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const describe = (error: UserError) => describeFeedError(t, error);
  const create = useMutation(CreatePostingPromptMutation, { fields: FIELDS, describe, refetch: [PostingPromptsQuery] });
  const edit = useMutation(EditPostingPromptMutation, { fields: FIELDS, describe, refetch: [PostingPromptsQuery] });
  const saving = prompt ? edit : create;
  const initial = prompt ? fromRrule(prompt.rrule) : null;
  const [hashtag, setHashtag] = useState(prompt ? `#${prompt.hashtag}` : '');
  const [title, setTitle] = useState(prompt?.title ?? '');
  const [body, setBody] = useState(prompt?.body ?? '');
  const [repeats, setRepeats] = useState<Repeats>(prompt ? (initial?.frequency ?? 'CUSTOM') : 'WEEKLY');
  const [weekdays, setWeekdays] = useState<Weekday[]>(initial?.frequency === 'WEEKLY' ? initial.weekdays : ['FR']);
  const [monthDay, setMonthDay] = useState<number>(initial?.frequency === 'MONTHLY' ? initial.monthDay : 1);
  const [time, setTime] = useState(initial?.time ?? '12:00');
  const [customRule, setCustomRule] = useState(prompt?.rrule ?? '');
  const [timeZone, setTimeZone] = useState(prompt?.timeZone ?? browserTimeZone());
  const [startDay, setStartDay] = useState(() => dayIn(prompt?.startsAt ?? new Date().toISOString(), prompt?.timeZone ?? browserTimeZone()));
  const [audience, setAudience] = useState<Audience>((prompt?.audience as Audience | undefined) ?? 'NETWORK');
  const [segmentId, setSegmentId] = useState<string | null>(prompt?.segmentId ?? null);
  const canListSegments = usePermissions().has('MANAGE_MEMBERS');
  const segments = useQuery(SegmentsQuery, {}, { pause: audience !== 'SEGMENT' || !canListSegments });

  const rrule =
    repeats === 'CUSTOM'
      ? customRule.trim() || null
      : toRrule(
          repeats === 'DAILY'
            ? { frequency: 'DAILY', time }
            : repeats === 'WEEKLY'
              ? { frequency: 'WEEKLY', weekdays, time }
              : { frequency: 'MONTHLY', monthDay, time },
        );
  const startsAt = startOfDayIn(startDay, timeZone);
  const [scheduleKey] = useDebouncedValue(JSON.stringify({ rrule, timeZone, startsAt }), 300);
  const schedule = JSON.parse(scheduleKey) as { rrule: string | null; timeZone: string; startsAt: string | null };
  const preview = useQuery(
    PostingPromptSchedulePreviewQuery,
    { input: { rrule: schedule.rrule ?? '', timeZone: schedule.timeZone, startsAt: schedule.startsAt } },
    { pause: !schedule.rrule || !schedule.timeZone },
  );
  const previewAnswer = preview.data?.postingPromptSchedulePreview;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      hashtag,
      title,
      body,
      rrule: rrule ?? '',
      timeZone,
      startsAt,
      audience,
      segmentId: audience === 'SEGMENT' ? segmentId : null,
    };
    const saved = prompt ? (await edit.run({ input: { promptId: prompt.id, ...fields } }))?.prompt : (await create.run({ input: fields }))?.prompt;
    if (saved) onSaved();
  };

  const zoneOptions = timeZones();
  return (
    <Card withBorder radius="lg" padding="md">
      <form onSubmit={(event) => void submit(event)} aria-label={prompt ? t('feed.prompts.form.editTitle') : t('feed.prompts.form.newTitle')} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {prompt ? t('feed.prompts.form.editTitle') : t('feed.prompts.form.newTitle')}
          </Title>
          {saving.errors.form.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {saving.errors.form.join(' ')}
            </Alert>
          )}
          <TextInput
            label={t('feed.prompts.form.hashtag')}
            description={t('feed.prompts.form.hashtagHint')}
            placeholder="#なんでもOKデー"
            value={hashtag}
            onChange={(event) => setHashtag(event.currentTarget.value)}
            error={saving.errors.fields.hashtag}
            required
          />
          <TextInput
            label={t('feed.prompts.form.title')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={saving.errors.fields.title}
            required
            maxLength={200}
          />
          <Textarea
            label={t('feed.prompts.form.body')}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={saving.errors.fields.body}
            autosize
            minRows={2}
          />

          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('feed.prompts.form.repeats')}
              value={repeats}
              allowDeselect={false}
              onChange={(value) => {
                if (value === 'CUSTOM' && repeats !== 'CUSTOM') setCustomRule(rrule ?? '');
                setRepeats((value as Repeats | null) ?? 'WEEKLY');
              }}
              data={[
                { value: 'DAILY', label: t('feed.prompts.form.daily') },
                { value: 'WEEKLY', label: t('feed.prompts.form.weekly') },
                { value: 'MONTHLY', label: t('feed.prompts.form.monthly') },
                { value: 'CUSTOM', label: t('feed.prompts.form.custom') },
              ]}
              w={{ base: '100%', xs: 200 }}
            />
            {repeats !== 'CUSTOM' && (
              <TextInput
                type="time"
                label={t('feed.prompts.form.time')}
                value={time}
                onChange={(event) => setTime(event.currentTarget.value)}
                required
                w={{ base: '100%', xs: 140 }}
              />
            )}
            {repeats === 'MONTHLY' && (
              <NumberInput
                label={t('feed.prompts.form.monthDay')}
                min={1}
                max={31}
                value={monthDay}
                onChange={(value) => setMonthDay(typeof value === 'number' ? value : Number(value) || 1)}
                w={{ base: '100%', xs: 140 }}
              />
            )}
          </Group>
          {repeats === 'WEEKLY' && (
            <Checkbox.Group label={t('feed.prompts.form.weekdays')} value={weekdays} onChange={(value) => setWeekdays(value as Weekday[])}>
              <Group gap="sm" mt={4}>
                {WEEKDAYS.map((day) => (
                  <Checkbox key={day} value={day} label={weekdayName(day, i18n.language)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
          {repeats === 'CUSTOM' && (
            <TextInput
              label={t('feed.prompts.form.rule')}
              description={t('feed.prompts.form.ruleHint')}
              value={customRule}
              onChange={(event) => setCustomRule(event.currentTarget.value)}
              error={saving.errors.fields.rrule}
              placeholder="FREQ=WEEKLY;BYDAY=FR;BYHOUR=12;BYMINUTE=0"
              required
            />
          )}
          {repeats !== 'CUSTOM' && saving.errors.fields.rrule && (
            <Text size="sm" c="red" role="alert">
              {saving.errors.fields.rrule}
            </Text>
          )}
          <Group gap="sm" align="flex-start" wrap="wrap">
            <Select
              label={t('feed.prompts.form.timeZone')}
              searchable
              allowDeselect={false}
              value={timeZone}
              onChange={(value) => setTimeZone(value ?? browserTimeZone())}
              data={zoneOptions}
              error={saving.errors.fields.timeZone}
              w={{ base: '100%', xs: 260 }}
            />
            <TextInput
              type="date"
              label={t('feed.prompts.form.startDay')}
              value={startDay}
              onChange={(event) => setStartDay(event.currentTarget.value)}
              error={saving.errors.fields.startsAt}
              w={{ base: '100%', xs: 180 }}
            />
          </Group>

          <Card withBorder radius="md" padding="sm" role="region" aria-label={t('feed.prompts.form.preview')}>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('feed.prompts.form.preview')}
              </Text>
              {!rrule ? (
                <Text size="sm" c="dimmed">
                  {t('feed.prompts.form.previewIncomplete')}
                </Text>
              ) : previewAnswer && previewAnswer.errors.length > 0 ? (
                <Text size="sm" c="red">
                  {previewAnswer.errors.map(describe).join(' ')}
                </Text>
              ) : previewAnswer ? (
                <ol className={classes.previewList} data-testid="prompt-preview">
                  {previewAnswer.occurrences.map((at) => (
                    <li key={at}>
                      <Text size="sm">
                        <time dateTime={at}>{formatInZone(at, schedule.timeZone, i18n.language)}</time>
                      </Text>
                    </li>
                  ))}
                </ol>
              ) : (
                <Loader size="xs" aria-label={t('common.loading')} />
              )}
            </Stack>
          </Card>

          <Group gap="sm" align="flex-start" wrap="wrap">
            <Select
              label={t('feed.prompts.form.audience')}
              allowDeselect={false}
              value={audience}
              onChange={(value) => setAudience((value as Audience | null) ?? 'NETWORK')}
              data={[
                { value: 'NETWORK', label: t('feed.prompts.audience.NETWORK') },
                { value: 'STAFF', label: t('feed.prompts.audience.STAFF') },
                { value: 'SEGMENT', label: t('feed.prompts.audience.SEGMENT') },
              ]}
              w={{ base: '100%', xs: 220 }}
            />
            {audience === 'SEGMENT' && (
              <Select
                label={t('feed.prompts.form.segment')}
                value={segmentId}
                onChange={setSegmentId}
                data={segments.data?.segments.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? (segmentId ? [segmentId] : [])}
                error={saving.errors.fields.segmentId}
                searchable
                w={{ base: '100%', xs: 260 }}
              />
            )}
          </Group>
          <Group gap="sm">
            <Button type="submit" loading={saving.busy}>
              {t('feed.common.save')}
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              {t('feed.common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function PromptCard({ prompt, onEdit, onChanged }: { prompt: PostingPrompt; onEdit: () => void; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const describe = (error: UserError) => describeFeedError(t, error);
  const pause = useMutation(PausePostingPromptMutation, { describe });
  const resume = useMutation(ResumePostingPromptMutation, { describe });
  const remove = useMutation(DeletePostingPromptMutation, { describe });
  const [deleting, setDeleting] = useState(false);
  const next = prompt.nextOccurrences[0];
  const errors = [...pause.errors.form, ...resume.errors.form];
  const toggle = async () => {
    const payload = await (prompt.active ? pause : resume).run({ input: { promptId: prompt.id } });
    if (payload) onChanged();
  };
  return (
    <Card component="article" withBorder radius="lg" padding="md" aria-label={prompt.title}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} fz="md" style={{ overflowWrap: 'anywhere' }}>
              {prompt.title}
            </Title>
            <Text size="sm" c="indigo.8" style={{ overflowWrap: 'anywhere' }}>
              #{prompt.hashtag}
            </Text>
          </Stack>
          <Badge variant="light" color={prompt.active ? 'teal' : 'gray'}>
            {prompt.active ? t('feed.prompts.active') : t('feed.prompts.paused')}
          </Badge>
        </Group>
        <Text size="sm">
          {describeSchedule(t, i18n.language, prompt.rrule)} ({prompt.timeZone}) · {looseT(t)(`feed.prompts.audience.${prompt.audience}`)}
        </Text>
        <Text size="sm" c="dimmed">
          {prompt.active && next ? (
            <>
              {t('feed.prompts.next')} <time dateTime={next}>{formatDateTime(next, i18n.language)}</time>
            </>
          ) : prompt.active ? (
            t('feed.prompts.noNext')
          ) : (
            t('feed.prompts.pausedHint')
          )}
        </Text>
        {errors.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {errors.join(' ')}
          </Alert>
        )}
        <Group gap="xs">
          <Button size="compact-sm" variant="light" onClick={onEdit}>
            {t('feed.common.edit')}
          </Button>
          <Button size="compact-sm" variant="default" loading={pause.busy || resume.busy} onClick={() => void toggle()}>
            {prompt.active ? t('feed.prompts.pause') : t('feed.prompts.resume')}
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDeleting(true)}>
            {t('feed.common.delete')}
          </Button>
        </Group>
      </Stack>
      {deleting && (
        <ConfirmDialog
          title={t('feed.prompts.deleteTitle')}
          body={t('feed.prompts.deleteBody')}
          confirmLabel={t('feed.common.delete')}
          busy={remove.busy}
          errors={remove.errors.form}
          onClose={() => setDeleting(false)}
          onConfirm={() =>
            void remove.run({ input: { promptId: prompt.id } }).then((payload) => {
              if (!payload) return;
              setDeleting(false);
              onChanged();
            })
          }
        />
      )}
    </Card>
  );
}

/** The network's recurring posting prompts (MANAGE_CONTENT): each occurrence enters the feed on schedule. */
export function PostingPromptsPage() {
  const { t } = useTranslation();
  usePageTitle(t('feed.prompts.title'));
  const prompts = useQuery(PostingPromptsQuery, {});
  const [editing, setEditing] = useState<PostingPrompt | 'new' | null>(null);
  const list = prompts.data?.postingPrompts;
  return (
    <ContentPage title={t('feed.prompts.title')} subtitle={t('feed.prompts.subtitle')}>
      {!editing && (
        <Group>
          <Button onClick={() => setEditing('new')}>{t('feed.prompts.new')}</Button>
        </Group>
      )}
      {editing && (
        <PromptForm
          key={editing === 'new' ? 'new' : editing.id}
          prompt={editing === 'new' ? null : editing}
          onSaved={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      )}
      {prompts.error && !list ? (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, prompts.error)}
        </Alert>
      ) : !list ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : list.length === 0 ? (
        <Text c="dimmed">{t('feed.prompts.empty')}</Text>
      ) : (
        <ul className={classes.list} aria-label={t('feed.prompts.listLabel')}>
          {list.map((prompt) => (
            <li key={prompt.id}>
              <PromptCard prompt={prompt} onEdit={() => setEditing(prompt)} onChanged={prompts.refetch} />
            </li>
          ))}
        </ul>
      )}
    </ContentPage>
  );
}
