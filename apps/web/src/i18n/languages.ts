import { type ClientLanguage, clientLanguageOf, isClientLanguage } from '@waiji/domain';

/** The helper dashboard's languages. A client's page may be in any client language (clientPacks.ts). */
export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

export const languageStorageKey = 'waiji.language';

/** BCP 47 tags for `<html lang>`: we ship Simplified Chinese as used in mainland China. */
export const htmlLang: Record<Language, string> = { en: 'en', zh: 'zh-CN' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

const readStoredLanguage = (storage: Storage | undefined): ClientLanguage | undefined => {
  try {
    const stored = storage?.getItem(languageStorageKey);
    return isClientLanguage(stored) ? stored : undefined;
  } catch {
    // Storage can throw (privacy modes, sandboxed frames); the browser language is a fine fallback.
    return undefined;
  }
};

/**
 * A saved choice wins; otherwise the browser's first language when Waiji speaks it to clients (any zh* is Chinese,
 * ru-RU Russian …), else English. A signed-in client's account language then takes over (useAccountLanguage).
 * Pages without a catalogue in that language show English (i18next's fallback).
 */
export const detectLanguage = (
  storage: Storage | undefined = globalThis.localStorage,
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''],
): ClientLanguage => {
  const stored = readStoredLanguage(storage);
  if (stored) return stored;
  return clientLanguageOf(browserLanguages[0]);
};

export const storeLanguage = (
  language: ClientLanguage,
  storage: Storage | undefined = globalThis.localStorage,
): void => {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
};
