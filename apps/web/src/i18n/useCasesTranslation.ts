import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type CasesMessages, casesEn } from './features-cases.en';
import { casesZh } from './features-cases.zh';

/** The staff workspace's own i18next namespace (Today, cases list, board, case page, reports). */
export const casesNamespace = 'cases';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;
type LeafPaths<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${WithoutPlural<Key>}` : LeafPaths<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** Every key of the workspace catalogue; plural keys (`_one`, `_other`) by their base name, as `t` takes them. */
export type CasesKey = LeafPaths<CasesMessages>;
export type CasesT = (key: CasesKey, options?: Record<string, unknown>) => string;

const extended = new WeakSet<I18n>();

/** Adds the workspace's strings to an i18next instance, once. */
export const addCasesCatalog = (instance: I18n): void => {
  if (extended.has(instance)) return;
  instance.addResourceBundle('en', casesNamespace, casesEn, true, false);
  instance.addResourceBundle('zh', casesNamespace, casesZh, true, false);
  extended.add(instance);
};

/**
 * `t` for the workspace pages. Their strings live in a namespace of their own, outside the typed
 * `translation` keys: one union of every catalogue's keys grows too deep for the compiler (TS2589) and
 * slows every typecheck. Keys are still checked, against this catalogue alone (`CasesKey`).
 */
export const useCasesTranslation = (): { t: CasesT; i18n: I18n } => {
  const { t: translate, i18n } = useTranslation();
  addCasesCatalog(i18n);
  // The language is part of the identity so memoised rows re-render when it changes.
  const language = i18n.language;
  const t = useCallback<CasesT>(
    (key, options) => (translate as unknown as (key: string, options: Record<string, unknown>) => string)(key, { ...options, ns: casesNamespace, lng: language }),
    [translate, language],
  );
  return { t, i18n };
};
