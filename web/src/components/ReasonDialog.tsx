import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';

const MAX_REASON = 1000;

/**
 * Asks for a reason before an action that needs one (reporting a post, sending an article back):
 * the action's button stays off until something is written; the action's own errors show above
 * (form) and on the field. `onSubmit` resolves whether the action succeeded.
 */
export function ReasonDialog({
  title,
  hint,
  label,
  description,
  submitLabel,
  cancelLabel,
  busy,
  errors,
  onSubmit,
  onClose,
}: {
  title: string;
  hint?: ReactNode;
  label: string;
  description?: string;
  submitLabel: string;
  cancelLabel: string;
  busy: boolean;
  errors: { form: string[]; field?: string };
  onSubmit: (reason: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSubmit(reason.trim());
  };
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {errors.form.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {errors.form.join(' ')}
            </Alert>
          )}
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
          <Textarea
            label={label}
            description={description}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.field}
            maxLength={MAX_REASON}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button type="submit" color="red" loading={busy} disabled={!reason.trim()}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
