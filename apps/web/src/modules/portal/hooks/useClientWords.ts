import {
  type CaseState,
  caseStateLabels,
  type CaseType,
  caseTypeLabels,
  type ReminderKind,
  reminderKindLabels,
} from '@waiji/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientPack } from '../../../i18n/clientPacks';
import { useBilingual, useClientLanguage } from '../../../i18n/useBilingual';

/**
 * A case's type, state and deadline kinds in the client's language: the language pack's words (client/<code>.ts),
 * else the domain's en/zh labels.
 */
export const useClientWords = () => {
  const { i18n } = useTranslation();
  const { language } = useClientLanguage();
  const pick = useBilingual();
  return useMemo(() => {
    const words = i18n.getResource(language, 'account', 'clientCase') as ClientPack['clientCase'] | undefined;
    return {
      state: (state: CaseState): string => words?.states[state] ?? pick(caseStateLabels[state]),
      type: (type: CaseType): string => words?.types[type] ?? pick(caseTypeLabels[type]),
      kind: (kind: ReminderKind): string => words?.kinds[kind] ?? pick(reminderKindLabels[kind]),
    };
  }, [i18n, language, pick]);
};
