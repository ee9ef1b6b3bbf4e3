import type { Bilingual } from './common';

// Where the product's facts come from, by tag (docs/domain.md has each one's entry). The interface shows a source by
// its readable name, with a link to the public page when there is one; the tag stays the stable key in data.

/** S0–S4: the seed pages; W: the later public pages as a group; W1–W21: each of those pages (W11–W21: issue 18). */
export const sourceTags = [
  'S0',
  'S1',
  'S2',
  'S3',
  'S4',
  'W',
  'W1',
  'W2',
  'W3',
  'W4',
  'W5',
  'W6',
  'W7',
  'W8',
  'W9',
  'W10',
  'W11',
  'W12',
  'W13',
  'W14',
  'W15',
  'W16',
  'W17',
  'W18',
  'W19',
  'W20',
  'W21',
] as const;
export type SourceTag = (typeof sourceTags)[number];

export type SourceInfo = {
  tag: SourceTag;
  /** What a chip shows: who published it, what it is, when. */
  name: Bilingual;
  /** What the source is and what the product takes from it. */
  about: Bilingual;
  /** The public page; absent when its address is not known (S2) or for a group (W). */
  url?: string;
  /** The stored copy beside the team's domain notes (S0–S4). */
  file?: string;
  /** Official (Alipay, a government) rather than a report. */
  official?: boolean;
  /** W: the pages it stands for. */
  pages?: SourceTag[];
};

const entry = (tag: SourceTag, info: Omit<SourceInfo, 'tag'>): SourceInfo => ({ tag, ...info });

