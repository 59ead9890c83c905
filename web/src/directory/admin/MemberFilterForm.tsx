import { useState } from 'react';
import { Group, MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ProfileFieldsQuery } from '../profiles.api';
import { cleanFilter, MEMBER_STATUSES, type DirectoryFilter, type MemberStatus, type Tag } from './crm.api';

/** The form's own text values; the filter is derived from them on every change. */
interface Draft {
  text: string;
  yearFrom: number | null;
  yearTo: number | null;
  departments: string;
  employers: string;
  locations: string;
  tagIds: string[];
  withoutTagIds: string[];
  statuses: MemberStatus[];
  lineLinked: '' | 'yes' | 'no';
  signedInSince: string;
  notSignedInSince: string;
  answerKey: string;
  answerValue: string;
}

const list = (text: string) =>
  text
    .split(/[,、，]/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
const dateOnly = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');
const startOfDay = (date: string) => (date ? new Date(`${date}T00:00:00`).toISOString() : undefined);

function draftOf(filter: DirectoryFilter): Draft {
  return {
    text: filter.text ?? '',
    yearFrom: filter.entryYear?.from ?? null,
    yearTo: filter.entryYear?.to ?? null,
    departments: (filter.departments ?? []).join(', '),
    employers: (filter.employers ?? []).join(', '),
    locations: (filter.locations ?? []).join(', '),
    tagIds: filter.tagIds ?? [],
    withoutTagIds: filter.withoutTagIds ?? [],
    statuses: filter.statuses ?? [],
    lineLinked: filter.lineLinked === undefined ? '' : filter.lineLinked ? 'yes' : 'no',
    signedInSince: dateOnly(filter.signedInSince),
    notSignedInSince: dateOnly(filter.notSignedInSince),
    answerKey: filter.registrationAnswers?.[0]?.key ?? '',
    answerValue: filter.registrationAnswers?.[0]?.value ?? '',
  };
}

function filterOf(draft: Draft): DirectoryFilter {
  return cleanFilter({
    text: draft.text.trim(),
    entryYear: { from: draft.yearFrom, to: draft.yearTo },
    departments: list(draft.departments),
    employers: list(draft.employers),
    locations: list(draft.locations),
    tagIds: draft.tagIds,
    withoutTagIds: draft.withoutTagIds,
    statuses: draft.statuses,
    lineLinked: draft.lineLinked === '' ? undefined : draft.lineLinked === 'yes',
    signedInSince: startOfDay(draft.signedInSince),
    notSignedInSince: startOfDay(draft.notSignedInSince),
    registrationAnswers: draft.answerKey.trim() && draft.answerValue.trim() ? [{ key: draft.answerKey.trim(), value: draft.answerValue.trim() }] : undefined,
  });
}

/**
 * Edits one DirectoryFilter: the admin member list, the segment builder and tag rules use it.
 * `errors` are the server's messages by filter field (e.g. `entryYear`).
 */
export function MemberFilterForm({
  initial,
  tags,
  onChange,
  errors = {},
}: {
  initial: DirectoryFilter;
  tags: Tag[];
  onChange: (filter: DirectoryFilter) => void;
  errors?: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    onChange(filterOf(next));
  };
  const tagOptions = tags.map((tag) => ({ value: tag.id, label: tag.name }));
  const year = (value: string | number) => (typeof value === 'number' && Number.isInteger(value) ? value : null);
  // The years' range is the directory's (its description of entryYear).
  const entryYear = useQuery(ProfileFieldsQuery, {}).data?.profileFields.find((field) => field.key === 'entryYear');
  const years = { min: entryYear?.min ?? undefined, max: entryYear?.max ?? undefined };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" role="group" aria-label={t('crm.filter.title')}>
      <TextInput label={t('crm.filter.text')} value={draft.text} onChange={(e) => change({ text: e.currentTarget.value })} error={errors.text} />
      <Group grow gap="xs" align="flex-start">
        <NumberInput
          label={t('crm.filter.yearFrom')}
          value={draft.yearFrom ?? ''}
          onChange={(value) => change({ yearFrom: year(value) })}
          {...years}
          allowDecimal={false}
          error={errors.entryYear}
        />
        <NumberInput
          label={t('crm.filter.yearTo')}
          value={draft.yearTo ?? ''}
          onChange={(value) => change({ yearTo: year(value) })}
          {...years}
          allowDecimal={false}
        />
      </Group>
      <TextInput
        label={t('crm.filter.departments')}
        description={t('crm.filter.departmentsHelp')}
        value={draft.departments}
        onChange={(e) => change({ departments: e.currentTarget.value })}
        error={errors.departments}
      />
      <TextInput
        label={t('crm.filter.employers')}
        description={t('crm.filter.listHelp')}
        value={draft.employers}
        onChange={(e) => change({ employers: e.currentTarget.value })}
        error={errors.employers}
      />
      <TextInput
        label={t('crm.filter.locations')}
        description={t('crm.filter.locationsHelp')}
        value={draft.locations}
        onChange={(e) => change({ locations: e.currentTarget.value })}
        error={errors.locations}
      />
      <MultiSelect
        label={t('crm.filter.tags')}
        data={tagOptions}
        value={draft.tagIds}
        onChange={(tagIds) => change({ tagIds })}
        searchable
        clearable
        error={errors.tagIds}
      />
      <MultiSelect
        label={t('crm.filter.withoutTags')}
        data={tagOptions}
        value={draft.withoutTagIds}
        onChange={(withoutTagIds) => change({ withoutTagIds })}
        searchable
        clearable
        error={errors.withoutTagIds}
      />
      <MultiSelect
        label={t('crm.filter.statuses')}
        description={t('crm.filter.statusesHelp')}
        data={MEMBER_STATUSES.map((status) => ({ value: status, label: t(`crm.status.${status}`) }))}
        value={draft.statuses}
        onChange={(statuses) => change({ statuses: statuses as MemberStatus[] })}
        clearable
        error={errors.statuses}
      />
      <Select
        label={t('crm.filter.lineLinked')}
        data={[
          { value: '', label: t('crm.filter.any') },
          { value: 'yes', label: t('crm.filter.yes') },
          { value: 'no', label: t('crm.filter.no') },
        ]}
        value={draft.lineLinked}
        onChange={(value) => change({ lineLinked: (value ?? '') as Draft['lineLinked'] })}
        allowDeselect={false}
      />
      <TextInput
        type="date"
        label={t('crm.filter.signedInSince')}
        value={draft.signedInSince}
        onChange={(e) => change({ signedInSince: e.currentTarget.value })}
        error={errors.signedInSince}
      />
      <TextInput
        type="date"
        label={t('crm.filter.notSignedInSince')}
        value={draft.notSignedInSince}
        onChange={(e) => change({ notSignedInSince: e.currentTarget.value })}
        error={errors.notSignedInSince}
      />
      <Group grow gap="xs" align="flex-start">
        <TextInput
          label={t('crm.filter.answerKey')}
          value={draft.answerKey}
          onChange={(e) => change({ answerKey: e.currentTarget.value })}
          error={errors.registrationAnswers}
        />
        <TextInput label={t('crm.filter.answerValue')} value={draft.answerValue} onChange={(e) => change({ answerValue: e.currentTarget.value })} />
      </Group>
    </SimpleGrid>
  );
}

/**
 * The server's BAD_USER_INPUT / VALIDATION errors on `filter.<field>` (or `rule.<field>`), by filter
 * field, in the viewer's language.
 */
export function filterFieldErrors(message: string, errors: { field?: string | null }[]): Partial<Record<string, string>> {
  const byField: Partial<Record<string, string>> = {};
  for (const error of errors) {
    const match = /^(?:filter|rule)\.(\w+)/.exec(error.field ?? '');
    const field = match?.[1];
    if (field) byField[field] ??= message;
  }
  return byField;
}

/** The user errors of a failed query (BAD_USER_INPUT carries them in its extensions). */
export function queryUserErrors(error: { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | undefined): { field?: string | null }[] {
  return (error?.graphQLErrors ?? []).flatMap((graphQLError) => (graphQLError.extensions?.errors as { field?: string | null }[] | undefined) ?? []);
}
