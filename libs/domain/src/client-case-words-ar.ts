import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading ar (client-case-words.ts; words from client-glossary.ts).
export const caseWordsAr: ClientCaseWords = {
  states: {
    PREPARING: 'قيد التحضير',
    SUBMITTED: 'تم تقديم الطلب',
    AWAITING_DEPOSIT: 'بانتظار الإيداع التجريبي',
    MANUAL_REVIEW: 'قيد المراجعة اليدوية',
    REJECTED: 'مرفوض',
    APPROVED: 'مقبول',
    SCAN_LOCKED: 'المسح موقوف (نحو 3 ساعات)',
    FACE_CHECK: 'التحقق بالوجه',
    THREE_DS_PENDING: 'بانتظار تحقق 3-D Secure',
    ISSUER_DECLINED: 'رفض البنك المُصدِر',
    CARD_UNSUPPORTED: 'البطاقة غير مدعومة',
    RISK_CONTROL: 'موقوف لدى إدارة المخاطر',
    CARD_UNBOUND: 'أُلغي ربط البطاقة',
    AGENT_REQUESTED: 'طُلب موظف خدمة العملاء',
    UPLOAD_LINK_RECEIVED: 'وصل رابط الرفع',
    RESTRICTION_LIFTED: 'رُفع تقييد الحساب',
    STILL_RESTRICTED: 'تقييد الحساب مستمر',
  },
  types: {
    BANK_CARD_VERIFICATION: 'التحقق من الهوية ببطاقة بنكية من البر الصيني',
    APP_PASSPORT_VERIFICATION: 'التحقق من جواز السفر في التطبيق + بطاقة دولية',
    RESTRICTION_APPEAL: 'الطعن في تقييد الحساب',
    PASSPORT_SCAN_VERIFICATION: 'التحقق بمسح جواز السفر في التطبيق (2026)',
    INTERNATIONAL_CARD_BINDING: 'ربط بطاقة دولية (Visa وMastercard وJCB وDiners وDiscover)',
    MAINLAND_CARD_QUICK_BINDING: 'الربط السريع لبطاقة صينية (快捷绑卡)',
    DOCUMENT_UPDATE: 'تحديث الوثيقة (منتهية أو مجددة)',
    RESTRICTION_APPEAL_AGENT: 'الطعن في تقييد الحساب عبر موظف خدمة العملاء (人工客服)',
  },
};
