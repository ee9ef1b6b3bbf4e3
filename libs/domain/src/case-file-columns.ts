import { banks, type BankCode } from './banks';
import {
  type CaseState,
  caseStateLabels,
  type CaseType,
  caseTypeShortLabels,
  type Priority,
  priorityLabels,
} from './cases';
import {
  bankVocabulary,
  type Cell,
  closestSpelling,
  type DateOrder,
  foldSpelling,
  readBank,
  readCardLast4,
  readCaseType,
  readDate,
  readLanguage,
  readPhone,
  readPriority,
  readTags,
  writePhone,
  writeTags,
} from './case-file-values';
import type { Bilingual } from './common';
import { type ClientLanguage, clientLanguageInfo, clientLanguages, type Language } from './languages';
import { type ReasonCode, reasonCodeLabels } from './reasons';

/**
 * The columns of the case file: one list for the import, the export and the template, so that what the export
 * writes the import reads back. Each column has its header in English and Chinese, the other headers people give
 * it, a reader (text → value, or a problem in words) and a writer (value → text in either language).
 *
 * Roles: `data` columns are what a file brings in (the template has exactly these); `key` columns name a client or
 * case Waiji has already (the export fills them, so a re-import of it recognises every row); `info` columns are
 * written by the export for people (state, assignee, dates) and skipped by the import.
 */

export type CaseFileValues = {
  externalRef: string;
  passportName: string;
  bankName: string;
  nationality: string;
  birthDate: string;
  passportNumber: string;
  passportExpiry: string;
  visaType: string;
  visaExpiry: string;
  phone: string;
  email: string;
  preferredLanguage: ClientLanguage;
  caseType: CaseType;
  bank: BankCode;
  cardLast4: string;
  tags: string[];
  priority: Priority;
  clientId: string;
  caseId: string;
  state: CaseState;
  assignee: string;
  passportLast4: string;
  nextDueAt: string;
  retryAfter: string;
  lastReason: ReasonCode;
  createdAt: string;
  updatedAt: string;
};
export type CaseFileColumnKey = keyof CaseFileValues;

export type CaseFileColumnRole = 'data' | 'key' | 'info';

export type ReadOptions = { dateOrder?: DateOrder | undefined };

export type CaseFileColumn<K extends CaseFileColumnKey = CaseFileColumnKey> = {
  key: K;
  role: CaseFileColumnRole;
  /** The header the export and the template write. */
  label: Bilingual;
  /** Other headers the import accepts (besides the key and both labels); compared as foldSpelling does. */
  headers: readonly string[];
  /** What the cell takes, for the template and the import dialog. */
  hint: Bilingual;
  /** The accepted values, when they are a list. */
  allowed?: (language: Language) => string[];
  /** A value the template's example row uses. */
  example?: string;
  read: (text: string, options: ReadOptions) => Cell<CaseFileValues[K]>;
  write: (value: CaseFileValues[K], language: Language) => string;
};

type AnyColumn = { [K in CaseFileColumnKey]: CaseFileColumn<K> }[CaseFileColumnKey];

const asText = (text: string): Cell<string> => ({ ok: true, value: text });
const same = (value: string) => value;

const text = <K extends CaseFileColumnKey>(
  key: K,
  role: CaseFileColumnRole,
  label: Bilingual,
  headers: readonly string[],
  hint: Bilingual,
  example?: string,
): CaseFileColumn<K> =>
  ({
    key,
    role,
    label,
    headers,
    hint,
    ...(example === undefined ? {} : { example }),
    read: asText,
    write: same,
  }) as unknown as CaseFileColumn<K>;

const DATE_HINT: Bilingual = {
  en: 'A date: 2026-03-01, also 2026/3/1, 1.3.2026, 1 Mar 2026 or 2026年3月1日',
  zh: '日期：2026-03-01，也可写 2026/3/1、1.3.2026、1 Mar 2026 或 2026年3月1日',
};
const date = <K extends 'birthDate' | 'passportExpiry' | 'visaExpiry'>(
  key: K,
  label: Bilingual,
  headers: readonly string[],
  example: string,
): CaseFileColumn<K> =>
  ({
    key,
    role: 'data',
    label,
    headers,
    hint: DATE_HINT,
    example,
    read: (value: string, options: ReadOptions) => readDate(value, options.dateOrder),
    write: same,
  }) as unknown as CaseFileColumn<K>;

const INSTANT_HINT: Bilingual = {
  en: 'Written by the export; ignored by the import',
  zh: '由导出填写；导入时忽略',
};
const info = <K extends 'assignee' | 'passportLast4' | 'nextDueAt' | 'retryAfter' | 'createdAt' | 'updatedAt'>(
  key: K,
  label: Bilingual,
  headers: readonly string[],
) => text(key, 'info', label, headers, INSTANT_HINT);

const bankLabel = (code: BankCode, language: Language) =>
  code === 'OTHER' ? banks[code].name[language] : `${banks[code].name[language]} (${code})`;

