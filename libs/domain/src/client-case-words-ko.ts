import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading ko (client-case-words.ts; words from client-glossary.ts).
export const caseWordsKo: ClientCaseWords = {
  states: {
    PREPARING: '준비 중',
    SUBMITTED: '제출됨',
    AWAITING_DEPOSIT: '소액 입금 대기',
    MANUAL_REVIEW: '수동 심사 중',
    REJECTED: '거절됨',
    APPROVED: '승인됨',
    SCAN_LOCKED: '스캔 잠김(약 3시간)',
    FACE_CHECK: '얼굴 인증',
    THREE_DS_PENDING: '3-D Secure 확인 대기',
    ISSUER_DECLINED: '카드 발급사 거절',
    CARD_UNSUPPORTED: '지원되지 않는 카드',
    RISK_CONTROL: '위험 관리로 보류됨',
    CARD_UNBOUND: '카드 연결 해제됨',
    AGENT_REQUESTED: '상담원 연결 요청됨',
    UPLOAD_LINK_RECEIVED: '업로드 링크 받음',
    RESTRICTION_LIFTED: '계정 제한 해제됨',
    STILL_RESTRICTED: '계정 제한 유지',
  },
  types: {
    BANK_CARD_VERIFICATION: '중국 본토 은행 카드로 실명 인증',
    APP_PASSPORT_VERIFICATION: '앱에서 여권 인증 + 해외 카드',
    RESTRICTION_APPEAL: '계정 제한 이의 신청',
    PASSPORT_SCAN_VERIFICATION: '앱에서 여권 스캔 인증(2026)',
    INTERNATIONAL_CARD_BINDING: '해외 카드 연결(Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: '중국 본토 카드 빠른 연결(快捷绑卡)',
    DOCUMENT_UPDATE: '신분증 정보 갱신(만료 또는 재발급)',
    RESTRICTION_APPEAL_AGENT: '상담원을 통한 계정 제한 이의 신청(人工客服)',
  },
};
