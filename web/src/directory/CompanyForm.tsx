import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { describeRequestError, translateUserError } from '../api/errors';
import { AlertIcon } from '../components/icons';
import { useSession } from '../session/hooks';
import { AddCompanyMutation, COMPANY_STAGES, UpdateCompanyMutation, type Company, type CompanyFields, type CompanyStage } from './companies.api';

const FORM_FIELDS = ['name', 'industry', 'stage', 'url', 'description', 'foundedYear'] as const;
type FormField = (typeof FORM_FIELDS)[number];

// Keys built at run time (error codes, stages) are outside the typed key set.
type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;
export const looseT = (t: TFunction): LooseT => t as unknown as LooseT;

/** A company error in the user's language: this area's own text first, then the app's, then the server's. */
export function describeCompanyError(t: TFunction, error: UserError): string {
  const field = error.field?.split('.').pop();
  const keys = [...(field ? [`companies.errors.${error.code}_${field}`] : []), `companies.errors.${error.code}`];
  return looseT(t)(keys, { defaultValue: '' }) || translateUserError(t, error);
}

export function stageLabel(t: TFunction, stage: CompanyStage): string {
  return looseT(t)(`companies.stages.${stage}`);
}

interface Draft {
  name: string;
  industry: string;
  stage: CompanyStage | null;
  url: string;
  description: string;
  foundedYear: number | string;
}

const draftOf = (company?: Company): Draft => ({
  name: company?.name ?? '',
  industry: company?.industry ?? '',
  stage: company?.stage ?? null,
  url: company?.url ?? '',
  description: company?.description ?? '',
  foundedYear: company?.foundedYear ?? '',
});

/** Adds a company the member founded, or edits one of theirs; the server checks every field. */
export function CompanyForm({ company, onSaved, onCancel }: { company?: Company; onSaved: (company: Company) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [draft, setDraft] = useState<Draft>(() => draftOf(company));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FormField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const input: CompanyFields = {
      name: draft.name,
      industry: draft.industry.trim() || null,
      stage: draft.stage,
      url: draft.url.trim() || null,
      description: draft.description.trim() || null,
      foundedYear: typeof draft.foundedYear === 'number' ? draft.foundedYear : null,
    };
    const result = company
      ? await client.mutation(UpdateCompanyMutation, { input: { ...input, companyId: company.id } }).toPromise()
      : await client.mutation(AddCompanyMutation, { input }).toPromise();
    setSaving(false);
    if (result.error || !result.data) {
      setFieldErrors({});
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    const payload = 'addCompany' in result.data ? result.data.addCompany : result.data.updateCompany;
    if (payload.company) {
      setFieldErrors({});
      setFormErrors([]);
      if (!company) setDraft(draftOf());
      onSaved(payload.company);
      return;
    }
    const byField: Partial<Record<FormField, string>> = {};
    const form: string[] = [];
    for (const error of payload.errors) {
      const field = error.field?.split('.').pop() as FormField | undefined;
      if (field && FORM_FIELDS.includes(field)) byField[field] ??= describeCompanyError(t, error);
      else form.push(describeCompanyError(t, error));
    }
    setFieldErrors(byField);
    setFormErrors(form);
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={company ? t('companies.edit.title', { name: company.name }) : t('companies.add.title')}
    >
      <Stack gap="sm">
        {formErrors.length > 0 && (
          <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
            {formErrors.join(' ')}
          </Alert>
        )}
        <TextInput
          label={t('companies.form.name')}
          value={draft.name}
          onChange={(e) => change({ name: e.currentTarget.value })}
          error={fieldErrors.name}
          required
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('companies.form.industry')}
            placeholder={t('companies.form.industryPlaceholder')}
            value={draft.industry}
            onChange={(e) => change({ industry: e.currentTarget.value })}
            error={fieldErrors.industry}
          />
          <Select
            label={t('companies.form.stage')}
            data={[{ value: '', label: t('companies.form.stageNone') }, ...COMPANY_STAGES.map((stage) => ({ value: stage, label: stageLabel(t, stage) }))]}
            value={draft.stage ?? ''}
            onChange={(value) => change({ stage: (value || null) as CompanyStage | null })}
            allowDeselect={false}
            error={fieldErrors.stage}
          />
          <NumberInput
            label={t('companies.form.foundedYear')}
            value={draft.foundedYear}
            onChange={(value) => change({ foundedYear: value })}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            error={fieldErrors.foundedYear}
          />
        </SimpleGrid>
        <TextInput
          label={t('companies.form.url')}
          placeholder={t('companies.form.urlPlaceholder')}
          type="url"
          value={draft.url}
          onChange={(e) => change({ url: e.currentTarget.value })}
          error={fieldErrors.url}
        />
        <Textarea
          label={t('companies.form.description')}
          value={draft.description}
          onChange={(e) => change({ description: e.currentTarget.value })}
          error={fieldErrors.description}
          autosize
          minRows={3}
          maxRows={8}
        />
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={saving}>
              {t('companies.cancel')}
            </Button>
          )}
          <Button type="submit" loading={saving}>
            {company ? t('companies.edit.submit') : t('companies.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
