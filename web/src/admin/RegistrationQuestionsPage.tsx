import { useEffect, useState, type FormEvent } from 'react';
import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Group, Modal, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { describeRequestError, translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon, CheckIcon, XIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import {
  ArchiveRegistrationQuestionMutation,
  CreateRegistrationQuestionMutation,
  QUESTION_KINDS,
  RegistrationQuestionsQuery,
  ReorderRegistrationQuestionsMutation,
  RestoreRegistrationQuestionMutation,
  UpdateRegistrationQuestionMutation,
  type QuestionKind,
  type RegistrationQuestion,
} from '../registration/api';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';

const isChoice = (kind: QuestionKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

interface Draft {
  id: string | null;
  kind: QuestionKind;
  label: string;
  helpText: string;
  required: boolean;
  options: { id?: string; label: string }[];
  destination: 'profile' | 'admins';
  profileField: string;
}

const newDraft = (): Draft => ({
  id: null,
  kind: 'FREE_TEXT',
  label: '',
  helpText: '',
  required: true,
  options: [{ label: '' }, { label: '' }],
  destination: 'profile',
  profileField: '',
});

const draftOf = (q: RegistrationQuestion): Draft => ({
  id: q.id,
  kind: q.kind,
  label: q.label,
  helpText: q.helpText ?? '',
  required: q.required,
  options: q.options.length > 0 ? q.options.map((o) => ({ id: o.id, label: o.label })) : [{ label: '' }, { label: '' }],
  destination: q.adminOnly ? 'admins' : 'profile',
  profileField: q.profileField ?? '',
});

/** Where a server error about the question form belongs: `options.2` → the third option. */
function errorsByField(t: ReturnType<typeof useTranslation>['t'], errors: UserError[]) {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const error of errors) {
    const field = (error.field ?? '').replace(/^input\./, '');
    const message = translateUserError(t, error);
    if (field && !fields[field]) fields[field] = message;
    else form.push(message);
  }
  return { fields, form };
}

/** Administrators write the questions their network asks at registration: add, edit, reorder, archive and restore. */
export function RegistrationQuestionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('registration.questions.pageTitle'));
  const { client } = useSession();
  const { viewer } = useViewer();
  const query = useQuery(RegistrationQuestionsQuery, { includeArchived: true });
  const [questions, setQuestions] = useState<RegistrationQuestion[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [draftErrors, setDraftErrors] = useState<{ fields: Record<string, string>; form: string[] }>({ fields: {}, form: [] });
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (query.data) setQuestions(query.data.registrationQuestions);
  }, [query.data]);

  if (query.error && !query.data) {
    return (
      <ContentPage title={t('registration.questions.title')}>
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
          {describeRequestError(t, query.error)}
        </Alert>
      </ContentPage>
    );
  }
  if (!query.data || !viewer) return <PageLoader />;

  const active = questions.filter((q) => !q.archivedAt);
  const archived = questions.filter((q) => q.archivedAt);

  const report = (errors: UserError[], requestError?: string) => {
    setNotice(null);
    setError(requestError ?? errors.map((e) => translateUserError(t, e)).join(' '));
  };

  const move = async (index: number, offset: -1 | 1) => {
    const order = active.map((q) => q.id);
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + offset, 0, moved);
    const result = await client.mutation(ReorderRegistrationQuestionsMutation, { input: { questionIds: order } }).toPromise();
    const payload = result.data?.reorderRegistrationQuestions;
    if (result.error || !payload?.questions) {
      report(payload?.errors ?? [], result.error ? describeRequestError(t, result.error) : undefined);
      return;
    }
    setQuestions([...payload.questions, ...archived]);
  };

  const archiveOrRestore = async (question: RegistrationQuestion) => {
    const input = { questionId: question.id };
    const result = question.archivedAt
      ? await client.mutation(RestoreRegistrationQuestionMutation, { input }).toPromise()
      : await client.mutation(ArchiveRegistrationQuestionMutation, { input }).toPromise();
    const payload =
      result.data && ('archiveRegistrationQuestion' in result.data ? result.data.archiveRegistrationQuestion : result.data.restoreRegistrationQuestion);
    if (result.error || !payload?.question) {
      report(payload?.errors ?? [], result.error ? describeRequestError(t, result.error) : undefined);
      return;
    }
    setError(null);
    setNotice(t(question.archivedAt ? 'registration.questions.restored' : 'registration.questions.archived', { label: question.label }));
    query.refetch();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    if (draft.destination === 'profile' && !draft.profileField.trim()) {
      setDraftErrors({ fields: { profileField: t('validation.required') }, form: [] });
      return;
    }
    const input = {
      label: draft.label,
      helpText: draft.helpText.trim() || null,
      required: draft.required,
      options: isChoice(draft.kind) ? draft.options.map((o) => ({ ...(o.id ? { id: o.id } : {}), label: o.label })) : null,
      profileField: draft.destination === 'profile' ? draft.profileField.trim() || null : null,
    };
    setSaving(true);
    const result = draft.id
      ? await client.mutation(UpdateRegistrationQuestionMutation, { input: { ...input, questionId: draft.id } }).toPromise()
      : await client.mutation(CreateRegistrationQuestionMutation, { input: { ...input, kind: draft.kind } }).toPromise();
    setSaving(false);
    const payload =
      result.data && ('createRegistrationQuestion' in result.data ? result.data.createRegistrationQuestion : result.data.updateRegistrationQuestion);
    if (result.error || !payload) {
      setDraftErrors({ fields: {}, form: [result.error ? describeRequestError(t, result.error) : t('errors.unexpected')] });
      return;
    }
    if (!payload.question) {
      setDraftErrors(errorsByField(t, payload.errors));
      return;
    }
    setDraft(null);
    setError(null);
    setNotice(t('registration.questions.saved'));
    query.refetch();
  };

  const edit = (next: Draft | null) => {
    setDraft(next);
    setDraftErrors({ fields: {}, form: [] });
  };
  const change = (patch: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...patch } : current));

  const row = (question: RegistrationQuestion, index: number) => (
    <li key={question.id}>
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={600}>{question.label}</Text>
            <Group gap={6}>
              <Badge variant="light">{t(`registration.kinds.${question.kind}`)}</Badge>
              <Badge variant="light" color={question.required ? 'red' : 'gray'}>
                {question.required ? t('registration.questions.required') : t('registration.questions.optional')}
              </Badge>
              <Badge variant="light" color={question.adminOnly ? 'grape' : 'teal'}>
                {question.adminOnly ? t('registration.questions.adminOnly') : t('registration.questions.profileField', { field: question.profileField })}
              </Badge>
            </Group>
            {question.options.length > 0 && (
              <Text size="sm" c="dimmed">
                {question.options.map((o) => o.label).join(' / ')}
              </Text>
            )}
            {question.helpText && (
              <Text size="xs" c="dimmed">
                {question.helpText}
              </Text>
            )}
          </Stack>
          <Group gap={4} wrap="nowrap">
            {!question.archivedAt && (
              <>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={index === 0}
                  onClick={() => void move(index, -1)}
                  aria-label={t('registration.questions.moveUp', { label: question.label })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={index === active.length - 1}
                  onClick={() => void move(index, 1)}
                  aria-label={t('registration.questions.moveDown', { label: question.label })}
                >
                  ↓
                </ActionIcon>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => edit(draftOf(question))}
                  aria-label={t('registration.questions.editQuestion', { label: question.label })}
                >
                  {t('registration.questions.edit')}
                </Button>
              </>
            )}
            <Button
              variant="subtle"
              size="xs"
              color={question.archivedAt ? undefined : 'red'}
              onClick={() => void archiveOrRestore(question)}
              aria-label={t(question.archivedAt ? 'registration.questions.restoreQuestion' : 'registration.questions.archiveQuestion', {
                label: question.label,
              })}
            >
              {question.archivedAt ? t('registration.questions.restore') : t('registration.questions.archive')}
            </Button>
          </Group>
        </Group>
      </Card>
    </li>
  );

  const list = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' as const, gap: 'var(--mantine-spacing-sm)' };

  return (
    <ContentPage title={t('registration.questions.title')} subtitle={t('registration.questions.subtitle', { network: viewer.network.name })}>
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} withCloseButton onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
      </div>
      {error && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} withCloseButton onClose={() => setError(null)} role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={() => edit(newDraft())}>{t('registration.questions.add')}</Button>
      </Group>
      {active.length === 0 ? (
        <Card withBorder radius="lg" padding="xl">
          <Text c="dimmed" ta="center">
            {t('registration.questions.empty')}
          </Text>
        </Card>
      ) : (
        <ol style={list} aria-label={t('registration.questions.title')}>
          {active.map(row)}
        </ol>
      )}
      {archived.length > 0 && (
        <Stack gap="xs">
          <Text fw={600}>{t('registration.questions.archivedTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('registration.questions.archivedHint')}
          </Text>
          <ul style={list} aria-label={t('registration.questions.archivedTitle')}>
            {archived.map(row)}
          </ul>
        </Stack>
      )}

      <Modal
        opened={draft !== null}
        onClose={() => !saving && edit(null)}
        title={draft?.id ? t('registration.questions.form.editTitle') : t('registration.questions.form.newTitle')}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {draft && (
          <form onSubmit={(event) => void save(event)} noValidate>
            <Stack gap="md">
              {draftErrors.form.length > 0 && (
                <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
                  {draftErrors.form.join(' ')}
                </Alert>
              )}
              <Select
                label={t('registration.questions.form.kind')}
                description={draft.id ? t('registration.questions.form.kindFixed') : undefined}
                data={QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`registration.kinds.${kind}`) }))}
                value={draft.kind}
                onChange={(value) => value && change({ kind: value as QuestionKind })}
                disabled={draft.id !== null}
                allowDeselect={false}
                error={draftErrors.fields.kind}
              />
              <TextInput
                label={t('registration.questions.form.label')}
                value={draft.label}
                onChange={(e) => change({ label: e.currentTarget.value })}
                error={draftErrors.fields.label}
                maxLength={200}
                data-autofocus
              />
              <Textarea
                label={t('registration.questions.form.helpText')}
                value={draft.helpText}
                onChange={(e) => change({ helpText: e.currentTarget.value })}
                error={draftErrors.fields.helpText}
                autosize
                minRows={1}
                maxLength={500}
              />
              <Checkbox
                label={t('registration.questions.form.required')}
                checked={draft.required}
                onChange={(e) => change({ required: e.currentTarget.checked })}
              />
              {isChoice(draft.kind) && (
                <Stack gap="xs">
                  <Text size="sm" fw={500}>
                    {t('registration.questions.form.options')}
                  </Text>
                  {draftErrors.fields.options && (
                    <Text size="xs" c="red">
                      {draftErrors.fields.options}
                    </Text>
                  )}
                  {draft.options.map((option, index) => (
                    <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
                      <TextInput
                        style={{ flex: 1 }}
                        aria-label={t('registration.questions.form.option', { n: index + 1 })}
                        placeholder={t('registration.questions.form.option', { n: index + 1 })}
                        value={option.label}
                        onChange={(e) => {
                          const label = e.currentTarget.value;
                          change({ options: draft.options.map((o, i) => (i === index ? { ...o, label } : o)) });
                        }}
                        error={draftErrors.fields[`options.${index}`]}
                        maxLength={100}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="lg"
                        onClick={() => change({ options: draft.options.filter((_, i) => i !== index) })}
                        aria-label={t('registration.questions.form.removeOption', { n: index + 1 })}
                      >
                        <XIcon size={16} />
                      </ActionIcon>
                    </Group>
                  ))}
                  <Button variant="subtle" size="xs" onClick={() => change({ options: [...draft.options, { label: '' }] })} style={{ alignSelf: 'flex-start' }}>
                    {t('registration.questions.form.addOption')}
                  </Button>
                </Stack>
              )}
              <Radio.Group
                label={t('registration.questions.form.destination')}
                value={draft.destination}
                onChange={(value) => change({ destination: value as Draft['destination'] })}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="profile" label={t('registration.questions.form.toProfile')} />
                  <Radio value="admins" label={t('registration.questions.form.toAdmins')} />
                </Stack>
              </Radio.Group>
              {draft.destination === 'profile' && (
                <TextInput
                  label={t('registration.questions.form.profileField')}
                  description={t('registration.questions.form.profileFieldHint')}
                  value={draft.profileField}
                  onChange={(e) => change({ profileField: e.currentTarget.value })}
                  error={draftErrors.fields.profileField}
                  maxLength={40}
                />
              )}
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => edit(null)} disabled={saving}>
                  {t('registration.questions.form.cancel')}
                </Button>
                <Button type="submit" loading={saving}>
                  {t('registration.questions.form.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </ContentPage>
  );
}
