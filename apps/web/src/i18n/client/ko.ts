import { caseWordsKo } from '@waiji/domain';
import type { ClientPack } from './pack';

// 한국어: 고객 포털. 용어는 client-glossary.ts를 따릅니다(실명 인증, 소액 입금, 수동 심사, 계정 제한, 이의 신청,
// 재업로드). Alipay 버튼 이름은 중국어(병음 포함) 그대로 둡니다.
export const pack: ClientPack = {
  portal: {
    title: '내 Alipay 진행 상황',
    listTitle: '내 진행 건',
    loading: '진행 상황을 불러오는 중…',
    errorTitle: '진행 상황을 불러오지 못했습니다',
    notFoundTitle: '진행 건을 찾을 수 없습니다',
    notFound: '내 진행 건 중에 해당 건이 없습니다. 이미 종료되었을 수 있습니다.',
    backToCases: '내 진행 건 전체',
    language: { label: '언어' },
    update: {
      title: '진행 상황 기록하기',
      body: '제출했다고 표시하거나, 소액 입금 금액을 입력하거나, Alipay의 답변을 붙여 넣으세요. 알림과 재시도 날짜가 자동으로 맞춰집니다.',
      open: '내 진행 상황 업데이트',
    },
    calendar: {
      title: '내 캘린더에서 기한 보기',
      body: '휴대폰 캘린더에서 구독하면 소액 입금이 언제 도착해야 하는지, 언제부터 다시 시도할 수 있는지 볼 수 있습니다.',
      open: '내 캘린더에 추가',
    },
    attempt_other: '{{count}}번째 시도',
    nextPrefix: '다음:',
    updated: '{{date}} 업데이트',
    sections: {
      todo: '지금 할 일',
      when: '다음에 일어날 일과 시기',
      progress: '현재 진행 단계',
      timeline: '지금까지의 진행 내역',
      help: '도움받을 곳',
    },
    steps: {
      none: '지금은 할 일이 없습니다.',
      tap: 'Alipay에서 누를 버튼',
    },
    when: {
      approved: '완료: 승인되었습니다.',
      next: '다음: {{kind}}',
      later: '이후 일정',
      about: {
        DEPOSIT_EXPECTED:
          '1위안 미만의 소액 입금이 {{date}}까지 카드로 들어와야 합니다. 들어오지 않으면 담당자가 확인합니다.',
        DEPOSIT_OVERDUE: '담당자가 {{date}}에 소액 입금을 확인합니다.',
        REVIEW_DUE: 'Alipay가 {{date}}까지 답변해야 합니다. 답변이 없으면 담당자가 확인합니다.',
        RETRY_ALLOWED:
          '{{date}}(베이징 시간)부터 같은 은행 카드를 다시 쓸 수 있습니다. 카드 확인에 실패한 뒤 Alipay가 요구하는 대기 기간입니다. 다른 카드는 지금 바로 쓸 수 있습니다.',
        REUPLOAD_WINDOW_CLOSES: 'Alipay 이메일의 补传(재업로드) 링크를 {{date}} 전에 이용하세요.',
        DOCUMENT_EXPIRING: '곧 만료되는 서류가 있습니다({{date}}에 알림).',
        MANUAL: '담당자가 {{date}}에 알림을 설정해 두었습니다.',
        CASE_STUCK: '담당자가 {{date}}에 다시 확인합니다.',
        CASE_STUCK_ADMINS: '담당자 팀이 {{date}}에 다시 확인합니다.',
        SCAN_LOCK_LIFTS:
          '여권 스캔 잠금은 {{date}}까지(약 3시간 후) 풀립니다. 그 뒤 다시 스캔하거나 정보를 직접 입력하세요. 앱을 다시 설치하지 마세요.',
        REBIND_ALLOWED: '{{date}}부터 연결 해제한 카드를 다시 연결할 수 있습니다(해제 후 24시간).',
      },
      expires: {
        PASSPORT: '여권이 {{date}}에 만료됩니다.',
        VISA: '비자가 {{date}}에 만료됩니다.',
      },
      overdue: '{{kind}} 기한이 {{date}}였습니다. 담당자에게 알림이 갔습니다.',
      retryFrom:
        '{{date}}(베이징 시간)부터 같은 은행 카드를 다시 쓸 수 있습니다. 다른 카드는 지금 바로 쓸 수 있습니다.',
      retryNow: '이제 같은 은행 카드를 다시 쓸 수 있습니다.',
      nothing: '지금은 기다릴 날짜가 없습니다.',
      inStateSince: '{{date}}부터 이 단계에 있습니다.',
    },
    progress: {
      label: '진행 단계',
      done: '완료',
      current: '현재 단계',
    },
    timeline: {
      label: '진행 내역(최신순)',
      empty: '아직 진행된 내용이 없습니다.',
      created: '진행 건 생성',
      message: 'Alipay 메시지',
      youWrote: '내가 보낸 메시지',
      helperWrote: '{{name}} 님의 메시지',
      helperWroteUnnamed: '담당자의 메시지',
      nowIn: '현재: {{state}}',
      reason: '사유: {{reason}}',
      alipaySaid: 'Alipay',
      document: '서류: 파일을 보냈거나 확인함',
    },
    help: {
      helper: '{{organization}}의 담당자가 진행 상황을 살피고 질문에 가장 먼저 답해 드립니다.',
    },
    empty: {
      clientTitle: '아직 진행 건이 없습니다',
      clientBody: '담당자가 아직 진행 건을 만들지 않았습니다. 만들어지면 해야 할 단계와 함께 여기에 표시됩니다.',
      personalTitle: '실명 인증 진행 상황을 기록해 보세요',
      personalBody:
        '진행 건을 만들면 Waiji가 Alipay 앱에서 무엇을 눌러야 하는지, 소액 입금이나 심사 결과를 언제 기다리면 되는지 알려 주고 알림도 보내 드립니다.',
      create: '내 진행 건 만들기',
    },
  },
  clientCase: caseWordsKo,
};
