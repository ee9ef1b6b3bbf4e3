import type { SourceTag } from './sources';

export type GlossaryEntry = { zh: string; pinyin: string; en: string; source: SourceTag[] };

const entry = (zh: string, pinyin: string, en: string, source: SourceTag[]): GlossaryEntry => ({
  zh,
  pinyin,
  en,
  source,
});

/** The Chinese terms of ALIPAY.md §5, for tooltips. Parentheses mark optional parts of a term. */
export const glossary: readonly GlossaryEntry[] = [
  entry('立即认证', 'lìjí rènzhèng', 'verify now', ['S1', 'S2']),
  entry('外籍(用户)', 'wàijí (yònghù)', 'foreign national (user)', ['S2', 'S3']),
  entry('实名认证', 'shímíng rènzhèng', 'real-name verification', ['S2', 'S3']),
  entry('未认证', 'wèi rènzhèng', 'unverified', ['S3']),
  entry('申请认证', 'shēnqǐng rènzhèng', 'apply for verification', ['S2']),
  entry('输入打款金额', "shūrù dǎkuǎn jīn'é", 'enter the deposit amount', ['S2', 'S3']),
  entry('打款', 'dǎkuǎn', 'payout/deposit', ['S2', 'S3']),
  entry('撤销(本次)认证(申请)', 'chèxiāo rènzhèng', 'revoke the application', ['S2', 'S3']),
  entry('审核', 'shěnhé', 'review', ['S3']),
  entry('人工审核', 'réngōng shěnhé', 'manual review', ['S2', 'S4']),
  entry('补传', 'bǔchuán', 're-upload', ['W']),
  entry('账户设置', 'zhànghù shèzhì', 'account settings', ['S2']),
  entry('基本信息', 'jīběn xìnxī', 'basic information', ['S2']),
  entry('下一步', 'xià yī bù', 'next', ['S2']),
  entry('护照(号码)', 'hùzhào (hàomǎ)', 'passport (number)', ['S2', 'S3']),
  entry('立即注册', 'lìjí zhùcè', 'sign up', ['S3']),
  entry('中国大陆', 'Zhōngguó dàlù', 'mainland China', ['S3']),
  entry('添加银行卡', 'tiānjiā yínhángkǎ', 'add bank card', ['S2']),
  entry('活期', 'huóqī', 'current account', ['S4']),
  entry('身份证', 'shēnfènzhèng', 'Chinese ID card', ['S3']),
  // Issue 18: the 2026 app flows.
  entry('身份认证', 'shēnfèn rènzhèng', 'identity verification', ['W7']),
  entry('实人认证', 'shírén rènzhèng', 'face (liveness) verification', ['W7']),
  entry('快捷绑卡', 'kuàijié bǎngkǎ', 'quick card binding', ['W9']),
  entry('银行预留手机号', 'yínháng yùliú shǒujīhào', 'phone number reserved at the bank', ['W13']),
  entry('快捷支付', 'kuàijié zhīfù', 'quick pay', ['W14']),
  entry('解除绑定', 'jiěchú bǎngdìng', 'unbind', ['W15']),
  entry('发卡行', 'fākǎháng', 'card issuing bank', ['W8']),
  entry('风控', 'fēngkòng', 'risk control', ['W8']),
  entry('已过期,请重传', 'yǐ guòqī, qǐng chóngchuán', 'expired, please upload again', ['W18']),
  entry('人工客服', 'réngōng kèfú', 'human agent', ['S0']),
  entry('账号与安全', 'zhànghào yǔ ānquán', 'Account and Security', ['S0']),
  entry('安全中心', 'ānquán zhōngxīn', 'Security Center', ['S0']),
  entry('外国人永久居留身份证', 'wàiguórén yǒngjiǔ jūliú shēnfènzhèng', 'Foreign Permanent Resident ID card (五星卡)', [
    'W',
  ]),
  entry('不再支持打款认证', 'bù zài zhīchí dǎkuǎn rènzhèng', 'micro-deposit verification no longer offered', ['W19']),
];

/** The entry whose term, with or without its optional parts, is `term`. */
export function glossaryEntry(term: string): GlossaryEntry | undefined {
  if (typeof term !== 'string') return undefined;
  const wanted = term.normalize('NFKC').trim();
  return glossary.find(
    (candidate) =>
      candidate.zh === wanted ||
      candidate.zh.replace(/[()]/g, '') === wanted ||
      candidate.zh.replace(/\([^)]*\)/g, '') === wanted,
  );
}

export type Contact = { label: { en: string; zh: string }; value: string; source: SourceTag[] };

/** Where to get help (ALIPAY.md §4). */
export const contacts: readonly Contact[] = [
  { label: { en: 'Alipay hotline (press 1)', zh: '支付宝客服（按 1）' }, value: '95188', source: ['S2'] },
  { label: { en: 'Alipay English line', zh: '支付宝英文热线' }, value: '+86 571 95188', source: ['S2'] },
  { label: { en: 'Alipay (often busy)', zh: '支付宝（常占线）' }, value: '0571 26888888', source: ['S2'] },
  { label: { en: 'Taobao, foreign languages', zh: '淘宝外语客服' }, value: '+852 2215-5300', source: ['S2'] },
  { label: { en: 'Taobao, Chinese', zh: '淘宝中文客服' }, value: '+86 0571-8815-8198', source: ['S2'] },
  {
    label: { en: 'In-app chat: ask for a real person', zh: 'App 在线客服：要求转人工' },
    value: '人工客服',
    source: ['S0'],
  },
];
