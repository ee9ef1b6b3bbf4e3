import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading th (client-case-words.ts; words from client-glossary.ts).
export const caseWordsTh: ClientCaseWords = {
  states: {
    PREPARING: 'กำลังเตรียม',
    SUBMITTED: 'ส่งคำขอแล้ว',
    AWAITING_DEPOSIT: 'รอยอดเงินทดสอบ',
    MANUAL_REVIEW: 'อยู่ระหว่างการตรวจสอบโดยเจ้าหน้าที่',
    REJECTED: 'ไม่ผ่าน',
    APPROVED: 'ผ่านแล้ว',
    SCAN_LOCKED: 'การสแกนถูกล็อก (ประมาณ 3 ชม.)',
    FACE_CHECK: 'การยืนยันใบหน้า',
    THREE_DS_PENDING: 'รอการยืนยัน 3-D Secure',
    ISSUER_DECLINED: 'ธนาคารผู้ออกบัตรปฏิเสธ',
    CARD_UNSUPPORTED: 'ไม่รองรับบัตรนี้',
    RISK_CONTROL: 'ถูกระงับโดยระบบควบคุมความเสี่ยง',
    CARD_UNBOUND: 'ยกเลิกการผูกบัตรแล้ว',
    AGENT_REQUESTED: 'ขอติดต่อเจ้าหน้าที่แล้ว',
    UPLOAD_LINK_RECEIVED: 'ได้รับลิงก์อัปโหลดแล้ว',
    RESTRICTION_LIFTED: 'ยกเลิกการจำกัดบัญชีแล้ว',
    STILL_RESTRICTED: 'บัญชียังถูกจำกัด',
  },
  types: {
    BANK_CARD_VERIFICATION: 'การยืนยันตัวตนด้วยบัตรธนาคารจีนแผ่นดินใหญ่',
    APP_PASSPORT_VERIFICATION: 'ยืนยันหนังสือเดินทางในแอป + บัตรต่างประเทศ',
    RESTRICTION_APPEAL: 'อุทธรณ์การจำกัดบัญชี',
    PASSPORT_SCAN_VERIFICATION: 'ยืนยันด้วยการสแกนหนังสือเดินทางในแอป (2026)',
    INTERNATIONAL_CARD_BINDING: 'ผูกบัตรต่างประเทศ (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'ผูกบัตรจีนแผ่นดินใหญ่แบบด่วน (快捷绑卡)',
    DOCUMENT_UPDATE: 'อัปเดตเอกสาร (หมดอายุหรือออกใหม่)',
    RESTRICTION_APPEAL_AGENT: 'อุทธรณ์การจำกัดบัญชีผ่านเจ้าหน้าที่ (人工客服)',
  },
};