const list: AnyColumn[] = [
  text(
    'externalRef',
    'data',
    { en: 'Reference', zh: '编号' },
    [
      'external ref',
      'external reference',
      'ref',
      'student number',
      'student id',
      'student no',
      '学号',
      '外部编号',
      '参考编号',
    ],
    {
      en: 'Your own number for the client (student number…): how a later import recognises them. Required for a new client',
      zh: '你为客户编的号码（学号等）：之后再次导入时据此识别客户。新客户必填',
    },
    'STU-0001',
  ),
  text(
    'passportName',
    'data',
    { en: 'Name on passport', zh: '护照姓名' },
    [
      'name',
      'full name',
      'passport name',
      'client',
      'client name',
      'name as on passport',
      '姓名',
      '名字',
      '客户',
      '客户姓名',
    ],
    { en: 'Required. Exactly as on the passport', zh: '必填。与护照上完全一致' },
    'KIM MINJUN',
  ),
  text(
    'bankName',
    'data',
    { en: 'Name at the bank', zh: '银行预留姓名' },
    [
      'name at bank',
      'client bank name',
      'name as the bank stores it',
      'bank account name',
      '银行姓名',
      '开户姓名',
      '开户名',
    ],
    {
      en: 'The client’s name exactly as the bank stores it (not the bank)',
      zh: '银行系统里保存的客户姓名（不是银行名称）',
    },
    'KIM MINJUN',
  ),
  text(
    'nationality',
    'data',
    { en: 'Nationality', zh: '国籍' },
    ['country', 'citizenship', '国家'],
    { en: 'Free text', zh: '自由填写' },
    'Korea',
  ),
  date(
    'birthDate',
    { en: 'Date of birth', zh: '出生日期' },
    ['birth date', 'birthday', 'dob', 'born', '生日'],
    '2001-02-03',
  ),
  text(
    'passportNumber',
    'data',
    { en: 'Passport number', zh: '护照号码' },
    ['passport no', 'passport', 'passport #', '护照号', '护照'],
    {
      en: '3–20 letters and digits. Stored encrypted; the export leaves it empty',
      zh: '3–20 位字母和数字。加密保存；导出时留空',
    },
    'C01X00T47',
  ),
  date(
    'passportExpiry',
    { en: 'Passport expires', zh: '护照有效期至' },
    ['passport expiry', 'passport expiry date', 'passport valid until', '护照到期日', '护照有效期'],
    '2031-05-31',
  ),
  text(
    'visaType',
    'data',
    { en: 'Visa type', zh: '签证类型' },
    ['visa', '签证'],
    { en: 'Free text, e.g. X1', zh: '自由填写，例如 X1' },
    'X1',
  ),
  date(
    'visaExpiry',
    { en: 'Visa expires', zh: '签证有效期至' },
    ['visa expiry', 'visa expiry date', 'visa valid until', '签证到期日', '签证有效期'],
    '2027-07-15',
  ),
  {
    key: 'phone',
    role: 'data',
    label: { en: 'Phone', zh: '电话' },
    headers: [
      'phone number',
      'mobile',
      'mobile number',
      'telephone',
      'tel',
      'cell',
      '手机',
      '手机号',
      '手机号码',
      '电话号码',
    ],
    hint: {
      en: 'Digits with spaces or dashes, + and country code; an 11-digit mainland mobile needs no +86',
      zh: '数字，可含空格或横线，国际号码以 + 和国家代码开头；11 位大陆手机号可不写 +86',
    },
    example: '138 0013 8000',
    read: readPhone,
    write: writePhone,
  },
  text(
    'email',
    'data',
    { en: 'Email', zh: '邮箱' },
    ['e-mail', 'email address', 'mail', '电子邮件', '电子邮箱', '邮件'],
    { en: 'An email address', zh: '电子邮箱地址' },
    'minjun.kim@example.com',
  ),
  {
    key: 'preferredLanguage',
    role: 'data',
    label: { en: 'Language', zh: '语言' },
    headers: ['preferred language', 'lang', '首选语言', '沟通语言'],
    hint: { en: 'The language of the client’s emails; English if empty', zh: '客户邮件的语言；留空则为英文' },
    allowed: (language) => clientLanguages.map((code) => clientLanguageInfo[code].label[language]),
    example: 'English',
    read: (value) => readLanguage(value),
    write: (value, language) => clientLanguageInfo[value].label[language],
  },
  {
    key: 'caseType',
    role: 'data',
    label: { en: 'Case type', zh: '案件类型' },
    headers: ['type', 'case', '类型', '案件', '业务类型'],
    hint: {
      en: 'Empty for a client without a case; required with a bank, card, tags or priority',
      zh: '只录入客户时留空；填写银行、卡号、标签或优先级时必填',
    },
    allowed: (language) =>
      (Object.keys(caseTypeShortLabels) as CaseType[]).map((type) => caseTypeShortLabels[type][language]),
    example: 'Bank card',
    read: (value) => readCaseType(value),
    write: (value, language) => caseTypeShortLabels[value][language],
  },
  {
    key: 'bank',
    role: 'data',
    label: { en: 'Bank', zh: '银行' },
    headers: ['bank code', 'issuing bank', 'card bank', '开户行', '开户银行', '发卡行', '银行名称'],
    hint: { en: 'The bank of the card: its name or abbreviation', zh: '银行卡所属银行：名称或缩写' },
    allowed: (language) => (Object.keys(banks) as BankCode[]).map((code) => bankLabel(code, language)),
    example: 'Bank of China',
    read: (value) => readBank(value),
    write: (value, language) => banks[value].name[language],
  },
  {
    key: 'cardLast4',
    role: 'data',
    label: { en: 'Card last 4', zh: '卡号后四位' },
    headers: ['card last four', 'last 4', 'last four', 'card', 'card number last 4', '卡号后4位', '后四位', '尾号'],
    hint: { en: 'Only the last 4 digits, never the full card number', zh: '只填后 4 位，切勿填写完整卡号' },
    example: '0042',
    read: readCardLast4,
    write: same,
  },
  {
    key: 'tags',
    role: 'data',
    label: { en: 'Tags', zh: '标签' },
    headers: ['tag', 'labels', '标记'],
    hint: { en: 'Separated by commas or semicolons', zh: '用逗号或分号分隔' },
    example: 'cohort-2026, exchange',
    read: readTags,
    write: (value) => writeTags(value),
  },
  {
    key: 'priority',
    role: 'data',
    label: { en: 'Priority', zh: '优先级' },
    headers: ['urgency', '紧急程度'],
    hint: { en: 'Normal if empty', zh: '留空则为普通' },
    allowed: (language) => (Object.keys(priorityLabels) as Priority[]).map((code) => priorityLabels[code][language]),
    example: 'High',
    read: (value) => readPriority(value),
    write: (value, language) => priorityLabels[value][language],
  },
  text('clientId', 'key', { en: 'Client ID', zh: '客户 ID' }, ['client uuid', '客户编号 ID'], {
    en: 'Filled by the export: the row’s client in Waiji. Leave empty for a new client',
    zh: '由导出填写：该行在 Waiji 中对应的客户。新客户留空',
  }),
  text('caseId', 'key', { en: 'Case ID', zh: '案件 ID' }, ['id', 'case uuid'], {
    en: 'Filled by the export: the row’s case in Waiji. Leave empty for a new case',
    zh: '由导出填写：该行在 Waiji 中对应的案件。新案件留空',
  }),
  {
    key: 'state',
    role: 'info',
    label: { en: 'State', zh: '状态' },
    headers: ['status', '案件状态'],
    hint: INSTANT_HINT,
    read: asText as (value: string) => Cell<CaseState>,
    write: (value, language) => caseStateLabels[value][language],
  },
  info('assignee', { en: 'Assignee', zh: '负责人' }, ['assigned to', 'helper', '经办人']),
  info('passportLast4', { en: 'Passport last 4', zh: '护照后四位' }, ['passport last four']),
  info('nextDueAt', { en: 'Next due', zh: '下次到期' }, ['next due at', 'due', '到期']),
  info('retryAfter', { en: 'Retry after', zh: '可重试时间' }, ['retry']),
  {
    key: 'lastReason',
    role: 'info',
    label: { en: 'Last reason', zh: '最近原因' },
    headers: ['last reason code', 'reason', '原因'],
    hint: INSTANT_HINT,
    read: asText as (value: string) => Cell<ReasonCode>,
    write: (value, language) => reasonCodeLabels[value][language],
  },
  info('createdAt', { en: 'Created', zh: '创建时间' }, ['created at', '创建']),
  info('updatedAt', { en: 'Updated', zh: '更新时间' }, ['updated at', '更新']),
];

