import { type CaseState, caseStateLabels, caseStates, type CaseType, caseTypeLabels, caseTypes } from './cases';
import { type ClientLanguage, isClientLanguage, type OtherClientLanguage } from './languages';
import { oneOf } from './one-of';
import { reminderKindLabel, reminderKinds } from './reminder-kinds';
import type { ClientCaseWords } from './client-case-words-type';
import { caseWordsKo } from './client-case-words-ko';
import { caseWordsRu } from './client-case-words-ru';
import { caseWordsJa } from './client-case-words-ja';
import { caseWordsTh } from './client-case-words-th';
import { caseWordsId } from './client-case-words-id';
import { caseWordsEs } from './client-case-words-es';
import { caseWordsFr } from './client-case-words-fr';
import { caseWordsDe } from './client-case-words-de';
import { caseWordsAr } from './client-case-words-ar';

// A case's type and state in each client language (the portal's badges and progress, the client's emails). English
// and Chinese are the domain's `Bilingual` labels; each other language has its own file (client-case-words-<code>.ts,
// so the web's lazy language pack takes only its own), worded with client-glossary.ts.

export type { ClientCaseWords } from './client-case-words-type';

/** Every language's words (the API's emails); the web imports one language's constant in its lazy pack. */
export const clientCaseWords: Readonly<Record<OtherClientLanguage, ClientCaseWords>> = {
  ko: caseWordsKo,
  ru: caseWordsRu,
  ja: caseWordsJa,
  th: caseWordsTh,
  id: caseWordsId,
  es: caseWordsEs,
  fr: caseWordsFr,
  de: caseWordsDe,
  ar: caseWordsAr,
};

/** A case state as a client reads it in their language (English for a language we do not know; '' for no state). */
export const clientStateName = (state: CaseState, language: ClientLanguage): string => {
  if (!oneOf(caseStates, state)) return '';
  if (!isClientLanguage(language) || language === 'en' || language === 'zh')
    return caseStateLabels[state][language === 'zh' ? 'zh' : 'en'];
  return clientCaseWords[language].states[state];
};

/** A case type as a client reads it in their language (English for a language we do not know; '' for no type). */
export const clientTypeName = (type: CaseType, language: ClientLanguage): string => {
  if (!oneOf(caseTypes, type)) return '';
  if (!isClientLanguage(language) || language === 'en' || language === 'zh')
    return caseTypeLabels[type][language === 'zh' ? 'zh' : 'en'];
  return clientCaseWords[language].types[type];
};

/** A deadline's kind as a client reads it in their language (the kind itself for one this version does not know). */
export const clientKindName = (kind: string, language: ClientLanguage): string => {
  if (!isClientLanguage(language) || language === 'en' || language === 'zh')
    return reminderKindLabel(kind)[language === 'zh' ? 'zh' : 'en'];
  return oneOf(reminderKinds, kind) ? clientCaseWords[language].reminderKinds[kind] : kind;
};
