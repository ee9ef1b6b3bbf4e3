import type { BankCode } from './banks';
import type { CaseType } from './cases';
import { type Bilingual, isUsableDate } from './common';
import { type SourceTag } from './sources';
import type { DocumentKind } from './documents';
import type { LocalDate } from './time';
import type { CardNetwork } from './machine-table';

// What the pre-submission checks read and report, and how they read an input value. The rules are in
// check-name.ts, check-card.ts and check-identity.ts; checkApplication (checks.ts) runs them.

export const cardKinds = ['DEBIT', 'CREDIT', 'PASSBOOK'] as const;
export type CardKind = (typeof cardKinds)[number];
export const accountKinds = ['CURRENT', 'TIME'] as const;
export type AccountKind = (typeof accountKinds)[number];
/** Which identity form was used: 外籍 (foreign nationality) or the mainland one that wants an 18-digit ID (S2). */
export const formsUsed = ['FOREIGN', 'MAINLAND'] as const;
export type FormUsed = (typeof formsUsed)[number];

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
  /** ISO 3166 alpha-2 code or the country's English name. */
  nationality?: string | null;
  formUsed?: FormUsed | null;
  /** The account already carries a name (it cannot be changed afterwards, S3). */
  nameAlreadySet?: boolean | null;
  /** That name, when known. */
  accountName?: string | null;
  /** International card: the name on the card, and its network. */
  cardholderName?: string | null;
  cardNetwork?: CardNetwork | null;
};
export type ApplicationField = keyof ApplicationInput;

// A record rather than a list, so the compiler refuses one that misses a field of ApplicationInput (or names another).
const applicationFieldRecord: Record<ApplicationField, true> = {
  caseType: true,
  name: true,
  bankName: true,
  bank: true,
  cardIssuedIn: true,
  cardKind: true,
  accountKind: true,
  passportNumber: true,
  passportExpiry: true,
  visaType: true,
  visaExpiry: true,
  phone: true,
  birthDate: true,
  documents: true,
  nationality: true,
  formUsed: true,
  nameAlreadySet: true,
  accountName: true,
  cardholderName: true,
  cardNetwork: true,
};
/** Every field of ApplicationInput, in its order. */
export const applicationFields = Object.keys(applicationFieldRecord) as ApplicationField[];

export const severities = ['block', 'warn', 'info'] as const;
export type Severity = (typeof severities)[number];

export const findingCodes = [
  'CASE_TYPE_UNKNOWN',
  'NAME_INVALID_CHARS',
  'NAME_TOO_SHORT',
  'NAME_TOO_LONG_FOR_BANK',
  'NAME_DOT_BOC',
  'NAME_LATIN_ABC',
  'NAME_BANK_MISMATCH',
  'BANK_NOT_SUPPORTED',
  'CARD_NOT_MAINLAND',
  'CARD_NOT_DEBIT',
  'HANGZHOU_NOT_CURRENT',
  'PASSPORT_NUMBER_SHORT',
  'PHONE_INVALID',
  'PHONE_TOO_LONG',
  'PHONE_PREFIX_UNLISTED',
  'VISA_MISSING',
  'VISA_TOURIST',
  'DOCUMENT_EXPIRED',
  'DOCUMENT_EXPIRES_SOON',
  'UNDER_18',
  'DOCUMENT_MISSING',
  // Issue 18.
  'BANK_SUPPORT_UNCERTAIN',
  'NATIONALITY_UNSUPPORTED',
  'WRONG_FORM',
  'NAME_LOCKED',
  'CARDHOLDER_NAME_MISMATCH',
  'CARD_NETWORK_UNSUPPORTED',
] as const;
export type FindingCode = (typeof findingCodes)[number];

export type Suggestion = Bilingual & { values?: string[] };

export type Finding = {
  code: FindingCode;
  severity: Severity;
  field?: ApplicationField;
  message: Bilingual;
  source: SourceTag[];
  suggestion?: Suggestion;
};

/** A text field as the rules compare it: NFC, whitespace runs as one space, trimmed; null when empty or not text. */
export const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
};

/** A calendar date stored in a Date: its UTC year, month and day. */
export const calendarDate = (value: unknown): LocalDate | null =>
  isUsableDate(value)
    ? { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() }
    : null;

export const isoDate = (date: LocalDate): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
