import type { CaseAction } from './cases';
import { type Bilingual, isRecord, isUsableDate, type SourceTag } from './common';
import type { MessageCode } from './reasons';
import {
  addDuration,
  ALIPAY_TIME_ZONE,
  type Duration,
  formatLocalDate,
  isValidTimeZone,
  type LocalDate,
  startOfLocalDay,
  validLocalDate,
} from './time';

export type InterpretationKind = 'error' | 'status' | 'restriction';

export type Interpretation = {
  code: MessageCode;
  kind: InterpretationKind;
  meaning: Bilingual;
  causes: Bilingual[];
  nextSteps: Bilingual[];
  /** The case action this message usually leads to; check `allowedActions` before offering it. */
  suggestedAction?: CaseAction;
  /** CARD_CHECK_FAILED: the day the same card may be used again (the stated date, else receivedAt + N days). */
  retryAfter?: Date;
  /** CARD_CHECK_FAILED: the N of `N天后`. */
  retryAfterDays?: number;
  /** UNDER_REVIEW: receivedAt + the stated review time (2 days). */
  dueAt?: Date;
  /** The part of the pasted text that was recognised, as pasted. */
  matchedText: string;
  /** Whether the Chinese original or an English translation was recognised. */
  language: 'zh' | 'en';
  source: SourceTag[];
};

export type InterpretOptions = {
  /** When the message arrived; needed for dates that count from it. */
  receivedAt?: Date;
  /** Zone of the dates in the message; Alipay writes Beijing time. */
  timeZone?: string;
};

type Knowledge = {
  kind: InterpretationKind;
  meaning: Bilingual;
  causes: Bilingual[];
  nextSteps: Bilingual[];
  suggestedAction?: CaseAction;
  source: SourceTag[];
};

const call95188: Bilingual = {
  en: 'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.',
  zh: '拨打支付宝客服 95188（按 1）或英文热线 +86 571 95188，最好请会中文的朋友协助。',
};

