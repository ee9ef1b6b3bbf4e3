import type { ClientCaseWords } from './client-case-words-type';

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
  reminderKinds: {
    DEPOSIT_EXPECTED: 'Setoran uji seharusnya sudah masuk',
    DEPOSIT_OVERDUE: 'Setoran uji terlambat',
    REVIEW_DUE: 'Peninjauan Alipay seharusnya selesai',
    RETRY_ALLOWED: 'Kartu yang sama boleh dipakai lagi',
    REUPLOAD_WINDOW_CLOSES: 'Batas waktu unggah ulang (补传)',
    DOCUMENT_EXPIRING: 'Dokumen segera kedaluwarsa',
    CASE_STUCK: 'Urusan tidak bergerak',
    CASE_STUCK_ADMINS: 'Urusan yang macet diteruskan ke admin',
    SCAN_LOCK_LIFTS: 'Kunci pemindaian paspor seharusnya terbuka',
    REBIND_ALLOWED: 'Kartu yang dilepas boleh ditautkan lagi',
    MANUAL: 'Pengingat',
  },
  documentKinds: {
    PASSPORT_BIO: 'Halaman data diri paspor',
    ENTRY_STAMP: 'Halaman dengan cap masuk Tiongkok',
    VISA: 'Visa Tiongkok',
    RESIDENCE_PERMIT: 'Izin tinggal',
    SIGNATURE_PAGE: 'Halaman paspor dengan tanda tangan',
    HOLDING_PASSPORT_PHOTO: 'Foto Anda memegang paspor yang terbuka',
    PERMANENT_RESIDENT_ID: 'Kartu Identitas Penduduk Tetap Asing (五星卡)',
  },
  checklistStatuses: {
    REQUESTED: 'Diminta',
    UPLOADED: 'Terkirim, menunggu diperiksa',
    ACCEPTED: 'Diterima',
    REJECTED: 'Ditolak — kirim ulang',
    WAIVED: 'Tidak diperlukan',
  },
  documentFindings: {
    PDF_TYPE_ONLY:
      'Ini hasil pindaian PDF: hanya jenis dan ukuran filenya yang diperiksa. Pendamping Anda akan memeriksanya sendiri.',
    IMAGE_LOW_RESOLUTION:
      'Fotonya kecil ({{width}}×{{height}} piksel); tulisan kecil mungkin tidak terbaca. Foto dari lebih dekat sampai halaman memenuhi layar.',
    IMAGE_BLURRY: 'Fotonya buram. Foto ulang: seluruh halaman, diletakkan rata, fokus, cahaya cukup, tanpa flash.',
    IMAGE_GLARE:
      'Pantulan cahaya menutupi sekitar {{percent}}% foto dan bisa menutupi tulisan. Miringkan halaman atau matikan flash, lalu foto ulang.',
    IMAGE_TOO_DARK: 'Fotonya terlalu gelap untuk dibaca. Foto ulang di tempat yang lebih terang.',
    IMAGE_NOT_COLOUR: 'Fotonya hitam putih. Alipay meminta foto berwarna dari dokumen asli.',
    IMAGE_ROTATED: 'Foto diambil menyamping atau terbalik; posisinya sudah diputar menjadi tegak.',
    IMAGE_METADATA_REMOVED: 'Data kamera (EXIF) sudah dihapus dari salinan yang disimpan.',
    IMAGE_METADATA_REMOVED_GPS:
      'Foto ini menyimpan lokasi pengambilannya (GPS); lokasi itu dan data kamera lainnya sudah dihapus dari salinan yang disimpan.',
    MRZ_UNREADABLE:
      'Dua baris huruf dan tanda < di bagian bawah halaman paspor tidak bisa dibaca. Foto ulang: seluruh halaman, diletakkan rata, fokus, cahaya cukup, tanpa flash.',
    MRZ_MATCHES: 'Baris yang dapat dibaca mesin di paspor sudah terbaca dan cocok dengan data Anda.',
    MRZ_NAME_ORDER:
      'Nama di paspor tertulis {{passportName}}, sedangkan di data Anda {{recordName}} — namanya sama, tetapi urutannya berbeda. Alipay mencocokkan dengan paspor, jadi gunakan urutan di paspor.',
    MRZ_NAME_PARTS:
      'Nama di paspor tertulis {{passportName}}, sedangkan di data Anda {{recordName}} — Alipay mencocokkan dengan paspor, termasuk nama tengah.',
    MRZ_NAME_MISMATCH:
      'Nama di paspor tertulis {{passportName}}, sedangkan di data Anda {{recordName}} — Alipay mencocokkan dengan paspor.',
    MRZ_NUMBER_MISMATCH:
      'Nomor paspor di foto berakhiran {{passportLast4}}, sedangkan di data Anda berakhiran {{recordLast4}}. Apakah ini paspor yang benar?',
    MRZ_NATIONALITY_MISMATCH: 'Kewarganegaraan di paspor adalah {{passport}}, sedangkan di data Anda {{record}}.',
    MRZ_NATIONALITY_UNKNOWN:
      'Kewarganegaraan di paspor adalah {{passport}}, sedangkan di data Anda tertulis "{{record}}" yang tidak bisa dicocokkan otomatis. Periksa secara manual.',
    MRZ_BIRTH_DATE_MISMATCH: 'Tanggal lahir di paspor adalah {{passport}}, sedangkan di data Anda {{record}}.',
    MRZ_EXPIRY_MISMATCH: 'Paspor berlaku sampai {{passport}}, sedangkan di data Anda {{record}}.',
    PASSPORT_EXPIRED:
      'Paspor sudah kedaluwarsa pada {{expiryDate}}. Alipay tidak menerima paspor yang kedaluwarsa: gunakan paspor yang baru.',
    PASSPORT_EXPIRES_SOON: 'Paspor akan kedaluwarsa dalam {{days}} hari ({{expiryDate}}).',
    UNKNOWN: 'Pemeriksaan file ini menemukan sesuatu yang belum bisa dijelaskan oleh versi ini.',
  },
};
