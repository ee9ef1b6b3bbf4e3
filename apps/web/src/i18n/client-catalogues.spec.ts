import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseStates, caseTypes, type OtherClientLanguage, reminderKinds } from '@waiji/domain';
import { type ClientPack, loadClientPack, switchLanguage } from './clientPacks';
import { accountEn } from './features-account.en';
import { accountZh } from './features-account.zh';
import { createI18n } from './i18n';

// Issue 22: every client language's portal strings against the English ones — a key missing, a key no code uses,
// a placeholder that differs, a plural form the language needs but lacks (or has but does not use) fails here.

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

  it.each(others)('%s names every case type, state and deadline kind, and translates them', (language) => {
    const words = packs.get(language)!.clientCase;
    expect(Object.keys(words.states).sort()).toEqual([...caseStates].sort());
    expect(Object.keys(words.types).sort()).toEqual([...caseTypes].sort());
    expect(Object.keys(words.kinds).sort()).toEqual([...reminderKinds].sort());
    const all = [...Object.values(words.states), ...Object.values(words.types), ...Object.values(words.kinds)];
    expect(all.filter((text) => text.trim() === '')).toEqual([]);
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
