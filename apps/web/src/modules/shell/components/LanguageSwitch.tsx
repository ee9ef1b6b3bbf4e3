import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { htmlLang, type Language } from '../../../i18n/languages';
import classes from './LanguageSwitch.module.css';

// Each language is named in itself, so a reader who cannot read the current one still finds theirs.
const options: { value: Language; label: string }[] = [
  { value: 'en', label: 'EN' },
  { value: 'zh', label: '中文' },
];

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  const name = useId();
  const current = currentLanguage(i18n);

  return (
    <div role="radiogroup" aria-label={t('language.label')} className={classes.group}>
      {options.map(({ value, label }) => (
        <label key={value} className={classes.option}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={current === value}
            onChange={() => void i18n.changeLanguage(value)}
            className={classes.input}
          />
          <span className={classes.label} lang={htmlLang[value]}>
            {label}
          </span>
        </label>
      ))}
    </div>
  );
};
