import { type BankCode, bankCodes, banks } from './banks';
import { type CaseType, caseTypes } from './cases';
import { type Bilingual, isRecord, isUsableDate, oneOf, type SourceTag } from './common';
import { documentChecklist, type DocumentKind, documentKinds } from './documents';
import { nameVariants } from './names';
import { ALIPAY_TIME_ZONE, daysBetween, isValidTimeZone, type LocalDate, localDateOf } from './time';

export const cardKinds = ['DEBIT', 'CREDIT', 'PASSBOOK'] as const;
export type CardKind = (typeof cardKinds)[number];
export const accountKinds = ['CURRENT', 'TIME'] as const;
export type AccountKind = (typeof accountKinds)[number];

/** What a helper knows before submitting; everything but the case type is optional. */
export type ApplicationInput = {
  caseType: CaseType;
  /** The name as it will be typed into Alipay. */
  name?: string | null;
  /** The name exactly as the bank (or the card) stores it. */
  bankName?: string | null;
  bank?: BankCode | null;
  /** ISO 3166 code of where the card was issued; CN for mainland China, HK / MO / TW apart. */
  cardIssuedIn?: string | null;
  cardKind?: CardKind | null;
  accountKind?: AccountKind | null;
  passportNumber?: string | null;
  /** Calendar dates (birth, expiry) are read as their UTC date, as `new Date('2030-01-31')` makes them. */
  passportExpiry?: Date | null;
  visaType?: string | null;
  visaExpiry?: Date | null;
  phone?: string | null;
  birthDate?: Date | null;
  documents?: DocumentKind[] | null;
};
export type ApplicationField = keyof ApplicationInput;

export type Severity = 'block' | 'warn' | 'info';

export type FindingCode =
  | 'CASE_TYPE_UNKNOWN'
  | 'NAME_INVALID_CHARS'
  | 'NAME_TOO_SHORT'
  | 'NAME_TOO_LONG_FOR_BANK'
  | 'NAME_DOT_BOC'
  | 'NAME_LATIN_ABC'
  | 'NAME_BANK_MISMATCH'
  | 'BANK_NOT_SUPPORTED'
  | 'CARD_NOT_MAINLAND'
  | 'CARD_NOT_DEBIT'
  | 'HANGZHOU_NOT_CURRENT'
  | 'PASSPORT_NUMBER_SHORT'
  | 'PHONE_INVALID'
  | 'PHONE_TOO_LONG'
  | 'PHONE_PREFIX_UNLISTED'
  | 'VISA_MISSING'
  | 'VISA_TOURIST'
  | 'DOCUMENT_EXPIRED'
  | 'DOCUMENT_EXPIRES_SOON'
  | 'UNDER_18'
  | 'DOCUMENT_MISSING';

export type Suggestion = Bilingual & { values?: string[] };

export type Finding = {
  code: FindingCode;
  severity: Severity;
  field?: ApplicationField;
  message: Bilingual;
  source: SourceTag[];
  suggestion?: Suggestion;
};

const NAME_ALLOWED = /^[\p{Script=Han}A-Za-z ·-]$/u;
const DOT_LOOKALIKES = /[・•‧∙⋅･]/g;
const LETTER_REPLACEMENTS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };
const MAX_NAME_LENGTH_EXCEPT_CMB = 20;
const EXPIRY_WARNING_DAYS = 30;
const ADULT_AGE = 18;

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
};

/** A calendar date stored in a Date: its UTC year, month and day. */
const calendarDate = (value: unknown): LocalDate | null =>
  isUsableDate(value)
    ? { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() }
    : null;

