import { caseActionLabels, caseActions, caseTypes } from './cases';
import { type Bilingual, isRecord } from './common';
import { type ClientTexts, clientText, textKey } from './client-text-lookup';
import type { ClientLanguage, OtherClientLanguage } from './languages';
import { machines } from './machine-table';
import { nextSteps } from './next-steps';
import { messageKnowledge } from './message-knowledge';
import { reasonSteps } from './reason-steps';
import { messageCodes, reasonCodes } from './reasons';
import { textsKo } from './client-texts-ko';
import { textsRu } from './client-texts-ru';
import { textsJa } from './client-texts-ja';
import { textsTh } from './client-texts-th';
import { textsId } from './client-texts-id';
import { textsEs } from './client-texts-es';
import { textsFr } from './client-texts-fr';
import { textsDe } from './client-texts-de';
import { textsAr } from './client-texts-ar';

// The domain's sentences a client reads — the next steps, and what Alipay's messages mean and why they come — in a
// client language beyond en/zh. They are written once, in English and Chinese (next-steps.ts; message-knowledge.ts,
// also through reason-steps.ts); each other language has a table (client-texts-<code>.ts) from an English text — its
// dates written {date} — to its translation. The web's lazy pack takes its language's table, and the client's
// emails the same one, so a text reads the same everywhere; a text a table lacks stays English. The spec keeps
// every table complete against everyTextKey below (for specs only, not exported from the index). The lookup itself
// is client-text-lookup.ts.

/** Every language's table (the API's emails); the web's lazy pack imports one language's constant. */
export const clientTexts: Readonly<Record<OtherClientLanguage, ClientTexts>> = {
  ko: textsKo,
  ru: textsRu,
  ja: textsJa,
  th: textsTh,
  id: textsId,
  es: textsEs,
  fr: textsFr,
  de: textsDe,
  ar: textsAr,
};

/** A text's words for a reader of `language`, and the language they are in (English where a table lacks it). */
export function textIn(text: Bilingual, language: ClientLanguage): { text: string; language: ClientLanguage } {
  const en = isRecord(text) && typeof text.en === 'string' ? text.en : '';
  if (language === 'zh' && isRecord(text) && typeof text.zh === 'string') return { text: text.zh, language };
  const table =
    typeof language === 'string' && Object.hasOwn(clientTexts, language)
      ? clientTexts[language as OtherClientLanguage]
      : null;
  const own = table ? clientText(en, table) : null;
  return own === null ? { text: en, language: 'en' } : { text: own, language };
}

/**
 * Every text key a client can be shown: next steps of every case type in every state, after every rejection reason,
 * with and without a same-card retry day (to come and passed), with no and two card declines; each message's
 * meaning, causes and steps (the public Alipay helper's interpreter); and every action's name (the portal's timeline).
 */
export function everyTextKey(): string[] {
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
              keys.add(textKey(step.text.en));
  for (const code of messageCodes) {
    const knowledge = messageKnowledge[code];
    keys.add(textKey(knowledge.meaning.en));
    for (const cause of knowledge.causes) keys.add(textKey(cause.en));
    for (const retry of [
      { day: null, passed: false },
      { day: '2026-06-20', passed: false },
      { day: '2026-06-20', passed: true },
    ])
      for (const step of reasonSteps(code, retry)) keys.add(textKey(step.text.en));
  }
  // The portal timeline's names of what happened: every action, and each machine's own words for its transitions.
  for (const action of caseActions) keys.add(textKey(caseActionLabels[action].en));
  for (const type of caseTypes) for (const { label } of machines[type].transitions) keys.add(textKey(label.en));
  return [...keys].sort();
}
