/**
 * How pasted text is prepared for the message patterns: width, punctuation, invisible characters and spacing are
 * evened out, and every character keeps its position in the original so a match can be shown as pasted.
 */

export type Lang = 'zh' | 'en';
export type Normalized = { text: string; from: number[]; to: number[] };

const PUNCTUATION: Readonly<Record<string, string>> = {
  '。': '.',
  '、': ',',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '“': '"',
  '”': '"',
  '„': '"',
  '「': '"',
  '」': '"',
  '‘': "'",
  '’': "'",
  '`': "'",
  '´': "'",
};
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/**
 * NFKC (full-width → half-width), Chinese punctuation mapped to ASCII; for Chinese all whitespace is
 * dropped, for English it is collapsed and letters are lower-cased. Keeps each character's position in
 * the original so the matched text can be shown as pasted.
 */
export function normalize(original: string, lang: Lang): Normalized {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  let newlines = 0;
  for (const char of original) {
    const end = index + char.length;
    for (const piece of char.normalize('NFKC')) {
      let mapped = PUNCTUATION[piece] ?? piece;
      if (INVISIBLE.test(mapped)) continue;
      if (/\s/.test(mapped)) {
        if (lang === 'zh' || chars.length === 0) continue;
        // English keeps one separator per whitespace run: a paragraph break (two or more line breaks)
        // becomes "\n", anything else — a wrapped line included — a space.
        if (mapped === '\n') newlines += 1;
        const separator = newlines >= 2 ? '\n' : ' ';
        const last = chars.length - 1;
        if (chars[last] === ' ' || chars[last] === '\n') {
          chars[last] = separator;
          continue;
        }
        mapped = separator;
      } else {
        newlines = 0;
        if (lang === 'en') mapped = mapped.toLowerCase();
      }
      for (const unit of mapped) {
        chars.push(unit);
        from.push(index);
        to.push(end);
      }
    }
    index = end;
  }
  return { text: chars.join(''), from, to };
}

/** English patterns are written with single spaces; in the text a space may also be a line break. */
export function spaced(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll(' ', String.raw`\s`), pattern.flags);
}

const ZH_EXTENDABLE = /[\p{Script=Han}\p{N},()[\]"'·-]/u;
const TERMINATOR = /[.!?]/;

/** Grow a match to the message around it: Chinese runs up to a sentence end, English to the sentence. */
export function extend(norm: Normalized, lang: Lang, start: number, end: number): [number, number] {
  const text = norm.text;
  let from = start;
  let to = end;
  if (lang === 'zh') {
    while (from > 0 && ZH_EXTENDABLE.test(text.charAt(from - 1))) from -= 1;
    const envelope = /(?:您|你)申请的\[?支付宝个人认证(?:认证)?\]?(?:失败了?|未通过),?失败原因(?:为|是)?:?$/.exec(
      text.slice(Math.max(0, from - 40), from),
    );
    if (envelope) from -= envelope[0].length;
    while (to < text.length && (ZH_EXTENDABLE.test(text.charAt(to)) || text.charAt(to) === ':')) to += 1;
  } else {
    while (from > 0 && !/[.!?:;"\n]/.test(text.charAt(from - 1))) from -= 1;
    while (to < text.length && !/[.!?;"\n]/.test(text.charAt(to))) to += 1;
  }
  while (to < text.length && TERMINATOR.test(text.charAt(to))) to += 1;
  return [from, to];
}
