import { type BankCode, bankCodes, banks } from './banks';
import { type Finding, text } from './check-input';
import type { Bilingual } from './common';

// The bank-card rules of the micro-deposit path: an accepted bank, issued in mainland China, a savings card.

export function checkBankCard(
  findings: Finding[],
  input: Record<string, unknown>,
  bank: BankCode | null,
  name: string | null,
): void {
  if (bank !== null && !banks[bank].supported && !(bank === 'ABC' && name !== null && /[A-Za-z]/.test(name))) {
    const info = banks[bank];
    // Every bank that is not fully supported carries a note saying why.
    const note = info.note as Bilingual;
    // UNCERTAIN (sources disagree or are silent, e.g. Bank of Communications: listed by S4, missing from S2) is not
    // "not supported" (issue 18).
    findings.push({
      code: info.support === 'UNSUPPORTED' ? 'BANK_NOT_SUPPORTED' : 'BANK_SUPPORT_UNCERTAIN',
      severity: info.support === 'UNSUPPORTED' ? 'block' : 'warn',
      field: 'bank',
      message: {
        en: `${info.name.en}: ${note.en}`,
        zh: `${info.name.zh}：${note.zh}`,
      },
      source: [...info.source],
      suggestion: {
        en: 'Accepted by both the One-Stop guide and Alipay’s field rules:',
        zh: 'One-Stop 指南与支付宝填写规则均列为支持：',
        values: bankCodes.filter((code) => banks[code].supported),
      },
    });
  }
  const issuedIn = text(input['cardIssuedIn'])?.toUpperCase() ?? null;
  if (issuedIn !== null && issuedIn !== 'CN') {
    const region = issuedIn === 'HK' || issuedIn === 'MO' || issuedIn === 'TW';
    findings.push({
      code: 'CARD_NOT_MAINLAND',
      severity: 'block',
      field: 'cardIssuedIn',
      message: {
        en: `The card must be issued in mainland China${region ? '; Hong Kong, Macao and Taiwan cards do not count' : ', not by a branch abroad'}.`,
        zh: `银行卡须由中国大陆的银行网点开立${region ? '；港澳台银行卡不算' : '，境外分行开立的不行'}。`,
      },
      source: ['S1', 'S2', 'S4'],
    });
  }
  const cardKind = input['cardKind'];
  if (cardKind === 'CREDIT' || cardKind === 'PASSBOOK') {
    findings.push({
      code: 'CARD_NOT_DEBIT',
      severity: 'block',
      field: 'cardKind',
      message: {
        en:
          cardKind === 'CREDIT'
            ? 'A savings (debit) card is needed, not a credit card.'
            : 'A savings (debit) card is needed; a passbook is not supported.',
        zh: cardKind === 'CREDIT' ? '需要储蓄卡（借记卡），不能用信用卡。' : '需要储蓄卡（借记卡），不支持存折。',
      },
      source: ['S2', 'S4'],
    });
  }
  if (bank === 'HZB' && input['accountKind'] !== 'CURRENT') {
    const time = input['accountKind'] === 'TIME';
    findings.push({
      code: 'HANGZHOU_NOT_CURRENT',
      severity: time ? 'block' : 'info',
      field: 'accountKind',
      message: {
        en: time
          ? 'Bank of Hangzhou works only with a current (活期) account, not a time deposit.'
          : 'Bank of Hangzhou works only with a current (活期) account; check the account kind.',
        zh: time ? '杭州银行仅支持活期账户，不支持定期。' : '杭州银行仅支持活期账户，请确认账户类型。',
      },
      source: ['S4'],
    });
  }
}
