import type { CaseType } from './cases';
import { type Bilingual, oneOf } from './common';
import type { SourceTag } from './sources';

// What a client's Alipay account can do now (a field of the client, not a case), and what moves it up: a case's
// approval. docs/domain.md, "Account tiers".

/** In rank order: each tier includes what the ones before it allow. */
export const accountTiers = [
  'UNVERIFIED',
  'PASSPORT_VERIFIED',
  'FACE_VERIFIED',
  'INTERNATIONAL_CARD_BOUND',
  'MAINLAND_CARD_BOUND',
] as const;
export type AccountTier = (typeof accountTiers)[number];

/** The identity document the account is verified with. */
export const identityDocumentTypes = ['PASSPORT', 'PERMANENT_RESIDENT_ID'] as const;
export type IdentityDocumentType = (typeof identityDocumentTypes)[number];

export const identityDocumentTypeLabels: Readonly<Record<IdentityDocumentType, Bilingual>> = {
  PASSPORT: { en: 'Passport', zh: '护照' },
  PERMANENT_RESIDENT_ID: {
    en: 'Foreign Permanent Resident ID card (五星卡)',
    zh: '外国人永久居留身份证（五星卡）',
  },
};

export type TierInfo = { label: Bilingual; allows: Bilingual; source: SourceTag[] };

export const accountTierInfo: Readonly<Record<AccountTier, TierInfo>> = {
  UNVERIFIED: {
    label: { en: 'Unverified', zh: '未认证' },
    allows: {
      en: 'Up to US$2,000 a year without registering an ID; transfers and red packets are reported blocked.',
      zh: '不登记证件每年最多 2,000 美元；据报告不能转账和发红包。',
    },
    source: ['W20'],
  },
  PASSPORT_VERIFIED: {
    label: { en: 'Passport verified', zh: '护照已认证' },
    allows: {
      en: 'Passport verified (实名认证): above US$2,000 a year; a card can now be bound.',
      zh: '护照已实名认证：每年可超过 2,000 美元；现在可以绑卡。',
    },
    source: ['W7', 'W20'],
  },
  FACE_VERIFIED: {
    label: { en: 'Face verified', zh: '实人认证' },
    allows: {
      en: 'Passport and face verified (实人认证, a separate step from 实名认证).',
      zh: '护照及人脸均已认证（实人认证与实名认证是两个步骤）。',
    },
    source: ['W7', 'W12'],
  },
  INTERNATIONAL_CARD_BOUND: {
    label: { en: 'International card bound', zh: '已绑境外卡' },
    allows: {
      en: 'Pays merchants with a foreign card: up to US$5,000 a payment and US$50,000 a year; 3% fee above CNY 200.',
      zh: '可用境外卡向商户付款：单笔最多 5,000 美元，每年 50,000 美元；超过 200 元收取 3% 手续费。',
    },
    source: ['W5', 'W6', 'W11'],
  },
  MAINLAND_CARD_BOUND: {
    label: { en: 'Mainland card bound', zh: '已绑大陆银行卡' },
    allows: {
      en: 'A mainland card: also receives money and pays people, not only merchants.',
      zh: '已绑大陆银行卡：还可以收款和向个人付款，而不仅是商户。',
    },
    source: ['W6', 'W9'],
  },
};

export const accountTierLabels: Readonly<Record<AccountTier, Bilingual>> = Object.fromEntries(
  accountTiers.map((tier) => [tier, accountTierInfo[tier].label]),
) as Record<AccountTier, Bilingual>;

/** The payment limits and fee, as the client page and the portal explain them. */
export const paymentLimits = {
  unverifiedYearlyUsd: 2000,
  perPaymentUsd: 5000,
  yearlyUsd: 50000,
  feeFreeUpToCny: 200,
  feePercent: 3,
} as const;

export const paymentLimitsText: { text: Bilingual; source: SourceTag[] } = {
  text: {
    en: 'Foreign visitors: up to US$5,000 a payment and US$50,000 a year (since March 2024); without a registered ID up to US$2,000 a year. Foreign-card payments above CNY 200 carry a 3% fee.',
    zh: '境外访客：单笔最多 5,000 美元，每年最多 50,000 美元（2024 年 3 月起）；未登记证件每年最多 2,000 美元。境外卡单笔超过 200 元收取 3% 手续费。',
  },
  source: ['W5', 'W6', 'W20'],
};

/** The tier an approved case of `type` gives; null for a type that does not change it (appeals, updates). */
export function tierFromApproval(type: CaseType, faceChecked = false): AccountTier | null {
  switch (type) {
    case 'BANK_CARD_VERIFICATION':
    case 'MAINLAND_CARD_QUICK_BINDING':
      return 'MAINLAND_CARD_BOUND';
    case 'INTERNATIONAL_CARD_BINDING':
      return 'INTERNATIONAL_CARD_BOUND';
    case 'PASSPORT_SCAN_VERIFICATION':
      return faceChecked ? 'FACE_VERIFIED' : 'PASSPORT_VERIFIED';
    case 'APP_PASSPORT_VERIFICATION':
      return 'PASSPORT_VERIFIED';
    default:
      return null;
  }
}

/** The higher of two tiers: an approval never moves a client down. Unknown values count as UNVERIFIED. */
export function higherTier(current: unknown, candidate: AccountTier | null): AccountTier {
  const from = oneOf(accountTiers, current) ? current : 'UNVERIFIED';
  if (candidate === null) return from;
  return accountTiers.indexOf(candidate) > accountTiers.indexOf(from) ? candidate : from;
}

/** The passport-expiry lead time in which Waiji offers to open a DOCUMENT_UPDATE case (W17, W18). */
export const DOCUMENT_UPDATE_LEAD_DAYS = 60;

/**
 * Whether to offer a document-update case for a client whose passport expires on `passportExpiry` (a calendar date
 * read as its UTC date): within DOCUMENT_UPDATE_LEAD_DAYS before, or after it expired, unless one is open already.
 */
export function offerDocumentUpdate(
  passportExpiry: Date | null | undefined,
  today: Date,
  hasOpenUpdate: boolean,
): boolean {
  if (hasOpenUpdate || !(passportExpiry instanceof Date) || Number.isNaN(passportExpiry.getTime())) return false;
  if (!(today instanceof Date) || Number.isNaN(today.getTime())) return false;
  const days = (passportExpiry.getTime() - today.getTime()) / 86_400_000;
  return days <= DOCUMENT_UPDATE_LEAD_DAYS;
}
