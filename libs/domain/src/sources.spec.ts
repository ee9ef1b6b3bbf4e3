import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sources, sourceTags } from './sources';
import * as domain from './index';

// Every source tag the code and the interface show must lead somewhere: an entry (an `<a id="TAG">` anchor) in
// docs/domain.md.

const root = path.resolve(__dirname, '../../..');
const domainDoc = readFileSync(path.join(root, 'docs/domain.md'), 'utf8');
const documented = new Set([...domainDoc.matchAll(/<a id="([A-Z][0-9]*)"><\/a>/g)].map((match) => match[1]));

/** The shapes a source tag takes: a seed source, W or one of its pages, a message. */
const TAG = String.raw`(?:S[0-9]|W[0-9]{0,2}|M[0-9]{1,2})`;

/** Every `source` array anywhere in a value (data tables, functions' results aside). */
function sourceTagsIn(value: unknown, found: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'source' && Array.isArray(inner)) {
      for (const tag of inner) if (typeof tag === 'string') found.add(tag);
    } else {
      sourceTagsIn(inner, found, seen);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

type Citation = { tag: string; where: string };

/** Tags written in the files under `dir`; whichever of `pattern`'s groups matched holds one tag or a list of them. */
function citationsIn(dir: string, pattern: RegExp): Citation[] {
  return sourceFiles(path.join(root, dir)).flatMap((file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    return lines.flatMap((line, index) =>
      [...line.matchAll(pattern)].flatMap((match) =>
        [...match.slice(1).join(' ').matchAll(new RegExp(TAG, 'g'))].map((tag) => ({
          tag: tag[0],
          where: `${path.relative(root, file)}:${index + 1}`,
        })),
      ),
    );
  });
}

const undocumented = (citations: Citation[]) => citations.filter((citation) => !documented.has(citation.tag));

describe('source tags resolve to docs/domain.md', () => {
  it('W the document has entries for the sources, the later pages and the messages', () => {
    expect([...documented]).toEqual(expect.arrayContaining(['S0', 'S1', 'S2', 'S3', 'S4', 'W', 'W1', 'M1', 'M10']));
  });

  it('S0–S4 W every tag of the `sources` catalogue has an entry naming its file', () => {
    for (const info of Object.values(sources)) {
      expect([info.tag, documented.has(info.tag)]).toEqual([info.tag, true]);
      if (info.file) expect(domainDoc).toContain(info.file);
    }
  });

  it('S0–S4 W every `source` in the exported knowledge (machines, messages, banks, documents, glossary, steps, policy)', () => {
    const tags = sourceTagsIn(domain, new Set());
    expect(tags.size).toBeGreaterThan(0);
    expect([...tags].filter((tag) => !documented.has(tag))).toEqual([]);
  });

  it('S0–S4 W M1–M10 every tag written anywhere in libs/domain (data, notes, labels, comments, test names)', () => {
    const citations = citationsIn('libs/domain/src', new RegExp(String.raw`\b(${TAG})\b`, 'g'));
    expect(citations.length).toBeGreaterThan(100);
    expect(undocumented(citations)).toEqual([]);
  });

  it('S0–S4 W M1–M10 every tag the api and the web app cite: a quoted tag or a bracketed list of tags', () => {
    const quoted = String.raw`['"\x60](${TAG})['"\x60]`;
    const bracketed = String.raw`[(（](${TAG}(?:\s*[,、，]\s*${TAG})*)[)）]`;
    const pattern = new RegExp(`${quoted}|${bracketed}`, 'g');
    const citations = [...citationsIn('apps/web/src', pattern), ...citationsIn('apps/api/src', pattern)];
    expect(citations.length).toBeGreaterThan(0);
    expect(undocumented(citations)).toEqual([]);
  });
});

/** The text of a tag's entry in docs/domain.md, up to the next entry. */
const entryOf = (tag: string) => domainDoc.split(/<a id="/).find((part) => part.startsWith(`${tag}"`)) ?? '';

describe('sources have a readable name and, where known, their public page (issue 15)', () => {
  it.each(sourceTags.map((tag) => [tag]))('%s is named in English and Chinese, without its tag', (tag) => {
    const { name, about } = sources[tag];
    for (const text of [name.en, name.zh, about.en, about.zh]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(new RegExp(String.raw`\b${tag}\b`));
    }
  });

  it('S0–S4 W1–W10 every page has a public address from its docs/domain.md entry; S2 has none recorded, W is a group', () => {
    const withoutPage = sourceTags.filter((tag) => !sources[tag].url);
    expect(withoutPage).toEqual(['S2', 'W']);
    for (const tag of sourceTags) {
      const url = sources[tag].url;
      if (!url) continue;
      expect([tag, url]).toEqual([tag, expect.stringMatching(/^https?:\/\/[^\s]+$/)]);
      // In the tag's own entry, or in the one it points to ("address under [S0](#S0)").
      const entries = [tag, ...[...entryOf(tag).matchAll(/\]\(#([A-Z][0-9]*)\)/g)].map((match) => match[1] ?? '')];
      expect([tag, entries.some((name) => entryOf(name).includes(url))]).toEqual([tag, true]);
    }
    expect(sources.W.pages).toEqual(sourceTags.filter((tag) => /^W\d+$/.test(tag)));
  });
});

/** Every English and Chinese text in a value (the `en` and `zh` of each Bilingual), with where it is. */
function textsIn(value: unknown, where: string, found: Citation[], seen = new Set<unknown>()): Citation[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'en' || key === 'zh') && typeof inner === 'string')
      found.push({ tag: inner, where: `${where}.${key}` });
    else textsIn(inner, `${where}.${key}`, found, seen);
  }
  return found;
}

describe('texts name sources by their names, not their tags (issue 15)', () => {
  it('S2 no English or Chinese text of the exported knowledge says "S2 says", "(S3)", "(W)"…', () => {
    const texts = textsIn(domain, 'domain', []);
    expect(texts.length).toBeGreaterThan(500);
    const sourceTag = new RegExp(String.raw`(?<![A-Za-z0-9$])(S[0-4]|W[0-9]{0,2})(?![A-Za-z0-9])`);
    expect(texts.filter((text) => sourceTag.test(text.tag)).map((text) => `${text.where}: ${text.tag}`)).toEqual([]);
  });
});
