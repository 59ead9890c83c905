import { useState } from 'react';
import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../api/download';
import { translateUserError } from '../../api/errors';
import { currentLanguage } from '../../i18n';
import { downloadMembersCsv } from './imports.api';

/**
 * Downloads the members a directory filter finds as CSV (for Excel: UTF-8 with a byte-order mark),
 * with the column headers in Japanese or English. Admins who manage members only; the server
 * decides which fields go in.
 */
export function ExportButton({ filter, sort, label }: { filter: object | null; sort?: string; label?: string }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async (headers: 'en' | 'ja') => {
    setExporting(true);
    setError(null);
    try {
      const result = await downloadMembersCsv(filter, { sort, headers });
      if (result.ok) saveBlob(result.blob, result.fileName);
      else if (result.status === 403) setError(t('imports.export.forbidden'));
      else setError(result.errors.length > 0 ? result.errors.map((e) => translateUserError(t, e)).join(' ') : t('imports.export.failed'));
    } catch {
      setError(t('imports.export.failed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="light" loading={exporting}>
            {label ?? t('imports.export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('imports.export.headers')}</Menu.Label>
          <Menu.Item onClick={() => void download(currentLanguage())}>{t('imports.export.inLanguage')}</Menu.Item>
          <Menu.Item onClick={() => void download(currentLanguage() === 'ja' ? 'en' : 'ja')}>{t('imports.export.otherLanguage')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {error && (
        <Text size="sm" c="red" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
