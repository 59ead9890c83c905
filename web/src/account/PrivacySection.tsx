import { useState } from 'react';
import { Alert, Button, Divider, Group, List, Modal, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeRequestError, splitUserErrors } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AccountDeletionQuery, DELETE_CONFIRMATION, DeleteMyAccountMutation, MyPersonalDataQuery } from '../privacy/api';
import { personalDataFile, saveFile } from '../privacy/download';
import { useSession } from '../session/hooks';

type Notice = { text: string; failed?: boolean };
const DELETION_FIELDS = ['password', 'confirmation'] as const;

/**
 * Account settings: download everything Kizuna holds about the person (one JSON file, every
 * service's part, every network of the account), and delete the account for good.
 */
export function PrivacySection() {
  const { t } = useTranslation();
  const { client } = useSession();
  const navigate = useNavigate();
  const { data: account } = useQuery(AccountDeletionQuery, {});
  const [downloading, setDownloading] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<(typeof DELETION_FIELDS)[number], string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);

  // Unknown (still loading) counts as having a password: the server decides in the end.
  const needsPassword = account?.me?.hasPassword !== false;
  const confirmed = confirmation.trim() === DELETE_CONFIRMATION;

  const download = async () => {
    setDownloading(true);
    setNotice(null);
    const result = await client.query(MyPersonalDataQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setDownloading(false);
    if (result.error || !result.data?.myPersonalData) {
      setNotice({ text: result.error ? describeRequestError(t, result.error) : t('errors.unexpected'), failed: true });
      return;
    }
    const file = personalDataFile(result.data.myPersonalData, new Date());
    saveFile(file.name, file.text);
    setNotice({ text: t('privacy.download.done', { file: file.name }) });
  };

  const openDeletion = () => {
    setPassword('');
    setConfirmation('');
    setFieldErrors({});
    setFormErrors([]);
    setDeleting(true);
  };

  const deleteAccount = async () => {
    setBusy(true);
    setFieldErrors({});
    setFormErrors([]);
    const result = await client.mutation(DeleteMyAccountMutation, { input: { password: needsPassword ? password : null, confirmation } }).toPromise();
    setBusy(false);
    const payload = result.data?.deleteMyAccount;
    if (result.error || !payload) {
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    if (!payload.deleted) {
      const split = splitUserErrors(t, payload.errors, DELETION_FIELDS);
      setFieldErrors(split.fields);
      setFormErrors(split.form);
      return;
    }
    // The account is gone: the next page ends this browser's session (here, signing out would send
    // the signed-in page to sign-in first).
    void navigate('/account-deleted', { replace: true, state: { accountDeleted: true } });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-privacy-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="account-privacy-title">
            {t('privacy.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('privacy.description')}
          </Text>
        </Stack>
        {notice && (
          <Alert color={notice.failed ? 'red' : 'teal'} variant="light" role={notice.failed ? 'alert' : 'status'}>
            {notice.text}
          </Alert>
        )}
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 280px' }}>
            <Text fw={600}>{t('privacy.download.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('privacy.download.description')}
            </Text>
          </Stack>
          <Button variant="light" loading={downloading} onClick={() => void download()}>
            {t('privacy.download.button')}
          </Button>
        </Group>
        <Divider />
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 280px' }}>
            <Text fw={600}>{t('privacy.delete.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('privacy.delete.description')}
            </Text>
          </Stack>
          <Button color="red" variant="outline" onClick={openDeletion}>
            {t('privacy.delete.button')}
          </Button>
        </Group>
      </Stack>

      <Modal opened={deleting} onClose={() => !busy && setDeleting(false)} title={t('privacy.delete.dialogTitle')} centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmed && !busy) void deleteAccount();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('privacy.delete.consequencesIntro')}</Text>
            <List size="sm" spacing={4}>
              <List.Item>{t('privacy.delete.consequences.networks')}</List.Item>
              <List.Item>{t('privacy.delete.consequences.profile')}</List.Item>
              <List.Item>{t('privacy.delete.consequences.authored')}</List.Item>
              <List.Item>{t('privacy.delete.consequences.final')}</List.Item>
            </List>
            {formErrors.length > 0 && (
              <Alert color="red" variant="light" role="alert">
                {formErrors.join(' ')}
              </Alert>
            )}
            {needsPassword && (
              <PasswordInput
                label={t('privacy.delete.password')}
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
                required
              />
            )}
            <TextInput
              label={t('privacy.delete.confirmationLabel', { word: DELETE_CONFIRMATION })}
              description={t('privacy.delete.confirmationHint', { word: DELETE_CONFIRMATION })}
              value={confirmation}
              onChange={(event) => setConfirmation(event.currentTarget.value)}
              error={fieldErrors.confirmation}
              autoComplete="off"
              spellCheck={false}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setDeleting(false)} disabled={busy}>
                {t('privacy.delete.cancel')}
              </Button>
              <Button type="submit" color="red" loading={busy} disabled={!confirmed}>
                {t('privacy.delete.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
