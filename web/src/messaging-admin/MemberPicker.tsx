import { useState } from 'react';
import { Checkbox, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { DirectoryQuery } from '../directory/directory.api';

/** Hand-picks members by searching the directory; `chosen` maps membership ids to names. */
export function MemberPicker({
  label,
  chosen,
  onChange,
  single = false,
}: {
  label: string;
  chosen: Map<string, string>;
  onChange: (chosen: Map<string, string>) => void;
  single?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const search = useQuery(DirectoryQuery, { filter: { text: debounced || null }, first: 10 }, { pause: !debounced });
  const people = debounced ? (search.data?.directory.edges.map((edge) => edge.node) ?? []) : [];
  const toggle = (id: string, name: string, checked: boolean) => {
    const next = single ? new Map<string, string>() : new Map(chosen);
    if (checked) next.set(id, name);
    else next.delete(id);
    onChange(next);
  };
  return (
    <Stack gap={4}>
      <TextInput label={label} value={text} onChange={(event) => setText(event.currentTarget.value)} placeholder={t('messagingAdmin.picker.placeholder')} />
      {search.fetching && debounced && <Loader size="xs" aria-label={t('common.loading')} />}
      <Stack gap={4} role="group" aria-label={t('messagingAdmin.picker.results')}>
        {people.map((person) => (
          <Checkbox
            key={person.memberId}
            label={person.displayName}
            checked={chosen.has(person.memberId)}
            onChange={(event) => toggle(person.memberId, person.displayName, event.currentTarget.checked)}
          />
        ))}
      </Stack>
      {chosen.size > 0 && (
        <Text size="sm" c="dimmed">
          {t('messagingAdmin.picker.chosen', { names: [...chosen.values()].join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
