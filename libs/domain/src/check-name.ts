import type { BankCode } from './banks';
import type { CaseType } from './cases';
import { type Finding, text } from './check-input';
import { nameVariants } from './names';

// The name rules: the characters Alipay's name field takes, the bank-specific limits, and the name against the
// bank's (or the card's) record.

const NAME_ALLOWED = /^[\p{Script=Han}A-Za-z ·-]$/u;
const DOT_LOOKALIKES = /[・•‧∙⋅･]/g;
const LETTER_REPLACEMENTS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
};
const MAX_NAME_LENGTH_EXCEPT_CMB = 20;

/** Replace what the name field refuses: accents, apostrophes, other dots. */
export function cleanName(name: string): string {
  return [
    ...name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(DOT_LOOKALIKES, '·')
      .replace(/['’`´ʼ]/g, ''),
  ]
    .map((char) => LETTER_REPLACEMENTS[char] ?? (NAME_ALLOWED.test(char) ? char : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function checkName(
  findings: Finding[],
  input: Record<string, unknown>,
  caseType: CaseType | null,
  bank: BankCode | null,
): void {
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

export function checkNameAgainstRecord(
  findings: Finding[],
  input: Record<string, unknown>,
  caseType: CaseType | null,
): void {
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
        en: `The name "${name}" differs from the bank's record "${recorded}". The Beijinger guide, Alipay's field rules and the One-Stop readers say it must equal the bank's record exactly (order, case, middle names, spaces); the One-Stop guide itself says to match the Chinese visa instead.`,
        zh: `姓名“${name}”与银行记录“${recorded}”不一致。The Beijinger 指南、支付宝填写规则及 One-Stop 读者称须与银行记录完全一致（顺序、大小写、中间名、空格）；One-Stop 指南本身则称应与中国签证一致。`,
      },
      source: ['S2', 'S3', 'S4'],
      suggestion: {
        en: "Use the bank's record; if it still fails, try",
        zh: '请使用银行记录的写法；仍失败时可尝试',
        values,
      },
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
