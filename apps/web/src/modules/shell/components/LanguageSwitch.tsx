import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { htmlLang, isLanguage, type Language } from '../../../i18n/languages';

// Each language is named in itself, so a reader who cannot read the current one still finds theirs.
const options: { value: Language; label: string }[] = [
  { value: 'en', label: 'EN' },
  { value: 'zh', label: '中文' },
];

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();

  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={currentLanguage(i18n)}
      onChange={(value) => {
        if (isLanguage(value)) void i18n.changeLanguage(value);
      }}
      data={options.map(({ value, label }) => ({
        value,
        label: <span lang={htmlLang[value]}>{label}</span>,
      }))}
    />
  );
};
