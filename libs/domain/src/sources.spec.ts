import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sources } from './common';
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
