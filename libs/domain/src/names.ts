const APOSTROPHES = /['’`´ʼ]/g;
const LATIN = /[A-Za-z]/;

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-\s])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The spellings of a name worth trying when Alipay says it does not match the bank (S2, S3): as given,
 * surname first, ALL CAPS, without middle names, without spaces, and other cases. The first entry is
 * the name as given (spaces tidied); apostrophes, which bank systems mangle, are dropped or spaced.
 */
export function nameVariants(name: string): string[] {
  if (typeof name !== 'string') return [];
  const given = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (given === '') return [];
  if (!LATIN.test(given)) return given.includes(' ') ? [given, given.replace(/ /g, '')] : [given];

  const bases =
    given.search(APOSTROPHES) === -1
      ? [given]
      : [given.replace(APOSTROPHES, ''), given.replace(APOSTROPHES, ' ').replace(/\s+/g, ' ').trim()];
  const variants: string[] = [given];
  for (const base of bases) {
    const words = base.split(/[ ·]/).filter((word) => word !== '');
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    const middle = words.slice(1, -1);
    const orders: string[][] = [words];
    if (words.length > 1) orders.push([last, first, ...middle]);
    if (middle.length > 0) orders.push([first, last], [last, first]);
    const spaced = orders.map((order) => order.join(' '));
    variants.push(
      ...spaced,
      ...spaced.map((variant) => variant.toUpperCase()),
      ...orders.map((order) => order.join('')),
      ...orders.map((order) => order.join('').toUpperCase()),
      ...spaced.map(titleCase),
      ...spaced.map((variant) => variant.toLowerCase()),
    );
  }
  return [...new Set(variants)];
}
