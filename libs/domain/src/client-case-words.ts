import { type CaseState, caseStateLabels, type CaseType, caseTypeLabels } from './cases';
import type { ClientLanguage, OtherClientLanguage } from './languages';

// A case's type and state in each client language (the portal's badges and progress, the client's emails). English
// and Chinese are the domain's `Bilingual` labels; the other languages are here, worded with client-glossary.ts.

export type ClientCaseWords = {
  states: Readonly<Record<CaseState, string>>;
  types: Readonly<Record<CaseType, string>>;
};

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
};

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

export const caseWordsJa: ClientCaseWords = {
  states: {
    PREPARING: '準備中',
    SUBMITTED: '申請済み',
    AWAITING_DEPOSIT: '少額入金待ち',
    MANUAL_REVIEW: '手動審査中',
    REJECTED: '不承認',
    APPROVED: '承認済み',
    SCAN_LOCKED: 'スキャン一時停止（約3時間）',
    FACE_CHECK: '顔認証',
    THREE_DS_PENDING: '3-Dセキュア認証待ち',
    ISSUER_DECLINED: 'カード発行会社が拒否',
    CARD_UNSUPPORTED: '対応していないカード',
    RISK_CONTROL: 'リスク管理で保留中',
    CARD_UNBOUND: 'カード連携解除済み',
    AGENT_REQUESTED: '有人オペレーターに依頼済み',
    UPLOAD_LINK_RECEIVED: 'アップロード用リンク受信',
    RESTRICTION_LIFTED: '利用制限解除',
    STILL_RESTRICTED: '利用制限が継続',
  },
  types: {
    BANK_CARD_VERIFICATION: '中国本土の銀行カードによる本人確認',
    APP_PASSPORT_VERIFICATION: 'アプリでのパスポート確認 + 海外カード',
    RESTRICTION_APPEAL: '利用制限への異議申し立て',
    PASSPORT_SCAN_VERIFICATION: 'アプリでのパスポートスキャン認証（2026）',
    INTERNATIONAL_CARD_BINDING: '海外カードの連携（Visa、Mastercard、JCB、Diners、Discover）',
    MAINLAND_CARD_QUICK_BINDING: '中国本土カードのクイック連携（快捷绑卡）',
    DOCUMENT_UPDATE: '身分証明書の更新（期限切れ・再発行）',
    RESTRICTION_APPEAL_AGENT: '有人オペレーター経由の異議申し立て（人工客服）',
  },
};

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

/** Every language's words (the API's emails); the web imports one language's constant in its lazy pack. */
export const clientCaseWords: Readonly<Record<OtherClientLanguage, ClientCaseWords>> = {
  ko: caseWordsKo,
  ru: caseWordsRu,
  ja: caseWordsJa,
  th: caseWordsTh,
  id: caseWordsId,
  es: caseWordsEs,
  fr: caseWordsFr,
  de: caseWordsDe,
  ar: caseWordsAr,
};

/** A case state as a client reads it in their language. */
export const clientStateName = (state: CaseState, language: ClientLanguage): string =>
  language === 'en' || language === 'zh' ? caseStateLabels[state][language] : clientCaseWords[language].states[state];

/** A case type as a client reads it in their language. */
export const clientTypeName = (type: CaseType, language: ClientLanguage): string =>
  language === 'en' || language === 'zh' ? caseTypeLabels[type][language] : clientCaseWords[language].types[type];
