import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading es (client-case-words.ts; words from client-glossary.ts).
export const caseWordsEs: ClientCaseWords = {
  states: {
    PREPARING: 'En preparación',
    SUBMITTED: 'Solicitud enviada',
    AWAITING_DEPOSIT: 'Esperando el microdepósito',
    MANUAL_REVIEW: 'En revisión manual',
    REJECTED: 'Rechazada',
    APPROVED: 'Aprobada',
    SCAN_LOCKED: 'Escaneo bloqueado (unas 3 h)',
    FACE_CHECK: 'Verificación facial',
    THREE_DS_PENDING: '3-D Secure pendiente',
    ISSUER_DECLINED: 'Rechazada por el banco emisor',
    CARD_UNSUPPORTED: 'Tarjeta no admitida',
    RISK_CONTROL: 'Retenida por control de riesgos',
    CARD_UNBOUND: 'Tarjeta desvinculada',
    AGENT_REQUESTED: 'Agente humano solicitado',
    UPLOAD_LINK_RECEIVED: 'Enlace de subida recibido',
    RESTRICTION_LIFTED: 'Restricción levantada',
    STILL_RESTRICTED: 'Sigue con restricción',
  },
  types: {
    BANK_CARD_VERIFICATION: 'Verificación de identidad con una tarjeta bancaria de China continental',
    APP_PASSPORT_VERIFICATION: 'Verificación del pasaporte en la app + tarjeta internacional',
    RESTRICTION_APPEAL: 'Apelación contra la restricción de la cuenta',
    PASSPORT_SCAN_VERIFICATION: 'Verificación por escaneo del pasaporte en la app (2026)',
    INTERNATIONAL_CARD_BINDING: 'Vincular una tarjeta internacional (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'Vinculación rápida de tarjeta china (快捷绑卡)',
    DOCUMENT_UPDATE: 'Actualización del documento (caducado o renovado)',
    RESTRICTION_APPEAL_AGENT: 'Apelación contra la restricción con un agente humano (人工客服)',
  },
};
