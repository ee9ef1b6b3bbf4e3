import type { CaseType } from './cases';
import { calendarDate, type Finding, isoDate, text } from './check-input';
import type { SourceTag } from './sources';
import { documentChecklist, type DocumentKind } from './documents';
import { daysBetween, type LocalDate } from './time';

// The identity rules: passport number, phone, visa, document validity, age and the documents to upload.

const EXPIRY_WARNING_DAYS = 30;
const ADULT_AGE = 18;

export function checkPassportNumber(
  findings: Finding[],
  input: Record<string, unknown>,
  caseType: CaseType | null,
): void {
  const number = text(input['passportNumber'])?.replace(/ /g, '') ?? null;
  if (number === null || number.length >= 8) return;
  findings.push({
    code: 'PASSPORT_NUMBER_SHORT',
    severity: caseType === 'BANK_CARD_VERIFICATION' ? 'block' : 'warn',
    field: 'passportNumber',
    message: {
      en: `The passport number has ${number.length} characters; Alipay's 外籍 form needs at least 8 — pad it with leading zeros.`,
      zh: `护照号码只有 ${number.length} 位；外籍认证表单至少需要 8 位，请在前面补 0。`,
    },
    source: ['S2'],
    suggestion: { en: 'Enter', zh: '填写', values: [number.padStart(8, '0')] },
  });
}

export function checkPhone(findings: Finding[], input: Record<string, unknown>): void {
  const phone = typeof input['phone'] === 'string' ? input['phone'].trim() : '';
  if (phone === '') return;
  const source: SourceTag[] = ['S2', 'S4'];
  if (!/^\+?[0-9-]+$/.test(phone)) {
    const digits = phone.replace(/[^0-9+-]/g, '');
    findings.push({
      code: 'PHONE_INVALID',
      severity: 'block',
      field: 'phone',
      message: {
        en: 'The phone number may contain only digits, "-" and a leading "+".',
        zh: '电话号码只能包含数字、“-”和开头的“+”。',
      },
      source,
      ...(/^\+?[0-9-]+$/.test(digits) ? { suggestion: { en: 'Enter', zh: '填写', values: [digits] } } : {}),
    });
    return;
  }
  if (phone.length > 20) {
    findings.push({
      code: 'PHONE_TOO_LONG',
      severity: 'block',
      field: 'phone',
      message: {
        en: `The phone number has ${phone.length} characters; at most 20.`,
        zh: `电话号码共 ${phone.length} 位，最多 20 位。`,
      },
      source,
    });
  }
  const digits = phone.replace(/-/g, '');
  if (/^(?:\+|00|0)/.test(digits)) return;
  if (/^1\d{10}$/.test(digits)) {
    if (!/^1[3458]/.test(digits)) {
      findings.push({
        code: 'PHONE_PREFIX_UNLISTED',
        severity: 'warn',
        field: 'phone',
        message: {
          en: 'The 2015 rules list mainland mobiles starting 13, 14, 15 or 18; newer prefixes are probably accepted today.',
          zh: '2015 年的规则只列出 13、14、15、18 开头的大陆手机号；较新的号段现在可能已支持。',
        },
        source,
      });
    }
    return;
  }
  findings.push({
    code: 'PHONE_INVALID',
    severity: 'block',
    field: 'phone',
    message: {
      en: 'Not a mainland mobile (11 digits starting 13, 14, 15 or 18): numbers abroad, in Hong Kong, Macao or Taiwan need the international code.',
      zh: '不是大陆手机号（13、14、15、18 开头的 11 位）：境外及港澳台号码须加国际区号。',
    },
    source,
    suggestion: {
      en: 'Put the country code in front, e.g. +852-…, +44-…',
      zh: '在号码前加国家/地区区号，例如 +852-…、+44-…',
    },
  });
}

