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
  // Issue 18. Taobao's own restriction comes before Alipay's (M10), which it explains when both match.
  {
    code: 'TAOBAO_RESTRICTED',
    absorbs: 'ACCOUNT_RESTRICTED',
    zh: [/淘宝(?:网)?(?:的)?(?:账户|账号)?(?:已被|已|被)?(?:限制|冻结|受限|封)/],
    en: [
      /(?:log ?in|sign ?in|logging in)(?: in)?to (?:my |the |your )?taobao[\s\S]{0,120}?account (?:has been|is|was) (?:temporarily |permanently )?restricted/,
      /taobao account (?:has been|is|was) (?:temporarily |permanently )?restricted/,
    ],
  },
  {
    code: 'DOC_NUMBER_MISMATCH',
    zh: [/证件号(?:码)?(?:不一致|不匹配|不符|有误)/],
    en: [
      /(?:doc|document|id|passport)(?:ument)? (?:number|no\.?|#) (?:is )?(?:not matching|does not match|doesn't match|mismatch(?:ed)?|not match)/,
    ],
  },
  {
    code: 'INFO_NOT_VERIFIABLE',
    zh: [/(?:个人)?信息(?:无法|未能|不能)通过(?:支付宝)?安全(?:验证|校验)/, /请(?:确保)?准确填写(?:个人)?信息/],
    en: [
      new RegExp(
        String.raw`personal info(?:rmation)? (?:${CANT}|cant|can not) be verified(?: by alipay(?: security)?)?`,
      ),
      /make sure (?:to|you) fill (?:it|them|this|in your information) (?:in )?accurately/,
    ],
  },
  {
    code: 'NAME_ACCOUNT_MISMATCH',
    zh: [/(?:户名|姓名)(?:与|和)(?:银行)?(?:卡号|账号|账户)(?:不符|不匹配|不一致)/],
    en: [/name and (?:the )?(?:bank )?(?:account|card) number[a-z ]{0,30}? (?:do not|don't|does not|doesn't) match/],
  },
  {
    code: 'CARD_USED_ELSEWHERE',
    zh: [/(?:该)?(?:银行)?卡(?:已被|被)(?:他人|其他(?:账户|账号|人))(?:使用|绑定|占用)/],
    en: [
      /card (?:is |has been |was )?already (?:used|bound|linked|registered) (?:by|to|with) (?:someone else|another (?:person|user|account))/,
      /card (?:number )?(?:has been )?(?:leaked and )?used by (?:another person|someone else)/,
    ],
  },
  {
    code: 'NO_SECURITY_ISSUES',
    zh: [/(?:当前|目前)?(?:账户|账号)?(?:暂)?无(?:账户|账号)?安全问题/],
    en: [/no (?:current )?account security issues?/],
  },
  {
    code: 'SMS_QUESTION_MARKS',
    zh: [/[?\ufffd]{8,}/],
    en: [/(?:[?\ufffd] ?){8,}/, /(?:sms|text message)[a-z ,]{0,40}(?:all )?question marks/],
  },
  {
    code: 'SCAN_LOCKED_OUT',
    zh: [
      /(?:扫描|识别|认证|验证|尝试|操作)(?:失败)?(?:次数)?过(?:多|于频繁)/,
      /请(?:在)?(?:3|三)(?:个)?小时后(?:再|重新)?(?:试|尝试|操作)/,
    ],
    en: [
      /too many (?:failed |unsuccessful )?(?:attempts|tries|scans)/,
      /(?:temporarily )?locked (?:out )?for (?:about |approximately |around )?(?:3|three) hours/,
      /try again (?:in|after) (?:about )?(?:3|three) hours/,
    ],
  },
  {
    code: 'PHOTO_UNCLEAR',
    zh: [/(?:照片|图片|证件照)(?:不清晰|模糊|不清楚|无法识别)/],
    en: [/(?:photo|picture|image) (?:is |was )?(?:not clear|unclear|blurry|blurred|unreadable)/],
  },
  {
    code: 'NAME_NOT_MRZ',
    zh: [/姓名(?:与|和)(?:护照|证件)(?:机读码|mrz)?(?:信息)?不(?:一致|符|匹配)/],
    en: [
      /name (?:does not|doesn't|did not|didn't) match (?:the )?(?:passport|mrz|machine readable zone)/,
      /name mismatch with (?:the )?(?:passport|mrz)/,
    ],
  },
  {
    code: 'NATIONALITY_UNSUPPORTED',
    zh: [/(?:暂)?不支持(?:该|此|你的|您的)?国籍/, /国籍(?:暂)?不(?:支持|在(?:支持)?(?:范围|列表))/],
    en: [
      /(?:nationality|country) (?:is )?(?:not supported|unsupported|not available)/,
      /users from [a-z ]{2,30} can't register/,
    ],
  },
  {
    code: 'ID_EXPIRED',
    zh: [/(?:证件|护照|身份证件)?已过期,?请(?:重传|重新上传|更新)/, /(?:证件|护照)已(?:过期|失效)/],
    en: [
      /your (?:id|passport|document|identity document) (?:has )?expired/,
      /(?:id|passport|document) (?:has )?expired,? (?:touch|tap|click) here to update/,
    ],
  },
  {
    code: 'REVIEW_IN_24_HOURS',
    absorbs: 'UNDER_REVIEW',
    reads: 'reviewTime',
    zh: [/(\d{1,2})(小时)内(?:给出|反馈|完成|出)?(?:审核)?结果/, /审核中.{0,20}?(\d{1,2})(小时)内/],
    en: [
      /review in progress[^\n]{0,80}?within (\d{1,2}) (hours?)/,
      /result (?:will be (?:available|given|sent) )?within (\d{1,2}) (hours?)/,
    ],
  },
  {
    code: 'ISSUER_DECLINED',
    zh: [/发卡(?:行|银行)(?:已)?拒绝/, /(?:被)?发卡行拒(?:绝|付)/],
    en: [/card issuing bank (?:has )?declined/, /(?:issuing bank|issuer|card issuer) (?:has )?declined/],
  },
  {
    code: 'CARD_NOT_SUPPORTED',
    zh: [/(?:暂)?不支持(?:该|此)(?:银行)?卡/, /(?:该|此)(?:银行)?卡(?:暂)?不(?:受)?支持/],
    en: [
      /(?:this |the |your )?card (?:is )?(?:not supported|unsupported)/,
      /(?:does not|doesn't) support (?:this|the|your) card/,
    ],
  },
  {
    code: 'RISK_CONTROL',
    zh: [/(?:触发|存在|命中)(?:了)?(?:风控|风险)/, /风控(?:拦截|限制|原因)/],
    en: [
      /risk control/,
      /(?:transaction|binding|payment) (?:was )?(?:blocked|stopped|declined) (?:for|due to) (?:security|risk) reasons/,
    ],
  },
  {
    code: 'RESERVED_PHONE_MISMATCH',
    zh: [
      /(?:银行)?预留(?:的)?手机(?:号码?)?(?:不一致|不符|有误|错误|不匹配)/,
      /手机号(?:码)?(?:与|和)(?:银行)?预留(?:的)?(?:手机号(?:码)?)?不(?:一致|符)/,
    ],
    en: [
      /(?:reserved|registered) (?:mobile |phone |cell )?(?:phone )?number[a-z ]{0,30}? (?:does not|doesn't|do not) match/,
      /phone number (?:is )?(?:inconsistent|different) (?:with|from) (?:the )?bank/,
    ],
  },
  {
    code: 'QUICK_PAY_REFUSED',
    zh: [/(?:不支持|未开通|无法开通)快捷支付/],
    en: [/(?:quick pay(?:ment)?|express payment) (?:is )?(?:not supported|not available|not enabled|unavailable)/],
  },
  {
    code: 'BIND_LIMIT_REACHED',
    zh: [
      /已(?:绑定|关联)(?:了)?(?:3|三)个(?:支付宝)?(?:账户|账号)/,
      /(?:绑卡|绑定)次数(?:已)?(?:超过|超出|达到)(?:上限|15次)/,
    ],
    en: [
      /already (?:bound|linked) to (?:3|three) (?:alipay )?accounts/,
      /(?:more than|over|exceeded) 15 (?:binding )?attempts/,
    ],
  },
];
