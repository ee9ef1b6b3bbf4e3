import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading ja (client-case-words.ts; words from client-glossary.ts).
export const caseWordsJa: ClientCaseWords = {
  states: {
    PREPARING: '準備中',
    SUBMITTED: '申請済み',
    AWAITING_DEPOSIT: '少額入金待ち',
    MANUAL_REVIEW: '手動審査中',
    REJECTED: '不承認',
    APPROVED: '承認済み',
    SCAN_LOCKED: 'スキャン一時停止（約3時間）',
    FACE_CHECK: '顔認証',
    THREE_DS_PENDING: '3-Dセキュア認証待ち',
    ISSUER_DECLINED: 'カード発行会社が拒否',
    CARD_UNSUPPORTED: '対応していないカード',
    RISK_CONTROL: 'リスク管理で保留中',
    CARD_UNBOUND: 'カード連携解除済み',
    AGENT_REQUESTED: '有人オペレーターに依頼済み',
    UPLOAD_LINK_RECEIVED: 'アップロード用リンク受信',
    RESTRICTION_LIFTED: '利用制限解除',
    STILL_RESTRICTED: '利用制限が継続',
  },
  types: {
    BANK_CARD_VERIFICATION: '中国本土の銀行カードによる本人確認',
    APP_PASSPORT_VERIFICATION: 'アプリでのパスポート確認 + 海外カード',
    RESTRICTION_APPEAL: '利用制限への異議申し立て',
    PASSPORT_SCAN_VERIFICATION: 'アプリでのパスポートスキャン認証（2026）',
    INTERNATIONAL_CARD_BINDING: '海外カードの連携（Visa、Mastercard、JCB、Diners、Discover）',
    MAINLAND_CARD_QUICK_BINDING: '中国本土カードのクイック連携（快捷绑卡）',
    DOCUMENT_UPDATE: '身分証明書の更新（期限切れ・再発行）',
    RESTRICTION_APPEAL_AGENT: '有人オペレーター経由の異議申し立て（人工客服）',
  },
};