/** What each message means and what to do (ALIPAY.md §3). */
export const messageKnowledge: Readonly<Record<MessageCode, Knowledge>> = {
  CARD_CHECK_FAILED: {
    kind: 'error',
    meaning: {
      en: 'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.',
      zh: '银行卡信息认证失败。可以立即更换银行卡重新认证，或撤销本次认证，N 天后（消息中的日期）再用原银行卡重新认证。',
    },
    causes: [
      {
        en: 'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).',
        zh: '姓名与银行登记的不完全一致（顺序、大小写、中间名、空格）。',
      },
      { en: 'A technical fault at Alipay or the bank.', zh: '支付宝或银行的技术故障。' },
    ],
    nextSteps: [
      {
        en: "Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.",
        zh: '向银行确认登记的姓名写法（网银或柜台）并完全照写；中国银行使用全大写。',
      },
      { en: 'Either change to another bank card now, or', zh: '立即更换银行卡重新认证，或' },
      {
        en: 'revoke (撤销本次认证) and retry with the same card on or after the date in the message.',
        zh: '点击“撤销本次认证”，在消息中的日期当天或之后使用原银行卡重新认证。',
      },
    ],
    suggestedAction: 'reject',
    source: ['S2'],
  },
  DEPOSIT_FAILED: {
    kind: 'error',
    meaning: {
      en: 'Alipay could not pay the small test amount into the bank account, so the verification failed.',
      zh: '支付宝向银行账户打款失败，认证未通过。',
    },
    causes: [
      {
        en: 'Usually the name order or spelling differs from the bank record; the message itself is generic.',
        zh: '通常是姓名顺序或拼写与银行记录不一致；此消息本身较笼统。',
      },
    ],
    nextSteps: [
      {
        en: 'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).',
        zh: '登录支付宝查看打款失败原因。',
      },
      { en: 'Re-enter the name exactly as the bank has it and submit again.', zh: '按银行登记的姓名重新填写并再次提交。' },
      call95188,
    ],
    suggestedAction: 'reject',
    source: ['S2'],
  },
  DOCUMENTS_MISSING: {
    kind: 'error',
    meaning: {
      en: 'The review failed because other valid documents are missing.',
      zh: '审核未通过：缺少其他有效证件。',
    },
    causes: [
      {
        en: 'Only the passport data page was sent, or the visa / entry stamp was missing.',
        zh: '只上传了护照信息页，或缺少签证/入境章。',
      },
    ],
    nextSteps: [
      {
        en: 'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.',
        zh: '补充中国签证、入境章和护照签名页后重新申请。',
      },
      call95188,
    ],
    suggestedAction: 'reject',
    source: ['S2', 'S3'],
  },
  CANNOT_OPERATE: {
    kind: 'error',
    meaning: {
      en: "Sorry, the application can't be processed at the moment.",
      zh: '抱歉，暂时无法操作。',
    },
    causes: [
      {
        en: 'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.',
        zh: '姓名超过 20 个字母（含空格），且银行不是招商银行。',
      },
    ],
    nextSteps: [{ en: 'Use a China Merchants Bank (招商银行) card.', zh: '改用招商银行的银行卡。' }],
    source: ['S2', 'S4'],
  },
  SYSTEM_ERROR: {
    kind: 'error',
    meaning: {
      en: "Alipay's system had an error and could not process the request.",
      zh: '支付宝系统出错，暂时无法处理。',
    },
    causes: [
      { en: 'A fault on the Alipay website.', zh: '支付宝网站故障。' },
      {
        en: 'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.',
        zh: '有时是姓名写法与银行记录不符：有用户从中国银行换成工商银行后成功。',
      },
    ],
    nextSteps: [
      { en: 'Try again later.', zh: '稍后再试。' },
      { en: 'Clear the browser cache and cookies, or use another browser.', zh: '清除浏览器缓存和 Cookie，或换一个浏览器。' },
      { en: "If it keeps failing, check the name spelling or try another bank's card.", zh: '若仍失败，检查姓名写法或换一家银行的卡。' },
    ],
    source: ['S2'],
  },
  UNDER_REVIEW: {
    kind: 'status',
    meaning: {
      en: 'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).',
      zh: '不是错误：支付宝客服将在 2 天内审核。若想重新认证，请先撤销本次认证申请。',
    },
    causes: [],
    nextSteps: [
      {
        en: 'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.',
        zh: '等待审核结果，然后在支付宝查看实名认证进度。',
      },
      {
        en: 'Do not revoke unless you want to start again.',
        zh: '除非要重新认证，否则不要撤销申请。',
      },
    ],
    suggestedAction: 'start_review',
    source: ['S2', 'S3', 'S4'],
  },
  LOGIN_BLOCKED: {
    kind: 'error',
    meaning: {
      en: 'This account is not allowed to log in at present; contact Alipay customer service on 95188.',
      zh: '该账户目前不允许登录，请联系支付宝客服 95188。',
    },
    causes: [
      {
        en: 'Seen after a foreign-card payment was held for 24 hours and declined.',
        zh: '曾出现在境外卡付款被冻结 24 小时后被拒之后。',
      },
    ],
    nextSteps: [call95188],
    source: ['S2'],
  },
  CHOOSE_OTHER_METHOD: {
    kind: 'error',
    meaning: {
      en: '"Choose another verification method": shown after an error on submit; it returns to the start.',
      zh: '“选择其他认证方式”：提交出错后出现，点击后回到认证首页。',
    },
    causes: [{ en: 'An error on submit, often a system error.', zh: '提交时出错，常为系统错误。' }],
    nextSteps: [
      { en: 'Read the error shown above it; retry later or in another browser.', zh: '查看上方的错误提示；稍后或换浏览器重试。' },
    ],
    source: ['S2'],
  },
  WRONG_FORM_ID_NUMBER: {
    kind: 'error',
    meaning: {
      en: 'The mainland form was used: it wants an 18-character Chinese ID number.',
      zh: '使用了大陆居民认证表单：它要求 18 位身份证号码。',
    },
    causes: [
      {
        en: 'The 外籍 (foreign nationality) link under 立即认证 was not chosen.',
        zh: '没有在“立即认证”下方选择“外籍”。',
      },
    ],
    nextSteps: [
      {
        en: 'Go back to 立即认证 and click 外籍, then enter the passport number.',
        zh: '回到“立即认证”，点击“外籍”，然后填写护照号码。',
      },
    ],
    source: ['S2'],
  },
  ACCOUNT_RESTRICTED: {
    kind: 'restriction',
    meaning: {
      en: 'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.',
      zh: '账户主要功能（付款、收款、加好友、发消息等）被限制；提现不受影响。',
    },
    causes: [
      {
        en: 'Risk control, e.g. right after sign-up abroad ("Malicious account operations").',
        zh: '风控，例如在境外注册后立即被限（“恶意操作账户”）。',
      },
    ],
    nextSteps: [
      {
        en: 'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.',
        zh: '在 App 在线客服中要求转人工；App 内申诉只提供绑定大陆银行卡。',
      },
      {
        en: 'Upload the passport data page and a photo holding the passport through the emailed link.',
        zh: '通过邮件中的链接上传护照信息页和手持护照照片。',
      },
      {
        en: 'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".',
        zh: '约 12 小时后查看 设置 → 账号与安全 → 安全中心 → 限制；应显示“当前账户无安全问题”。',
      },
      {
        en: 'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.',
        zh: '若审核失败邮件中有“补传”链接，须在 24 小时内使用。',
      },
    ],
    source: ['S0', 'W'],
  },
};

