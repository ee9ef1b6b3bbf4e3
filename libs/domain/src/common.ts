/** A text in English and Simplified Chinese. */
export type Bilingual = { en: string; zh: string };

/** Where a fact comes from: S0–S4 the seed pages, W the later public pages; each has its entry in docs/domain.md. */
export const sourceTags = ['S0', 'S1', 'S2', 'S3', 'S4', 'W'] as const;
export type SourceTag = (typeof sourceTags)[number];

export type SourceInfo = { tag: SourceTag; title: string; file?: string };

export const sources: Readonly<Record<SourceTag, SourceInfo>> = {
  S0: {
    tag: 'S0',
    title: 'Q&A: account restricted right after sign-up abroad; appeal via chat',
    file: '000_ad39b52386303bda.txt',
  },
  S1: { tag: 'S1', title: 'Guide (2019) + reader comments', file: '001_dc130f0bf13c87a4.txt' },
  S2: {
    tag: 'S2',
    title: 'Guide + 100+ reader comments with real error messages (2015–)',
    file: '002_a4d48313e2c9c8c4.txt',
  },
  S3: {
    tag: 'S3',
    title: 'Step-by-step web sign-up and verification (2015) + comments',
    file: '003_6e3cdf30e6fc34db.txt',
  },
  S4: { tag: 'S4', title: 'Machine-translated guide with the official field rules', file: '004_55afd332cb6d4ad1.txt' },
  W: { tag: 'W', title: 'Later public pages: in-app passport verification and international cards (2023–2024)' },
};

/** The result of an operation that can fail for a domain reason; domain functions never throw. */
export type Result<T, E> = ({ ok: true } & T) | { ok: false; error: E };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Valid Date whose year stays far from the limits of Date, so arithmetic and Intl never fail. */
export function isUsableDate(value: unknown): value is Date {
  if (!(value instanceof Date)) return false;
  const time = value.getTime();
  // Years 1000–9000: wide enough for any real document, far from Date's ±275760-year edge.
  return Number.isFinite(time) && time >= -30610224000000 && time <= 221845392000000;
}

export { oneOf } from './one-of';
