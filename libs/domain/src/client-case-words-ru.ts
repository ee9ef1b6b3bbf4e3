import type { ClientCaseWords } from './client-case-words-type';

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
  reminderKinds: {
    DEPOSIT_EXPECTED: 'Проверочный платёж должен был прийти',
    DEPOSIT_OVERDUE: 'Проверочный платёж задерживается',
    REVIEW_DUE: 'Alipay должен был закончить проверку',
    RETRY_ALLOWED: 'Ту же карту снова можно использовать',
    REUPLOAD_WINDOW_CLOSES: 'Заканчивается срок повторной загрузки (补传)',
    DOCUMENT_EXPIRING: 'Истекает срок документа',
    CASE_STUCK: 'Дело стоит на месте',
    CASE_STUCK_ADMINS: 'Застрявшее дело передано руководителю',
    SCAN_LOCK_LIFTS: 'Блокировка сканирования паспорта должна была сняться',
    REBIND_ALLOWED: 'Отвязанную карту можно привязать снова',
    MANUAL: 'Напоминание',
  },
  documentKinds: {
    PASSPORT_BIO: 'Страница паспорта с личными данными',
    ENTRY_STAMP: 'Страница со штампом о въезде в Китай',
    VISA: 'Китайская виза',
    RESIDENCE_PERMIT: 'Вид на жительство',
    SIGNATURE_PAGE: 'Страница паспорта с подписью',
    HOLDING_PASSPORT_PHOTO: 'Фото, где вы держите открытый паспорт',
    PERMANENT_RESIDENT_ID: 'Карта постоянного жителя для иностранцев (五星卡)',
  },
  checklistStatuses: {
    REQUESTED: 'Нужно прислать',
    UPLOADED: 'Отправлено, ждёт проверки',
    ACCEPTED: 'Принято',
    REJECTED: 'Не принято — пришлите ещё раз',
    WAIVED: 'Не нужно',
  },
  documentFindings: {
    PDF_TYPE_ONLY: 'Это скан в формате PDF: проверены только тип и размер файла. Ваш помощник посмотрит его сам.',
    IMAGE_LOW_RESOLUTION:
      'Фото маленькое ({{width}}×{{height}} пикселей): мелкий текст может не читаться. Снимите ближе, чтобы страница заняла весь кадр.',
    IMAGE_BLURRY: 'Фото размыто. Переснимите: вся страница целиком, ровно, в фокусе, при хорошем свете, без вспышки.',
    IMAGE_GLARE:
      'Яркий блик закрывает около {{percent}}% фото и может скрывать текст. Наклоните страницу или выключите вспышку и переснимите.',
    IMAGE_TOO_DARK: 'Фото слишком тёмное, текст не читается. Переснимите при лучшем освещении.',
    IMAGE_NOT_COLOUR: 'Фото чёрно-белое. Alipay требует цветное фото оригинала документа.',
    IMAGE_ROTATED: 'Фото было снято боком или вверх ногами — его уже повернули как надо.',
    IMAGE_METADATA_REMOVED: 'Из сохранённой копии удалены данные камеры (EXIF).',
    IMAGE_METADATA_REMOVED_GPS:
      'В фото было указано место съёмки (GPS). Из сохранённой копии оно удалено вместе с другими данными камеры.',
    MRZ_UNREADABLE:
      'Не удалось прочитать две строки из букв и знаков < внизу страницы паспорта. Переснимите: вся страница целиком, ровно, в фокусе, при хорошем свете, без вспышки.',
    MRZ_MATCHES: 'Машиночитаемые строки паспорта прочитаны и совпадают с вашими данными.',
    MRZ_NAME_ORDER:
      'В паспорте имя записано как {{passportName}}, а в заявке — {{recordName}}: те же имена, но в другом порядке. Alipay сверяет с паспортом, поэтому пишите имя в порядке паспорта.',
    MRZ_NAME_PARTS:
      'В паспорте имя записано как {{passportName}}, а в заявке — {{recordName}}. Alipay сверяет с паспортом, включая вторые имена.',
    MRZ_NAME_MISMATCH:
      'В паспорте имя записано как {{passportName}}, а в заявке — {{recordName}}. Alipay сверяет с паспортом.',
    MRZ_NUMBER_MISMATCH:
      'Номер паспорта на фото заканчивается на {{passportLast4}}, а в ваших данных — на {{recordLast4}}. Это точно тот паспорт?',
    MRZ_NATIONALITY_MISMATCH: 'Гражданство в паспорте — {{passport}}, а в ваших данных — {{record}}.',
    MRZ_NATIONALITY_UNKNOWN:
      'Гражданство в паспорте — {{passport}}, а в ваших данных указано «{{record}}»: сравнить автоматически не удалось. Проверьте вручную.',
    MRZ_BIRTH_DATE_MISMATCH: 'Дата рождения в паспорте — {{passport}}, а в ваших данных — {{record}}.',
    MRZ_EXPIRY_MISMATCH: 'Паспорт действителен до {{passport}}, а в ваших данных указано {{record}}.',
    PASSPORT_EXPIRED:
      'Срок действия паспорта истёк {{expiryDate}}. Alipay не принимает просроченный паспорт — используйте новый.',
    PASSPORT_EXPIRES_SOON: 'Срок действия паспорта скоро истекает: {{expiryDate}} (осталось дней: {{days}}).',
    UNKNOWN: 'Проверка файла нашла то, что эта версия не умеет описать.',
  },
};
