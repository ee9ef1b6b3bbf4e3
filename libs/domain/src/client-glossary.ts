import { type ClientLanguage, isClientLanguage, type OtherClientLanguage } from './languages';

// The domain's terms in each client language: one agreed word per concept, so the portal, the emails and the
// Alipay helper never call the same thing two names. Catalogues (apps/web/src/i18n/client/*.ts, the API's client
// emails) use these words; client-glossary.spec.ts checks that a catalogue sentence whose English names a term
// uses the term's word in its language. Alipay's own words stay Chinese (with pinyin): these are what they mean.

export type ClientTerm = {
  /** Alipay's Chinese (what the user sees and taps). */
  zh: string;
  pinyin: string;
  /** The English word the English catalogues use; lower case unless a name. */
  en: string;
} & Readonly<Record<OtherClientLanguage, string>>;

const term = (zh: string, pinyin: string, en: string, words: Record<OtherClientLanguage, string>): ClientTerm => ({
  zh,
  pinyin,
  en,
  ...words,
});

export const clientGlossary = [
  term('实名认证', 'shímíng rènzhèng', 'real-name verification', {
    ko: '실명 인증',
    ru: 'подтверждение личности',
    ja: '本人確認',
    th: 'การยืนยันตัวตน',
    id: 'verifikasi identitas',
    es: 'verificación de identidad',
    fr: 'vérification d’identité',
    de: 'Identitätsprüfung',
    ar: 'التحقق من الهوية',
  }),
  term('打款', 'dǎkuǎn', 'deposit', {
    ko: '소액 입금',
    ru: 'проверочный платёж',
    ja: '少額入金',
    th: 'ยอดเงินทดสอบ',
    id: 'setoran uji',
    es: 'microdepósito',
    fr: 'micro-virement',
    de: 'Testüberweisung',
    ar: 'الإيداع التجريبي',
  }),
  term('输入打款金额', "shūrù dǎkuǎn jīn'é", 'enter the deposit amount', {
    ko: '입금액 입력',
    ru: 'ввести сумму платежа',
    ja: '入金額を入力',
    th: 'กรอกยอดเงินที่โอนเข้า',
    id: 'masukkan jumlah setoran',
    es: 'introducir el importe del depósito',
    fr: 'saisir le montant du virement',
    de: 'Betrag der Überweisung eingeben',
    ar: 'إدخال مبلغ الإيداع',
  }),
  term('人工审核', 'réngōng shěnhé', 'manual review', {
    ko: '수동 심사',
    ru: 'ручная проверка',
    ja: '手動審査',
    th: 'การตรวจสอบโดยเจ้าหน้าที่',
    id: 'peninjauan manual',
    es: 'revisión manual',
    fr: 'examen manuel',
    de: 'manuelle Prüfung',
    ar: 'المراجعة اليدوية',
  }),
  term('账户限制', 'zhànghù xiànzhì', 'restriction', {
    ko: '계정 제한',
    ru: 'ограничение',
    ja: '利用制限',
    th: 'การจำกัดบัญชี',
    id: 'pembatasan akun',
    es: 'restricción',
    fr: 'restriction',
    de: 'Einschränkung',
    ar: 'تقييد الحساب',
  }),
  term('申诉', 'shēnsù', 'appeal', {
    ko: '이의 신청',
    ru: 'апелляция',
    ja: '異議申し立て',
    th: 'อุทธรณ์',
    id: 'banding',
    es: 'apelación',
    fr: 'recours',
    de: 'Einspruch',
    ar: 'الطعن',
  }),
  term('补传', 'bǔchuán', 're-upload', {
    ko: '재업로드',
    ru: 'повторная загрузка',
    ja: '再アップロード',
    th: 'อัปโหลดใหม่',
    id: 'unggah ulang',
    es: 'volver a subir',
    fr: 'renvoyer le document',
    de: 'erneut hochladen',
    ar: 'إعادة الرفع',
  }),
  term('立即认证', 'lìjí rènzhèng', 'verify now', {
    ko: '지금 인증',
    ru: 'пройти проверку',
    ja: '今すぐ認証',
    th: 'ยืนยันทันที',
    id: 'verifikasi sekarang',
    es: 'verificar ahora',
    fr: 'vérifier maintenant',
    de: 'jetzt verifizieren',
    ar: 'تحقق الآن',
  }),
  term('人工客服', 'réngōng kèfú', 'human agent', {
    ko: '상담원',
    ru: 'оператор',
    ja: '有人オペレーター',
    th: 'เจ้าหน้าที่',
    id: 'agen layanan',
    es: 'agente humano',
    fr: 'conseiller',
    de: 'Kundenberater',
    ar: 'موظف خدمة العملاء',
  }),
  term('实人认证', 'shírén rènzhèng', 'face verification', {
    ko: '얼굴 인증',
    ru: 'проверка по лицу',
    ja: '顔認証',
    th: 'การยืนยันใบหน้า',
    id: 'verifikasi wajah',
    es: 'verificación facial',
    fr: 'vérification faciale',
    de: 'Gesichtsprüfung',
    ar: 'التحقق بالوجه',
  }),
  term('护照', 'hùzhào', 'passport', {
    ko: '여권',
    ru: 'паспорт',
    ja: 'パスポート',
    th: 'หนังสือเดินทาง',
    id: 'paspor',
    es: 'pasaporte',
    fr: 'passeport',
    de: 'Reisepass',
    ar: 'جواز السفر',
  }),
  term('银行卡', 'yínhángkǎ', 'bank card', {
    ko: '은행 카드',
    ru: 'банковская карта',
    ja: '銀行カード',
    th: 'บัตรธนาคาร',
    id: 'kartu bank',
    es: 'tarjeta bancaria',
    fr: 'carte bancaire',
    de: 'Bankkarte',
    ar: 'البطاقة البنكية',
  }),
  term('风控', 'fēngkòng', 'risk control', {
    ko: '위험 관리',
    ru: 'служба безопасности',
    ja: 'リスク管理',
    th: 'ระบบควบคุมความเสี่ยง',
    id: 'kontrol risiko',
    es: 'control de riesgos',
    fr: 'contrôle des risques',
    de: 'Risikokontrolle',
    ar: 'إدارة المخاطر',
  }),
  term('解除绑定', 'jiěchú bǎngdìng', 'unbind', {
    ko: '연결 해제',
    ru: 'отвязать',
    ja: '連携解除',
    th: 'ยกเลิกการผูก',
    id: 'lepas tautan',
    es: 'desvincular',
    fr: 'dissocier',
    de: 'Verknüpfung lösen',
    ar: 'إلغاء الربط',
  }),
  term('添加银行卡', 'tiānjiā yínhángkǎ', 'add bank card', {
    ko: '은행 카드 추가',
    ru: 'добавить банковскую карту',
    ja: '銀行カードを追加',
    th: 'เพิ่มบัตรธนาคาร',
    id: 'tambah kartu bank',
    es: 'añadir tarjeta bancaria',
    fr: 'ajouter une carte bancaire',
    de: 'Bankkarte hinzufügen',
    ar: 'إضافة بطاقة بنكية',
  }),
  term('下一步', 'xià yī bù', 'next', {
    ko: '다음',
    ru: 'далее',
    ja: '次へ',
    th: 'ถัดไป',
    id: 'berikutnya',
    es: 'siguiente',
    fr: 'suivant',
    de: 'weiter',
    ar: 'التالي',
  }),
] as const satisfies readonly ClientTerm[];

/** What an Alipay word means in a client's language: the glossary's word, else its English meaning. */
export const meaningIn = (language: ClientLanguage, zh: string, english: string): string => {
  if (!isClientLanguage(language) || language === 'en' || language === 'zh') return english;
  const found = clientGlossary.find((entry) => entry.zh === zh);
  return found?.[language] ?? english;
};
