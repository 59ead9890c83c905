import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Card, Group, List, Loader, Modal, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserError } from '../../api/documents';
import { describeRequestError } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import { AlertIcon } from '../../components/icons';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../session/hooks';
import {
  describeCrmError,
  CreateSegmentMutation,
  DeleteSegmentMutation,
  SegmentPreviewQuery,
  SegmentsQuery,
  TagsQuery,
  UpdateSegmentMutation,
  type DirectoryFilter,
  type Segment,
} from './crm.api';
import { filterFieldErrors, MemberFilterForm, queryUserErrors } from './MemberFilterForm';
import { useDebounced } from './MembersPage';

const PREVIEW_SIZE = 10;

/** Builds a segment: the filter with a live count and the first people it matches, then a name to save it under. */
function SegmentBuilder({ segment, onSaved, onCancel }: { segment: Segment | null; onSaved: (segment: Segment) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const tags = useQuery(TagsQuery, {});
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const [filter, setFilter] = useState<DirectoryFilter>(segment?.filter ?? {});
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const live = useDebounced(filter);
  const preview = useQuery(SegmentPreviewQuery, { filter: live, first: PREVIEW_SIZE });
  const previewErrors = filterFieldErrors(t('crm.errors.filterField'), queryUserErrors(preview.error));
  const saveErrors = filterFieldErrors(t('crm.errors.filterField'), errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const input = { name, description: description.trim() || null, filter };
    const result = segment
      ? await client.mutation(UpdateSegmentMutation, { input: { id: segment.id, ...input } }).toPromise()
      : await client.mutation(CreateSegmentMutation, { input }).toPromise();
    setSaving(false);
    const payload = result.data && ('createSegment' in result.data ? result.data.createSegment : result.data.updateSegment);
    if (result.error || !payload) return setFailure(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    setErrors(payload.errors);
    if (payload.segment) onSaved(payload.segment);
  };
  const fieldError = (field: string) => {
    const found = errors.find((error) => error.field === field);
    return found ? describeCrmError(t, found) : undefined;
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('crm.segments.builder')}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
            {failure}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('crm.segments.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} required />
          <Textarea
            label={t('crm.segments.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            autosize
            minRows={1}
          />
        </SimpleGrid>
        <MemberFilterForm
          initial={filter}
          tags={tags.data?.tags.edges.map((edge) => edge.node) ?? []}
          onChange={setFilter}
          errors={{ ...previewErrors, ...saveErrors }}
        />
        <Card withBorder radius="md" bg="var(--mantine-color-gray-0)" role="region" aria-label={t('crm.segments.preview')}>
          <Group gap="xs" mb="xs">
            <Text fw={700} fz="lg" data-testid="segment-count" aria-live="polite">
              {preview.data ? t('crm.segments.liveCount', { count: preview.data.segmentPreview.count }) : preview.error ? t('crm.errors.filterField') : '…'}
            </Text>
            {preview.fetching && <Loader size="xs" />}
          </Group>
          <List size="sm" spacing={2}>
            {preview.data?.segmentPreview.members.map((member) => (
              <List.Item key={member.id}>
                <Anchor component={Link} to={`/admin/members/${member.id}`}>
                  {member.profile.displayName}
                </Anchor>
                {member.profile.entryYear ? ` · ${member.profile.entryYear}` : ''}
                {member.profile.department ? ` · ${member.profile.department}` : ''}
              </List.Item>
            ))}
          </List>
        </Card>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('crm.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('crm.segments.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Saved segments with their current member counts, and the builder to make or change one. */
export function SegmentsPage() {
  const { t } = useTranslation();
  const { client } = useSession();
  usePageTitle(t('crm.segments.title'));
  const segments = useQuery(SegmentsQuery, {});
  const [building, setBuilding] = useState<{ segment: Segment | null; key: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = segments.data?.segments.edges.map((edge) => edge.node) ?? [];

  const remove = async () => {
    if (!deleting) return;
    const result = await client.mutation(DeleteSegmentMutation, { input: { id: deleting.id } }).toPromise();
    const payload = result.data?.deleteSegment;
    if (result.error || !payload) return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    if (payload.errors.length > 0) return setError(payload.errors.map((e) => describeCrmError(t, e)).join(' '));
    setMessage(t('crm.segments.deleted', { name: deleting.name }));
    setDeleting(null);
    segments.refetch();
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('crm.segments.title')}
        </Title>
        {!building && <Button onClick={() => setBuilding({ segment: null, key: Date.now() })}>{t('crm.segments.new')}</Button>}
      </Group>
      {message && (
        <Text c="teal" role="status">
          {message}
        </Text>
      )}
      {(error || segments.error) && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {error ?? describeRequestError(t, segments.error!)}
        </Alert>
      )}
      {building && (
        <Card withBorder radius="md">
          <SegmentBuilder
            key={building.key}
            segment={building.segment}
            onCancel={() => setBuilding(null)}
            onSaved={(segment) => {
              setMessage(t('crm.segments.saved', { name: segment.name, count: segment.memberCount }));
              setBuilding(null);
              segments.refetch();
            }}
          />
        </Card>
      )}
      <Table striped verticalSpacing="xs" aria-label={t('crm.segments.list')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('crm.segments.name')}</Table.Th>
            <Table.Th>{t('crm.segments.description')}</Table.Th>
            <Table.Th>{t('crm.segments.members')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((segment) => (
            <Table.Tr key={segment.id}>
              <Table.Td fw={600}>{segment.name}</Table.Td>
              <Table.Td>{segment.description ?? '—'}</Table.Td>
              <Table.Td>{segment.memberCount}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setBuilding({ segment, key: Date.now() })}
                    aria-label={t('crm.segments.editTitle', { name: segment.name })}
                  >
                    {t('crm.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    onClick={() => setDeleting(segment)}
                    aria-label={t('crm.segments.deleteTitle', { name: segment.name })}
                  >
                    {t('crm.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {segments.data && list.length === 0 && <Text c="dimmed">{t('crm.segments.empty')}</Text>}
      <Modal opened={Boolean(deleting)} onClose={() => setDeleting(null)} title={deleting ? t('crm.segments.deleteTitle', { name: deleting.name }) : ''}>
        <Stack gap="sm">
          <Text size="sm">{t('crm.segments.deleteHelp')}</Text>
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