/** The columns in the order the export and the template write them. */
export const caseFileColumns: readonly AnyColumn[] = list;

export const caseFileColumn = <K extends CaseFileColumnKey>(key: K): CaseFileColumn<K> =>
  list.find((column) => column.key === key) as unknown as CaseFileColumn<K>;

/** Columns a file must have: the passport name; a client key (Reference, Client ID or Case ID) is checked per row. */
export const requiredCaseFileColumns: readonly CaseFileColumnKey[] = ['passportName'];

const headerIndex = new Map<string, CaseFileColumnKey>();
for (const column of list) {
  for (const header of [column.key, column.label.en, column.label.zh, ...column.headers]) {
    const folded = foldSpelling(header);
    if (!headerIndex.has(folded)) headerIndex.set(folded, column.key);
  }
}
const headerSpellings = list.flatMap((column) => [column.label.en, column.label.zh, column.key]);

/** The column a header names (its key, either label or a synonym, in any case and spacing), or the nearest one. */
export function readHeader(header: string): { key: CaseFileColumnKey } | { key?: undefined; suggestion?: string } {
  const key = headerIndex.get(foldSpelling(header));
  if (key) return { key };
  const suggestion = closestSpelling(header, headerSpellings);
  return suggestion === undefined ? {} : { suggestion };
}

/**
 * A name-at-bank cell that names a bank instead: the bank went into the wrong column. Only a value that says "bank"
 * (银行) counts: short forms such as 平安 or 民生 are also people's names.
 */
export const looksLikeBank = (value: string): BankCode | undefined =>
  typeof value === 'string' && /bank|银行/i.test(value) ? bankVocabulary.find(value) : undefined;
