import type { Bilingual } from './common';
import { cleanName } from './check-name';
import { oneOf } from './one-of';

// What the checks on an uploaded document photo found, and how to say it to the client and the helper. The API
// stores { code, severity, params }; the web renders the words below from the same params, so both sides agree.

export const documentFindingCodes = [
  /** A PDF scan: only its type and size were checked; a person has to look at it. */
  'PDF_TYPE_ONLY',
  /** Fewer pixels than a readable document photo needs (still above the hard minimum). */
  'IMAGE_LOW_RESOLUTION',
  /** Out of focus or shaken. */
  'IMAGE_BLURRY',
  /** A large blown-out (white) area: a reflection can hide the text. */
  'IMAGE_GLARE',
  /** Too dark to read reliably. */
  'IMAGE_TOO_DARK',
  /** A black-and-white copy; Alipay asks for a colour original. */
  'IMAGE_NOT_COLOUR',
  /** The phone recorded the photo sideways or upside down; it was turned upright. */
  'IMAGE_ROTATED',
  /** The photo carried its location (GPS) or other camera data; the stored copy has none. */
  'IMAGE_METADATA_REMOVED',
  /** The machine-readable lines (MRZ) at the bottom of the passport page could not be read with valid check digits. */
  'MRZ_UNREADABLE',
  /** The machine-readable lines were read and agree with the client's record. */
  'MRZ_MATCHES',
  /** The passport's name is the record's name in another order. */
  'MRZ_NAME_ORDER',
  /** The record lacks a name the passport has (often a middle name), or has one the passport lacks. */
  'MRZ_NAME_PARTS',
  /** The passport's name differs from the record's. */
  'MRZ_NAME_MISMATCH',
  /** The passport number differs from the record's (only last four characters shown). */
  'MRZ_NUMBER_MISMATCH',
  /** The passport's nationality differs from the record's. */
  'MRZ_NATIONALITY_MISMATCH',
  /** The record's nationality could not be compared (free text we do not recognise). */
  'MRZ_NATIONALITY_UNKNOWN',
  /** The passport's date of birth differs from the record's. */
  'MRZ_BIRTH_DATE_MISMATCH',
  /** The passport's expiry date differs from the record's. */
  'MRZ_EXPIRY_MISMATCH',
  /** The passport has expired. */
  'PASSPORT_EXPIRED',
  /** The passport expires within six months. */
  'PASSPORT_EXPIRES_SOON',
] as const;
export type DocumentFindingCode = (typeof documentFindingCodes)[number];

export const documentFindingSeverities = ['block', 'warn', 'info'] as const;
export type DocumentFindingSeverity = (typeof documentFindingSeverities)[number];

export type DocumentFindingParams = Readonly<Record<string, string | number>>;

export type DocumentFinding = {
  code: DocumentFindingCode;
  severity: DocumentFindingSeverity;
  params?: Record<string, string | number>;
};

/** Days before expiry under which a passport gets a warning (Alipay and banks refuse expiring documents). */
export const PASSPORT_EXPIRY_WARN_DAYS = 183;

function param(params: DocumentFindingParams | undefined, key: string, fallback = '?'): string {
  const value = typeof params === 'object' && params !== null ? params[key] : undefined;
  return value === undefined || value === null || value === '' ? fallback : String(value);
}

const retakeEn = 'Retake the photo: the whole page, flat, in focus, in good light, without flash.';
const retakeZh = '请重拍：拍全整页，放平，对焦清晰，光线充足，不要开闪光灯。';

/** The plain-language wording of each finding, from its params. */
export const documentFindingWording: Readonly<
  Record<DocumentFindingCode, (params: DocumentFindingParams | undefined) => Bilingual>
