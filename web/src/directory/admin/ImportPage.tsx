import { useEffect, useMemo, useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Progress,
  Radio,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeRequestError, translateUserError } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import type { UserError } from '../../api/documents';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { PageLoader } from '../../components/Page';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../session/hooks';
import { ExportButton } from './ExportButton';
import {
  MAX_ROSTER_BYTES,
  PreviewRosterImportMutation,
  RosterImportProgressQuery,
  RosterImportSetupQuery,
  RunRosterImportMutation,
  uploadRoster,
  type ColumnMapping,
  type ImportRowError,
  type ImportTarget,
  type MatchBy,
  type RosterImport,
  type RosterPreview,
} from './imports.api';

type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;
const looseT = (t: TFunction): LooseT => t as unknown as LooseT;

/** How often the page asks for the progress of a running import. */
const POLL_MS = 1000;

function describeImportError(t: TFunction, error: UserError): string {
  return looseT(t)([`imports.errors.${error.code}`], { defaultValue: translateUserError(t, error) });
}

function targetLabel(t: TFunction, target: ImportTarget): string {
  // A standard field without a label of the import's own goes by the profile's label for its key.
  return target.label ?? looseT(t)([`imports.targets.${target.target}`, `profiles.fields.${target.target}`], { defaultValue: target.target });
}

