import type { CustomTypeOptions, i18n as I18n } from 'i18next';
import { useContext } from 'react';
import { getI18n, I18nContext, useTranslation, type UseTranslationResponse } from 'react-i18next';

/** A catalogue file's shape: nested objects of strings. */
type Strings = { readonly [key: string]: string | Strings };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;
type LeafPaths<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string
    ? `${Prefix}${WithoutPlural<Key>}`
    : LeafPaths<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** Every key of a catalogue; plural keys (`_one`, `_other`) by their base name, as `t` takes them. */
export type CatalogueKey<Messages> = LeafPaths<Messages>;
/** `t` over a namespace i18next's types do not know, its keys checked against that catalogue alone. */
export type CatalogueT<Messages> = (key: CatalogueKey<Messages>, options?: Record<string, unknown>) => string;

/** The namespaces typed through i18next's CustomTypeOptions (i18next.d.ts). */
type TypedNamespace = keyof CustomTypeOptions['resources'] & string;

/**
 * What a catalogue's hook returns: react-i18next's answer for a namespace i18next's types know; for one they leave
 * out (`cases`: one union of every catalogue's keys grows too deep for the compiler, TS2589, and slows every
 * typecheck), `t` typed against the catalogue alone. At run time both are `useTranslation(namespace)`.
 */
export type CatalogueTranslation<Namespace extends string, Messages> = Namespace extends TypedNamespace
  ? UseTranslationResponse<Namespace, undefined>
  : { t: CatalogueT<Messages>; i18n: I18n };

/** Adds a catalogue's strings (and those of the catalogues it builds on) to an i18next instance, once. */
export type CatalogueLoader = (instance: I18n) => void;

export type FeatureCatalogue<Namespace extends string, Messages> = {
  namespace: Namespace;
  add: CatalogueLoader;
  /** `t` for the feature's components; adds the strings (synchronously, before the first `t`) if not yet there. */
  useTranslation: () => CatalogueTranslation<Namespace, Messages>;
};

/**
 * One feature's strings: their loader and their hook.
 *
 * Feature strings stay out of the entry chunk: each feature's hook module imports its own `en`/`zh` catalogue, so
 * the bundler places the strings with the pages whose components use that hook (one module per feature keeps
 * them apart — do not gather several catalogues in one module). They are bundled, not fetched: by the time a
 * component asks, its page's chunk has brought them, so the hook adds them synchronously and never suspends.
 * Catalogues sharing a namespace merge deeply; `builtOn` are added first (e.g. the account screens' strings on top of
 * the sign-in flows' ones).
 */
export const defineCatalogue = <const Namespace extends string, Messages extends Strings>(feature: {
  namespace: Namespace;
  en: Messages;
  zh: NoInfer<Messages>;
  builtOn?: readonly CatalogueLoader[];
}): FeatureCatalogue<Namespace, Messages> => {
  const { namespace, en, zh, builtOn = [] } = feature;
  const added = new WeakSet<I18n>();
  const add: CatalogueLoader = (instance) => {
    for (const addEarlier of builtOn) addEarlier(instance);
    if (added.has(instance)) return;
    instance.addResourceBundle('en', namespace, en, true, false);
    instance.addResourceBundle('zh', namespace, zh, true, false);
    added.add(instance);
  };
  const useFeatureTranslation = (): CatalogueTranslation<Namespace, Messages> => {
    // The instance useTranslation will use (context first, as it does): the strings must be there before it
    // asks whether the namespace is loaded, or it would suspend to load it.
    add(useContext(I18nContext)?.i18n ?? getI18n());
    // `t` is fixed to the namespace and the current language, and a new function when the language changes, so
    // memoised rows re-render then. Its type depends on the namespace (above), which the compiler cannot follow
    // through the generic.
    return useTranslation(namespace as TypedNamespace) as unknown as CatalogueTranslation<Namespace, Messages>;
  };
  return { namespace, add, useTranslation: useFeatureTranslation };
};
