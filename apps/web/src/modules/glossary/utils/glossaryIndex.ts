import { glossary, type GlossaryEntry, glossaryEntry } from '@waiji/domain';

/** Every way a term is written: "撤销(本次)认证(申请)" is also 撤销本次认证, 撤销认证申请 and 撤销认证. */
const spellings = (term: string): string[] => {
  const optional = [...term.matchAll(/\(([^)]*)\)/g)].map((match) => match[0]);
  const results = new Set<string>();
  for (let mask = 0; mask < 2 ** optional.length; mask += 1) {
    let index = 0;
    results.add(term.replace(/\(([^)]*)\)/g, (_whole, inner: string) => ((mask >> index++) & 1 ? inner : '')));
  }
  return [...results].filter((spelling) => spelling !== '');
};

const bySpelling = new Map<string, GlossaryEntry>();
for (const entry of glossary) {
  for (const spelling of spellings(entry.zh)) if (!bySpelling.has(spelling)) bySpelling.set(spelling, entry);
}

/** The glossary entry for a term written any of its ways, or undefined. */
export const findGlossaryEntry = (term: string): GlossaryEntry | undefined =>
  glossaryEntry(term) ?? bySpelling.get(term.normalize('NFKC').trim());

// Longest first, so 撤销本次认证申请 wins over 撤销认证 and 护照号码 over 护照.
const pattern = new RegExp(
  [...bySpelling.keys()]
    .sort((a, b) => b.length - a.length)
    .map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

export type GlossaryPiece = { text: string; entry?: GlossaryEntry };

/** Splits text into plain runs and glossary terms. */
export const splitGlossaryTerms = (text: string): GlossaryPiece[] => {
  const pieces: GlossaryPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    pieces.push({ text: match[0], entry: bySpelling.get(match[0]) });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
};
