import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, ColorInput, Group, Modal, MultiSelect, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../../api/documents';
import { describeRequestError } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import { AlertIcon } from '../../components/icons';
import { PageLoader } from '../../components/Page';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../session/hooks';
import {
  describeCrmError,
  CreateTagMutation,
  DeleteTagMutation,
  MergeTagsMutation,
  TagsQuery,
  UpdateTagMutation,
  type DirectoryFilter,
  type Tag,
} from './crm.api';
import { filterFieldErrors, MemberFilterForm } from './MemberFilterForm';
import { TagBadge } from './MembersPage';

interface Outcome {
  errors: UserError[];
  failure?: string;
}

/** Creates a tag or edits one: name, colour, and optionally a rule applied now (and to newcomers). */
function TagForm({ tag, tags, onSaved, onCancel }: { tag?: Tag; tags: Tag[]; onSaved: (message: string) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [name, setName] = useState(tag?.name ?? '');
  const [color, setColor] = useState(tag?.color ?? '');
  const [byRule, setByRule] = useState(Boolean(tag?.rule));
  const [rule, setRule] = useState<DirectoryFilter>(tag?.rule ?? {});
  const [newcomers, setNewcomers] = useState(tag?.ruleAppliesToNewcomers ?? false);
  const [outcome, setOutcome] = useState<Outcome>({ errors: [] });
  const [saving, setSaving] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const common = { name, color: color.trim() || null, rule: byRule ? rule : null, ruleAppliesToNewcomers: byRule && newcomers };
    const result = tag
      ? await client.mutation(UpdateTagMutation, { input: { id: tag.id, ...common } }).toPromise()
      : await client.mutation(CreateTagMutation, { input: common }).toPromise();
    setSaving(false);
    const payload = result.data && ('createTag' in result.data ? result.data.createTag : result.data.updateTag);
    if (result.error || !payload) return setOutcome({ errors: [], failure: result.error ? describeRequestError(t, result.error) : t('errors.unexpected') });
    if (payload.errors.length > 0) return setOutcome({ errors: payload.errors });
    setOutcome({ errors: [] });
    if (!tag) {
      setName('');
      setColor('');
      setByRule(false);
      setRule({});
      setNewcomers(false);
      setFormKey((key) => key + 1);
    }
    onSaved(
      byRule
        ? t('crm.tags.savedWithRule', { name: payload.tag?.name ?? name, count: payload.affectedCount })
        : t('crm.tags.saved', { name: payload.tag?.name ?? name }),
    );
  };

  const fieldError = (field: string) => {
    const found = outcome.errors.find((error) => error.field === field);
    return found ? describeCrmError(t, found) : undefined;
  };
  const otherErrors = outcome.errors.filter((error) => !['name', 'color'].includes(error.field ?? '') && !(error.field ?? '').startsWith('rule.'));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={tag ? t('crm.tags.editTitle', { name: tag.name }) : t('crm.tags.createTitle')}>
      <Stack gap="sm">
        {(outcome.failure || otherErrors.length > 0) && (
          <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
            {outcome.failure ?? otherErrors.map((error) => describeCrmError(t, error)).join(' ')}
          </Alert>
        )}
        <Group align="flex-start" grow>
          <TextInput label={t('crm.tags.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} required />
          <ColorInput label={t('crm.tags.color')} value={color} onChange={setColor} format="hex" error={fieldError('color')} />
        </Group>
        <Switch label={t('crm.tags.byRule')} description={t('crm.tags.byRuleHelp')} checked={byRule} onChange={(e) => setByRule(e.currentTarget.checked)} />
        {byRule && (
          <Stack gap="xs" pl="md">
            <MemberFilterForm
              key={formKey}
              initial={rule}
              tags={tags.filter((other) => other.id !== tag?.id)}
              onChange={setRule}
              errors={filterFieldErrors(t('crm.errors.filterField'), outcome.errors)}
            />
            <Checkbox
              label={t('crm.tags.newcomers')}
              description={t('crm.tags.newcomersHelp')}
              checked={newcomers}
              onChange={(e) => setNewcomers(e.currentTarget.checked)}
            />
          </Stack>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('crm.cancel')}
            </Button>
          )}
          <Button type="submit" loading={saving}>
            {tag ? t('crm.save') : t('crm.tags.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Tags of the network: create, rename, recolour, give a rule, merge several into one, delete. */
export function TagsPage() {
  const { t } = useTranslation();
  const { client } = useSession();
  usePageTitle(t('crm.tags.title'));
  const tags = useQuery(TagsQuery, {});
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<Tag | null>(null);
  const [merging, setMerging] = useState<Tag | null>(null);
  const [sources, setSources] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = tags.data?.tags.edges.map((edge) => edge.node) ?? [];

  const saved = (text: string) => {
    setMessage(text);
    setEditing(null);
    tags.refetch();
  };
  const merge = async () => {
    if (!merging) return;
    const result = await client.mutation(MergeTagsMutation, { input: { sourceTagIds: sources, targetTagId: merging.id } }).toPromise();
    const payload = result.data?.mergeTags;
    if (result.error || !payload) return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    if (payload.errors.length > 0) return setError(payload.errors.map((e) => describeCrmError(t, e)).join(' '));
    setMerging(null);
    setSources([]);
    saved(t('crm.tags.merged', { name: merging.name, count: payload.affectedCount }));
  };
  const remove = async () => {
    if (!deleting) return;
    const result = await client.mutation(DeleteTagMutation, { input: { id: deleting.id } }).toPromise();
    const payload = result.data?.deleteTag;
    if (result.error || !payload) return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    if (payload.errors.length > 0) return setError(payload.errors.map((e) => describeCrmError(t, e)).join(' '));
    setDeleting(null);
    saved(t('crm.tags.deleted', { name: deleting.name }));
  };

  if (tags.fetching && !tags.data) return <PageLoader />;
  return (
    <Stack gap="lg">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('crm.tags.title')}
      </Title>
      {message && (
        <Text c="teal" role="status">
          {message}
        </Text>
      )}
      {(error || tags.error) && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert" withCloseButton onClose={() => setError(null)}>
          {error ?? describeRequestError(t, tags.error!)}
        </Alert>
      )}
      <Card withBorder radius="md">
        <Title order={2} fz="lg" mb="sm">
          {t('crm.tags.createTitle')}
        </Title>
        <TagForm tags={list} onSaved={saved} />
      </Card>
      <Table striped verticalSpacing="xs" aria-label={t('crm.tags.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('crm.tags.name')}</Table.Th>
            <Table.Th>{t('crm.tags.members')}</Table.Th>
            <Table.Th>{t('crm.tags.rule')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((tag) => (
            <Table.Tr key={tag.id} data-tag-id={tag.id}>
              <Table.Td>
                <TagBadge tag={tag} />
              </Table.Td>
              <Table.Td>{tag.memberCount}</Table.Td>
              <Table.Td>{tag.rule ? (tag.ruleAppliesToNewcomers ? t('crm.tags.ruleKept') : t('crm.tags.ruleOnce')) : '—'}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="xs" variant="default" onClick={() => setEditing(tag)} aria-label={t('crm.tags.editTitle', { name: tag.name })}>
                    {t('crm.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setMerging(tag)}
                    aria-label={t('crm.tags.mergeInto', { name: tag.name })}
                    disabled={list.length < 2}
                  >
                    {t('crm.tags.merge')}
                  </Button>
                  <Button size="xs" variant="light" color="red" onClick={() => setDeleting(tag)} aria-label={t('crm.tags.deleteTitle', { name: tag.name })}>
                    {t('crm.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.length === 0 && <Text c="dimmed">{t('crm.tags.empty')}</Text>}

      <Modal opened={Boolean(editing)} onClose={() => setEditing(null)} title={editing ? t('crm.tags.editTitle', { name: editing.name }) : ''} size="xl">
        {editing && <TagForm tag={editing} tags={list} onSaved={saved} onCancel={() => setEditing(null)} />}
      </Modal>
      <Modal opened={Boolean(merging)} onClose={() => setMerging(null)} title={merging ? t('crm.tags.mergeInto', { name: merging.name }) : ''}>
        <Stack gap="sm">
          <Text size="sm">{t('crm.tags.mergeHelp')}</Text>
          <MultiSelect
            label={t('crm.tags.mergeSources')}
            data={list.filter((tag) => tag.id !== merging?.id).map((tag) => ({ value: tag.id, label: tag.name }))}
            value={sources}
            onChange={setSources}
            searchable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setMerging(null)}>
              {t('crm.cancel')}
            </Button>
            <Button onClick={() => void merge()} disabled={sources.length === 0}>
              {t('crm.tags.merge')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={Boolean(deleting)} onClose={() => setDeleting(null)} title={deleting ? t('crm.tags.deleteTitle', { name: deleting.name }) : ''}>
        <Stack gap="sm">
          <Text size="sm">{t('crm.tags.deleteHelp', { count: deleting?.memberCount ?? 0 })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('crm.cancel')}
            </Button>
            <Button color="red" onClick={() => void remove()}>
              {t('crm.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
