import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading fr (client-case-words.ts; words from client-glossary.ts).
export const caseWordsFr: ClientCaseWords = {
  states: {
    PREPARING: 'En préparation',
    SUBMITTED: 'Demande envoyée',
    AWAITING_DEPOSIT: 'Micro-virement attendu',
    MANUAL_REVIEW: 'En examen manuel',
    REJECTED: 'Refusée',
    APPROVED: 'Acceptée',
    SCAN_LOCKED: 'Scan bloqué (environ 3 h)',
    FACE_CHECK: 'Vérification faciale',
    THREE_DS_PENDING: '3-D Secure en attente',
    ISSUER_DECLINED: 'Refus de la banque émettrice',
    CARD_UNSUPPORTED: 'Carte non acceptée',
    RISK_CONTROL: 'Bloquée par le contrôle des risques',
    CARD_UNBOUND: 'Carte dissociée',
    AGENT_REQUESTED: 'Conseiller demandé',
    UPLOAD_LINK_RECEIVED: 'Lien d’envoi reçu',
    RESTRICTION_LIFTED: 'Restriction levée',
    STILL_RESTRICTED: 'Restriction maintenue',
  },
  types: {
    BANK_CARD_VERIFICATION: 'Vérification d’identité avec une carte bancaire de Chine continentale',
    APP_PASSPORT_VERIFICATION: 'Vérification du passeport dans l’app + carte étrangère',
    RESTRICTION_APPEAL: 'Recours contre une restriction du compte',
    PASSPORT_SCAN_VERIFICATION: 'Vérification par scan du passeport dans l’app (2026)',
    INTERNATIONAL_CARD_BINDING: 'Associer une carte étrangère (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'Association rapide d’une carte chinoise (快捷绑卡)',
    DOCUMENT_UPDATE: 'Mise à jour du document (expiré ou renouvelé)',
    RESTRICTION_APPEAL_AGENT: 'Recours contre une restriction via un conseiller (人工客服)',
  },
};
