import {
  type Bilingual,
  type CaseState,
  caseStateLabels,
  type CaseType,
  caseTypeLabels,
  type ChecklistStatus,
  checklistStatusLabels,
  type ClientCaseWords,
  clientLanguageInfo,
  clientReason,
  type ClientTexts,
  clientText,
  describeDocumentFinding,
  describeDocumentFindingWith,
  type DocumentFinding,
  type DocumentKind,
  documentKindLabels,
  type ReasonCode,
  type ReminderKind,
  reminderKindLabels,
} from '@waiji/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual, useClientLanguage, useLanguage } from './useBilingual';

/**
 * A case's and its documents' words in the client's language: the language pack's (client/<code>.ts, which takes them
 * from the domain), else the domain's en/zh labels. For every page a client reads (the portal, its documents).
 */
export const useClientWords = () => {
  const { i18n } = useTranslation();
  const { language, tag } = useClientLanguage();
  const helperTag = clientLanguageInfo[useLanguage().language].tag;
  const pick = useBilingual();
  return useMemo(() => {
    const words = i18n.getResource(language, 'account', 'clientCase') as ClientCaseWords | undefined;
    const texts = i18n.getResource(language, 'account', 'clientTexts') as ClientTexts | undefined;
    return {
      /**
       * A domain text (a next step, a message's meaning, an action's name) to read: in the client's language where its
       * table has it, else en/zh; with the language it is in (`lang`).
       */
      read: (text: Bilingual): { text: string; lang: string } => {
        const own = texts ? clientText(text.en, texts) : null;
        return own === null ? { text: pick(text), lang: helperTag } : { text: own, lang: tag };
      },
      state: (state: CaseState): string => words?.states[state] ?? pick(caseStateLabels[state]),
      type: (type: CaseType): string => words?.types[type] ?? pick(caseTypeLabels[type]),
      kind: (kind: ReminderKind): string => words?.reminderKinds[kind] ?? pick(reminderKindLabels[kind]),
      document: (kind: DocumentKind): string => words?.documentKinds[kind] ?? pick(documentKindLabels[kind]),
      checklistStatus: (status: ChecklistStatus): string =>
        words?.checklistStatuses[status] ?? pick(checklistStatusLabels[status]),
      /** What an Alipay word (its Chinese) means in the client's language; null where the page shows English. */
      meaning: (zh: string): string | null => words?.alipayWords[zh] ?? null,
      /** Alipay's reason for a rejection: its Chinese with the meaning in the client's language (clientReason). */
      reason: (code: ReasonCode): string => clientReason(code, language, words),
      /** What a check found on an uploaded photo (the findings' words). */
      finding: (finding: Pick<DocumentFinding, 'code' | 'params'>): string =>
        words ? describeDocumentFindingWith(words.documentFindings, finding) : pick(describeDocumentFinding(finding)),
      /** A document request: its en/zh label, or in another language the names of the documents that answer it. */
      request: (label: Bilingual, anyOf: readonly DocumentKind[]): string =>
        words && anyOf.length > 0 ? anyOf.map((kind) => words.documentKinds[kind]).join(' / ') : pick(label),
    };
  }, [i18n, language, tag, helperTag, pick]);
};
