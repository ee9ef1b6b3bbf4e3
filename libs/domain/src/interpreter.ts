/**
 * The message interpreter: finds the known Alipay messages (message-patterns.ts) in pasted text, reads their
 * details (message-recognisers.ts) and answers with what they mean and what to do (message-knowledge.ts).
 */
import type { CaseAction } from './cases';
import { type Bilingual, isRecord, isUsableDate } from './common';
import { type SourceTag } from './sources';
import { type InterpretationKind, messageKnowledge } from './message-knowledge';
import { type MessagePattern, messagePatterns } from './message-patterns';
import { readRetry, readReviewTime, type RetryDetails } from './message-recognisers';
import { extend, type Lang, type Normalized, normalize, spaced } from './message-text';
import type { MessageCode } from './reasons';
import { stepText } from './reason-steps';
import {
  addDuration,
  ALIPAY_TIME_ZONE,
  type Duration,
  formatLocalDate,
  isValidTimeZone,
  startOfLocalDay,
} from './time';

export { type InterpretationKind, messageKnowledge } from './message-knowledge';

export type Interpretation = {
  code: MessageCode;
  kind: InterpretationKind;
  meaning: Bilingual;
  causes: Bilingual[];
  nextSteps: Bilingual[];
  /** The case action this message usually leads to; check `allowedActions` before offering it. */
  suggestedAction?: CaseAction;
  /** CARD_CHECK_FAILED: the day the same card may be used again (the stated date, else receivedAt + N days). */
  retryAfter?: Date;
  /** CARD_CHECK_FAILED: the N of `N天后`. */
  retryAfterDays?: number;
  /** UNDER_REVIEW: receivedAt + the stated review time (2 days). */
  dueAt?: Date;
  /** The part of the pasted text that was recognised, as pasted. */
  matchedText: string;
  /** Whether the Chinese original or an English translation was recognised. */
  language: 'zh' | 'en';
  source: SourceTag[];
};

export type InterpretOptions = {
  /** When the message arrived; needed for dates that count from it. */
  receivedAt?: Date;
  /** Zone of the dates in the message; Alipay writes Beijing time. */
  timeZone?: string;
};

/** One message found in the normalised text of one language. */
type Hit = RetryDetails & { code: MessageCode; lang: Lang; review?: Duration };

const compiled: Readonly<Record<Lang, ReadonlyArray<{ rule: MessagePattern; patterns: RegExp[] }>>> = {
  zh: messagePatterns.map((rule) => ({ rule, patterns: rule.zh })),
  en: messagePatterns.map((rule) => ({ rule, patterns: rule.en.map(spaced) })),
};

/** A message and the one it explains (`absorbs`) are reported once, as the explaining one. */
function mergeAbsorbed(hits: Hit[]): void {
  for (const rule of messagePatterns) {
    if (!rule.absorbs) continue;
    const host = hits.find((hit) => hit.code === rule.code);
    const absorbed = hits.find((hit) => hit.code === rule.absorbs);
    if (!host || !absorbed) continue;
    if (absorbed.end <= host.start && host.start - absorbed.end <= 20) host.start = absorbed.start;
    hits.splice(hits.indexOf(absorbed), 1);
  }
}

function findHits(original: string, lang: Lang): { norm: Normalized; hits: Hit[] } {
  const norm = normalize(original, lang);
  const hits: Hit[] = [];
  for (const { rule, patterns } of compiled[lang]) {
    let first: RegExpExecArray | null = null;
    for (const pattern of patterns) {
      const match = pattern.exec(norm.text);
      if (match && (!first || match.index < first.index)) first = match;
    }
    if (!first) continue;
    const [start, end] = extend(norm, lang, first.index, first.index + first[0].length);
    let hit: Hit = { code: rule.code, lang, start, end };
    if (rule.reads === 'retry') hit = { ...hit, ...readRetry(norm.text, lang, hit) };
    if (rule.reads === 'reviewTime') hit.review = readReviewTime(norm.text, lang, hit, first);
    hits.push(hit);
  }
  mergeAbsorbed(hits);
  return { norm, hits };
}

const MAX_LENGTH = 50000;

/**
 * Recognise Alipay messages in pasted text (Chinese originals or English machine translations, any
 * punctuation width, spacing and surrounding noise). Returns [] when nothing is recognised.
 */
export function interpretAlipayMessage(text: string, options?: InterpretOptions): Interpretation[] {
  if (typeof text !== 'string') return [];
  const original = text.slice(0, MAX_LENGTH);
  const opts = isRecord(options) ? options : {};
  const receivedAt = isUsableDate(opts.receivedAt) ? opts.receivedAt : undefined;
  const timeZone = isValidTimeZone(opts.timeZone) ? opts.timeZone : ALIPAY_TIME_ZONE;

  const byCode = new Map<MessageCode, { hit: Hit; norm: Normalized }>();
  for (const lang of ['zh', 'en'] as const) {
    const { norm, hits } = findHits(original, lang);
    for (const hit of hits) {
      const known = byCode.get(hit.code);
      if (!known) {
        byCode.set(hit.code, { hit, norm });
      } else {
        // The Chinese original and its translation pasted together: keep the original, borrow details.
        known.hit.retryAfterDays ??= hit.retryAfterDays;
        known.hit.retryDate ??= hit.retryDate;
      }
    }
  }

  const results: Array<Interpretation & { position: number }> = [];
  for (const { hit, norm } of byCode.values()) {
    const knowledge = messageKnowledge[hit.code];
    const position = norm.from[hit.start] as number;
    const retryAfter = hit.retryDate
      ? startOfLocalDay(hit.retryDate, timeZone)
      : receivedAt && hit.retryAfterDays !== undefined
        ? addDuration(receivedAt, { amount: hit.retryAfterDays, unit: 'days' }, timeZone)
        : null;
    const retryDay = retryAfter ? formatLocalDate(retryAfter, timeZone) : null;
    const interpretation: Interpretation & { position: number } = {
      code: hit.code,
      kind: knowledge.kind,
      meaning: { ...knowledge.meaning },
      causes: knowledge.causes.map((cause) => ({ ...cause })),
      nextSteps: knowledge.nextSteps.map((step) => stepText(step, { day: retryDay, passed: false })),
      matchedText: original.slice(position, norm.to[hit.end - 1]).trim(),
      language: hit.lang,
      source: [...knowledge.source],
      position,
    };
    if (knowledge.suggestedAction) interpretation.suggestedAction = knowledge.suggestedAction;
    if (hit.retryAfterDays !== undefined) interpretation.retryAfterDays = hit.retryAfterDays;
    if (retryAfter) interpretation.retryAfter = retryAfter;
    const dueAt = hit.review && receivedAt ? addDuration(receivedAt, hit.review, timeZone) : null;
    if (dueAt) interpretation.dueAt = dueAt;
    results.push(interpretation);
  }
  return results
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...interpretation }) => interpretation);
}
