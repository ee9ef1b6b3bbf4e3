import type { ClientCaseWords } from './client-case-words-type';
import type { ClientLanguage } from './languages';
import { oneOf } from './one-of';
import { type ReasonCode, reasonCodeLabels, reasonCodes } from './reasons';

/**
 * Alipay's reason for a rejection as a client reads it (the portal's timeline, the state-change email): in en/zh its
 * label; in another language Alipay's Chinese with its meaning in that language beside it, from `words` (that
 * language's client-case-words; the meaning alone for OTHER, which has no words of Alipay's). Without `words`, English;
 * for a code this version does not know, nothing. Apart from client-case-words.ts, which imports every language: the
 * web passes the one its language pack holds.
 */
export const clientReason = (
  code: ReasonCode,
  language: ClientLanguage,
  words: ClientCaseWords | undefined,
): string => {
  if (!oneOf(reasonCodes, code)) return '';
  const label = reasonCodeLabels[code];
  if (language === 'zh') return label.zh;
  const meaning = language === 'en' ? undefined : words?.reasons?.[code];
  if (meaning === undefined) return label.en;
  return code === 'OTHER' ? meaning : `${label.zh} — ${meaning}`;
};
