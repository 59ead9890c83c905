import type { ReactNode } from 'react';
import { Alert, Loader, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { AlertIcon, CheckIcon } from '../components/icons';

/** The result of opening a link from an e-mail: working, success, or why not. */
export function TokenOutcome({
  phase,
  working,
  title,
  body,
  children,
}: {
  phase: 'working' | 'done' | 'failed';
  working: string;
  title: string;
  body: ReactNode;
  children?: ReactNode;
}) {
  if (phase === 'working') {
    return (
      <Group gap="sm" role="status" aria-live="polite">
        <Loader size="sm" />
        <Text>{working}</Text>
      </Group>
    );
  }
  return (
    <Stack gap="md" role="status" aria-live="polite">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={36} radius="xl" color={phase === 'done' ? 'teal' : 'orange'} variant="light">
          {phase === 'done' ? <CheckIcon size={20} /> : <AlertIcon size={20} />}
        </ThemeIcon>
        <Title order={1} fz={22}>
          {title}
        </Title>
      </Group>
      {phase === 'failed' ? (
        <Alert color="orange" variant="light">
          {body}
        </Alert>
      ) : (
        <Text>{body}</Text>
      )}
      {children}
    </Stack>
  );
}
