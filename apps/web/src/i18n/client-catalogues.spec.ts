import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  caseStates,
  caseTypes,
  checklistStatuses,
  documentKinds,
  type OtherClientLanguage,
  reminderKinds,
} from '@waiji/domain';
import { type ClientPack, loadClientPack, switchLanguage } from './clientPacks';
import { type ClientFacingNamespace, clientFacing } from './client/facing';
import { en } from './en';
import { featuresEn } from './features.en';
import { accountEn } from './features-account.en';
import { accountZh } from './features-account.zh';
import { authEn } from './features-auth.en';
import { conversationsEn } from './features-conversations.en';
import { documentsEn } from './features-documents.en';
import { inboxEn } from './features-inbox.en';
import { proposalsEn } from './features-proposals.en';
import { screenshotsEn } from './features-screenshots.en';
import { createI18n } from './i18n';

// Issue 22: every client language's portal strings, and the client-facing parts of the other catalogues
// (client/facing.ts), against the English ones — a key missing, a key no code uses, a placeholder that differs, a
// plural form the language needs but lacks (or has but does not use) fails here.

const others: readonly OtherClientLanguage[] = ['ko', 'ru', 'ja', 'th', 'id', 'es', 'fr', 'de', 'ar'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const english = new Map(leaves(accountEn.portal as Tree));
/** English keys by their base (plural keys without their suffix), each with one of its texts. */
const englishBases = new Map([...english].map(([key, text]) => [key.replace(PLURAL, ''), text]));
const pluralBases = new Set([...english.keys()].filter((key) => PLURAL.test(key)).map((k) => k.replace(PLURAL, '')));

/** The keys a language must have: each English key, plural ones in the language's own forms. */
const expectedKeys = (language: string): string[] => {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return [...englishBases.keys()]
    .flatMap((base) => (pluralBases.has(base) ? forms.map((form) => `${base}_${form}`) : [base]))
    .sort();
};

describe('client language packs: the portal in every client language', () => {
  const packs = new Map<OtherClientLanguage, ClientPack>();
  beforeAll(async () => {
    for (const language of others) packs.set(language, await loadClientPack(language));
  });

  it.each(others)('%s has every portal key, none more, with the plural forms its language uses', (language) => {
    const keys = leaves(packs.get(language)!.portal).map(([key]) => key);
    expect(keys.sort()).toEqual(expectedKeys(language));
  });

  it.each(others)('%s keeps every placeholder of the English text, and adds none', (language) => {
    const mismatches = leaves(packs.get(language)!.portal).flatMap(([key, text]) => {
      const source = englishBases.get(key.replace(PLURAL, '')) ?? '';
      return placeholders(text).join() === placeholders(source).join() ? [] : [`${key}: ${text}`];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(others)('%s names every case type, state, deadline kind, document and document status', (language) => {
    const words = packs.get(language)!.clientCase;
    expect(Object.keys(words.states).sort()).toEqual([...caseStates].sort());
    expect(Object.keys(words.types).sort()).toEqual([...caseTypes].sort());
    expect(Object.keys(words.reminderKinds).sort()).toEqual([...reminderKinds].sort());
    expect(Object.keys(words.documentKinds).sort()).toEqual([...documentKinds].sort());
    expect(Object.keys(words.checklistStatuses).sort()).toEqual([...checklistStatuses].sort());
    const all = [words.states, words.types, words.reminderKinds, words.documentKinds, words.checklistStatuses].flatMap(
      (names) => Object.values(names),
    );
    expect(all.filter((text) => text.trim() === '')).toEqual([]);
  });

  describe('the client-facing parts of the other catalogues', () => {
    const catalogues: Record<ClientFacingNamespace, Tree> = {
      translation: { ...en, ...featuresEn },
      account: authEn,
      documents: documentsEn,
      conversations: conversationsEn,
      proposals: proposalsEn,
      screenshots: screenshotsEn,
      inbox: inboxEn,
    };
    const namespaces = Object.keys(clientFacing) as ClientFacingNamespace[];
    /** The English leaves a namespace's pack translates: those under (or at) one of its client-facing paths. */
    const englishOf = (namespace: ClientFacingNamespace) =>
      new Map(
        leaves(catalogues[namespace]).filter(([key]) =>
          clientFacing[namespace].some(
            (path) => key === path || key.replace(PLURAL, '') === path || key.startsWith(`${path}.`),
          ),
        ),
      );
    const cases = others.flatMap((language) => namespaces.map((namespace) => [language, namespace] as const));

    it.each(namespaces)('every path of %s names English strings', (namespace) => {
      const keys = [...englishOf(namespace).keys()];
      const missing = clientFacing[namespace].filter(
        (path) => !keys.some((key) => key === path || key.replace(PLURAL, '') === path || key.startsWith(`${path}.`)),
      );
      expect(missing).toEqual([]);
    });

    it.each(cases)(
      '%s translates every client-facing key of %s, none more, in its plural forms',
      (language, namespace) => {
        const source = englishOf(namespace);
        const bases = new Set([...source.keys()].map((key) => key.replace(PLURAL, '')));
        const plural = new Set(
          [...source.keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')),
        );
        const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const expected = [...bases].flatMap((base) =>
          plural.has(base) ? forms.map((form) => `${base}_${form}`) : [base],
        );
        const strings = (packs.get(language)!.features[namespace] ?? {}) as Tree;
        expect(
          leaves(strings)
            .map(([key]) => key)
            .sort(),
        ).toEqual(expected.sort());
      },
    );

    it.each(cases)('%s keeps the placeholders of %s and leaves no text empty', (language, namespace) => {
      const source = new Map([...englishOf(namespace)].map(([key, text]) => [key.replace(PLURAL, ''), text]));
      const wrong = leaves((packs.get(language)!.features[namespace] ?? {}) as Tree).flatMap(([key, text]) =>
        text.trim() !== '' &&
        placeholders(text).join() === placeholders(source.get(key.replace(PLURAL, '')) ?? '').join()
          ? []
          : [`${key}: ${text}`],
      );
      expect(wrong).toEqual([]);
    });

    it('a language brings them in with its portal: the documents, the shell and signing in speak Korean', async () => {
      const i18n = createI18n('en');
      await switchLanguage(i18n, 'ko');
      const pack = packs.get('ko')!;
      const documents = pack.features.documents as Tree;
      const portal = documents['portal'] as Tree;
      // `documents` is outside i18next's typed namespaces (useDocumentsTranslation.ts): read the bundle the pack added.
      const documentsT = (key: string): string => i18n.getResource('ko', 'documents', key) as string;
      expect(documentsT('portal.title')).toBe(portal['title']);
      expect(documentsT('portal.title')).not.toBe(documentsEn.portal.title);
      expect(i18n.t('nav.signIn')).not.toBe(en.nav.signIn);
      expect(i18n.t('auth.signIn.title', { ns: 'account' })).not.toBe(authEn.auth.signIn.title);
      // The portal's own strings are still there beside the sign-in ones (the bundles merge).
      expect(i18n.t('portal.title', { ns: 'account' })).toBe((pack.portal as Tree)['title']);
    });
  });

  it('Chinese has the same portal keys as English (the account catalogue)', () => {
    const bases = new Set(leaves(accountZh.portal as Tree).map(([key]) => key.replace(PLURAL, '')));
    expect([...bases].sort()).toEqual([...englishBases.keys()].sort());
  });

  it('every portal key is used by the portal’s code (no unused key)', () => {
    const dir = join(__dirname, '../modules/portal/components');
    const source = readdirSync(dir)
      .filter((file) => file.endsWith('.tsx') && !file.includes('.spec.'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    const literal = new Set([...source.matchAll(/['"`](portal\.[\w.]+)['"`]/g)].map((m) => m[1]));
    const prefixes = [...source.matchAll(/`(portal\.[\w.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = [...englishBases.keys()]
      .map((key) => `portal.${key}`)
      .filter((key) => !literal.has(key) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });

  it('loads only the chosen language: switching to Russian adds Russian and nothing else', async () => {
    const i18n = createI18n('en');
    await switchLanguage(i18n, 'ru');
    expect(i18n.language).toBe('ru');
    expect(i18n.hasResourceBundle('ru', 'account')).toBe(true);
    expect(others.filter((language) => i18n.hasResourceBundle(language, 'account'))).toEqual(['ru']);
    expect(i18n.t('portal.title', { ns: 'account' })).toBe('Ваше дело в Alipay');
    // Russian plural forms through Intl: 1 one, 3 few, 5 many.
    expect([1, 3, 5].map((count) => i18n.t('portal.attempt', { ns: 'account', count }))).toEqual([
      'Попытка 1',
      'Попытка 3',
      'Попытка 5',
    ]);
  });
});
