import { clientLanguages } from '@waiji/domain';
import { clientEmailWords, fill } from './client-email-words';

// Issue 22: the client's emails in every client language — the same entries and the same placeholders as English.

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('client email words', () => {
  const english = new Map(leaves(clientEmailWords.en as unknown as Tree));

  it.each(clientLanguages)('%s has every entry, with the placeholders of the English one', (language) => {
    const own = leaves(clientEmailWords[language] as unknown as Tree);
    expect(own.map(([key]) => key).sort()).toEqual([...english.keys()].sort());
    const mismatched = own.filter(
      ([key, text]) => placeholders(text).join() !== placeholders(english.get(key)!).join(),
    );
    expect(mismatched).toEqual([]);
    expect(own.filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(fill('{{a}} and {{b}}', { a: 'x' })).toBe('x and {{b}}');
  });
});
