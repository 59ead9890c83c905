import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserError } from '../api/documents';
import { describeRequestError, translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon, CheckIcon, XIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import { PhotoUpload, usePhotoDraft } from './PhotoUpload';
import { fieldsOf, type ProfileSection } from './profile-sections';
import { UnsavedChangesPrompt } from './UnsavedChangesPrompt';
import {
  MyProfileQuery,
  UpdateMyProfileMutation,
  type ContactField,
  type FieldVisibility,
  type Profile,
  type ProfileFieldDescription,
  type ProfileFieldKind,
  type ProfileLink,
  type UpdateMyProfileInput,
} from './profiles.api';

// Keys built at run time (field names, error codes) are outside the typed key set.
type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;
const looseT = (t: TFunction): LooseT => t as unknown as LooseT;

/** A profile error in the user's language: this area's text for the field first, then the app's, then the server's. */
export function describeProfileError(t: TFunction, error: UserError): string {
  const field = error.field?.split('.').pop();
  const keys = field ? [`profiles.errors.${error.code}_${field}`] : [];
  return (keys.length > 0 && looseT(t)(keys, { defaultValue: '' })) || translateUserError(t, error);
}

/** Kinds of standard field edited as text (one line, or several for LONG_TEXT). */
const TEXT_KINDS = new Set<ProfileFieldKind>(['NAME', 'TEXT', 'LONG_TEXT', 'EMAIL', 'PHONE']);

interface Draft {
  /** Text fields by key. */
  text: Record<string, string>;
  /** Years by key: a number, or '' while empty. */
  years: Record<string, number | string>;
  /** Word lists (skills, interests) by key. */
  lists: Record<string, string[]>;
  links: ProfileLink[];
  contactVisibility: Record<ContactField, FieldVisibility>;
  /** Custom values by field id: text for one value, a list for a multiple choice. */
  custom: Record<string, string | string[]>;
}

const valueOf = (profile: Profile, key: string): unknown => (profile as unknown as Record<string, unknown>)[key];

function draftOf(profile: Profile, fields: readonly ProfileFieldDescription[]): Draft {
  const standard = fields.filter((field) => field.standard);
  const byKind = (test: (field: ProfileFieldDescription) => boolean) => standard.filter(test).map((field) => field.key);
  return {
    text: Object.fromEntries(byKind((field) => TEXT_KINDS.has(field.kind)).map((key) => [key, (valueOf(profile, key) as string | null) ?? ''])),
    years: Object.fromEntries(byKind((field) => field.kind === 'YEAR').map((key) => [key, (valueOf(profile, key) as number | null) ?? ''])),
    lists: Object.fromEntries(byKind((field) => field.kind === 'LIST').map((key) => [key, (valueOf(profile, key) as string[] | null) ?? []])),
    links: profile.links ?? [],
    contactVisibility: profile.contactVisibility ?? { contactEmail: 'ADMINS', phone: 'ADMINS', links: 'ADMINS' },
    custom: Object.fromEntries(profile.customFields.map((value) => [value.fieldId, value.type === 'MULTIPLE_CHOICE' ? value.values : (value.value ?? '')])),
  };
}

function inputOf(draft: Draft, fields: readonly ProfileFieldDescription[]): UpdateMyProfileInput {
  return {
    ...Object.fromEntries(Object.entries(draft.text).map(([key, value]) => [key, value.trim() || null])),
    displayName: draft.text.displayName,
    ...Object.fromEntries(Object.entries(draft.years).map(([key, value]) => [key, typeof value === 'number' ? value : null])),
    ...draft.lists,
    links: draft.links.filter((link) => link.url.trim() || link.label.trim()),
    contactVisibility: draft.contactVisibility,
    customFields: fields.flatMap((field) => {
      if (field.standard || !field.customFieldId) return [];
      const value = draft.custom[field.customFieldId];
      return [Array.isArray(value) ? { fieldId: field.customFieldId, values: value } : { fieldId: field.customFieldId, value: value?.trim() || null }];
    }),
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** One custom field's input, by its type. */
function CustomFieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: ProfileFieldDescription;
  value: string | string[] | undefined;
  error?: string;
  onChange: (value: string | string[]) => void;
}) {
  const { t } = useTranslation();
  const common = { label: field.label, description: field.helpText ?? undefined, error, maxLength: field.maxLength ?? undefined };
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'LONG_TEXT':
      return <Textarea {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} autosize minRows={2} maxRows={6} />;
    case 'NUMBER':
    case 'YEAR':
      return <TextInput {...common} inputMode="numeric" value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'DATE':
      return <TextInput {...common} type="date" value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'URL':
      return <TextInput {...common} type="url" placeholder="https://" value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'SINGLE_CHOICE':
      return (
        <Select
          {...common}
          placeholder={t('profiles.edit.choose')}
          data={field.options.map((option) => ({ value: option.value, label: option.label }))}
          value={text || null}
          onChange={(next) => onChange(next ?? '')}
          clearable
        />
      );
    case 'MULTIPLE_CHOICE':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Group gap="md" mt={4}>
            {field.options.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    default:
      return <TextInput {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}

/** `/profile`: the signed-in member edits every field of their profile and chooses who sees their contact details. */
export function ProfileEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('profiles.edit.title'));
  const { viewer } = useViewer();
  const { client } = useSession();
  const { data, error, fetching } = useQuery(MyProfileQuery, {}, { pause: !viewer });
  const [draft, setDraft] = useState<Draft | null>(null);
  // The draft as last loaded or saved: leaving with anything else (or a chosen photo) asks first.
  const [baseline, setBaseline] = useState<Draft | null>(null);
  const photo = usePhotoDraft({ photoUrl: data?.myProfile?.photoUrl ?? null });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!data?.myProfile) return;
    const loaded = draftOf(data.myProfile, data.profileFields);
    setDraft((current) => current ?? loaded);
    setBaseline((current) => current ?? loaded);
  }, [data]);
  const unsaved = photo.file !== null || (draft !== null && baseline !== null && JSON.stringify(draft) !== JSON.stringify(baseline));

  if (!viewer || (fetching && !data)) return <PageLoader />;
  if (error) {
    return (
      <ContentPage title={t('profiles.edit.title')}>
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {describeRequestError(t, error)}
        </Alert>
      </ContentPage>
    );
  }
  if (!data?.myProfile || !draft) {
    return (
      <ContentPage title={t('profiles.edit.title')}>
        <Alert color="yellow" variant="light" role="status">
          {t('profiles.edit.notReady')}
        </Alert>
      </ContentPage>
    );
  }

  const fields = data.profileFields;
  const customFields = fields.filter((field) => !field.standard);
  const visibilityLabel = (visibility: FieldVisibility) => looseT(t)(`profiles.visibility.${visibility}`);
  const labelOf = (field: ProfileFieldDescription) => looseT(t)(`profiles.fields.${field.key}`);
  const shownTo = (field: ProfileFieldDescription) =>
    field.decidedBy === 'NETWORK' ? t('profiles.edit.shownTo', { who: visibilityLabel(field.visibility) }) : undefined;
  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((current) => (current ? { ...current, ...patch } : current));
  };
  const visibilityPicker = (field: ProfileFieldDescription) => (
    <Select
      label={t('profiles.edit.whoSees')}
      aria-label={`${labelOf(field)}: ${t('profiles.edit.whoSees')}`}
      data={field.visibilityOptions.map((visibility) => ({ value: visibility, label: visibilityLabel(visibility) }))}
      value={draft.contactVisibility[field.key as ContactField]}
      onChange={(value) => value && change({ contactVisibility: { ...draft.contactVisibility, [field.key]: value as FieldVisibility } })}
      allowDeselect={false}
      w={{ base: '100%', sm: 220 }}
    />
  );
  const PLACEHOLDERS: Record<string, string> = { nameKana: t('profiles.edit.kanaPlaceholder'), nameRomaji: t('profiles.edit.romajiPlaceholder') };

  /** One standard field's input, by its kind and limits; a contact detail comes with who sees it. */
  const standardInput = (field: ProfileFieldDescription): ReactNode => {
    const common = { label: labelOf(field), description: shownTo(field), error: fieldErrors[field.key] };
    const withPicker = (input: ReactNode) =>
      field.decidedBy === 'MEMBER' ? (
        <Group key={field.key} align="flex-start" grow wrap="wrap">
          {input}
          {visibilityPicker(field)}
        </Group>
      ) : (
        input
      );
    switch (field.kind) {
      case 'LONG_TEXT':
        return (
          <Textarea
            key={field.key}
            {...common}
            value={draft.text[field.key]}
            onChange={(e) => change({ text: { ...draft.text, [field.key]: e.currentTarget.value } })}
            maxLength={field.maxLength ?? undefined}
            autosize
            minRows={3}
            maxRows={10}
          />
        );
      case 'YEAR':
        return (
          <NumberInput
            key={field.key}
            {...common}
            value={draft.years[field.key]}
            onChange={(value) => change({ years: { ...draft.years, [field.key]: value } })}
            min={field.min ?? undefined}
            max={field.max ?? undefined}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
          />
        );
      case 'LIST':
        return (
          <TagsInput
            key={field.key}
            {...common}
            placeholder={t('profiles.edit.listPlaceholder')}
            value={draft.lists[field.key]}
            onChange={(items) => change({ lists: { ...draft.lists, [field.key]: items } })}
            maxTags={field.maxItems ?? undefined}
            clearable
          />
        );
      case 'LINKS':
        return (
          <Stack key={field.key} gap="xs">
            <Group justify="space-between" align="flex-end">
              <Text fw={500} size="sm">
                {labelOf(field)}
              </Text>
              {visibilityPicker(field)}
            </Group>
            {draft.links.map((link, index) => (
              <Group key={index} align="flex-start" wrap="nowrap">
                <TextInput
                  aria-label={`${t('profiles.edit.linkLabel')} ${index + 1}`}
                  placeholder={t('profiles.edit.linkLabel')}
                  value={link.label}
                  onChange={(e) => change({ links: draft.links.map((l, i) => (i === index ? { ...l, label: e.currentTarget.value } : l)) })}
                  w={160}
                />
                <TextInput
                  aria-label={`${t('profiles.edit.linkUrl')} ${index + 1}`}
                  placeholder={t('profiles.edit.linkUrl')}
                  type="url"
                  value={link.url}
                  maxLength={field.maxLength ?? undefined}
                  onChange={(e) => change({ links: draft.links.map((l, i) => (i === index ? { ...l, url: e.currentTarget.value } : l)) })}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('profiles.edit.removeLink')}
                  onClick={() => change({ links: draft.links.filter((_, i) => i !== index) })}
                >
                  <XIcon size={16} />
                </ActionIcon>
              </Group>
            ))}
            {fieldErrors[field.key] && (
              <Text c="red" size="sm" role="alert">
                {fieldErrors[field.key]}
              </Text>
            )}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => change({ links: [...draft.links, { label: '', url: '' }] })}
                disabled={field.maxItems !== null && draft.links.length >= field.maxItems}
              >
                {t('profiles.edit.addLink')}
              </Button>
            </Group>
          </Stack>
        );
      default:
        return withPicker(
          <TextInput
            key={field.key}
            {...common}
            value={draft.text[field.key]}
            onChange={(e) => change({ text: { ...draft.text, [field.key]: e.currentTarget.value } })}
            maxLength={field.maxLength ?? undefined}
            placeholder={PLACEHOLDERS[field.key]}
            required={field.key === 'displayName'}
          />,
        );
    }
  };
  const inSection = (name: ProfileSection) => fieldsOf(fields, name).map(standardInput);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    const result = await client.mutation(UpdateMyProfileMutation, { input: inputOf(draft, fields) }).toPromise();
    const payload = result.data?.updateMyProfile;
    if (result.error || !payload) {
      setSaving(false);
      setFieldErrors({});
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    if (payload.profile) {
      setFieldErrors({});
      setFormErrors([]);
      const stored = draftOf(payload.profile, fields);
      setDraft(stored);
      setBaseline(stored);
      // A chosen photo is part of the profile being saved; if it is refused, the photo section says why.
      const photoSaved = await photo.upload();
      setSaving(false);
      setSaved(photoSaved);
      return;
    }
    setSaving(false);
    const byField: Record<string, string> = {};
    const form: string[] = [];
    for (const problem of payload.errors) {
      const field = problem.field?.startsWith('custom.') ? problem.field : problem.field?.split('.').pop();
      if (field && problem.code === 'VALIDATION') byField[field] ??= describeProfileError(t, problem);
      else form.push(describeProfileError(t, problem));
    }
    setFieldErrors(byField);
    setFormErrors(form.length > 0 || Object.keys(byField).length === 0 ? form : []);
  };

  return (
    <ContentPage title={t('profiles.edit.title')} subtitle={t('profiles.edit.subtitle')}>
      <UnsavedChangesPrompt when={unsaved && !saving} />
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('profiles.edit.title')}>
        <Stack gap="md">
          {formErrors.length > 0 && (
            <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
              {formErrors.join(' ')}
            </Alert>
          )}
          <PhotoUpload displayName={data.myProfile.displayName} photo={photo} pendingHint={t('profiles.edit.photoPending')} />
          <Section title={t('profiles.edit.sections.names')}>{inSection('names')}</Section>
          <Section title={t('profiles.edit.sections.career')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {inSection('career')}
            </SimpleGrid>
          </Section>
          <Section title={t('profiles.edit.sections.about')}>{inSection('about')}</Section>
          <Section title={t('profiles.edit.sections.contact')}>{inSection('contact')}</Section>

          {customFields.length > 0 && (
            <Section title={t('profiles.edit.sections.custom')}>
              {customFields.map((field) => (
                <CustomFieldInput
                  key={field.key}
                  field={field}
                  value={draft.custom[field.customFieldId!]}
                  error={fieldErrors[field.key]}
                  onChange={(value) => change({ custom: { ...draft.custom, [field.customFieldId!]: value } })}
                />
              ))}
            </Section>
          )}

          {saved && (
            <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} role="status">
              {t('profiles.edit.saved')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button component={Link} to={`/members/${data.myProfile.memberId}`} variant="default">
              {t('profiles.edit.view')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('profiles.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ContentPage>
  );
}
