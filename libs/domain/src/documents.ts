import type { CaseType } from './cases';
import type { Bilingual } from './common';
import type { SourceTag } from './sources';

export const documentKinds = [
  'PASSPORT_BIO',
  'ENTRY_STAMP',
  'VISA',
  'RESIDENCE_PERMIT',
  'SIGNATURE_PAGE',
  'HOLDING_PASSPORT_PHOTO',
  /** 外国人永久居留身份证 (五星卡): accepted instead of a passport (issue 18). */
  'PERMANENT_RESIDENT_ID',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels: Readonly<Record<DocumentKind, Bilingual>> = {
  PASSPORT_BIO: { en: 'Passport data (bio) page', zh: '护照个人信息页' },
  ENTRY_STAMP: { en: 'Page with the China entry stamp', zh: '入境章页' },
  VISA: { en: 'Chinese visa', zh: '中国签证' },
  RESIDENCE_PERMIT: { en: 'Residence permit', zh: '居留许可' },
  SIGNATURE_PAGE: { en: 'Passport page with the signature', zh: '护照签名页' },
  HOLDING_PASSPORT_PHOTO: { en: 'Photo of the person holding the open passport', zh: '手持护照照片' },
  PERMANENT_RESIDENT_ID: {
    en: 'Foreign Permanent Resident ID card (五星卡)',
    zh: '外国人永久居留身份证（五星卡）',
  },
};

export type ChecklistItem = {
  /** Any one of these kinds satisfies the item. */
  anyOf: DocumentKind[];
  /** Required items block submission when missing; recommended ones only warn. */
  required: boolean;
  label: Bilingual;
  note: Bilingual;
  source: SourceTag[];
};

/**
 * Where a document request (a case's checklist item) stands: asked of the client, a file uploaded and waiting for a
 * helper, accepted, rejected with a reason the client sees (a new upload makes it UPLOADED again), or waived by a
 * helper with a note. Alipay refusing a document (a rejection naming it) puts it back to REQUESTED.
 */
export const checklistStatuses = ['REQUESTED', 'UPLOADED', 'ACCEPTED', 'REJECTED', 'WAIVED'] as const;
export type ChecklistStatus = (typeof checklistStatuses)[number];

export const checklistStatusLabels: Readonly<Record<ChecklistStatus, Bilingual>> = {
  REQUESTED: { en: 'Requested', zh: '待上传' },
  UPLOADED: { en: 'Uploaded, to review', zh: '已上传，待审核' },
  ACCEPTED: { en: 'Accepted', zh: '已通过' },
  REJECTED: { en: 'Rejected — upload again', zh: '未通过，请重新上传' },
  WAIVED: { en: 'Not needed', zh: '无需提供' },
};

/** Items that no longer stop a submission: the file is accepted, or a helper waived the request. */
export const settledChecklistStatuses: readonly ChecklistStatus[] = ['ACCEPTED', 'WAIVED'];

/** One uploaded file's review: waiting for a helper, accepted, or rejected with a reason. */
export const documentStatuses = ['UPLOADED', 'ACCEPTED', 'REJECTED'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const documentStatusLabels: Readonly<Record<DocumentStatus, Bilingual>> = {
  UPLOADED: { en: 'Waiting for review', zh: '待审核' },
  ACCEPTED: { en: 'Accepted', zh: '已通过' },
  REJECTED: { en: 'Rejected', zh: '未通过' },
};

/** Where reading a passport data page's machine-readable zone stands (only PASSPORT_BIO files are read). */
export const mrzStatuses = ['NOT_APPLICABLE', 'PENDING', 'READ', 'UNREADABLE'] as const;
export type MrzStatus = (typeof mrzStatuses)[number];

const reviewStandard: Bilingual = {
  en: 'Genuine, clear, complete, colour original; no crops, creases, collage or edits (Alipay help centre).',
  zh: '真实、清晰、完整的彩色原件；不可裁剪、折痕、拼接或修改（支付宝帮助中心）。',
};

/** What the photo of the person holding their passport must show. */
const holdingPhotoStandard: Bilingual = {
  en: 'The person holding the passport with the data page visible (Travel Stack Exchange).',
  zh: '本人手持护照，信息页清晰可见（Travel Stack Exchange）。',
};

const checklists: Readonly<Record<CaseType, readonly ChecklistItem[]>> = {
  BANK_CARD_VERIFICATION: [
    {
      anyOf: ['PASSPORT_BIO'],
      required: true,
      label: documentKindLabels.PASSPORT_BIO,
      note: reviewStandard,
      source: ['S1', 'S3', 'S4'],
    },
    {
      anyOf: ['ENTRY_STAMP', 'RESIDENCE_PERMIT'],
      required: true,
      label: { en: 'Entry stamp or residence permit', zh: '入境章或居留许可' },
      note: {
        en: 'The howtotao.com and Beijinger guides ask for the entry-stamp page; Alipay’s field rules accept an entry certificate or a residence/PR permit; One-Stop readers fixed rejections by adding the entry stamp.',
        zh: 'howtotao.com 和 The Beijinger 指南要求入境章页；支付宝填写规则接受入境证明或居留/永居证；One-Stop 读者中有人补充入境章后通过。',
      },
      source: ['S1', 'S2', 'S3', 'S4'],
    },
    {
      anyOf: ['VISA'],
      required: false,
      label: documentKindLabels.VISA,
      note: {
        en: 'The One-Stop guide uploads the Chinese visa as "Passport Picture"; the other guides and Alipay’s field rules do not ask for it.',
        zh: 'One-Stop 指南将中国签证作为“护照照片”上传；其他指南及支付宝填写规则未要求。',
      },
      source: ['S2', 'S3'],
    },
    {
      anyOf: ['SIGNATURE_PAGE'],
      required: false,
      label: documentKindLabels.SIGNATURE_PAGE,
      note: {
        en: 'A user was approved after sending the whole page with the signature (a Beijinger reader).',
        zh: '有用户补充带签名的整页后通过（The Beijinger 读者）。',
      },
      source: ['S3'],
    },
  ],
  APP_PASSPORT_VERIFICATION: [
    {
      anyOf: ['PASSPORT_BIO'],
      required: true,
      label: documentKindLabels.PASSPORT_BIO,
      note: reviewStandard,
      source: ['W'],
    },
  ],
  RESTRICTION_APPEAL: [
    {
      anyOf: ['PASSPORT_BIO'],
      // Asked for, but an appeal with the holding photo alone was approved (S0): warn, don't block (issue 18).
      required: false,
      label: documentKindLabels.PASSPORT_BIO,
      note: {
        en: 'Requested by the upload email; one appeal was accepted with the holding photo alone (Travel Stack Exchange).',
        zh: '上传邮件要求提供；曾有申诉仅凭手持照片即通过（Travel Stack Exchange）。',
      },
      source: ['S0'],
    },
    {
      anyOf: ['HOLDING_PASSPORT_PHOTO'],
      required: true,
      label: documentKindLabels.HOLDING_PASSPORT_PHOTO,
      note: holdingPhotoStandard,
      source: ['S0'],
    },
  ],
  PASSPORT_SCAN_VERIFICATION: [
    {
      anyOf: ['PASSPORT_BIO', 'PERMANENT_RESIDENT_ID'],
      required: true,
      label: { en: 'Passport data page (or the Permanent Resident ID card)', zh: '护照个人信息页（或永久居留身份证）' },
      note: {
        en: 'Scanned in the app: a dark, matt background against glare; the typed name exactly as in the MRZ (Pay in China guide).',
        zh: '在 App 内扫描：用深色不反光的背景避免反光；填写的姓名须与机读码完全一致（Pay in China 指南）。',
      },
      source: ['W7', 'W12'],
    },
  ],
  INTERNATIONAL_CARD_BINDING: [],
  MAINLAND_CARD_QUICK_BINDING: [
    {
      anyOf: ['PASSPORT_BIO'],
      required: true,
      label: documentKindLabels.PASSPORT_BIO,
      note: reviewStandard,
      source: ['W9', 'W19'],
    },
    {
      anyOf: ['ENTRY_STAMP', 'RESIDENCE_PERMIT'],
      required: true,
      label: { en: 'Entry stamp or residence permit', zh: '入境章或居留许可' },
      note: {
        en: 'Alipay’s quick-binding steps for overseas users ask for the entry-stamp page with the passport page.',
        zh: '支付宝面向境外用户的快捷绑卡流程要求护照页及入境章页。',
      },
      source: ['W9', 'W19'],
    },
  ],
  DOCUMENT_UPDATE: [
    {
      anyOf: ['PASSPORT_BIO', 'PERMANENT_RESIDENT_ID'],
      required: true,
      label: { en: 'The new document’s data page', zh: '新证件信息页' },
      note: {
        en: 'A renewed passport has a new number: record it on the client, the old one stays in its history (shuonu.com).',
        zh: '换发的护照号码不同：在客户资料中登记新号码，旧号码保留在历史中（shuonu.com）。',
      },
      source: ['W17', 'W18'],
    },
  ],
  RESTRICTION_APPEAL_AGENT: [
    {
      anyOf: ['HOLDING_PASSPORT_PHOTO'],
      required: true,
      label: documentKindLabels.HOLDING_PASSPORT_PHOTO,
      note: holdingPhotoStandard,
      source: ['S0', 'W10'],
    },
    {
      anyOf: ['PASSPORT_BIO'],
      required: false,
      label: documentKindLabels.PASSPORT_BIO,
      note: {
        en: 'The upload email asks for it too, but an appeal with the holding photo alone was approved (Travel Stack Exchange).',
        zh: '上传邮件也要求提供，但曾有申诉仅凭手持照片即通过（Travel Stack Exchange）。',
      },
      source: ['S0'],
    },
  ],
};

/** The documents a case type needs, in upload order; empty for an unknown type. */
export function documentChecklist(caseType: CaseType): ChecklistItem[] {
  const list = typeof caseType === 'string' && Object.hasOwn(checklists, caseType) ? checklists[caseType] : undefined;
  return list ? list.map((item) => ({ ...item, anyOf: [...item.anyOf], source: [...item.source] })) : [];
}
