import { Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplatePart } from './messagingAdmin.api';

/** A readable name for a template variable: name, network, a profile field's label, or a custom field's key. */
function useVariableLabel(): (variable: string) => string {
  const { t } = useTranslation();
  return (variable) => {
    if (variable === 'name' || variable === 'network') return t(`messagingAdmin.variables.${variable}`);
    if (variable.startsWith('profile.custom.')) return variable.slice('profile.custom.'.length);
    const field = variable.slice('profile.'.length);
    return t(`profiles.fields.${field}`, { defaultValue: field });
  };
}

/**
 * A message body as it is written for everyone: text as it is, each variable a marked placeholder
 * (e.g. [Name]) rather than its raw {{name}} syntax, since every recipient gets their own value.
 */
export function MessageBody({ parts }: { parts: TemplatePart[] }) {
  const { t } = useTranslation();
  const label = useVariableLabel();
  return (
    <>
      {parts.map((part, index) =>
        part.variable === null ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          <Text key={index} span fw={600} c="indigo.8" bg="indigo.0" px={4} style={{ borderRadius: 4 }} data-variable={part.variable}>
            {t('messagingAdmin.variables.placeholder', { label: label(part.variable) })}
          </Text>
        ),
      )}
    </>
  );
}
