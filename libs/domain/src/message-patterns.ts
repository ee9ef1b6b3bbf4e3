import type { MessageCode } from './reasons';
import { NUMBER_WORD } from './message-recognisers';

/** Which details the engine reads around a match (message-recognisers.ts). */
export type DetailReader = 'retry' | 'reviewTime';

export type MessagePattern = {
  code: MessageCode;
  zh: RegExp[];
  en: RegExp[];
  /** retry: the N days and the date of a card-check failure; reviewTime: the review's "within N days". */
  reads?: DetailReader;
  /**
   * A message this one explains: when both are found only this one is reported, and when the other stands right
   * before it (at most 20 characters apart) the matched text starts there, as one message.
   */
  absorbs?: MessageCode;
};

const CANT = String.raw`(?:can't|cannot|can not|could not|couldn't)`;

/**
 * What a message looks like, per code, on the normalised text: the Chinese originals and the English translations
 * users paste (English patterns are written with single spaces, which also match line breaks). Of a code's
 * patterns, the match that starts earliest counts. A data table; the sources of each wording are in docs/domain.md.
 */
export const messagePatterns: readonly MessagePattern[] = [
  {
    code: 'CARD_CHECK_FAILED',
    reads: 'retry',
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
    // "抱歉,暂时无法操作。失败原因 系统出错啦" is one system-error message (M5), not M4 plus M5.
    absorbs: 'CANNOT_OPERATE',
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
      new RegExp(
        String.raw`${CANT} be (?:operated|processed) (?:at the moment|temporarily|for the time being|for now)`,
      ),
    ],
  },
  {
    code: 'UNDER_REVIEW',
    reads: 'reviewTime',
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
    en: [
      /(?:choose|select|use) (?:an)?other (?:authentication|verification|certification) (?:methods?|ways?|modes?|means)/,
    ],
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
    zh: [
      /限制(?:账户|账号)?主要功能/,
      /(?:账户|账号)(?:已被|已|被)限制(?!登录)/,
      /(?:账户|账号)(?:功能)?受限/,
      /恶意(?:账户|账号)?操作/,
    ],
    en: [
      /restrict(?:ing|ion on|ion of|s|ed)? (?:the )?main account functions?/,
      /malicious account operations?/,
      /account (?:has been|is|was|have been) (?:temporarily |permanently )?restricted/,
    ],
  },
];
