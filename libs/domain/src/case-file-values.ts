import { type BankCode, bankCodes, banks } from './banks';
import {
  type CaseType,
  caseTypeLabels,
  caseTypes,
  caseTypeShortLabels,
  type Priority,
  priorities,
  priorityLabels,
} from './cases';
import type { Bilingual } from './common';
import { type ClientLanguage, clientLanguageInfo, clientLanguages } from './languages';

/**
 * Reading one cell of a file people wrote (an import, an export edited in a spreadsheet): codes, English and Chinese
 * labels and the synonyms people use, dates in the usual formats, phone numbers with spaces, lists of tags. Each
 * reader answers the value or a problem in plain words, with the nearest accepted spelling when one is close.
 */

export type CellProblem = { message: Bilingual; suggestion?: string };
export type Cell<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const refuse = <T>(message: Bilingual, suggestion?: string): Cell<T> => ({
  ok: false,
  problem: suggestion === undefined ? { message } : { message, suggestion },
});

/** Cells come from outside: anything but a string reads as empty (the domain never throws). */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** How spellings are compared: full-width folded (NFKC), lower case, letters and digits only. */
export function foldSpelling(text: string): string {
  return textOf(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions) between two folded spellings. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(textOf(a));
  const t = Array.from(textOf(b));
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The accepted spelling nearest to `text` when it is close enough to be a slip (one edit per four letters, at least
 * one); none for spellings under three letters, where everything is one edit from something.
 */
export function closestSpelling(text: string, spellings: readonly string[]): string | undefined {
  const folded = foldSpelling(text);
  if (Array.from(folded).length < 3) return undefined;
  const allowed = Math.max(1, Math.floor(Array.from(folded).length / 4));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const spelling of Array.isArray(spellings) ? spellings : []) {
    const candidate = foldSpelling(spelling);
    if (Array.from(candidate).length < 3 || Math.abs(candidate.length - folded.length) >= bestDistance) continue;
    const distance = editDistance(folded, candidate);
    if (distance < bestDistance) {
      best = spelling;
      bestDistance = distance;
    }
  }
  return best;
}

/** Codes and every way of writing them; a spelling names one code only (the table test checks). */
export class Vocabulary<T extends string> {
  private readonly byFolded = new Map<string, T>();
  /** Every accepted spelling, the canonical ones (code, labels) of each code first. */
  readonly spellings: readonly string[];

  constructor(names: Readonly<Record<T, readonly string[]>>) {
    const spellings: string[] = [];
    for (const [code, list] of Object.entries(names) as [T, readonly string[]][]) {
      for (const name of [code, ...list]) {
        const folded = foldSpelling(name);
        if (folded === '' || this.byFolded.has(folded)) continue;
        this.byFolded.set(folded, code);
        spellings.push(name);
      }
    }
    this.spellings = spellings;
  }

  /** Spellings already looked up: a file writes the same few values on thousands of rows. */
  private readonly seen = new Map<string, T | null>();

  /** The code a spelling names, if any; "Bank of China (BOC)" names BOC when its two halves agree. */
  find(text: string): T | undefined {
    const raw = textOf(text);
    const known = this.seen.get(raw);
    if (known !== undefined) return known ?? undefined;
    const code = this.lookUp(raw);
    if (this.seen.size < 1_000) this.seen.set(raw, code ?? null);
    return code;
  }

  private lookUp(text: string): T | undefined {
    const code = this.byFolded.get(foldSpelling(text));
    if (code !== undefined) return code;
    const parts = /^(.*?)[(（]([^()（）]*)[)）]\s*$/.exec(textOf(text));
    if (!parts) return undefined;
    const outside = this.byFolded.get(foldSpelling(parts[1] ?? ''));
    const inside = this.byFolded.get(foldSpelling(parts[2] ?? ''));
    return outside !== undefined && inside !== undefined && outside !== inside ? undefined : (outside ?? inside);
  }