type Lang = 'zh' | 'en';
type Normalized = { text: string; from: number[]; to: number[] };

const PUNCTUATION: Readonly<Record<string, string>> = {
  '。': '.',
  '、': ',',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '“': '"',
  '”': '"',
  '„': '"',
  '「': '"',
  '」': '"',
  '‘': "'",
  '’': "'",
  '`': "'",
  '´': "'",
};
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/**
 * NFKC (full-width → half-width), Chinese punctuation mapped to ASCII; for Chinese all whitespace is
 * dropped, for English it is collapsed and letters are lower-cased. Keeps each character's position in
 * the original so the matched text can be shown as pasted.
 */
function normalize(original: string, lang: Lang): Normalized {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  let newlines = 0;
  for (const char of original) {
    const end = index + char.length;
    for (const piece of char.normalize('NFKC')) {
      let mapped = PUNCTUATION[piece] ?? piece;
      if (INVISIBLE.test(mapped)) continue;
      if (/\s/.test(mapped)) {
        if (lang === 'zh' || chars.length === 0) continue;
        // English keeps one separator per whitespace run: a paragraph break (two or more line breaks)
        // becomes "\n", anything else — a wrapped line included — a space.
        if (mapped === '\n') newlines += 1;
        const separator = newlines >= 2 ? '\n' : ' ';
        const last = chars.length - 1;
        if (chars[last] === ' ' || chars[last] === '\n') {
          chars[last] = separator;
          continue;
        }
        mapped = separator;
      } else {
        newlines = 0;
        if (lang === 'en') mapped = mapped.toLowerCase();
      }
      for (const unit of mapped) {
        chars.push(unit);
        from.push(index);
        to.push(end);
      }
    }
    index = end;
  }
  return { text: chars.join(''), from, to };
}

