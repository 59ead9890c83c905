import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MemberRole, UserError } from '../api/documents';
import { translateUserError } from '../api/errors';
import { AlertIcon, CheckIcon } from '../components/icons';
import type { Permission } from './api';

// Keys built at run time (codes, actions) are outside the typed key set.
type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;
export const looseT = (t: TFunction): LooseT => t as unknown as LooseT;

/** A user error in the user's language: this area's own translation first, then the app's, then the server's text. */
export function describeUserError(t: TFunction, error: UserError): string {
  const field = error.field?.split('.').pop();
  const keys = [...(field ? [`roles.errors.${error.code}_${field}`] : []), `roles.errors.${error.code}`];
  const own = looseT(t)(keys, { defaultValue: '' });
  return own || translateUserError(t, error);
}

/** Errors on named fields of a form, and the rest for the whole form. */
export function fieldErrors<Field extends string>(t: TFunction, errors: UserError[], fields: readonly Field[]) {
  const byField: Partial<Record<Field, string>> = {};
  const form: string[] = [];
  for (const error of errors) {
    const field = error.field?.split('.').pop() as Field | undefined;
    const message = describeUserError(t, error);
    if (field && fields.includes(field) && error.code !== 'NOT_ALLOWED') byField[field] ??= message;
    else form.push(message);
  }
  return { byField, form };
}

export function roleLabel(t: TFunction, role: MemberRole | null | undefined, customRoleName?: string | null): string {
  const base = role ? looseT(t)(`roles.builtIn.${role}`) : looseT(t)('roles.builtIn.MEMBER');
  return customRoleName ? t('roles.withCustomRole', { role: base, custom: customRoleName }) : base;
}

export function RoleBadge({ role, customRoleName }: { role: MemberRole; customRoleName?: string | null }) {
  const { t } = useTranslation();
  const color = role === 'OWNER' ? 'grape' : role === 'ADMIN' ? 'indigo' : role === 'STAFF' ? 'teal' : 'gray';
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={color} variant="light">
        {looseT(t)(`roles.builtIn.${role}`)}
      </Badge>
      {customRoleName && (
        <Badge color="orange" variant="light">
          {customRoleName}
        </Badge>
      )}
    </Group>
  );
}

export function PermissionBadges({ permissions }: { permissions: readonly Permission[] }) {
  const { t } = useTranslation();
  if (permissions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('roles.noPermissions')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      {permissions.map((permission) => (
        <Badge key={permission} variant="outline" color="gray" tt="none" fw={500}>
          {looseT(t)(`roles.permission.${permission}.label`)}
        </Badge>
      ))}
    </Group>
  );
}

/** A polite success line, or an alert listing errors. */
export function Feedback({ done, errors, onClose }: { done?: string | null; errors?: string[]; onClose?: () => void }) {
  return (
    <div role="status" aria-live="polite">
      {done && (
        <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} withCloseButton={!!onClose} onClose={onClose}>
          {done}
        </Alert>
      )}
      {errors && errors.length > 0 && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          <Stack gap={4}>
            {errors.map((text, index) => (
              <Text size="sm" key={index}>
                {text}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </div>
  );
}
