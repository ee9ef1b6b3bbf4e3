import { caseTypes } from './cases';
import { type Bilingual, isRecord } from './common';
import type { ClientLanguage, OtherClientLanguage } from './languages';
import { machines } from './machine-table';
import { nextSteps } from './next-steps';
import { reasonCodes } from './reasons';
import { stepsKo } from './client-steps-ko';
import { stepsRu } from './client-steps-ru';
import { stepsJa } from './client-steps-ja';
import { stepsTh } from './client-steps-th';
import { stepsId } from './client-steps-id';
import { stepsEs } from './client-steps-es';
import { stepsFr } from './client-steps-fr';
import { stepsDe } from './client-steps-de';
import { stepsAr } from './client-steps-ar';

// The portal's next steps in a client language beyond en/zh. The steps themselves are written once, in English and
// Chinese (next-steps.ts, and message-knowledge.ts through reason-steps.ts); each other language has a table
// (client-steps-<code>.ts) from an English step — its dates written {date} — to its translation. The web's lazy
// pack takes its language's table, and the client's emails the same one, so a step reads the same everywhere; a
// step a table lacks stays English (the spec keeps every table complete: everyStepKey below, for specs only — not exported from the index).

/** A client language's next steps: each English step's key (stepKey) → its words, dates as {date} in the same order. */
export type ClientStepWords = Readonly<Record<string, string>>;

/** Every language's table (the API's emails); the web's lazy pack imports one language's constant. */
export const clientSteps: Readonly<Record<OtherClientLanguage, ClientStepWords>> = {
  ko: stepsKo,
  ru: stepsRu,
  ja: stepsJa,
  th: stepsTh,
  id: stepsId,
  es: stepsEs,
  fr: stepsFr,
  de: stepsDe,
  ar: stepsAr,
};

const DATE = /\d{4}-\d{2}-\d{2}/g;
const SLOT = /\{date\}/g;

/** The table key of an English step text: the text with each date (YYYY-MM-DD) as {date}. */
export const stepKey = (en: string): string => (typeof en === 'string' ? en.replace(DATE, '{date}') : '');

/** An English step in a client language from its table, the step's dates put back in order; null if not there. */
export function clientStepText(en: string, words: ClientStepWords): string | null {
  const template = typeof en === 'string' && isRecord(words) ? words[stepKey(en)] : undefined;
  if (typeof template !== 'string') return null;
  const dates = en.match(DATE) ?? [];
  let next = 0;
  return template.replace(SLOT, () => dates[next++] ?? '');
}

/** A step's words for a reader of `language`, and the language they are in (English where a table lacks the step). */
export function stepIn(text: Bilingual, language: ClientLanguage): { text: string; language: ClientLanguage } {
  const en = isRecord(text) && typeof text.en === 'string' ? text.en : '';
  if (language === 'zh' && isRecord(text) && typeof text.zh === 'string') return { text: text.zh, language };
  const table =
    typeof language === 'string' && Object.hasOwn(clientSteps, language)
      ? clientSteps[language as OtherClientLanguage]
      : null;
  const own = table ? clientStepText(en, table) : null;
  return own === null ? { text: en, language: 'en' } : { text: own, language };
}

/**
 * Every step key the portal can show: next steps of every case type in every state, after every rejection reason,
 * with and without a same-card retry day (to come and passed), with no and two card declines.
 */
export function everyStepKey(): string[] {
  const now = new Date('2026-06-15T04:00:00Z');
  const keys = new Set<string>();
  for (const type of caseTypes)
    for (const state of machines[type].states)
      for (const lastReasonCode of [null, ...reasonCodes])
        for (const retryAfter of [null, new Date('2026-06-20T00:00:00Z'), new Date('2026-06-10T00:00:00Z')])
          for (const cardDeclines of [0, 2])
            for (const step of nextSteps(
              { type, state, stateEnteredAt: now, attempt: 1, lastReasonCode, retryAfter, cardDeclines },
              now,
            ))
              keys.add(stepKey(step.text.en));
  return [...keys].sort();
}
