import { Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import type { FeedAudience } from '../graphql/graphql';
import { AudienceSegmentsQuery } from './feed.api';

export interface Audience {
  audience: FeedAudience;
  segmentId: string | null;
}

/** Who an item is for: the whole network, staff only, or one directory segment (picked by name). */
export function AudienceField({ value, onChange, error }: { value: Audience; onChange: (value: Audience) => void; error?: string | null }) {
  const { t } = useTranslation();
  const segments = useQuery(AudienceSegmentsQuery, {}, { pause: value.audience !== 'SEGMENT' });
  const options = segments.data?.segments.edges.map((edge) => ({ value: edge.node.id, label: edge.node.name })) ?? [];
  return (
    <Stack gap="xs">
      <Select
        label={t('feed.audience.label')}
        allowDeselect={false}
        value={value.audience}
        onChange={(audience) =>
          onChange({ audience: (audience as FeedAudience | null) ?? 'NETWORK', segmentId: audience === 'SEGMENT' ? value.segmentId : null })
        }
        data={[
          { value: 'NETWORK', label: t('feed.audience.NETWORK') },
          { value: 'STAFF', label: t('feed.audience.STAFF') },
          { value: 'SEGMENT', label: t('feed.audience.SEGMENT') },
        ]}
      />
      {value.audience === 'SEGMENT' && (
        <Select
          label={t('feed.audience.segment')}
          placeholder={segments.fetching ? t('common.loading') : t('feed.audience.segmentPlaceholder')}
          searchable
          value={value.segmentId}
          onChange={(segmentId) => onChange({ audience: 'SEGMENT', segmentId })}
          data={options}
          error={error ?? (segments.error ? t('feed.audience.segmentsFailed') : null)}
          nothingFoundMessage={t('feed.audience.noSegments')}
        />
      )}
    </Stack>
  );
}
