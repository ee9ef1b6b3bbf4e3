import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading de (client-case-words.ts; words from client-glossary.ts).
export const caseWordsDe: ClientCaseWords = {
  states: {
    PREPARING: 'In Vorbereitung',
    SUBMITTED: 'Eingereicht',
    AWAITING_DEPOSIT: 'Warten auf die Testüberweisung',
    MANUAL_REVIEW: 'In manueller Prüfung',
    REJECTED: 'Abgelehnt',
    APPROVED: 'Bestätigt',
    SCAN_LOCKED: 'Scan gesperrt (ca. 3 Std.)',
    FACE_CHECK: 'Gesichtsprüfung',
    THREE_DS_PENDING: '3-D Secure ausstehend',
    ISSUER_DECLINED: 'Von der ausgebenden Bank abgelehnt',
    CARD_UNSUPPORTED: 'Karte nicht unterstützt',
    RISK_CONTROL: 'Von der Risikokontrolle angehalten',
    CARD_UNBOUND: 'Kartenverknüpfung gelöst',
    AGENT_REQUESTED: 'Kundenberater angefragt',
    UPLOAD_LINK_RECEIVED: 'Upload-Link erhalten',
    RESTRICTION_LIFTED: 'Einschränkung aufgehoben',
    STILL_RESTRICTED: 'Weiterhin eingeschränkt',
  },
  types: {
    BANK_CARD_VERIFICATION: 'Identitätsprüfung mit einer Bankkarte aus Festlandchina',
    APP_PASSPORT_VERIFICATION: 'Passprüfung in der App + ausländische Karte',
    RESTRICTION_APPEAL: 'Einspruch gegen eine Kontoeinschränkung',
    PASSPORT_SCAN_VERIFICATION: 'Reisepass-Scan in der App (2026)',
    INTERNATIONAL_CARD_BINDING: 'Ausländische Karte verknüpfen (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'Schnellverknüpfung einer chinesischen Karte (快捷绑卡)',
    DOCUMENT_UPDATE: 'Ausweisdaten aktualisieren (abgelaufen oder erneuert)',
    RESTRICTION_APPEAL_AGENT: 'Einspruch gegen eine Kontoeinschränkung über einen Kundenberater (人工客服)',
  },
};
