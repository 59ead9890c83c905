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
import { PhotoUpload } from './PhotoUpload';
import {
  FIELD_VISIBILITIES,
  MyProfileQuery,
  UpdateMyProfileMutation,
  type ContactField,
  type CustomField,
  type FieldVisibility,
  type Profile,
  type ProfileFieldSetting,
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

const TEXT_FIELDS = ['displayName', 'nameKana', 'nameRomaji', 'headline', 'department', 'employer', 'jobTitle', 'industry', 'location', 'bio', 'contactEmail', 'phone'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

interface Draft {
  text: Record<TextField, string>;
  entryYear: number | string;
  leaveYear: number | string;
  skills: string[];
  interests: string[];
  links: ProfileLink[];
  contactVisibility: Record<ContactField, FieldVisibility>;
  /** Custom values by field id: text for one value, a list for a multiple choice. */
  custom: Record<string, string | string[]>;
}

function draftOf(profile: Profile): Draft {
  return {
    text: Object.fromEntries(TEXT_FIELDS.map((field) => [field, profile[field] ?? ''])) as Record<TextField, string>,
    entryYear: profile.entryYear ?? '',
    leaveYear: profile.leaveYear ?? '',
    skills: profile.skills ?? [],
    interests: profile.interests ?? [],
    links: profile.links ?? [],
    contactVisibility: profile.contactVisibility ?? { contactEmail: 'ADMINS', phone: 'ADMINS', links: 'ADMINS' },
    custom: Object.fromEntries(profile.customFields.map((value) => [value.fieldId, value.type === 'MULTIPLE_CHOICE' ? value.values : (value.value ?? '')])),
  };
}

function inputOf(draft: Draft, customFields: CustomField[]): UpdateMyProfileInput {
  const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, draft.text[field].trim() || null]));
  return {
    ...text,
    displayName: draft.text.displayName,
    entryYear: typeof draft.entryYear === 'number' ? draft.entryYear : null,
    leaveYear: typeof draft.leaveYear === 'number' ? draft.leaveYear : null,
    skills: draft.skills,
    interests: draft.interests,
    links: draft.links.filter((link) => link.url.trim() || link.label.trim()),
    contactVisibility: draft.contactVisibility,
    customFields: customFields.map((field) => {
      const value = draft.custom[field.id];
      return Array.isArray(value) ? { fieldId: field.id, values: value } : { fieldId: field.id, value: value?.trim() || null };
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
function CustomFieldInput({ field, value, error, onChange }: { field: CustomField; value: string | string[] | undefined; error?: string; onChange: (value: string | string[]) => void }) {
  const { t } = useTranslation();
  const common = { label: field.label, description: field.helpText ?? undefined, error };
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
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
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (data?.myProfile) setDraft((current) => current ?? draftOf(data.myProfile!));
  }, [data]);

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

  const customFields = data.customFields;
  const settings = new Map<string, ProfileFieldSetting>(data.profileFieldSettings.map((setting) => [setting.field, setting]));
  const visibilityLabel = (visibility: FieldVisibility) => looseT(t)(`profiles.visibility.${visibility}`);
  const shownTo = (field: string) => {
    const setting = settings.get(field);
    return setting && setting.decidedBy === 'NETWORK' ? t('profiles.edit.shownTo', { who: visibilityLabel(setting.visibility) }) : undefined;
  };
  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((current) => (current ? { ...current, ...patch } : current));
  };
  const changeText = (field: TextField, value: string) => change({ text: { ...draft.text, [field]: value } });
  const textInput = (field: TextField, extra: { placeholder?: string; required?: boolean } = {}) => (
    <TextInput
      label={looseT(t)(`profiles.fields.${field}`)}
      description={shownTo(field)}
      value={draft.text[field]}
      onChange={(e) => changeText(field, e.currentTarget.value)}
      error={fieldErrors[field]}
      {...extra}
    />
  );
  const visibilityPicker = (field: ContactField) => (
    <Select
      label={t('profiles.edit.whoSees')}
      aria-label={`${looseT(t)(`profiles.fields.${field}`)}: ${t('profiles.edit.whoSees')}`}
      data={FIELD_VISIBILITIES.map((visibility) => ({ value: visibility, label: visibilityLabel(visibility) }))}
      value={draft.contactVisibility[field]}
      onChange={(value) => value && change({ contactVisibility: { ...draft.contactVisibility, [field]: value as FieldVisibility } })}
      allowDeselect={false}
      w={{ base: '100%', sm: 220 }}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    const result = await client.mutation(UpdateMyProfileMutation, { input: inputOf(draft, customFields) }).toPromise();
    setSaving(false);
    const payload = result.data?.updateMyProfile;
    if (result.error || !payload) {
      setFieldErrors({});
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    if (payload.profile) {
      setFieldErrors({});
      setFormErrors([]);
      setDraft(draftOf(payload.profile));
      setSaved(true);
      return;
    }
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
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('profiles.edit.title')}>
        <Stack gap="md">
          {formErrors.length > 0 && (
            <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
              {formErrors.join(' ')}
            </Alert>
          )}
          <PhotoUpload displayName={data.myProfile.displayName} photoUrl={data.myProfile.photoUrl} />
          <Section title={t('profiles.edit.sections.names')}>
            {textInput('displayName', { required: true })}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {textInput('nameKana', { placeholder: t('profiles.edit.kanaPlaceholder') })}
              {textInput('nameRomaji', { placeholder: t('profiles.edit.romajiPlaceholder') })}
            </SimpleGrid>
            {textInput('headline')}
          </Section>

          <Section title={t('profiles.edit.sections.career')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput
                label={t('profiles.fields.entryYear')}
                description={shownTo('entryYear')}
                value={draft.entryYear}
                onChange={(value) => change({ entryYear: value })}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={false}
                error={fieldErrors.entryYear}
              />
              <NumberInput
                label={t('profiles.fields.leaveYear')}
                description={shownTo('leaveYear')}
                value={draft.leaveYear}
                onChange={(value) => change({ leaveYear: value })}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={false}
                error={fieldErrors.leaveYear}
              />
              {textInput('department')}
              {textInput('employer')}
              {textInput('jobTitle')}
              {textInput('industry')}
              {textInput('location')}
            </SimpleGrid>
          </Section>

          <Section title={t('profiles.edit.sections.about')}>
            <Textarea
              label={t('profiles.fields.bio')}
              description={shownTo('bio')}
              value={draft.text.bio}
              onChange={(e) => changeText('bio', e.currentTarget.value)}
              error={fieldErrors.bio}
              autosize
              minRows={3}
              maxRows={10}
            />
            <TagsInput
              label={t('profiles.fields.skills')}
              description={shownTo('skills')}
              placeholder={t('profiles.edit.listPlaceholder')}
              value={draft.skills}
              onChange={(skills) => change({ skills })}
              error={fieldErrors.skills}
              clearable
            />
            <TagsInput
              label={t('profiles.fields.interests')}
              description={shownTo('interests')}
              placeholder={t('profiles.edit.listPlaceholder')}
              value={draft.interests}
              onChange={(interests) => change({ interests })}
              error={fieldErrors.interests}
              clearable
            />
          </Section>

          <Section title={t('profiles.edit.sections.contact')}>
            <Group align="flex-start" grow wrap="wrap">
              {textInput('contactEmail')}
              {visibilityPicker('contactEmail')}
            </Group>
            <Group align="flex-start" grow wrap="wrap">
              {textInput('phone')}
              {visibilityPicker('phone')}
            </Group>
            <Stack gap="xs">
              <Group justify="space-between" align="flex-end">
                <Text fw={500} size="sm">
                  {t('profiles.fields.links')}
                </Text>
                {visibilityPicker('links')}
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
                    onChange={(e) => change({ links: draft.links.map((l, i) => (i === index ? { ...l, url: e.currentTarget.value } : l)) })}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('profiles.edit.removeLink')} onClick={() => change({ links: draft.links.filter((_, i) => i !== index) })}>
                    <XIcon size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {fieldErrors.links && (
                <Text c="red" size="sm" role="alert">
                  {fieldErrors.links}
                </Text>
              )}
              <Group>
                <Button variant="light" size="xs" onClick={() => change({ links: [...draft.links, { label: '', url: '' }] })} disabled={draft.links.length >= 10}>
                  {t('profiles.edit.addLink')}
                </Button>
              </Group>
            </Stack>
          </Section>

          {customFields.length > 0 && (
            <Section title={t('profiles.edit.sections.custom')}>
              {customFields.map((field) => (
                <CustomFieldInput
                  key={field.id}
                  field={field}
                  value={draft.custom[field.id]}
                  error={fieldErrors[`custom.${field.key}`]}
                  onChange={(value) => change({ custom: { ...draft.custom, [field.id]: value } })}
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
