import { type ClientLanguage, clientLanguageInfo } from '@waiji/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentClientLanguage } from '../../../i18n/i18n';
import classes from './LanguageSwitch.module.css';

// Each language is named in itself, so a reader who cannot read the current one still finds theirs. The helpers'
// two are always offered; a client's own language (the portal's chooser, or the browser's on a public page) shows
// as a third, checked, so the switch never claims English while the page speaks Korean.
const helperOptions: { value: ClientLanguage; label: string }[] = [
  { value: 'en', label: 'EN' },
  { value: 'zh', label: '中文' },
];

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  const name = useId();
  const current = currentClientLanguage(i18n);
  const options =
    current === 'en' || current === 'zh'
      ? helperOptions
      : [...helperOptions, { value: current, label: clientLanguageInfo[current].own }];

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
          <span className={classes.label} lang={clientLanguageInfo[value].tag}>
            {label}
          </span>
        </label>
      ))}
    </div>
  );
};
