import { isRecord } from './common';

// Looking a text up in a client language's table (client-texts.ts says what the tables hold). Its own module, with
// no table in its imports, so the web's shared code can look up without bundling every language's table: each
// table comes only in its language's lazy chunk.

/** A client language's texts: each English text's key (textKey) → its words, dates as {date} in the same order. */
export type ClientTexts = Readonly<Record<string, string>>;

const DATE = /\d{4}-\d{2}-\d{2}/g;
const SLOT = /\{date\}/g;

/** The table key of an English text: the text with each date (YYYY-MM-DD) as {date}. */
export const textKey = (en: string): string => (typeof en === 'string' ? en.replace(DATE, '{date}') : '');

/** An English text in a client language from its table, its dates put back in order; null if not there. */
export function clientText(en: string, words: ClientTexts): string | null {
  const template = typeof en === 'string' && isRecord(words) ? words[textKey(en)] : undefined;
  if (typeof template !== 'string') return null;
  const dates = en.match(DATE) ?? [];
  let next = 0;
  return template.replace(SLOT, () => dates[next++] ?? '');
}