  /** Every folded spelling with its code (for the test that no spelling names two codes). */
  entries(): [string, T][] {
    return [...this.byFolded.entries()];
  }

  read(input: string, unknown: (text: string) => Bilingual): Cell<T> {
    const text = textOf(input);
    const code = this.find(text);
    return code === undefined ? refuse(unknown(text), closestSpelling(text, this.spellings)) : ok(code);
  }
}

const labelsOf = <T extends string>(list: readonly T[], ...tables: Readonly<Record<T, Bilingual>>[]) =>
  Object.fromEntries(list.map((code) => [code, tables.flatMap((table) => [table[code].en, table[code].zh])])) as Record<
    T,
    string[]
  >;

const withSynonyms = <T extends string>(
  labels: Record<T, string[]>,
  synonyms: Readonly<Record<T, readonly string[]>>,
) =>
  Object.fromEntries(
    (Object.keys(labels) as T[]).map((code) => [code, [...labels[code], ...synonyms[code]]]),
  ) as Record<T, string[]>;

/** What people call the case types besides their labels. */
const caseTypeSynonyms: Readonly<Record<CaseType, readonly string[]>> = {
  BANK_CARD_VERIFICATION: [
    'bank card verification',
    'card verification',
    'real-name verification',
    'mainland bank card',
    'bank',
    'card',
    '银行卡',
    '银行卡验证',
    '实名认证',
    '外籍实名认证',
    '打款验证',
  ],
  APP_PASSPORT_VERIFICATION: [
    'passport in app',
    'in-app passport verification',
    'app passport',
    'passport verification',
    'passport',
    'international card',
    '护照认证',
    '护照验证',
    '护照',
    '境外银行卡',
  ],
  RESTRICTION_APPEAL: [
    'appeal',
    'restriction',
    'account restriction',
    'account appeal',
    'restricted account',
    '申诉',
    '账户申诉',
    '账户限制',
    '解除限制',
  ],
  PASSPORT_SCAN_VERIFICATION: ['passport scan', 'scan', 'nfc', 'mrz', '护照扫描', '扫描认证', '实名认证2026'],
  INTERNATIONAL_CARD_BINDING: [
    'international card binding',
    'foreign card',
    'visa card',
    'mastercard',
    '3ds',
    '3-d secure',
    '境外卡',
    '境外卡绑定',
    '绑定境外卡',
  ],
  MAINLAND_CARD_QUICK_BINDING: ['quick binding', 'quick bind', 'quick card binding', '快捷绑卡', '快捷绑定', '绑卡'],
  DOCUMENT_UPDATE: [
    'document update',
    'id expired',
    'passport renewal',
    'renewed passport',
    '证件更新',
    '证件过期',
    '重传',
  ],
  RESTRICTION_APPEAL_AGENT: [
    'agent appeal',
    'human agent appeal',
    'appeal via agent',
    'restriction appeal agent',
    '人工申诉',
    '人工客服申诉',
    '转人工申诉',
  ],
};

/** Abbreviations and short names of the banks, in English and Chinese. */
const bankSynonyms: Readonly<Record<BankCode, readonly string[]>> = {
  BOC: ['中行', 'BoC Bank'],
  CMB: ['招行', 'China Merchants', 'Merchants Bank', 'CMB Bank'],
  ICBC: ['工行', '工商银行', 'Industrial and Commercial Bank', 'ICBC Bank'],
  ABC: ['农行', '农业银行', 'Agricultural Bank', 'AgBank'],
  CCB: ['建行', '建设银行', 'Construction Bank'],
  CITIC: ['中信', 'CITIC Bank', 'China CITIC'],
  CGB: ['广发', 'Guangfa Bank', 'GDB', 'Guangdong Development Bank', '广东发展银行'],
  CMBC: ['民生', '民生银行', 'Minsheng Bank', 'China Minsheng'],
  CEB: ['光大', '光大银行', 'Everbright Bank', 'China Everbright'],
  HZB: ['杭州', 'Hangzhou Bank', 'HZ Bank'],
  CIB: ['兴业', 'CIB Bank'],
  PAB: ['平安', 'Ping An', 'PingAn Bank'],
  PSBC: ['邮储', '邮储银行', '邮政储蓄银行', '邮政银行', 'Postal Savings Bank', 'Postal Savings', 'China Post Bank'],
  SPDB: ['浦发', '浦发银行', 'SPD Bank', 'Pudong Development Bank', 'Shanghai Pudong Bank'],
  BOCOM: ['交行', '交通', 'BoComm', 'BCM', 'Bank of Comm', 'Communications Bank'],
  OTHER: ['Other', '其他', '其它', '其它银行'],
};