/** Step 1: choose the file and send it. */
function UploadStep({ onUploaded }: { onUploaded: (importId: string) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError(t('imports.upload.required'));
    if (file.size > MAX_ROSTER_BYTES) return setError(t('imports.upload.tooLarge'));
    setUploading(true);
    setError(null);
    try {
      const result = await uploadRoster(file);
      if (result.ok) return onUploaded(result.importId);
      setError(result.errors.length > 0 ? result.errors.map((e) => describeImportError(t, e)).join(' ') : t('imports.upload.failed'));
    } catch {
      setError(t('imports.upload.failed'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('imports.steps.upload')}>
      <Stack gap="sm">
        <Text c="dimmed" size="sm">
          {t('imports.upload.hint')}
        </Text>
        <FileInput
          label={t('imports.upload.label')}
          placeholder={t('imports.upload.choose')}
          accept=".csv,.txt,text/csv,text/plain"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setError(null);
          }}
          error={error}
          clearable
        />
        <Group>
          <Button type="submit" loading={uploading} disabled={!file}>
            {t('imports.upload.button')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Step 2: which field each column goes into, and how rows find their person. */
function MappingStep({
  columns,
  sample,
  targets,
  mapping,
  matchBy,
  onChange,
  onMatchBy,
  onPreview,
  previewing,
  errors,
}: {
  columns: string[];
  sample: string[][];
  targets: ImportTarget[];
  mapping: string[];
  matchBy: MatchBy;
  onChange: (column: number, target: string) => void;
  onMatchBy: (matchBy: MatchBy) => void;
  onPreview: () => void;
  previewing: boolean;
  errors: string[];
}) {
  const { t } = useTranslation();
  const options = [{ value: '', label: t('imports.mapping.ignore') }, ...targets.map((target) => ({ value: target.target, label: targetLabel(t, target) }))];
  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {t('imports.mapping.hint')}
      </Text>
      {errors.length > 0 && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {errors.join(' ')}
        </Alert>
      )}
      <ScrollArea>
        <Table striped withTableBorder aria-label={t('imports.mapping.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.mapping.column')}</Table.Th>
              <Table.Th>{t('imports.mapping.sample')}</Table.Th>
              <Table.Th>{t('imports.mapping.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {columns.map((column, index) => (
              <Table.Tr key={index}>
                <Table.Td fw={500}>{column || t('imports.mapping.unnamed', { number: index + 1 })}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {sample
                      .map((row) => row[index])
                      .filter(Boolean)
                      .slice(0, 3)
                      .join(' / ')}
                  </Text>
                </Table.Td>
                <Table.Td miw={200}>
                  <Select
                    aria-label={t('imports.mapping.targetOf', { column: column || index + 1 })}
                    data={options}
                    value={mapping[index] ?? ''}
                    onChange={(value) => onChange(index, value ?? '')}
                    allowDeselect={false}
                    searchable
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Radio.Group
        label={t('imports.mapping.matchBy')}
        description={t('imports.mapping.matchByHint')}
        value={matchBy}
        onChange={(value) => onMatchBy(value as MatchBy)}
      >
        <Group mt="xs">
          <Radio value="EMAIL" label={t('imports.mapping.matchByEmail')} />
          <Radio value="EXTERNAL_ID" label={t('imports.mapping.matchByExternalId')} />
        </Group>
      </Radio.Group>
      <Group>
        <Button onClick={onPreview} loading={previewing}>
          {t('imports.mapping.preview')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A row error in the admin's language: its code worded with its params, field names translated. */
function describeRowError(t: TFunction, error: ImportRowError): string {
  const fieldName = (field: unknown) => (typeof field === 'string' ? looseT(t)(`imports.targets.${field}`, { defaultValue: field }) : '');
  return looseT(t)(`imports.rowErrors.${error.code}`, { ...error.params, key: fieldName(error.params.key), defaultValue: error.message });
}

/** The rows left out, each with every problem it has; `failedRows` is the one count of them on the page. */
function RowErrors({ errors, failedRows }: { errors: ImportRowError[]; failedRows: number }) {
  const { t } = useTranslation();
  const byRow = useMemo(() => {
    const rows = new Map<number, ImportRowError[]>();
    for (const error of errors) rows.set(error.row, [...(rows.get(error.row) ?? []), error]);
    return [...rows];
  }, [errors]);
  if (failedRows === 0 || byRow.length === 0) return null;
  const column = (error: ImportRowError) => error.column ?? (error.field ? looseT(t)(`imports.targets.${error.field}`, { defaultValue: error.field }) : null);
  return (
    <Stack gap={4}>
      <Title order={3} fz="md">
        {t('imports.errorsTitle', { count: failedRows })}
      </Title>
      <ScrollArea.Autosize mah={360}>
        <Table withTableBorder striped aria-label={t('imports.errorsTitle', { count: failedRows })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.errorRow')}</Table.Th>
              <Table.Th>{t('imports.errorMessage')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byRow.map(([row, rowErrors]) => (
              <Table.Tr key={row}>
                <Table.Td style={{ verticalAlign: 'top' }}>{row}</Table.Td>
                <Table.Td>
                  <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                    {rowErrors.map((error, index) => (
                      <li key={index}>
                        {column(error) && (
                          <Text span fw={600} size="sm">
                            {t('imports.errorIn', { column: column(error) })}
                          </Text>
                        )}
                        <Text span size="sm">
                          {describeRowError(t, error)}
                        </Text>
                      </li>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {failedRows > byRow.length && (
        <Text size="sm" c="dimmed">
          {t('imports.moreErrors', { count: failedRows - byRow.length })}
        </Text>
      )}
    </Stack>
  );
}

function Figure({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Card withBorder padding="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} c={color} data-figure={label}>
        {value.toLocaleString()}
      </Text>
    </Card>
  );
}

/** Step 3: what the run would do. */
function PreviewStep({
  preview,
  onBack,
  onRun,
  running,
  errors,
}: {
  preview: RosterPreview;
  onBack: () => void;
  onRun: () => void;
  running: boolean;
  errors: string[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-label={t('imports.steps.preview')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label={t('imports.preview.toCreate')} value={preview.toCreate} color="teal" />
        <Figure label={t('imports.preview.toUpdate')} value={preview.toUpdate} color="blue" />
        <Figure label={t('imports.preview.unchanged')} value={preview.unchanged} />
        <Figure label={t('imports.preview.failed')} value={preview.failed} color={preview.failed > 0 ? 'red' : undefined} />
      </SimpleGrid>
      {preview.newTags.length > 0 && (
        <Group gap={6}>
          <Text size="sm">{t('imports.preview.newTags')}</Text>
          {preview.newTags.slice(0, 30).map((tag) => (
            <Badge key={tag} variant="light">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {t('imports.preview.hint')}
      </Text>
      <RowErrors errors={preview.rowErrors} failedRows={preview.failed} />
      {errors.length > 0 && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {errors.join(' ')}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('imports.preview.back')}
        </Button>
        <Button onClick={onRun} loading={running} disabled={preview.toCreate + preview.toUpdate + preview.unchanged === 0}>
          {t('imports.preview.run')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Steps 4 and 5: progress while it runs, then the report. */
function ProgressStep({ rosterImport, onAnother }: { rosterImport: RosterImport; onAnother: () => void }) {
  const { t } = useTranslation();
  const percent = rosterImport.totalRows > 0 ? Math.round((100 * rosterImport.processedRows) / rosterImport.totalRows) : 0;
  const running = rosterImport.status === 'RUNNING';
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" aria-live="polite">
          {running
            ? t('imports.run.progress', { processed: rosterImport.processedRows.toLocaleString(), total: rosterImport.totalRows.toLocaleString() })
            : rosterImport.status === 'DONE'
              ? t('imports.report.done', { fileName: rosterImport.fileName })
              : t('imports.report.failed')}
        </Text>
        <Progress
          value={rosterImport.status === 'DONE' ? 100 : percent}
          color={rosterImport.status === 'FAILED' ? 'red' : rosterImport.status === 'DONE' ? 'teal' : 'blue'}
          animated={running}
          size="lg"
          aria-label={t('imports.run.progressLabel')}
        />
      </Stack>
      {rosterImport.status === 'FAILED' && rosterImport.failure && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {rosterImport.failure}
        </Alert>
      )}
      {!running && (
        <>
          {rosterImport.status === 'DONE' && (
            <Alert color="teal" variant="light" icon={<CheckIcon size={20} />}>
              {t('imports.report.summary')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label={t('imports.report.title')}>
            <Figure label={t('imports.report.created')} value={rosterImport.createdRows} color="teal" />
            <Figure label={t('imports.report.updated')} value={rosterImport.updatedRows} color="blue" />
            <Figure label={t('imports.report.unchanged')} value={rosterImport.unchangedRows} />
            <Figure label={t('imports.report.failedRows')} value={rosterImport.failedRows} color={rosterImport.failedRows > 0 ? 'red' : undefined} />
          </SimpleGrid>
          <RowErrors errors={rosterImport.rowErrors} failedRows={rosterImport.failedRows} />
          <Group>
            <Button variant="default" onClick={onAnother}>
              {t('imports.report.another')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The wizard once a file is uploaded: mapping, preview, run, report. */
function ImportWizard({ importId, onRestart }: { importId: string; onRestart: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const { data, error, fetching } = useQuery(RosterImportSetupQuery, { id: importId });
  const [mapping, setMapping] = useState<string[] | null>(null);
  const [matchBy, setMatchBy] = useState<MatchBy>('EMAIL');
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [progress, setProgress] = useState<RosterImport | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const setup = data?.rosterImport;

  // The suggestion (or the last preview's mapping) once the file is known.
  useEffect(() => {
    if (!setup || mapping) return;
    const targets = setup.columns.map(() => '');
    for (const entry of setup.suggestedMapping) targets[entry.column] = entry.target;
    setMapping(targets);
    setMatchBy(setup.suggestedMatchBy);
    if (setup.status !== 'UPLOADED') setProgress(setup);
  }, [setup, mapping]);

  // While the import runs, its progress is asked for every second.
  const polling = progress?.status === 'RUNNING';
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => {
      void client
        .query(RosterImportProgressQuery, { id: importId }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (result.data?.rosterImport) setProgress(result.data.rosterImport);
        });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [polling, client, importId]);

  const chosen = useMemo<ColumnMapping[]>(() => (mapping ?? []).flatMap((target, column) => (target ? [{ column, target }] : [])), [mapping]);

  if (fetching && !data) return <PageLoader />;
  if (error || !setup) {
    return (
      <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
        {error ? describeRequestError(t, error) : t('imports.errors.NOT_FOUND')}
      </Alert>
    );
  }

  const runPreview = async () => {
    setBusy(true);
    setErrors([]);
    const result = await client.mutation(PreviewRosterImportMutation, { input: { importId, mapping: chosen, matchBy } }).toPromise();
    setBusy(false);
    if (result.error || !result.data) return setErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    const payload = result.data.previewRosterImport;
    if (payload.preview) setPreview(payload.preview);
    else setErrors(payload.errors.map((e) => describeImportError(t, e)));
  };

  const run = async () => {
    setBusy(true);
    setErrors([]);
    const result = await client.mutation(RunRosterImportMutation, { input: { importId } }).toPromise();
    setBusy(false);
    if (result.error || !result.data) return setErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    const payload = result.data.runRosterImport;
    if (payload.rosterImport) setProgress(payload.rosterImport);
    else setErrors(payload.errors.map((e) => describeImportError(t, e)));
  };

  const active = progress ? (progress.status === 'RUNNING' ? 3 : 4) : preview ? 2 : 1;
  return (
    <Stack gap="lg">
      <Stepper active={active} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('imports.steps.upload')} description={setup.fileName} />
        <Stepper.Step label={t('imports.steps.mapping')} />
        <Stepper.Step label={t('imports.steps.preview')} />
        <Stepper.Step label={t('imports.steps.run')} />
        <Stepper.Completed>{null}</Stepper.Completed>
      </Stepper>
      <Text size="sm">{t('imports.fileSummary', { fileName: setup.fileName, count: setup.totalRows })}</Text>
      {active === 1 && mapping && (
        <MappingStep
          columns={setup.columns}
          sample={setup.sample}
          targets={data!.rosterImportTargets}
          mapping={mapping}
          matchBy={matchBy}
          onChange={(column, target) =>
            setMapping((current) => (current ?? []).map((value, index) => (index === column ? target : value === target && target ? '' : value)))
          }
          onMatchBy={setMatchBy}
          onPreview={() => void runPreview()}
          previewing={busy}
          errors={errors}
        />
      )}
      {active === 2 && preview && <PreviewStep preview={preview} onBack={() => setPreview(null)} onRun={() => void run()} running={busy} errors={errors} />}
      {active >= 3 && progress && <ProgressStep rosterImport={progress} onAnother={onRestart} />}
    </Stack>
  );
}

/** /admin/import: the roster import wizard, and the export of every member. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('imports.title'));
  const [params, setParams] = useSearchParams();
  const importId = params.get('id');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {t('imports.title')}
          </Title>
          <Text c="dimmed">{t('imports.subtitle')}</Text>
        </Stack>
        <ExportButton filter={null} />
      </Group>
      {importId ? <ImportWizard key={importId} importId={importId} onRestart={() => setParams({})} /> : <UploadStep onUploaded={(id) => setParams({ id })} />}
    </Stack>
  );
}