export function checkVisa(findings: Finding[], input: Record<string, unknown>, documents: DocumentKind[] | null): void {
  const visaType = text(input['visaType']);
  const hasVisaDocument = documents?.some((kind) => kind === 'VISA' || kind === 'RESIDENCE_PERMIT') ?? false;
  if (visaType === null && !hasVisaDocument) {
    findings.push({
      code: 'VISA_MISSING',
      severity: 'warn',
      field: 'visaType',
      message: {
        en: 'No Chinese visa recorded. The One-Stop guide says a visa of any type (tourist L included) is required; the howtotao.com and Beijinger guides and Alipay’s field rules ask only for the passport and the entry stamp or a residence permit.',
        zh: '未记录中国签证。One-Stop 指南称需要任意类型签证（含 L 旅游签证）；howtotao.com、The Beijinger 指南及支付宝填写规则只要求护照及入境章或居留许可。',
      },
      source: ['S1', 'S2', 'S3', 'S4'],
    });
  }
  if (visaType !== null && /^l\b|^l$|tourist|旅游/i.test(visaType)) {
    findings.push({
      code: 'VISA_TOURIST',
      severity: 'warn',
      field: 'visaType',
      message: {
        en: 'A tourist (L) visa is allowed, but one user was rejected three times with it; send the entry stamp too.',
        zh: '旅游签证（L）可以使用，但有用户因此被拒三次；请同时提供入境章。',
      },
      source: ['S2'],
    });
  }
}

export function checkExpiry(
  findings: Finding[],
  field: 'passportExpiry' | 'visaExpiry',
  value: unknown,
  today: LocalDate,
): void {
  const expiry = calendarDate(value);
  if (expiry === null) return;
  const days = daysBetween(today, expiry);
  const what = field === 'passportExpiry' ? { en: 'passport', zh: '护照' } : { en: 'visa', zh: '签证' };
  if (days < 0) {
    findings.push({
      code: 'DOCUMENT_EXPIRED',
      severity: 'block',
      field,
      message: { en: `The ${what.en} expired on ${isoDate(expiry)}.`, zh: `${what.zh}已于 ${isoDate(expiry)} 过期。` },
      source: ['S2'],
    });
  } else if (days < EXPIRY_WARNING_DAYS) {
    findings.push({
      code: 'DOCUMENT_EXPIRES_SOON',
      severity: 'warn',
      field,
      message: {
        en: `The ${what.en} expires on ${isoDate(expiry)}, in ${days} days. A One-Stop reader said at least 30 days are needed; customer service said any valid document works, longer is safer.`,
        zh: `${what.zh}将于 ${isoDate(expiry)} 到期（${days} 天后）。One-Stop 读者中有人称至少需 30 天有效期；客服称有效即可，但越长越稳妥。`,
      },
      source: ['S2'],
    });
  }
}

export function checkAge(findings: Finding[], value: unknown, today: LocalDate): void {
  const birth = calendarDate(value);
  if (birth === null) return;
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  const age = today.year - birth.year - (hadBirthday ? 0 : 1);
  if (age < ADULT_AGE) {
    findings.push({
      code: 'UNDER_18',
      severity: 'block',
      field: 'birthDate',
      message: {
        en: `The client is ${Math.max(age, 0)}; verification needs age 18 or over.`,
        zh: `客户 ${Math.max(age, 0)} 岁；实名认证须年满 18 岁。`,
      },
      source: ['W'],
    });
  }
}

export function checkDocuments(findings: Finding[], caseType: CaseType, documents: DocumentKind[]): void {
  for (const item of documentChecklist(caseType)) {
    if (item.anyOf.some((kind) => documents.includes(kind))) continue;
    findings.push({
      code: 'DOCUMENT_MISSING',
      severity: item.required ? 'block' : 'warn',
      field: 'documents',
      message: {
        en: `${item.required ? 'Missing' : 'Recommended'}: ${item.label.en}. ${item.note.en}`,
        zh: `${item.required ? '缺少' : '建议提供'}：${item.label.zh}。${item.note.zh}`,
      },
      source: [...item.source],
      suggestion: { en: 'Add', zh: '补充', values: [...item.anyOf] },
    });
  }
}
