import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading ru (client-case-words.ts; words from client-glossary.ts).
export const caseWordsRu: ClientCaseWords = {
  states: {
    PREPARING: 'Подготовка',
    SUBMITTED: 'Заявка подана',
    AWAITING_DEPOSIT: 'Ожидается проверочный платёж',
    MANUAL_REVIEW: 'На ручной проверке',
    REJECTED: 'Отклонено',
    APPROVED: 'Одобрено',
    SCAN_LOCKED: 'Сканирование заблокировано (около 3 ч)',
    FACE_CHECK: 'Проверка по лицу',
    THREE_DS_PENDING: 'Ожидается 3-D Secure',
    ISSUER_DECLINED: 'Банк-эмитент отказал',
    CARD_UNSUPPORTED: 'Карта не поддерживается',
    RISK_CONTROL: 'Задержано службой безопасности',
    CARD_UNBOUND: 'Карта отвязана',
    AGENT_REQUESTED: 'Запрошен оператор',
    UPLOAD_LINK_RECEIVED: 'Получена ссылка для загрузки',
    RESTRICTION_LIFTED: 'Ограничение снято',
    STILL_RESTRICTED: 'Ограничение сохраняется',
  },
  types: {
    BANK_CARD_VERIFICATION: 'Подтверждение личности через карту банка материкового Китая',
    APP_PASSPORT_VERIFICATION: 'Подтверждение паспорта в приложении + зарубежная карта',
    RESTRICTION_APPEAL: 'Апелляция на ограничение аккаунта',
    PASSPORT_SCAN_VERIFICATION: 'Сканирование паспорта в приложении (2026)',
    INTERNATIONAL_CARD_BINDING: 'Привязка зарубежной карты (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'Быстрая привязка китайской карты (快捷绑卡)',
    DOCUMENT_UPDATE: 'Обновление документа (истёк или заменён)',
    RESTRICTION_APPEAL_AGENT: 'Апелляция на ограничение через оператора (人工客服)',
  },
};
