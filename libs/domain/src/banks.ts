import type { Bilingual } from './common';
import type { SourceTag } from './sources';

export const bankCodes = [
  'BOC',
  'CMB',
  'ICBC',
  'ABC',
  'CCB',
  'CITIC',
  'CGB',
  'CMBC',
  'CEB',
  'HZB',
  'CIB',
  'PAB',
  'PSBC',
  'SPDB',
  'BOCOM',
  'OTHER',
] as const;
export type BankCode = (typeof bankCodes)[number];

/**
 * SUPPORTED: in the accepted lists of S2 and S4. UNSUPPORTED: confirmed refused.
 * UNCERTAIN: the sources disagree or say nothing — warn, do not block.
 */
export type BankSupport = 'SUPPORTED' | 'UNSUPPORTED' | 'UNCERTAIN';

export type BankInfo = {
  code: BankCode;
  name: Bilingual;
  /** True only when the sources list the bank as accepted for foreigners' verification. */
  supported: boolean;
  support: BankSupport;
  note?: Bilingual;
  source: SourceTag[];
};

const accepted = (code: BankCode, en: string, zh: string, note?: Bilingual): BankInfo => ({
  code,
  name: { en, zh },
  supported: true,
  support: 'SUPPORTED',
  ...(note ? { note } : {}),
  source: ['S2', 'S4'],
});

export const banks: Readonly<Record<BankCode, BankInfo>> = {
  BOC: accepted('BOC', 'Bank of China', '中国银行', {
    en: 'Not with a middle dot (·) in the name; stores names in ALL CAPS (One-Stop readers).',
    zh: '姓名含“·”不可用；中国银行常以全大写保存姓名（One-Stop 读者反馈）。',
  }),
  CMB: accepted('CMB', 'China Merchants Bank', '招商银行', {
    en: 'The only bank that accepts names over 20 letters (One-Stop guide, Alipay’s field rules).',
    zh: '姓名超过 20 个字母时唯一可用的银行（One-Stop 指南、支付宝填写规则）。',
  }),
  ICBC: accepted('ICBC', 'Industrial and Commercial Bank of China', '中国工商银行'),
  ABC: {
    code: 'ABC',
    name: { en: 'Agricultural Bank of China', zh: '中国农业银行' },
    supported: false,
    support: 'UNCERTAIN',
    note: {
      en: 'In neither accepted list; the One-Stop guide allows it only when the name has no English letters.',
      zh: '不在两份支持列表中；One-Stop 指南称仅当姓名不含英文字母时可用。',
    },
    source: ['S2'],
  },
  CCB: {
    code: 'CCB',
    name: { en: 'China Construction Bank', zh: '中国建设银行' },
    supported: false,
    support: 'UNSUPPORTED',
    note: {
      en: 'No longer accepted for foreigners (One-Stop readers, confirmed by customer service).',
      zh: '已不再支持外籍用户（One-Stop 读者反馈，客服确认）。',
    },
    source: ['S2'],
  },
  CITIC: accepted('CITIC', 'China CITIC Bank', '中信银行'),
  CGB: accepted('CGB', 'China Guangfa Bank', '广发银行'),
  CMBC: accepted('CMBC', 'China Minsheng Bank', '中国民生银行'),
  CEB: accepted('CEB', 'China Everbright Bank', '中国光大银行'),
  HZB: accepted('HZB', 'Bank of Hangzhou', '杭州银行', {
    en: 'Current (活期) accounts only (Alipay’s field rules).',
    zh: '仅支持活期账户（支付宝填写规则）。',
  }),
  CIB: accepted('CIB', 'Industrial Bank', '兴业银行'),
  PAB: accepted('PAB', 'Ping An Bank', '平安银行'),
  PSBC: accepted('PSBC', 'Postal Savings Bank of China', '中国邮政储蓄银行'),
  SPDB: accepted('SPDB', 'Shanghai Pudong Development Bank', '上海浦东发展银行'),
  BOCOM: {
    code: 'BOCOM',
    name: { en: 'Bank of Communications', zh: '交通银行' },
    supported: false,
    support: 'UNCERTAIN',
    note: {
      en: 'Listed by Alipay’s field rules only, not by the One-Stop guide.',
      zh: '仅支付宝填写规则列为支持，One-Stop 指南未列出。',
    },
    source: ['S4'],
  },
  OTHER: {
    code: 'OTHER',
    name: { en: 'Other bank', zh: '其他银行' },
    supported: false,
    support: 'UNCERTAIN',
    note: {
      en: 'Not in any accepted list; check the bank drop-down of the 外籍 form.',
      zh: '不在任何支持列表中；请查看外籍认证表单的银行下拉列表。',
    },
    source: ['S2', 'S4'],
  },
};