> = {
  PDF_TYPE_ONLY: () => ({
    en: 'This is a PDF scan: it was checked for type and size only. The helper will look at it.',
    zh: '这是 PDF 扫描件：只检查了文件类型和大小，助手会人工查看。',
  }),
  IMAGE_LOW_RESOLUTION: (p) => ({
    en: `The photo is small (${param(p, 'width')}×${param(p, 'height')} pixels); small print may not be readable. Take it closer, filling the frame with the page.`,
    zh: `照片尺寸较小（${param(p, 'width')}×${param(p, 'height')} 像素），小字可能看不清。请靠近拍摄，让证件页占满画面。`,
  }),
  IMAGE_BLURRY: () => ({
    en: `The photo is blurred. ${retakeEn}`,
    zh: `照片模糊。${retakeZh}`,
  }),
  IMAGE_GLARE: (p) => ({
    en: `A bright reflection covers about ${param(p, 'percent')}% of the photo and may hide text. Tilt the page or turn off the flash and retake it.`,
    zh: `照片约 ${param(p, 'percent')}% 的区域有反光，可能遮住文字。请倾斜证件或关闭闪光灯后重拍。`,
  }),
  IMAGE_TOO_DARK: () => ({
    en: 'The photo is too dark to read. Retake it in better light.',
    zh: '照片太暗，看不清。请在光线更好的地方重拍。',
  }),
  IMAGE_NOT_COLOUR: () => ({
    en: 'The photo is black and white. Alipay asks for a colour photo of the original document.',
    zh: '照片是黑白的。支付宝要求上传证件原件的彩色照片。',
  }),
  IMAGE_ROTATED: () => ({
    en: 'The photo was taken sideways or upside down; it has been turned upright.',
    zh: '照片是横着或倒着拍的，已自动转正。',
  }),
  IMAGE_METADATA_REMOVED: (p) =>
    param(p, 'gps', '') === 'yes'
      ? {
          en: 'The photo contained the place where it was taken (GPS); that and other camera data were removed from the stored copy.',
          zh: '照片中包含拍摄地点（GPS）信息；保存的副本已删除该信息及其他相机数据。',
        }
      : {
          en: 'Camera data (EXIF) was removed from the stored copy.',
          zh: '保存的副本已删除相机数据（EXIF）。',
        },
  MRZ_UNREADABLE: () => ({
    en: `The two lines of letters and < signs at the bottom of the passport page could not be read. ${retakeEn}`,
    zh: `无法识别护照信息页底部由字母和“<”组成的两行机读码。${retakeZh}`,
  }),
  MRZ_MATCHES: () => ({
    en: "The passport's machine-readable lines were read and agree with the client's record.",
    zh: '已识别护照机读码，与客户资料一致。',
  }),
  MRZ_NAME_ORDER: (p) => ({
    en: `The name on the passport reads ${param(p, 'passportName')}; the application says ${param(p, 'recordName')} — the same names in another order. Alipay compares against the passport: use its order.`,
    zh: `护照上的姓名为 ${param(p, 'passportName')}；申请资料为 ${param(p, 'recordName')}，姓名顺序不同。支付宝以护照为准，请按护照顺序填写。`,
  }),
  MRZ_NAME_PARTS: (p) => ({
    en: `The name on the passport reads ${param(p, 'passportName')}; the application says ${param(p, 'recordName')} — Alipay compares against the passport, middle names included.`,
    zh: `护照上的姓名为 ${param(p, 'passportName')}；申请资料为 ${param(p, 'recordName')}。支付宝以护照为准，中间名也须一致。`,
  }),
  MRZ_NAME_MISMATCH: (p) => ({
    en: `The name on the passport reads ${param(p, 'passportName')}; the application says ${param(p, 'recordName')} — Alipay compares against the passport.`,
    zh: `护照上的姓名为 ${param(p, 'passportName')}；申请资料为 ${param(p, 'recordName')}。支付宝以护照为准。`,
  }),
  MRZ_NUMBER_MISMATCH: (p) => ({
    en: `The passport number on the photo ends in ${param(p, 'passportLast4')}; the client's record ends in ${param(p, 'recordLast4')}. Is this the right passport?`,
    zh: `照片中的护照号码尾号为 ${param(p, 'passportLast4')}；客户资料中的尾号为 ${param(p, 'recordLast4')}。请确认是否为正确的护照。`,
  }),
  MRZ_NATIONALITY_MISMATCH: (p) => ({
    en: `The passport's nationality is ${param(p, 'passport')}; the client's record says ${param(p, 'record')}.`,
    zh: `护照上的国籍为 ${param(p, 'passport')}；客户资料为 ${param(p, 'record')}。`,
  }),
  MRZ_NATIONALITY_UNKNOWN: (p) => ({
    en: `The passport's nationality is ${param(p, 'passport')}; the client's record says "${param(p, 'record')}", which could not be compared. Check it by eye.`,
    zh: `护照上的国籍为 ${param(p, 'passport')}；客户资料为“${param(p, 'record')}”，无法自动比对，请人工核对。`,
  }),
  MRZ_BIRTH_DATE_MISMATCH: (p) => ({
    en: `The date of birth on the passport is ${param(p, 'passport')}; the client's record says ${param(p, 'record')}.`,
    zh: `护照上的出生日期为 ${param(p, 'passport')}；客户资料为 ${param(p, 'record')}。`,
  }),
  MRZ_EXPIRY_MISMATCH: (p) => ({
    en: `The passport expires on ${param(p, 'passport')}; the client's record says ${param(p, 'record')}.`,
    zh: `护照有效期至 ${param(p, 'passport')}；客户资料为 ${param(p, 'record')}。`,
  }),
  PASSPORT_EXPIRED: (p) => ({
    en: `The passport expired on ${param(p, 'expiryDate')}. Alipay does not accept an expired passport: use the new one.`,
    zh: `护照已于 ${param(p, 'expiryDate')} 过期。支付宝不接受过期护照，请使用新护照。`,
  }),
  PASSPORT_EXPIRES_SOON: (p) => ({
    en: `The passport expires in ${param(p, 'days')} days (${param(p, 'expiryDate')}).`,
    zh: `护照将在 ${param(p, 'days')} 天后（${param(p, 'expiryDate')}）过期。`,
  }),
};

