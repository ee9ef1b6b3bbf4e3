import type { ClientLanguage, OtherClientLanguage } from '@waiji/domain';
import type { i18n as I18n } from 'i18next';
import type { AccountOnlyMessages } from './features-account.en';
/** The account namespace (useAuthTranslation.ts); not imported, so this module stays free of the catalogues. */
const accountNamespace = 'account';

// What a client reads in a language beyond the helpers' two: one pack per language (client/<code>.ts), fetched
// only when that language is chosen — a separate chunk each, so the first screen's JavaScript is the same in every
// language. A pack holds the portal's strings (the `portal` subtree of the account catalogue, same keys, each
// language's own plural forms), the client-facing parts of the other catalogues (client/facing.ts: the shell,
// signing in, documents, the conversation, reports, screenshots, the forwarding address), the case's and
// documents' words, and the domain's sentences (next steps, what messages mean); anything else stays English
// (i18next's fallback). client-catalogues.spec.ts checks every pack against the English strings: no key missing, none
// unused, the same placeholders, the plural forms the language needs.

export type { ClientPack } from './client/pack';
import type { ClientPack } from './client/pack';

/** The English portal strings the packs translate (the reference for the spec). */
export type PortalMessages = AccountOnlyMessages['portal'];

// One import() per language: the bundler makes each its own chunk.
const packs: Readonly<Record<OtherClientLanguage, () => Promise<{ pack: ClientPack }>>> = {
  ko: () => import('./client/ko'),
  ru: () => import('./client/ru'),
  ja: () => import('./client/ja'),
  th: () => import('./client/th'),
  id: () => import('./client/id'),
  es: () => import('./client/es'),
  fr: () => import('./client/fr'),
  de: () => import('./client/de'),
  ar: () => import('./client/ar'),
};

export const loadClientPack = (language: OtherClientLanguage): Promise<ClientPack> =>
  packs[language]().then((module) => module.pack);

const hasOwnCatalogues = (language: ClientLanguage): language is 'en' | 'zh' => language === 'en' || language === 'zh';

/** Brings a language's pack in (once per instance) and switches to it; en and zh are bundled already. */
export const switchLanguage = async (instance: I18n, language: ClientLanguage): Promise<void> => {
  if (!hasOwnCatalogues(language) && !instance.hasResourceBundle(language, accountNamespace)) {
    const pack = await loadClientPack(language);
    for (const [namespace, strings] of Object.entries(pack.features))
      instance.addResourceBundle(language, namespace, strings, true, true);
    instance.addResourceBundle(
      language,
      accountNamespace,
      { portal: pack.portal, clientCase: pack.clientCase, clientTexts: pack.texts },
      true,
      true,
    );
  }
  if (instance.language !== language) await instance.changeLanguage(language);
};
