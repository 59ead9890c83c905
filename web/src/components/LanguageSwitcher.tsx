import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages, setLanguage } from '../i18n';
import { CheckIcon, LanguageIcon } from './icons';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = t(`language.${language}`);
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
        <Button variant="subtle" color="gray" px={8} aria-label={t('language.current', { language: name })} leftSection={<LanguageIcon size={20} />}>
          <Text span size="sm" visibleFrom="xs" lang={language}>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {languages.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            onClick={() => void setLanguage(option)}
            aria-current={option === language ? 'true' : undefined}
            rightSection={option === language ? <CheckIcon size={16} /> : null}
          >
            {t(`language.${option}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
