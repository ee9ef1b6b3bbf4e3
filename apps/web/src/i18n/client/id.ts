import { caseWordsId } from '@waiji/domain';
import type { ClientPack } from './pack';

// Bahasa Indonesia: portal klien. Istilah mengikuti client-glossary.ts (verifikasi identitas, setoran uji, peninjauan
// manual, pembatasan akun, banding, unggah ulang). Nama tombol Alipay tetap dalam bahasa Mandarin (dengan pinyin).
export const pack: ClientPack = {
  portal: {
    title: 'Urusan Alipay Anda',
    listTitle: 'Urusan Anda',
    loading: 'Memuat urusan Anda…',
    errorTitle: 'Urusan Anda tidak dapat dimuat',
    notFoundTitle: 'Urusan tidak ditemukan',
    notFound: 'Tidak ada urusan seperti itu di daftar Anda. Mungkin sudah ditutup.',
    backToCases: 'Semua urusan Anda',
    language: { label: 'Bahasa' },
    update: {
      title: 'Catat yang terjadi',
      body: 'Tandai bahwa Anda sudah mengajukan, masukkan jumlah setoran uji, atau tempel balasan Alipay. Pengingat dan tanggal coba lagi akan menyesuaikan.',
      open: 'Perbarui urusan saya',
    },
    calendar: {
      title: 'Tenggat Anda di kalender',
      body: 'Berlangganan di kalender ponsel untuk melihat kapan setoran uji seharusnya masuk atau mulai hari apa Anda boleh mencoba lagi.',
      open: 'Tambahkan ke kalender saya',
    },
    attempt_other: 'Percobaan ke-{{count}}',
    nextPrefix: 'Berikutnya:',
    updated: 'Diperbarui {{date}}',
    sections: {
      todo: 'Yang perlu dilakukan sekarang',
      when: 'Apa yang terjadi berikutnya, dan kapan',
      progress: 'Posisi urusan Anda',
      timeline: 'Yang sudah terjadi',
      help: 'Tempat meminta bantuan',
    },
    steps: {
      none: 'Tidak ada yang perlu dilakukan saat ini.',
      tap: 'Di Alipay, ketuk',
    },
    when: {
      approved: 'Selesai: urusan Anda disetujui.',
      next: 'Berikutnya: {{kind}}',
      later: 'Nanti',
      about: {
        DEPOSIT_EXPECTED:
          'Setoran uji di bawah 1 yuan seharusnya masuk ke kartu Anda paling lambat {{date}}. Jika belum, pendamping Anda akan menindaklanjuti.',
        DEPOSIT_OVERDUE: 'Pendamping Anda akan memeriksa setoran uji pada {{date}}.',
        REVIEW_DUE:
          'Alipay seharusnya menjawab paling lambat {{date}}. Jika belum, pendamping Anda akan menindaklanjuti.',
        RETRY_ALLOWED:
          'Mulai {{date}} (waktu Beijing) kartu bank yang sama boleh dipakai lagi: masa tunggu Alipay setelah pemeriksaan kartu gagal. Kartu lain boleh dipakai sekarang.',
        REUPLOAD_WINDOW_CLOSES: 'Gunakan tautan 补传 (unggah ulang) di email Alipay sebelum {{date}}.',
        DOCUMENT_EXPIRING: 'Salah satu dokumen Anda akan segera kedaluwarsa (pengingat pada {{date}}).',
        MANUAL: 'Pendamping Anda punya pengingat pada {{date}}.',
        CASE_STUCK: 'Pendamping Anda akan melihat urusan Anda lagi pada {{date}}.',
        CASE_STUCK_ADMINS: 'Tim pendamping Anda akan melihat urusan Anda lagi pada {{date}}.',
        SCAN_LOCK_LIFTS:
          'Kunci pemindaian paspor seharusnya terbuka paling lambat {{date}} (sekitar 3 jam). Setelah itu pindai lagi atau ketik datanya sendiri; jangan pasang ulang aplikasi.',
        REBIND_ALLOWED: 'Mulai {{date}} kartu yang tautannya dilepas boleh ditautkan lagi (24 jam setelah dilepas).',
      },
      expires: {
        PASSPORT: 'Paspor Anda kedaluwarsa pada {{date}}.',
        VISA: 'Visa Anda kedaluwarsa pada {{date}}.',
      },
      overdue: '{{kind}} jatuh tempo {{date}}; pendamping Anda sudah diingatkan.',
      retryFrom:
        'Kartu bank yang sama boleh dipakai lagi mulai {{date}} (waktu Beijing). Kartu lain boleh dipakai sekarang.',
      retryNow: 'Kartu bank yang sama sudah boleh dipakai lagi.',
      nothing: 'Saat ini tidak ada tanggal yang perlu ditunggu.',
      inStateSince: 'Di tahap ini sejak {{date}}.',
    },
    progress: {
      label: 'Tahapan urusan Anda',
      done: 'selesai',
      current: 'Anda di sini',
    },
    timeline: {
      label: 'Riwayat, terbaru di atas',
      empty: 'Belum ada yang terjadi.',
      created: 'Urusan dibuka',
      message: 'Pesan dari Alipay',
      youWrote: 'Anda menulis',
      helperWrote: '{{name}} menulis',
      helperWroteUnnamed: 'Pendamping Anda menulis',
      nowIn: 'Sekarang: {{state}}',
      reason: 'Alasan: {{reason}}',
      alipaySaid: 'Alipay',
      document: 'Dokumen: file dikirim atau diperiksa',
    },
    help: {
      helper: 'Pendamping Anda di {{organization}} memantau urusan Anda dan menjadi yang pertama menjawab pertanyaan.',
    },
    empty: {
      clientTitle: 'Belum ada urusan',
      clientBody:
        'Pendamping Anda belum membuka urusan untuk Anda. Setelah dibuka, urusan itu muncul di sini beserta langkah-langkahnya.',
      personalTitle: 'Mulai pantau verifikasi identitas Anda',
      personalBody:
        'Buat urusan Anda: Waiji akan menunjukkan apa yang diketuk di aplikasi Alipay, kapan menunggu setoran uji atau hasil peninjauan, dan mengingatkan Anda.',
      create: 'Buat urusan saya',
    },
  },
  clientCase: caseWordsId,
};
