import type { ClientCaseWords } from './client-case-words-type';

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
  reminderKinds: {
    DEPOSIT_EXPECTED: '소액 입금 도착 예정',
    DEPOSIT_OVERDUE: '소액 입금 지연',
    REVIEW_DUE: 'Alipay 심사 결과 예정',
    RETRY_ALLOWED: '같은 카드로 재시도 가능',
    REUPLOAD_WINDOW_CLOSES: '재업로드(补传) 기한 마감',
    DOCUMENT_EXPIRING: '서류 만료 임박',
    CASE_STUCK: '진행이 멈춘 건',
    CASE_STUCK_ADMINS: '멈춘 건을 관리자에게 전달함',
    SCAN_LOCK_LIFTS: '여권 스캔 잠금 해제 예정',
    REBIND_ALLOWED: '해제한 카드 다시 연결 가능',
    MANUAL: '알림',
  },
  documentKinds: {
    PASSPORT_BIO: '여권 인적 사항 면',
    ENTRY_STAMP: '중국 입국 도장이 있는 면',
    VISA: '중국 비자',
    RESIDENCE_PERMIT: '거류 허가',
    SIGNATURE_PAGE: '서명이 있는 여권 면',
    HOLDING_PASSPORT_PHOTO: '펼친 여권을 들고 찍은 사진',
    PERMANENT_RESIDENT_ID: '외국인 영주권 신분증(五星卡)',
  },
  checklistStatuses: {
    REQUESTED: '요청됨',
    UPLOADED: '보냄, 확인 대기 중',
    ACCEPTED: '승인됨',
    REJECTED: '반려됨 — 다시 보내 주세요',
    WAIVED: '필요 없음',
  },
  documentFindings: {
    PDF_TYPE_ONLY: 'PDF 스캔본입니다. 파일 형식과 크기만 확인했으며, 담당자가 직접 확인합니다.',
    IMAGE_LOW_RESOLUTION:
      '사진 크기가 작아({{width}}×{{height}} 픽셀) 작은 글씨가 잘 안 보일 수 있습니다. 페이지가 화면을 가득 채우도록 가까이서 찍어 주세요.',
    IMAGE_BLURRY: '사진이 흐립니다. 페이지 전체를 평평하게 놓고 초점을 맞춰, 밝은 곳에서 플래시 없이 다시 찍어 주세요.',
    IMAGE_GLARE:
      '사진의 약 {{percent}}%에 빛 반사가 있어 글자가 가려질 수 있습니다. 페이지를 살짝 기울이거나 플래시를 끄고 다시 찍어 주세요.',
    IMAGE_TOO_DARK: '사진이 너무 어두워 읽을 수 없습니다. 더 밝은 곳에서 다시 찍어 주세요.',
    IMAGE_NOT_COLOUR: '흑백 사진입니다. Alipay는 서류 원본의 컬러 사진을 요구합니다.',
    IMAGE_ROTATED: '사진이 옆으로 또는 거꾸로 찍혀 있어 바르게 돌려 두었습니다.',
    IMAGE_METADATA_REMOVED: '저장된 사본에서 카메라 정보(EXIF)를 삭제했습니다.',
    IMAGE_METADATA_REMOVED_GPS:
      '사진에 촬영 위치(GPS)가 들어 있었습니다. 저장된 사본에서 위치와 다른 카메라 정보를 삭제했습니다.',
    MRZ_UNREADABLE:
      '여권 정보면 아래쪽에 있는 영문자와 < 기호로 된 두 줄을 읽을 수 없습니다. 페이지 전체를 평평하게 놓고 초점을 맞춰, 밝은 곳에서 플래시 없이 다시 찍어 주세요.',
    MRZ_MATCHES: '여권의 기계 판독 줄을 읽었으며, 입력하신 정보와 일치합니다.',
    MRZ_NAME_ORDER:
      '여권상 이름은 {{passportName}}, 입력하신 이름은 {{recordName}}입니다. 같은 이름이지만 순서가 다릅니다. Alipay는 여권과 대조하므로 여권의 순서대로 입력해 주세요.',
    MRZ_NAME_PARTS:
      '여권상 이름은 {{passportName}}, 입력하신 이름은 {{recordName}}입니다. Alipay는 중간 이름까지 포함해 여권과 대조합니다.',
    MRZ_NAME_MISMATCH:
      '여권상 이름은 {{passportName}}, 입력하신 이름은 {{recordName}}입니다. Alipay는 여권과 대조합니다.',
    MRZ_NUMBER_MISMATCH:
      '사진 속 여권 번호의 끝자리는 {{passportLast4}}, 입력하신 정보의 끝자리는 {{recordLast4}}입니다. 맞는 여권인가요?',
    MRZ_NATIONALITY_MISMATCH: '여권상 국적은 {{passport}}, 입력하신 국적은 {{record}}입니다.',
    MRZ_NATIONALITY_UNKNOWN:
      '여권상 국적은 {{passport}}입니다. 입력하신 국적 "{{record}}"은(는) 자동으로 비교할 수 없으니 직접 확인해 주세요.',
    MRZ_BIRTH_DATE_MISMATCH: '여권상 생년월일은 {{passport}}, 입력하신 생년월일은 {{record}}입니다.',
    MRZ_EXPIRY_MISMATCH: '여권 만료일은 {{passport}}, 입력하신 만료일은 {{record}}입니다.',
    PASSPORT_EXPIRED:
      '여권이 {{expiryDate}}에 만료되었습니다. Alipay는 만료된 여권을 받지 않으니 새 여권을 사용해 주세요.',
    PASSPORT_EXPIRES_SOON: '여권이 {{days}}일 후({{expiryDate}})에 만료됩니다.',
    UNKNOWN: '이 파일을 확인한 결과, 현재 버전에서는 설명할 수 없는 항목이 있습니다.',
  },
};
