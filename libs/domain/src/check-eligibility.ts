import type { CaseType } from './cases';
import { type Finding, text } from './check-input';

// Who can verify at all, and with which name (issue 18): nationality, the form used, a name already set on the
// account, the international card's holder name and network. (An appeal with the holding photo alone only warns:
// documents.ts makes the data page recommended for appeals, S0.)

/**
 * Nationalities reported unable to register. S2: "users from Yemen can't register Alipay accounts at the moment"
 * (2015-era); the list changes, so this warns rather than blocks.
 */
const REPORTED_UNSUPPORTED: Readonly<Record<string, string>> = { YE: 'Yemen', YEMEN: 'Yemen' };

/** A name as the card and the passport are compared: letters only, upper case, in any order of its parts. */
const nameKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L} ]/gu, ' ')
    .split(/\s+/)
    .filter((part) => part !== '')
    .sort()
    .join(' ');

export function checkEligibility(findings: Finding[], input: Record<string, unknown>, caseType: CaseType | null): void {
  const nationality = text(input['nationality'])?.toUpperCase() ?? null;
  const reported = nationality === null ? undefined : REPORTED_UNSUPPORTED[nationality];
  if (reported) {
    findings.push({
      code: 'NATIONALITY_UNSUPPORTED',
      severity: 'warn',
      field: 'nationality',
      message: {
        en: `Users from ${reported} were reported unable to register (only the countries in Alipay's drop-down can). Ask customer service (95188) before starting.`,
        zh: `据报告，${reported === 'Yemen' ? '也门' : reported}用户无法注册（只有支付宝下拉列表中的国家可以）。开始前请致电 95188 确认。`,
      },
      source: ['S2'],
    });
  }

  if (input['formUsed'] === 'MAINLAND') {
    findings.push({
      code: 'WRONG_FORM',
      severity: 'block',
      field: 'formUsed',
      message: {
        en: 'The mainland form asks for an 18-digit Chinese ID number: go back to 立即认证 and choose 外籍 (foreign nationality).',
        zh: '大陆表单要求 18 位身份证号码：请回到“立即认证”，选择“外籍”。',
      },
      source: ['S2'],
    });
  }

  const name = text(input['name']);
  const accountName = text(input['accountName']);
  if (input['nameAlreadySet'] === true) {
    const differs = name !== null && accountName !== null && nameKey(name) !== nameKey(accountName);
    findings.push({
      code: 'NAME_LOCKED',
      severity: differs ? 'block' : 'info',
      field: 'accountName',
      message: differs
        ? {
            en: `The account already carries the name "${accountName}", which cannot be changed; verifying as "${name}" needs a new account.`,
            zh: `账户已设置姓名“${accountName}”，且无法修改；若要以“${name}”认证，须注册新账户。`,
          }
        : {
            en: 'A name already set on the account cannot be changed afterwards; use exactly that name.',
            zh: '账户上已设置的姓名之后无法修改；请完全照此填写。',
          },
      source: ['S3'],
    });
  }

  if (caseType === 'INTERNATIONAL_CARD_BINDING') {
    const holder = text(input['cardholderName']);
    if (holder !== null && name !== null && nameKey(holder) !== nameKey(name)) {
      findings.push({
        code: 'CARDHOLDER_NAME_MISMATCH',
        severity: 'block',
        field: 'cardholderName',
        message: {
          en: `The name on the card ("${holder}") must match the verified passport ("${name}").`,
          zh: `卡上的姓名（“${holder}”）须与已认证的护照姓名（“${name}”）一致。`,
        },
        source: ['W8'],
      });
    }
    if (input['cardNetwork'] === 'OTHER') {
      findings.push({
        code: 'CARD_NETWORK_UNSUPPORTED',
        severity: 'warn',
        field: 'cardNetwork',
        message: {
          en: 'Visitors can bind Visa, Mastercard, JCB, Diners Club and Discover cards; a card of another network will probably be refused.',
          zh: '访客可绑定 Visa、Mastercard、JCB、Diners Club、Discover 卡；其他卡组织的卡可能会被拒绝。',
        },
        source: ['W11'],
      });
    }
  }
}