const CANT = String.raw`(?:can't|cannot|can not|could not|couldn't)`;
const NUMBER_WORD = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** Recognisers per code, on the normalised text: Chinese originals and the English translations users paste. */
const rules: ReadonlyArray<{ code: MessageCode; zh: RegExp[]; en: RegExp[] }> = [
  {
    code: 'CARD_CHECK_FAILED',
    zh: [
      /银行卡信息?(?:认证|验证|校验)(?:失败|未通过|不通过)/,
      /(?:更换|换)银行卡(?:后)?重新(?:认证|验证)/,
      /原银行卡重新(?:认证|验证)/,
    ],
    en: [
      /bank ?card (?:information |info |details |data )?(?:authentication|certification|verification|validation|check|identification)s? (?:has |have |was |is )?(?:fails?|failed|failure|unsuccessful|not passed)/,
      /(?:authentication|certification|verification) of (?:your |the )?bank ?card (?:information |info )?(?:has )?failed/,
      /(?:using|use|with) the original bank ?card/,
      /(?:replace|change|switch) (?:the |your )?bank ?card (?:to )?(?:re-?certif|re-?authenticat|re-?verif)/,
    ],
  },
  {
    code: 'DEPOSIT_FAILED',
    zh: [/(?:支付宝)?向(?:你|您)的银行(?:账户|卡)打款(?:失败|不成功)/, /打款(?:失败|不成功)/],
    en: [
      /(?:payment|remittance|transfer|deposit|money|payout)s? (?:from alipay )?(?:in)?to (?:your|the) bank (?:account|card) (?:has |was |is )?(?:failed|fails?|unsuccessful)/,
      /failed to (?:pay|transfer|remit|deposit|make (?:a |the )?(?:payment|transfer|deposit|remittance))(?: money| funds| the money)? (?:in)?to (?:your|the) bank (?:account|card)/,
      /reason for (?:the )?(?:payment|remittance|transfer|deposit) failure/,
    ],
  },
  {
    code: 'DOCUMENTS_MISSING',
    zh: [/缺少?(?:其他|其它)?有效(?:身份)?(?:证件|证明)/],
    en: [
      /(?:lack|lacks|lacking|missing|absence|lack of) (?:of )?(?:other |another )?valid (?:documents?|certificates?|ids?|identification|credentials?|papers?)/,
      /other valid (?:documents?|certificates?|ids?) (?:are |is )?missing/,
    ],
  },
  {
    code: 'SYSTEM_ERROR',
    zh: [/系统(?:出错|错误|异常|繁忙|故障)/],
    en: [
      /something (?:is )?wrong with the system/,
      /system (?:error|is busy|busy|is too busy|too busy|went wrong|has an error|failure|exception|malfunction)/,
      /the system is wrong/,
    ],
  },
  {
    code: 'CANNOT_OPERATE',
    zh: [/(?:抱歉,?)?暂时无法操作/],
    en: [
      new RegExp(
        String.raw`sorry,? (?:that )?(?:your application ${CANT} be processed|it ${CANT} be operated|(?:it is |we are )?temporarily unable to (?:operate|process)|unable to operate|${CANT} operate)`,
      ),
      /(?:temporarily|currently) unable to operate/,
      new RegExp(String.raw`${CANT} be (?:operated|processed) (?:at the moment|temporarily|for the time being|for now)`),
    ],
  },
  {
    code: 'UNDER_REVIEW',
    zh: [
      /(?:支付宝)?客服将在(\d{1,2}|[一二两三四五六七])(个工作日|天|日)内(?:为(?:你|您))?(?:进行|完成)?审核/,
      /将在(\d{1,2}|[一二两三四五六七])(个工作日|天|日)内(?:为(?:你|您))?(?:进行|完成)?审核/,
      /审核完成后,?请返回支付宝查看/,
      /(?:正在|人工|认证)审核中/,
    ],
    en: [
      new RegExp(
        String.raw`(?:customer service|alipay|staff|service person|service staff|we)[a-z ]{0,30}? will (?:review|audit|check|verify|examine)[a-z ,]{0,40}?within (${NUMBER_WORD}) (working |business )?days?`,
      ),
      new RegExp(
        String.raw`within (${NUMBER_WORD}) (working |business )?days?,? (?:the )?(?:customer service|alipay|staff)?[a-z ]{0,20}(?:review|audit)`,
      ),
      /after the (?:review|audit) is (?:completed|complete|finished),? please return to alipay/,
      /\bunder (?:manual )?review\b/,
    ],
  },
  {
    code: 'LOGIN_BLOCKED',
    zh: [/(?:该)?(?:账户|账号)(?:目前|暂时|当前)?不允许登录/, /(?:账户|账号)(?:已被|被)?(?:禁止|限制)登录/],
    en: [
      /account (?:is )?(?:currently |temporarily |at present |presently )?(?:not|unable) (?:currently |temporarily )?(?:allowed |permitted |able )?to (?:log ?in|login|sign ?in)/,
      /login is not (?:allowed|permitted)/,
      /account (?:is )?(?:currently )?(?:forbidden|prohibited|blocked) (?:from |to )?(?:log|sign)/,
    ],
  },
  {
    code: 'CHOOSE_OTHER_METHOD',
    zh: [/选择其他(?:认证|验证)方式/],
    en: [/(?:choose|select|use) (?:an)?other (?:authentication|verification|certification) (?:methods?|ways?|modes?|means)/],
  },
  {
    code: 'WRONG_FORM_ID_NUMBER',
    zh: [/(?:身份证|证件)号码?(?:为|是|应为|必须为|须为|需为)?18位/, /请(?:输入|填写)(?:正确的)?18位(?:身份证|证件)/],
    en: [
      /id(?: card)? number (?:is|must be|should be|has|contains|consists of|needs to be) (?:of )?18 (?:digits|characters|bits|numbers)/,
      /18[- ]digit id(?: card)? number/,
    ],
  },
  {
    code: 'ACCOUNT_RESTRICTED',
    zh: [/限制(?:账户|账号)?主要功能/, /(?:账户|账号)(?:已被|已|被)限制(?!登录)/, /(?:账户|账号)(?:功能)?受限/, /恶意(?:账户|账号)?操作/],
    en: [
      /restrict(?:ing|ion on|ion of|s|ed)? (?:the )?main account functions?/,
      /malicious account operations?/,
      /account (?:has been|is|was|have been) (?:temporarily |permanently )?restricted/,
    ],
  },
];

