export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

export const languageStorageKey = 'waiji.language';

/** BCP 47 tags for `<html lang>`: we ship Simplified Chinese as used in mainland China. */
export const htmlLang: Record<Language, string> = { en: 'en', zh: 'zh-CN' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

const readStoredLanguage = (storage: Storage | undefined): Language | undefined => {
  try {
    const stored = storage?.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    // Storage can throw (privacy modes, sandboxed frames); the browser language is a fine fallback.
    return undefined;
  }
};

/** A saved choice wins; otherwise any zh* browser language means Chinese, everything else English. */
export const detectLanguage = (
  storage: Storage | undefined = globalThis.localStorage,
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''],
): Language => {
  const stored = readStoredLanguage(storage);
  if (stored) return stored;
  const preferred = browserLanguages[0] ?? '';
  return preferred.toLowerCase().startsWith('zh') ? 'zh' : 'en';
};

export const storeLanguage = (language: Language, storage: Storage | undefined = globalThis.localStorage): void => {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
};