const isoDate = (date: LocalDate): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** Replace what the name field refuses: accents, apostrophes, other dots. */
function cleanName(name: string): string {
  return [...name.normalize('NFD').replace(/\p{M}/gu, '').replace(DOT_LOOKALIKES, '·').replace(/['’`´ʼ]/g, '')]
    .map((char) => LETTER_REPLACEMENTS[char] ?? (NAME_ALLOWED.test(char) ? char : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function checkName(findings: Finding[], input: Record<string, unknown>, caseType: CaseType | null, bank: BankCode | null): void {
  const name = text(input['name']);
  if (name === null) return;
  const invalid = [...new Set([...name].filter((char) => !NAME_ALLOWED.test(char)))];
  if (invalid.length > 0) {
    const cleaned = cleanName(name);
    findings.push({
      code: 'NAME_INVALID_CHARS',
      severity: 'block',
      field: 'name',
      message: {
        en: `The name may contain only Chinese characters, letters A–Z, spaces, the middle dot · and the hyphen; found ${invalid.join(' ')}.`,
        zh: `姓名只能包含汉字、英文字母、空格、间隔号“·”和连字符；发现 ${invalid.join(' ')}。`,
      },
      source: ['S2', 'S4'],
      ...(cleaned !== '' ? { suggestion: { en: 'Write it as', zh: '可改为', values: [cleaned] } } : {}),
    });
  }
  if (name.replace(/ /g, '').length < 2) {
    findings.push({
      code: 'NAME_TOO_SHORT',
      severity: 'block',
      field: 'name',
      message: { en: 'The name needs at least two characters.', zh: '姓名至少需要两个字符。' },
      source: ['S2', 'S4'],
    });
  }
  if (caseType !== 'BANK_CARD_VERIFICATION') return;
  const length = [...name].length;
  if (length > MAX_NAME_LENGTH_EXCEPT_CMB && bank !== 'CMB') {
    findings.push({
      code: 'NAME_TOO_LONG_FOR_BANK',
      severity: bank === null ? 'warn' : 'block',
      field: 'name',
      message: {
        en: `The name has ${length} letters (spaces included); over 20 only China Merchants Bank works, others answer "抱歉暂时无法操作".`,
        zh: `姓名共 ${length} 个字符（含空格）；超过 20 个时只能使用招商银行，其他银行会提示“抱歉暂时无法操作”。`,
      },
      source: ['S2', 'S4'],
      suggestion: { en: 'Use a China Merchants Bank (招商银行) card.', zh: '改用招商银行的银行卡。', values: ['CMB'] },
    });
  }
  if (bank === 'BOC' && /[·・•‧∙⋅･]/.test(name)) {
    findings.push({
      code: 'NAME_DOT_BOC',
      severity: 'block',
      field: 'name',
      message: {
        en: 'Bank of China does not accept a name with a middle dot (·).',
        zh: '中国银行不支持含间隔号“·”的姓名。',
      },
      source: ['S2', 'S4'],
    });
  }
  if (bank === 'ABC' && /[A-Za-z]/.test(name)) {
    findings.push({
      code: 'NAME_LATIN_ABC',
      severity: 'block',
      field: 'name',
      message: {
        en: 'Agricultural Bank of China cannot be used when the name contains English letters.',
        zh: '姓名含英文字母时不能使用中国农业银行。',
      },
      source: ['S2'],
    });
  }
}

function checkNameAgainstRecord(findings: Finding[], input: Record<string, unknown>, caseType: CaseType | null): void {
  const name = text(input['name']);
  const recorded = text(input['bankName']);
  if (name === null || recorded === null || name === recorded) return;
  if (caseType === 'BANK_CARD_VERIFICATION') {
    const values = [...new Set([recorded, ...nameVariants(name)])].filter((value) => value !== name);
    findings.push({
      code: 'NAME_BANK_MISMATCH',
      severity: 'warn',
      field: 'name',
      message: {
        en: `The name "${name}" differs from the bank's record "${recorded}". S3, S4 and S2's readers say it must equal the bank's record exactly (order, case, middle names, spaces); S2's article says to match the Chinese visa instead.`,
        zh: `姓名“${name}”与银行记录“${recorded}”不一致。S3、S4 及 S2 读者称须与银行记录完全一致（顺序、大小写、中间名、空格）；S2 文章则称应与中国签证一致。`,
      },
      source: ['S2', 'S3', 'S4'],
      suggestion: { en: "Use the bank's record; if it still fails, try", zh: '请使用银行记录的写法；仍失败时可尝试', values },
    });
  } else if (caseType === 'APP_PASSPORT_VERIFICATION') {
    findings.push({
      code: 'NAME_BANK_MISMATCH',
      severity: 'block',
      field: 'bankName',
      message: {
        en: `The cardholder name "${recorded}" must match the verified passport name "${name}".`,
        zh: `持卡人姓名“${recorded}”须与已认证的护照姓名“${name}”一致。`,
      },
      source: ['W'],
    });
  }
}

function checkBankCard(findings: Finding[], input: Record<string, unknown>, bank: BankCode | null, name: string | null): void {
  if (bank !== null && !banks[bank].supported && !(bank === 'ABC' && name !== null && /[A-Za-z]/.test(name))) {
    const info = banks[bank];
    // Every bank that is not fully supported carries a note saying why.
    const note = info.note as Bilingual;
    findings.push({
      code: 'BANK_NOT_SUPPORTED',
      severity: info.support === 'UNSUPPORTED' ? 'block' : 'warn',
      field: 'bank',
      message: {
        en: `${info.name.en}: ${note.en}`,
        zh: `${info.name.zh}：${note.zh}`,
      },
      source: [...info.source],
      suggestion: {
        en: 'Accepted by both S2 and S4:',
        zh: 'S2 与 S4 均列为支持：',
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
        en: cardKind === 'CREDIT' ? 'A savings (debit) card is needed, not a credit card.' : 'A savings (debit) card is needed; a passbook is not supported.',
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
        en: time ? 'Bank of Hangzhou works only with a current (活期) account, not a time deposit.' : 'Bank of Hangzhou works only with a current (活期) account; check the account kind.',
        zh: time ? '杭州银行仅支持活期账户，不支持定期。' : '杭州银行仅支持活期账户，请确认账户类型。',
      },
      source: ['S4'],
    });
  }
}

function checkPassportNumber(findings: Finding[], input: Record<string, unknown>, caseType: CaseType | null): void {
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

function checkPhone(findings: Finding[], input: Record<string, unknown>): void {
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
      message: { en: `The phone number has ${phone.length} characters; at most 20.`, zh: `电话号码共 ${phone.length} 位，最多 20 位。` },
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
    suggestion: { en: 'Put the country code in front, e.g. +852-…, +44-…', zh: '在号码前加国家/地区区号，例如 +852-…、+44-…' },
  });
}

function checkVisa(findings: Finding[], input: Record<string, unknown>, documents: DocumentKind[] | null): void {
  const visaType = text(input['visaType']);
  const hasVisaDocument = documents?.some((kind) => kind === 'VISA' || kind === 'RESIDENCE_PERMIT') ?? false;
  if (visaType === null && !hasVisaDocument) {
    findings.push({
      code: 'VISA_MISSING',
      severity: 'warn',
      field: 'visaType',
      message: {
        en: 'No Chinese visa recorded. S2 says a visa of any type (tourist L included) is required; S1, S3 and S4 ask only for the passport and the entry stamp or a residence permit.',
        zh: '未记录中国签证。S2 称需要任意类型签证（含 L 旅游签证）；S1、S3、S4 只要求护照及入境章或居留许可。',
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

function checkExpiry(findings: Finding[], field: 'passportExpiry' | 'visaExpiry', value: unknown, today: LocalDate): void {
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
        en: `The ${what.en} expires on ${isoDate(expiry)}, in ${days} days. A friend in S2 said at least 30 days are needed; customer service said any valid document works, longer is safer.`,
        zh: `${what.zh}将于 ${isoDate(expiry)} 到期（${days} 天后）。S2 中有人称至少需 30 天有效期；客服称有效即可，但越长越稳妥。`,
      },
      source: ['S2'],
    });
  }
}

function checkAge(findings: Finding[], value: unknown, today: LocalDate): void {
  const birth = calendarDate(value);
  if (birth === null) return;
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  const age = today.year - birth.year - (hadBirthday ? 0 : 1);
  if (age < ADULT_AGE) {
    findings.push({
      code: 'UNDER_18',
      severity: 'block',
      field: 'birthDate',
      message: { en: `The client is ${Math.max(age, 0)}; verification needs age 18 or over.`, zh: `客户 ${Math.max(age, 0)} 岁；实名认证须年满 18 岁。` },
      source: ['W'],
    });
  }
}

function checkDocuments(findings: Finding[], caseType: CaseType, documents: DocumentKind[]): void {
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

/**
 * Check an application before it is submitted. `asOf` (default now) gives today's date in `timeZone`
 * for expiry and age. Findings that rest on disagreeing sources warn instead of blocking.
 */
export function checkApplication(input: ApplicationInput, asOf: Date = new Date(), timeZone: string = ALIPAY_TIME_ZONE): Finding[] {
  const findings: Finding[] = [];
  const data: Record<string, unknown> = isRecord(input) ? input : {};
  const caseType = oneOf(caseTypes, data['caseType']) ? data['caseType'] : null;
  if (caseType === null) {
    findings.push({
      code: 'CASE_TYPE_UNKNOWN',
      severity: 'block',
      field: 'caseType',
      message: { en: `caseType must be one of ${caseTypes.join(', ')}.`, zh: `案件类型须为 ${caseTypes.join('、')} 之一。` },
      source: ['W'],
    });
  }
  const bank = oneOf(bankCodes, data['bank']) ? data['bank'] : null;
  const documents = Array.isArray(data['documents'])
    ? data['documents'].filter((kind): kind is DocumentKind => oneOf(documentKinds, kind))
    : null;
  const today = localDateOf(isUsableDate(asOf) ? asOf : new Date(), isValidTimeZone(timeZone) ? timeZone : ALIPAY_TIME_ZONE);

  checkName(findings, data, caseType, bank);
  checkNameAgainstRecord(findings, data, caseType);
  if (caseType === 'BANK_CARD_VERIFICATION') checkBankCard(findings, data, bank, text(data['name']));
  checkPassportNumber(findings, data, caseType);
  checkPhone(findings, data);
  if (caseType === 'BANK_CARD_VERIFICATION') checkVisa(findings, data, documents);
  checkExpiry(findings, 'passportExpiry', data['passportExpiry'], today);
  if (caseType === 'BANK_CARD_VERIFICATION') checkExpiry(findings, 'visaExpiry', data['visaExpiry'], today);
  checkAge(findings, data['birthDate'], today);
  if (caseType !== null && documents !== null) checkDocuments(findings, caseType, documents);
  return findings;
}
