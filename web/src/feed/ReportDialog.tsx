import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { useMutation } from '../api/hooks';
import { ReasonDialog } from '../components/ReasonDialog';
import { ReportContentMutation } from './feed.api';
import { describeFeedError } from './feedErrors';

/** Reports an item, or one of its comments, to the moderators with a reason only they read. */
export function ReportDialog({
  feedItemId,
  commentId,
  onClose,
  onReported,
}: {
  feedItemId: string;
  commentId?: string;
  onClose: () => void;
  onReported: () => void;
}) {
  const { t } = useTranslation();
  const report = useMutation(ReportContentMutation, { fields: ['reason'] as const, describe: (error: UserError) => describeFeedError(t, error) });
  return (
    <ReasonDialog
      title={commentId ? t('feed.report.commentTitle') : t('feed.report.title')}
      hint={t('feed.report.hint')}
      label={t('feed.report.reason')}
      submitLabel={t('feed.report.submit')}
      cancelLabel={t('feed.common.cancel')}
      busy={report.busy}
      errors={{ form: report.errors.form, field: report.errors.fields.reason }}
      onSubmit={async (reason) => {
        const reported = await report.run({ input: { feedItemId, commentId: commentId ?? null, reason } });
        if (reported) onReported();
        return !!reported;
      }}
      onClose={onClose}
    />
  );
}

/** Asks before something is deleted for good. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  busy,
  errors,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  errors: string[];
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack gap="md">
        {errors.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {errors.join(' ')}
          </Alert>
        )}
        <Text size="sm">{body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('feed.common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
