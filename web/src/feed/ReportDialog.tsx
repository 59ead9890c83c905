import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { useMutation } from '../api/hooks';
import { ReportContentMutation } from './feed.api';
import { describeFeedError } from './feedErrors';

const MAX_REASON = 1000;

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
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await report.run({ input: { feedItemId, commentId: commentId ?? null, reason: reason.trim() } })) onReported();
  };
  return (
    <Modal opened onClose={onClose} title={commentId ? t('feed.report.commentTitle') : t('feed.report.title')} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {report.errors.form.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {report.errors.form.join(' ')}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {t('feed.report.hint')}
          </Text>
          <Textarea
            label={t('feed.report.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={report.errors.fields.reason}
            maxLength={MAX_REASON}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('feed.common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={report.busy} disabled={!reason.trim()}>
              {t('feed.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
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