export const sources: Readonly<Record<SourceTag, SourceInfo>> = {
  S0: entry('S0', {
    name: { en: 'Travel Stack Exchange Q&A: restricted account', zh: 'Travel Stack Exchange 问答：账户受限' },
    about: {
      en: 'A visitor’s account restricted right after signing up abroad, and the appeal through the in-app chat that lifted it.',
      zh: '一位访客在境外注册后账户随即被限制，以及通过 App 在线客服申诉解除限制的经过。',
    },
    url: 'https://travel.stackexchange.com/questions/194556',
    file: '000_ad39b52386303bda.txt',
  }),
  S1: entry('S1', {
    name: { en: 'howtotao.com guide, 2019', zh: 'howtotao.com 指南，2019' },
    about: {
      en: '“Alipay Account Verification for Foreign Users” and its readers’ comments.',
      zh: '《外国用户的支付宝账户认证》及读者评论。',
    },
    url: 'https://www.howtotao.com/alipay-personal-account-for-foreign-users/',
    file: '001_dc130f0bf13c87a4.txt',
  }),
  S2: entry('S2', {
    name: { en: 'One-Stop guide + reader reports, 2015 on', zh: 'One-Stop 指南及读者反馈（2015 年起）' },
    about: {
      en: 'A verification guide with over 100 readers’ comments quoting Alipay’s real error messages, waits and outcomes. Its address was not recorded.',
      zh: '一篇认证指南及 100 多条读者评论，引用了支付宝的真实错误消息、等待时间和结果。未记录其网址。',
    },
    file: '002_a4d48313e2c9c8c4.txt',
  }),
  S3: entry('S3', {
    name: { en: 'The Beijinger guide, 2015', zh: 'The Beijinger 指南，2015' },
    about: {
      en: '“How To: Set Up Alipay As a Foreigner”, step by step on the website, with comments.',
      zh: '《外国人如何开通支付宝》，网页版逐步说明及评论。',
    },
    url: 'https://thebeijinger.com/blog/2015/07/10/yes-foreigners-can-use-alipay-heres-how',
    file: '003_6e3cdf30e6fc34db.txt',
  }),
  S4: entry('S4', {
    name: { en: 'Alipay’s field rules (translated guide)', zh: '支付宝填写规则（翻译指南）' },
    about: {
      en: 'A machine-translated guide quoting Alipay’s rules for the name, passport number, phone and banks (munidepalin.com).',
      zh: '一篇机器翻译的指南，引用支付宝对姓名、护照号码、电话和银行的规则（munidepalin.com）。',
    },
    url: 'http://www.munidepalin.com/settlement-in-china/how-foreigners-can-log-in-to-alipay-without-a-chinese-id/',
    file: '004_55afd332cb6d4ad1.txt',
  }),
  W: entry('W', {
    name: { en: 'Later public pages, 2017–2026', zh: '后续公开网页，2017–2026' },
    about: {
      en: 'Official pages and reports on the in-app flow for visitors and international cards.',
      zh: '关于访客 App 内流程和境外银行卡的官方网页与报道。',
    },
    pages: sourceTags.filter((tag) => /^W\d+$/.test(tag)),
  }),
  W1: entry('W1', {
    name: { en: 'Alipay help centre: failed review', zh: '支付宝帮助中心：审核未通过' },
    about: {
      en: 'Why a manual review fails, the photo standard, and the 24-hour 补传 (re-upload) window.',
      zh: '人工审核未通过的原因、照片要求，以及 24 小时补传期限。',
    },
    url: 'https://cschannel.alipay.com/mobile/helpDetail.htm?help_id=256124',
    official: true,
  }),
  W2: entry('W2', {
    name: { en: 'istudy-china.com: the 外籍 form', zh: 'istudy-china.com：外籍表单' },
    about: {
      en: 'The foreign-nationality form’s field rules, and the age limit (over 18).',
      zh: '外籍表单的填写规则及年龄限制（18 岁以上）。',
    },
    url: 'https://www.istudy-china.com/alipay/',
  }),
  W3: entry('W3', {
    name: { en: 'Hebei Radio report, 2022', zh: '河北广播电视报道，2022' },
    about: {
      en: 'A restricted account lifted the day after the requested materials were uploaded.',
      zh: '上传所需材料后次日即解除账户限制。',
    },
    url: 'https://4ll.net/ruleoflaw/117815.html',
  }),
  W4: entry('W4', {
    name: { en: 'Beijing government: foreign cards, 2023', zh: '北京市政府：境外银行卡，2023' },
    about: {
      en: 'Alipay accepts cards issued abroad (July 2023).',
      zh: '支付宝接受境外发行的银行卡（2023 年 7 月）。',
    },
    url: 'https://wb.beijing.gov.cn/home/index/wsjx/202307/t20230722_3205016.html',
    official: true,
  }),
  W5: entry('W5', {
    name: { en: 'TechNode: higher limits, 2024', zh: 'TechNode：限额提高，2024' },
    about: {
      en: 'Single payment US$5,000 and US$50,000 a year for foreign visitors (March 2024).',
      zh: '境外访客单笔 5,000 美元、每年 50,000 美元（2024 年 3 月）。',
    },
    url: 'https://technode.global/2024/03/08/ant-raises-mobile-payment-services-transaction-limits-for-overseas-visitors-on-alipay-international-e-wallets-in-china/',
  }),
  W6: entry('W6', {
    name: { en: 'MOFCOM guide 2024', zh: '商务部外籍人士指南，2024' },
    about: {
      en: 'The Ministry of Commerce’s guide for expatriates: phone numbers, binding an international card, fees and limits.',
      zh: '商务部外籍人士指南：手机号码、绑定境外银行卡、手续费和限额。',
    },
    url: 'https://english.beijing.gov.cn/specials/aguidetoworkingandlivinginchinaasbusinessexpatriates2024/dailylifeservices/202404/t20240424_3635122.html',
    official: true,
  }),
  W7: entry('W7', {
    name: { en: 'Travel guides: in-app passport check', zh: '旅行指南：App 内护照认证' },
    about: {
      en: 'Me → Settings → Identity Verification → Passport, the photo rules, and 1–2 business days of review.',
      zh: '“我的”→“设置”→“身份认证”→“护照”，照片要求及 1–2 个工作日的审核。',
    },
    url: 'https://china-arrival-kit.pages.dev/blog/alipay-setup-guide/',
  }),
  W8: entry('W8', {
    name: { en: 'Guides: binding an international card', zh: '指南：绑定境外银行卡' },
    about: {
      en: 'Add Card and the issuer’s 3-D Secure check; the cardholder name must match the passport; why issuers decline.',
      zh: '添加银行卡及发卡行 3-D Secure 验证；持卡人姓名须与护照一致；发卡行拒绝的原因。',
    },
    url: 'https://www.payinchinaguide.com/blog/alipay-issuing-bank-declined-fix',
  }),
  W9: entry('W9', {
    name: { en: 'Alipay: quick card binding, 2017', zh: '支付宝：快捷绑卡，2017' },
    about: {
      en: 'Alipay’s own steps for overseas users: quick card binding instead of the micro-deposit, 24-hour document review.',
      zh: '支付宝面向境外用户的流程：以快捷绑卡取代打款认证，证件审核 24 小时。',
    },
    url: 'http://weixin.yga.cn/article/73323.html',
    official: true,
  }),
  W10: entry('W10', {
    name: { en: 'Travel Stack Exchange, confirmed 2025', zh: 'Travel Stack Exchange，2025 年确认' },
    about: {
      en: 'The restricted-account answer as it stood in July 2025: same steps, about 12 hours, no notification.',
      zh: '2025 年 7 月时的账户受限问答：步骤相同，约 12 小时，无通知。',
    },
    url: 'https://nas.kiwix.willjohnsmith.com/content/travel.stackexchange.com_en_all_2025-07/questions/194556/how-to-un-restrict-alipay-account-as-a-foreigner',
  }),
  W11: entry('W11', {
    name: { en: 'Registration China: foreign cards since 2023', zh: 'Registration China：2023 年起可绑境外卡' },
    about: {
      en: 'Since 2023-08-17 foreign visitors can bind Visa, Mastercard, JCB, Diners and Discover cards.',
      zh: '自 2023-08-17 起，境外访客可绑定 Visa、Mastercard、JCB、Diners 和 Discover 卡。',
    },
    url: 'https://www.registrationchina.com/articles/how-to-use-alipay-app-to-help-foreigner-visiting-china/',
  }),
  W12: entry('W12', {
    name: { en: 'Pay in China guide: passport scan failures, 2026', zh: 'Pay in China 指南：护照扫描失败，2026' },
    about: {
      en: 'Why scans fail (glare, MRZ, NFC, name ≠ MRZ, VPN, expired passport); about 3 hours of lock-out after repeated failures, lifting by itself — do not reinstall; typing the details by hand as the fallback.',
      zh: '扫描失败的原因（反光、MRZ、NFC、姓名与 MRZ 不符、VPN、护照过期）；多次失败后锁定约 3 小时并自动解除——期间不要重装；可改为手动输入。',
    },
    url: 'https://www.payinchinaguide.com/blog/alipay-passport-verification-failed-fix',
  }),
  W13: entry('W13', {
    name: { en: 'shujujt.com: quick-binding failures', zh: 'shujujt.com：快捷绑卡失败' },
    about: {
      en: 'Quick binding fails when the name, document, card or phone differs from the bank’s record — often a reserved phone number typed wrong at the counter.',
      zh: '姓名、证件、卡号或手机号与银行记录不一致时快捷绑卡失败——常见的是柜台录错了预留手机号。',
    },
    url: 'https://shujujt.com/mao/35563.html',
  }),
  W14: entry('W14', {
    name: { en: 'zhinanshenghuo.com: banks and passport cards', zh: 'zhinanshenghuo.com：护照开户的银行卡' },
    about: {
      en: 'Some banks do not allow quick pay for cards opened with a passport.',
      zh: '部分银行不为护照开户的银行卡开通快捷支付。',
    },
    url: 'https://zhinanshenghuo.com/article/8cdccae94b173a315513cd6e.html',
  }),
  W15: entry('W15', {
    name: { en: 'sboyo.com: re-binding after unbinding', zh: 'sboyo.com：解绑后重新绑定' },
    about: {
      en: 'A card cannot be bound again until 24 hours after it was unbound.',
      zh: '银行卡解绑后须满 24 小时才能再次绑定。',
    },
    url: 'https://m.sboyo.com/1/1286081.html',
  }),
  W16: entry('W16', {
    name: { en: 'sysjgy.com: binding limits', zh: 'sysjgy.com：绑卡限制' },
    about: {
      en: 'Binding fails after more than 15 attempts, or when the card is already bound to 3 accounts.',
      zh: '尝试超过 15 次，或该卡已绑定 3 个账户时绑卡失败。',
    },
    url: 'https://sysjgy.com/caijing/11261ewvw2.html',
  }),
  W17: entry('W17', {
    name: { en: 'Chengdu Expat: ID expired, update', zh: 'Chengdu Expat：证件过期更新' },
    about: {
      en: '“Your ID has expired, touch here to update”; after the new photo: “Review in progress … result within 24 hours”.',
      zh: '“Your ID has expired, touch here to update”；上传新照片后：“Review in progress … result within 24 hours”。',
    },
    url: 'https://chengdu-expat.com/how-to-verify-your-wechat-pay-and-alipay/',
  }),
  W18: entry('W18', {
    name: { en: 'shuonu.com: renewed passport', zh: 'shuonu.com：换发护照' },
    about: {
      en: 'The app shows 已过期,请重传 (expired, upload again); a renewed passport has a new number.',
      zh: 'App 显示“已过期,请重传”；换发的护照号码不同。',
    },
    url: 'https://www.shuonu.com/baike/9032.html',
  }),
  W19: entry('W19', {
    name: { en: '10100.com: no more micro-deposit', zh: '10100.com：不再支持打款认证' },
    about: {
      en: 'Remittance (micro-deposit) verification is no longer offered (不再支持打款认证); the passport bio page and the entry-stamp page are asked for.',
      zh: '不再支持打款认证；需提供护照个人信息页和入境章页。',
    },
    url: 'https://www.10100.com/article/23522391',
  }),
  W20: entry('W20', {
    name: { en: 'Nation Times: US$2,000 without an ID, 2024', zh: 'Nation Times：无证件每年 2,000 美元，2024' },
    about: {
      en: 'Up to US$2,000 a year without registering an ID (was US$500); above that a passport is needed.',
      zh: '不登记证件每年可付 2,000 美元（原为 500 美元）；超过须提供护照。',
    },
    url: 'https://nationtimes.org/index.php/2024/03/09/china-is-simplifying-the-process-for-foreigners-to-access-mobile-payment-options',
  }),
  W21: entry('W21', {
    name: { en: 'China Travel Desk: card binding declined', zh: 'China Travel Desk：绑卡被拒' },
    about: {
      en: 'After the same card fails twice, try another card instead of retrying; keep screenshots of the exact error; do not delete the account.',
      zh: '同一张卡失败两次后改用其他卡，不要反复重试；保留错误截图；不要注销账户。',
    },
    url: 'https://china-travel-desk.pages.dev/scenarios/payment/alipay-card-binding-declined/',
  }),
};