const prioritySynonyms: Readonly<Record<Priority, readonly string[]>> = {
  LOW: ['low priority', '低优先级', '不急'],
  NORMAL: ['medium', 'normal priority', 'standard', '中', '一般', '正常'],
  HIGH: ['high priority', 'important', '高优先级', '重要'],
  URGENT: ['very high', 'critical', 'asap', '加急', '特急', '非常紧急'],
};

// A client's language: its English and Chinese names, its own name, its ISO code, and what people also type.
const languageSynonyms: Readonly<Record<ClientLanguage, readonly string[]>> = {
  en: ['eng', 'english (en)', '英语', '英文版', '英'],
  zh: ['chinese (zh)', 'mandarin', 'simplified chinese', 'zh-cn', 'zh-hans', '汉语', '简体中文', '普通话', '中'],
  ko: ['kor', 'ko-kr', '韩文', '朝鲜语', '韓國語'],
  ru: ['rus', 'ru-ru', '俄文', 'russkiy'],
  ja: ['jpn', 'ja-jp', '日文', 'nihongo'],
  th: ['tha', 'th-th', '泰文', 'thai language'],
  id: ['ind', 'id-id', 'bahasa', 'indonesia', '印尼文', '印度尼西亚语'],
  es: ['spa', 'es-es', 'castellano', 'espanol', '西语'],
  fr: ['fra', 'fr-fr', 'francais', '法文'],
  de: ['deu', 'ger', 'de-de', 'deutsch', '德文'],
  ar: ['ara', 'ar-sa', '阿拉伯文', 'arabi'],
};

const clientLanguageNames = Object.fromEntries(
  clientLanguages.map((code) => {
    const info = clientLanguageInfo[code];
    return [code, [info.label.en, info.label.zh, info.own, code]];
  }),
) as Record<ClientLanguage, string[]>;

const bankNames = Object.fromEntries(
  bankCodes.map((code) => [code, [banks[code].name.en, banks[code].name.zh]]),
) as Record<BankCode, string[]>;

export const caseTypeVocabulary = new Vocabulary<CaseType>(
  withSynonyms(labelsOf(caseTypes, caseTypeShortLabels, caseTypeLabels), caseTypeSynonyms),
);
export const bankVocabulary = new Vocabulary<BankCode>(withSynonyms(bankNames, bankSynonyms));
export const priorityVocabulary = new Vocabulary<Priority>(
  withSynonyms(labelsOf(priorities, priorityLabels), prioritySynonyms),
);
export const languageVocabulary = new Vocabulary<ClientLanguage>(withSynonyms(clientLanguageNames, languageSynonyms));

export const readCaseType = (text: string): Cell<CaseType> =>
  caseTypeVocabulary.read(text, (value) => ({
    en: `'${value}' is not a case type we know`,
    zh: `“${value}”不是已知的案件类型`,
  }));

export const readBank = (text: string): Cell<BankCode> =>
  bankVocabulary.read(text, (value) => ({ en: `'${value}' is not a bank we know`, zh: `“${value}”不是已知的银行` }));