/** The words for one finding, in both languages. */
export function describeDocumentFinding(finding: Pick<DocumentFinding, 'code' | 'params'>): Bilingual {
  // A stored finding from a later version (a code this one does not know) still gets words, never an exception.
  if (!oneOf(documentFindingCodes, finding?.code))
    return {
      en: 'A check of this file found something this version cannot describe.',
      zh: '对此文件的检查有一项当前版本无法说明的结果。',
    };
  return documentFindingWording[finding.code](finding.params);
}

/**
 * A client language's wording of the findings beyond en/zh (the `documentFindings` of client-case-words-<code>.ts):
 * one text per code with `{{param}}` placeholders; the metadata finding has its GPS variant, and a code this version
 * does not know has UNKNOWN.
 */
export type DocumentFindingTemplates = Readonly<
  Record<DocumentFindingCode | 'IMAGE_METADATA_REMOVED_GPS' | 'UNKNOWN', string>
>;

/** The params each finding's words use: every language's template has exactly these placeholders. */
export const documentFindingPlaceholders: Readonly<Record<keyof DocumentFindingTemplates, readonly string[]>> = {
  PDF_TYPE_ONLY: [],
  IMAGE_LOW_RESOLUTION: ['width', 'height'],
  IMAGE_BLURRY: [],
  IMAGE_GLARE: ['percent'],
  IMAGE_TOO_DARK: [],
  IMAGE_NOT_COLOUR: [],
  IMAGE_ROTATED: [],
  IMAGE_METADATA_REMOVED: [],
  IMAGE_METADATA_REMOVED_GPS: [],
  MRZ_UNREADABLE: [],
  MRZ_MATCHES: [],
  MRZ_NAME_ORDER: ['passportName', 'recordName'],
  MRZ_NAME_PARTS: ['passportName', 'recordName'],
  MRZ_NAME_MISMATCH: ['passportName', 'recordName'],
  MRZ_NUMBER_MISMATCH: ['passportLast4', 'recordLast4'],
  MRZ_NATIONALITY_MISMATCH: ['passport', 'record'],
  MRZ_NATIONALITY_UNKNOWN: ['passport', 'record'],
  MRZ_BIRTH_DATE_MISMATCH: ['passport', 'record'],
  MRZ_EXPIRY_MISMATCH: ['passport', 'record'],
  PASSPORT_EXPIRED: ['expiryDate'],
  PASSPORT_EXPIRES_SOON: ['days', 'expiryDate'],
  UNKNOWN: [],
};

/** The words for one finding from a language's templates (the same params and fallbacks as the en/zh words). */
export function describeDocumentFindingWith(
  templates: DocumentFindingTemplates,
  finding: Pick<DocumentFinding, 'code' | 'params'>,
): string {
  const key: keyof DocumentFindingTemplates = !oneOf(documentFindingCodes, finding?.code)
    ? 'UNKNOWN'
    : finding.code === 'IMAGE_METADATA_REMOVED' && param(finding.params, 'gps', '') === 'yes'
      ? 'IMAGE_METADATA_REMOVED_GPS'
      : finding.code;
  const template: unknown = typeof templates === 'object' && templates !== null ? templates[key] : undefined;
  if (typeof template !== 'string') return '';
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => param(finding.params, name));
}

const severityOrder: Readonly<Record<DocumentFindingSeverity, number>> = { block: 0, warn: 1, info: 2 };

/** Findings with the most serious first (stable otherwise). */
export function sortDocumentFindings<T extends Pick<DocumentFinding, 'severity'>>(findings: readonly T[]): T[] {
  const rank = (finding: T) => severityOrder[finding?.severity] ?? documentFindingSeverities.length;
  return Array.isArray(findings) ? [...findings].sort((a, b) => rank(a) - rank(b)) : [];
}

/** How the record's name relates to the passport's MRZ name. */
export type MrzNameComparison = 'same' | 'order' | 'parts' | 'different';

function nameTokens(name: string): string[] {
  // The MRZ writes names in A–Z only: accents dropped, apostrophes removed, hyphens and dots as separators.
  // cleanName (the name rules' own normaliser) does the first two; case and separators are folded here.
  return cleanName(typeof name === 'string' ? name : '')
    .toUpperCase()
    .split(/[\s·-]+/)
    .filter((token) => token !== '');
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

function contains(larger: readonly string[], smaller: readonly string[]): boolean {
  const left = [...larger];
  for (const token of smaller) {
    const at = left.indexOf(token);
    if (at === -1) return false;
    left.splice(at, 1);
  }
  return true;
}

/**
 * The record's name against the passport's (MRZ surname + given names). Case, accents, apostrophes, hyphens and
 * spacing do not count; order and missing or extra names do — Alipay compares the typed name with the passport.
 */
export function compareNameWithMrz(recordName: string, surname: string, givenNames: string): MrzNameComparison {
  const record = nameTokens(recordName);
  const passport = [...nameTokens(surname), ...nameTokens(givenNames)];
  if (record.join(' ') === passport.join(' ') || record.join('') === passport.join('')) return 'same';
  if (sameMultiset(record, passport)) return 'order';
  if (record.length > 0 && (contains(passport, record) || contains(record, passport))) return 'parts';
  return 'different';
}
