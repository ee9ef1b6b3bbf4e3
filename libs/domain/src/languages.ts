import type { Bilingual } from './common';

/**
 * The languages of the helper dashboard and of what helpers read: English and Chinese. (A helper's interface,
 * an import's messages, a file's headers.)
 */
export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

export const languageLabels: Readonly<Record<Language, Bilingual>> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
};

/**
 * The languages Waiji speaks to a client in (the portal, client emails, the invitation, the public helper): the
 * helpers' two, then those of the largest groups of foreigners who need Alipay. A client's `preferredLanguage` is
 * one of these. Texts a client reads come from catalogues keyed by these languages, with English as the fallback;
 * the domain's `Bilingual` labels stay en + zh (helpers read them).
 */
export const clientLanguages = ['en', 'zh', 'ko', 'ru', 'ja', 'th', 'id', 'es', 'fr', 'de', 'ar'] as const;
export type ClientLanguage = (typeof clientLanguages)[number];
/** The client languages beyond the helpers' two: their texts live in per-language catalogues. */
export type OtherClientLanguage = Exclude<ClientLanguage, Language>;

export type ClientLanguageInfo = {
  /** The language's name in its own script, as a chooser shows it. */
  own: string;
  /** Its name for helpers. */
  label: Bilingual;
  /** The BCP 47 tag for `lang` attributes and Intl. */
  tag: string;
  dir: 'ltr' | 'rtl';
};

export const clientLanguageInfo: Readonly<Record<ClientLanguage, ClientLanguageInfo>> = {
  en: { own: 'English', label: languageLabels.en, tag: 'en', dir: 'ltr' },
  zh: { own: '中文', label: languageLabels.zh, tag: 'zh-CN', dir: 'ltr' },
  ko: { own: '한국어', label: { en: 'Korean', zh: '韩语' }, tag: 'ko', dir: 'ltr' },
  ru: { own: 'Русский', label: { en: 'Russian', zh: '俄语' }, tag: 'ru', dir: 'ltr' },
  ja: { own: '日本語', label: { en: 'Japanese', zh: '日语' }, tag: 'ja', dir: 'ltr' },
  th: { own: 'ไทย', label: { en: 'Thai', zh: '泰语' }, tag: 'th', dir: 'ltr' },
  id: { own: 'Bahasa Indonesia', label: { en: 'Indonesian', zh: '印尼语' }, tag: 'id', dir: 'ltr' },
  es: { own: 'Español', label: { en: 'Spanish', zh: '西班牙语' }, tag: 'es', dir: 'ltr' },
  fr: { own: 'Français', label: { en: 'French', zh: '法语' }, tag: 'fr', dir: 'ltr' },
  de: { own: 'Deutsch', label: { en: 'German', zh: '德语' }, tag: 'de', dir: 'ltr' },
  ar: { own: 'العربية', label: { en: 'Arabic', zh: '阿拉伯语' }, tag: 'ar', dir: 'rtl' },
};

export const isClientLanguage = (value: unknown): value is ClientLanguage =>
  typeof value === 'string' && (clientLanguages as readonly string[]).includes(value);

/**
 * The client language of a stored value or a browser's language tag ('ru-RU' → 'ru', 'zh-Hant-TW' → 'zh',
 * 'in' → 'id', the old code for Indonesian); English when Waiji does not speak it.
 */
export const clientLanguageOf = (value: string | null | undefined): ClientLanguage => {
  const text = typeof value === 'string' ? value : '';
  const base = text.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const code = base === 'in' ? 'id' : base;
  return isClientLanguage(code) ? code : 'en';
};

/** The helpers' language closest to a client's, for texts that only exist in en + zh. */
export const helperLanguageOf = (language: ClientLanguage): Language => (language === 'zh' ? 'zh' : 'en');