type Hit = {
  code: MessageCode;
  lang: Lang;
  start: number;
  end: number;
  retryAfterDays?: number;
  retryDate?: LocalDate;
  review?: Duration;
};

const ZH_EXTENDABLE = /[\p{Script=Han}\p{N},()[\]"'·-]/u;
const TERMINATOR = /[.!?]/;

/** Grow a match to the message around it: Chinese runs up to a sentence end, English to the sentence. */
function extend(norm: Normalized, lang: Lang, start: number, end: number): [number, number] {
  const text = norm.text;
  let from = start;
  let to = end;
  if (lang === 'zh') {
    while (from > 0 && ZH_EXTENDABLE.test(text.charAt(from - 1))) from -= 1;
    const envelope = /(?:您|你)申请的\[?支付宝个人认证(?:认证)?\]?(?:失败了?|未通过),?失败原因(?:为|是)?:?$/.exec(
      text.slice(Math.max(0, from - 40), from),
    );
    if (envelope) from -= envelope[0].length;
    while (to < text.length && (ZH_EXTENDABLE.test(text.charAt(to)) || text.charAt(to) === ':')) to += 1;
  } else {
    while (from > 0 && !/[.!?:;"\n]/.test(text.charAt(from - 1))) from -= 1;
    while (to < text.length && !/[.!?;"\n]/.test(text.charAt(to))) to += 1;
  }
  while (to < text.length && TERMINATOR.test(text.charAt(to))) to += 1;
  return [from, to];
}

const CHINESE_NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const ENGLISH_NUMERALS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

function numberFrom(word: string): number {
  return CHINESE_NUMERALS[word] ?? ENGLISH_NUMERALS[word] ?? Number(word);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DATE_PATTERNS: ReadonlyArray<{ pattern: RegExp; order: 'ymd' | 'mdy' | 'dmy' }> = [
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日?/, order: 'ymd' },
  { pattern: /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, order: 'ymd' },
  { pattern: new RegExp(String.raw`${MONTH} ?(\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})`), order: 'mdy' },
  { pattern: new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)? ?${MONTH},? ?(\d{4})`), order: 'dmy' },
];

/** The first real calendar date written in `text` (Chinese, ISO-like or English month names). */
function findDate(text: string): { date: LocalDate; index: number; length: number } | null {
  let best: { date: LocalDate; index: number; length: number } | null = null;
  for (const { pattern, order } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match || (best && best.index <= match.index)) continue;
    // Every group of these patterns always takes part in a match.
    const [, a, b, c] = match as unknown as [string, string, string, string];
    const month = (name: string) => MONTHS.indexOf(name) + 1;
    const date =
      order === 'ymd'
        ? validLocalDate(Number(a), Number(b), Number(c))
        : order === 'mdy'
          ? validLocalDate(Number(c), month(a), Number(b))
          : validLocalDate(Number(c), month(b), Number(a));
    if (date) best = { date, index: match.index, length: match[0].length };
  }
  return best;
}

const DAYS_ZH = /(\d{1,3}|[一二两三四五六七八九十])(?:天|日)(?:后|之后|以后)/;
const DAYS_EN = spaced(
  new RegExp(String.raw`(?:for|after|in) (${NUMBER_WORD}) days?|(${NUMBER_WORD}) days? (?:later|after|afterwards)`),
);

/** CARD_CHECK_FAILED: the N of "N天后" and the date after it, searched around the match. */
function addRetryDetails(hit: Hit, text: string): void {
  const windowStart = Math.max(0, hit.start - 80);
  const window = text.slice(windowStart, Math.min(text.length, hit.end + 160));
  const days = (hit.lang === 'zh' ? DAYS_ZH : DAYS_EN).exec(window);
  let dateSearchFrom = 0;
  if (days) {
    hit.retryAfterDays = numberFrom((days[1] ?? days[2]) as string);
    dateSearchFrom = days.index + days[0].length;
    hit.start = Math.min(hit.start, windowStart + days.index);
    hit.end = Math.max(hit.end, windowStart + dateSearchFrom);
  }
  const date = findDate(window.slice(dateSearchFrom, days ? dateSearchFrom + 30 : undefined));
  if (date) {
    hit.retryDate = date.date;
    hit.end = Math.max(hit.end, windowStart + dateSearchFrom + date.index + date.length);
  }
}

const WITHIN_DAYS_ZH = /(\d{1,2}|[一二两三四五六七])(个工作日|天|日)内/;
const WITHIN_DAYS_EN = spaced(new RegExp(String.raw`within (${NUMBER_WORD}) (working |business )?days?`));

/** UNDER_REVIEW: "within N (working) days", 2 calendar days when not stated. */
function addReviewDetails(hit: Hit, match: RegExpExecArray, text: string): void {
  let count = match[1];
  let unit = match[2];
  if (count === undefined) {
    const around = text.slice(Math.max(0, hit.start - 60), hit.end + 60);
    const stated =
      hit.lang === 'zh'
        ? WITHIN_DAYS_ZH.exec(around)
        : WITHIN_DAYS_EN.exec(around);
    count = stated?.[1];
    unit = stated?.[2];
  }
  hit.review = {
    amount: count === undefined ? 2 : numberFrom(count),
    unit: unit === '个工作日' || /^(?:working|business)\s$/.test(unit ?? '') ? 'workingDays' : 'days',
  };
}

/** English patterns are written with single spaces; in the text a space may also be a line break. */
function spaced(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll(' ', String.raw`\s`), pattern.flags);
}

const compiled: Readonly<Record<Lang, ReadonlyArray<{ code: MessageCode; patterns: RegExp[] }>>> = {
  zh: rules.map((rule) => ({ code: rule.code, patterns: rule.zh })),
  en: rules.map((rule) => ({ code: rule.code, patterns: rule.en.map(spaced) })),
};

function findHits(original: string, lang: Lang): { norm: Normalized; hits: Hit[] } {
  const norm = normalize(original, lang);
  const hits: Hit[] = [];
  for (const rule of compiled[lang]) {
    let first: RegExpExecArray | null = null;
    for (const pattern of rule.patterns) {
      const match = pattern.exec(norm.text);
      if (match && (!first || match.index < first.index)) first = match;
    }
    if (!first) continue;
    const [start, end] = extend(norm, lang, first.index, first.index + first[0].length);
    const hit: Hit = { code: rule.code, lang, start, end };
    if (rule.code === 'CARD_CHECK_FAILED') addRetryDetails(hit, norm.text);
    if (rule.code === 'UNDER_REVIEW') addReviewDetails(hit, first, norm.text);
    hits.push(hit);
  }
  // "抱歉,暂时无法操作。失败原因 系统出错啦" is one system-error message (M5), not M4 plus M5.
  const systemError = hits.find((hit) => hit.code === 'SYSTEM_ERROR');
  const cannotOperate = hits.find((hit) => hit.code === 'CANNOT_OPERATE');
  if (systemError && cannotOperate) {
    if (cannotOperate.end <= systemError.start && systemError.start - cannotOperate.end <= 20) {
      systemError.start = cannotOperate.start;
    }
    hits.splice(hits.indexOf(cannotOperate), 1);
  }
  return { norm, hits };
}

const MAX_LENGTH = 50000;

/**
 * Recognise Alipay messages in pasted text (Chinese originals or English machine translations, any
 * punctuation width, spacing and surrounding noise). Returns [] when nothing is recognised.
 */
export function interpretAlipayMessage(text: string, options?: InterpretOptions): Interpretation[] {
  if (typeof text !== 'string') return [];
  const original = text.slice(0, MAX_LENGTH);
  const opts = isRecord(options) ? options : {};
  const receivedAt = isUsableDate(opts.receivedAt) ? opts.receivedAt : undefined;
  const timeZone = isValidTimeZone(opts.timeZone) ? opts.timeZone : ALIPAY_TIME_ZONE;

  const byCode = new Map<MessageCode, { hit: Hit; norm: Normalized }>();
  for (const lang of ['zh', 'en'] as const) {
    const { norm, hits } = findHits(original, lang);
    for (const hit of hits) {
      const known = byCode.get(hit.code);
      if (!known) {
        byCode.set(hit.code, { hit, norm });
      } else {
        // The Chinese original and its translation pasted together: keep the original, borrow details.
        known.hit.retryAfterDays ??= hit.retryAfterDays;
        known.hit.retryDate ??= hit.retryDate;
      }
    }
  }

  const results: Array<Interpretation & { position: number }> = [];
  for (const { hit, norm } of byCode.values()) {
    const knowledge = messageKnowledge[hit.code];
    const position = norm.from[hit.start] as number;
    const interpretation: Interpretation & { position: number } = {
      code: hit.code,
      kind: knowledge.kind,
      meaning: { ...knowledge.meaning },
      causes: knowledge.causes.map((cause) => ({ ...cause })),
      nextSteps: knowledge.nextSteps.map((step) => ({ ...step })),
      matchedText: original.slice(position, norm.to[hit.end - 1]).trim(),
      language: hit.lang,
      source: [...knowledge.source],
      position,
    };
    if (knowledge.suggestedAction) interpretation.suggestedAction = knowledge.suggestedAction;
    if (hit.retryAfterDays !== undefined) interpretation.retryAfterDays = hit.retryAfterDays;
    const retryAfter = hit.retryDate
      ? startOfLocalDay(hit.retryDate, timeZone)
      : receivedAt && hit.retryAfterDays !== undefined
        ? addDuration(receivedAt, { amount: hit.retryAfterDays, unit: 'days' }, timeZone)
        : null;
    if (retryAfter) {
      interpretation.retryAfter = retryAfter;
      const day = formatLocalDate(retryAfter, timeZone);
      interpretation.nextSteps[2] = {
        en: `revoke (撤销本次认证) and retry with the same card on or after ${day}.`,
        zh: `点击“撤销本次认证”，在 ${day} 当天或之后使用原银行卡重新认证。`,
      };
    }
    const dueAt = hit.review && receivedAt ? addDuration(receivedAt, hit.review, timeZone) : null;
    if (dueAt) interpretation.dueAt = dueAt;
    results.push(interpretation);
  }
  return results
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...interpretation }) => interpretation);
}
