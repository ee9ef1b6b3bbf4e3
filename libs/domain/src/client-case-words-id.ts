import type { ClientCaseWords } from './client-case-words';

// A case's type and state for a client reading id (client-case-words.ts; words from client-glossary.ts).
export const caseWordsId: ClientCaseWords = {
  states: {
    PREPARING: 'Persiapan',
    SUBMITTED: 'Sudah diajukan',
    AWAITING_DEPOSIT: 'Menunggu setoran uji',
    MANUAL_REVIEW: 'Dalam peninjauan manual',
    REJECTED: 'Ditolak',
    APPROVED: 'Disetujui',
    SCAN_LOCKED: 'Pemindaian dikunci (sekitar 3 jam)',
    FACE_CHECK: 'Verifikasi wajah',
    THREE_DS_PENDING: 'Menunggu 3-D Secure',
    ISSUER_DECLINED: 'Ditolak bank penerbit',
    CARD_UNSUPPORTED: 'Kartu tidak didukung',
    RISK_CONTROL: 'Ditahan kontrol risiko',
    CARD_UNBOUND: 'Tautan kartu dilepas',
    AGENT_REQUESTED: 'Agen layanan sudah diminta',
    UPLOAD_LINK_RECEIVED: 'Tautan unggah diterima',
    RESTRICTION_LIFTED: 'Pembatasan akun dicabut',
    STILL_RESTRICTED: 'Akun masih dibatasi',
  },
  types: {
    BANK_CARD_VERIFICATION: 'Verifikasi identitas dengan kartu bank Tiongkok daratan',
    APP_PASSPORT_VERIFICATION: 'Verifikasi paspor di aplikasi + kartu luar negeri',
    RESTRICTION_APPEAL: 'Banding atas pembatasan akun',
    PASSPORT_SCAN_VERIFICATION: 'Verifikasi pindai paspor di aplikasi (2026)',
    INTERNATIONAL_CARD_BINDING: 'Menautkan kartu luar negeri (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'Tautan cepat kartu Tiongkok daratan (快捷绑卡)',
    DOCUMENT_UPDATE: 'Pembaruan dokumen (kedaluwarsa atau diperbarui)',
    RESTRICTION_APPEAL_AGENT: 'Banding pembatasan akun lewat agen layanan (人工客服)',
  },
};