export const readPriority = (text: string): Cell<Priority> =>
  priorityVocabulary.read(text, (value) => ({
    en: `'${value}' is not a priority we know`,
    zh: `“${value}”不是已知的优先级`,
  }));

export const readLanguage = (text: string): Cell<ClientLanguage> =>
  languageVocabulary.read(text, (value) => ({
    en: `'${value}' is not a language Waiji writes to clients in (${clientLanguages.map((code) => clientLanguageInfo[code].label.en).join(', ')})`,
    zh: `“${value}”不是 Waiji 给客户使用的语言（${clientLanguages.map((code) => clientLanguageInfo[code].label.zh).join('、')}）`,
  }));

// ------------------------------------------------------------------------------------------------------------ dates

/**
 * Which number comes first in a date like 3/1/2026, which is 3 January in most of the world and 1 March in the US.
 * Unknown: such a date is refused unless one of its numbers is over 12.
 */
export type DateOrder = 'DMY' | 'MDY';
export const dateOrders: readonly DateOrder[] = ['DMY', 'MDY'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (value: number) => String(value).padStart(2, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

const monthOf = (name: string): number | undefined => {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
};

const notADate = (text: string): Bilingual => ({
  en: `'${text}' is not a date we can read; write it as YYYY-MM-DD, e.g. 2026-03-01`,
  zh: `“${text}”不是可识别的日期；请写成 YYYY-MM-DD，例如 2026-03-01`,
});

function calendarDay(text: string, year: number, month: number, day: number): Cell<string> {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return refuse({ en: `'${text}' is not a day of the calendar`, zh: `“${text}”不是日历上的日期` });
  }
  return ok(isoDate(year, month, day));
}

/**
 * A calendar date as YYYY-MM-DD, read from YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, 2026年3月1日, DD.MM.YYYY (day first,
 * as everywhere dots are used), 1 Mar 2026, March 1, 2026, and D/M/YYYY or M/D/YYYY: when both numbers are 12 or
 * under, `order` decides (the uploader's regional format, which is what a spreadsheet writes); without it such a date
 * is refused with both readings. A time after the date (spreadsheets add 0:00) is ignored; two-digit years are not
 * guessed.
 */
export function readDate(input: string, order?: DateOrder): Cell<string> {
  const text = textOf(input);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return calendarDay(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const value = textOf(text)
    .normalize('NFKC')
    .trim()
    .replace(/(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?)$/, '');
  let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  if (match) return calendarDay(text, Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (match) return calendarDay(text, Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[-\s]+([A-Za-z]{3,9})\.?[-\s,]+(\d{4})$/.exec(value);
  if (match && monthOf(match[2] ?? ''))
    return calendarDay(text, Number(match[3]), monthOf(match[2] ?? '') ?? 0, Number(match[1]));
  match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  if (match && monthOf(match[1] ?? ''))
    return calendarDay(text, Number(match[3]), monthOf(match[1] ?? '') ?? 0, Number(match[2]));
  match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(value);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = Number(match[3]);
    if (first > 12 || (order === 'DMY' && second <= 12)) return calendarDay(text, year, second, first);
    if (second > 12 || order === 'MDY' || first === second) return calendarDay(text, year, first, second);
    return refuse({
      en: `'${text}' could be ${isoDate(year, second, first)} or ${isoDate(year, first, second)}; write it as YYYY-MM-DD`,
      zh: `“${text}”可能是 ${isoDate(year, second, first)}，也可能是 ${isoDate(year, first, second)}；请写成 YYYY-MM-DD`,
    });
  }
  return refuse(notADate(text));
}

// ----------------------------------------------------------------------------------------------------- phone, card

/**
 * A phone number with its separators made regular: digits in the writer's groups, separated by single spaces, with
 * + for an international number (00 counts as +). A mainland mobile number (11 digits from 13 to 19, with or
 * without +86) is written +86 138 0013 8000. Refused: letters, a + in the middle, under 5 or over 15 digits, and the
 * 8.6E+12 a spreadsheet makes of a number typed without spaces.
 */
export function readPhone(input: string): Cell<string> {
  const text = textOf(input);
  const value = textOf(text).normalize('NFKC').trim();
  if (/^\+?\d+(?:[.,]\d+)?[eE]\+?\d+$/.test(value)) {
    return refuse({
      en: `'${text}' is what a spreadsheet makes of a long number: format the column as text and type the number again`,
      zh: `“${text}”是电子表格把长数字变成的科学计数法：请将该列设为文本格式，然后重新输入号码`,
    });
  }
  if (!/^\+?[\d\s\-()./]+$/.test(value)) {
    return refuse({
      en: `'${text}' is not a phone number: digits only, with spaces, dashes or brackets and a leading +`,
      zh: `“${text}”不是电话号码：只能包含数字、空格、横线、括号和开头的 +`,
    });
  }
  let groups = value.split(/[^\d+]+/).filter((group) => group !== '');
  let international = value.startsWith('+');
  if (!international && /^00\d/.test(groups[0] ?? '')) {
    international = true;
    groups = groups[0] === '00' ? groups.slice(1) : [(groups[0] ?? '').slice(2), ...groups.slice(1)];
  }
  groups = groups.map((group) => group.replace(/^\+/, '')).filter((group) => group !== '');
  const digits = groups.join('');
  if (digits.length < 5 || digits.length > 15) {
    return refuse({
      en: `'${text}' has ${digits.length} digits; a phone number has 5 to 15`,
      zh: `“${text}”有 ${digits.length} 位数字；电话号码应为 5 到 15 位`,
    });
  }
  const mobile = /^(?:86)?(1[3-9]\d{9})$/.exec(digits);
  if (mobile && (international ? digits.startsWith('86') : digits.length === 11)) {
    const number = mobile[1] ?? '';
    return ok(`+86 ${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`);
  }
  return ok(`${international ? '+' : ''}${groups.join(' ')}`);
}

/**
 * A phone number as a file holds it without a leading + (which a spreadsheet reads as a formula): a mainland mobile
 * in its national form (138 0013 8000), any other international number with 00 for +. readPhone reads both back as
 * the number they came from.
 */
export function writePhone(phone: string): string {
  const value = textOf(phone).trim();
  const mobile = /^\+86 (1[3-9]\d \d{4} \d{4})$/.exec(value);
  if (mobile) return mobile[1] ?? value;
  return value.replace(/^\+\s*/, '00');
}

/**
 * The last 4 digits of a card. 1 to 3 digits are padded with zeros: that is what a spreadsheet leaves of 0042. More
 * digits are refused without repeating them (a full card number is never stored or echoed).
 */
export function readCardLast4(input: string): Cell<string> {
  const text = textOf(input);
  const digits = textOf(text).normalize('NFKC').replace(/[\s-]/g, '');
  if (/^\d{1,4}$/.test(digits)) return ok(digits.padStart(4, '0'));
  if (/^\d{5,}$/.test(digits)) {
    return refuse({
      en: 'must be only the last 4 digits of the card, never the full number',
      zh: '只能填写银行卡号的后 4 位，切勿填写完整卡号',
    });
  }
  return refuse({ en: 'must be the last 4 digits of the card, e.g. 0042', zh: '须为银行卡号的后 4 位数字，例如 0042' });
}

/** Tags separated by commas, semicolons (also their full-width forms), 、 or |; blanks and repeats dropped. */
export function readTags(input: string): Cell<string[]> {
  const text = textOf(input);
  const tags = textOf(text)
    .split(/[,;，；、|]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return ok([...new Set(tags)]);
}

/** How a list of tags is written back into a cell: readTags reads it as the same list. */
export const writeTags = (tags: readonly string[]): string =>
  Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string').join(', ') : '';
