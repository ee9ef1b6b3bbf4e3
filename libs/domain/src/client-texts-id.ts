import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in Indonesian (client-texts.ts): English text → its words, dates as {date}. */
export const textsId: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '“Choose another verification method” (pilih metode verifikasi lain): muncul setelah terjadi kesalahan saat mengirim, dan membawa Anda kembali ke awal.',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    'Batas penautan tercapai: lebih dari 15 percobaan, atau kartu sudah ditautkan ke 3 akun.',
  'A fault on the Alipay website.': 'Gangguan di situs web Alipay.',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'Jaringan kartu di luar Visa, Mastercard, JCB, Diners Club, dan Discover, atau jenis kartu yang tidak diizinkan oleh bank penerbit.',
  'A new account, a VPN, a foreign card used right after sign-up.':
    'Akun baru, VPN yang menyala, kartu luar negeri yang dipakai tepat setelah mendaftar.',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    'Paspor yang diperbarui punya nomor baru: beri tahu pendamping Anda nomor baru dan tanggal kedaluwarsanya.',
  'A technical fault at Alipay or the bank.': 'Gangguan teknis di Alipay atau di bank.',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    'Tambahkan kartu Visa, Mastercard, atau JCB di aplikasi; nama pemegang kartu harus sama dengan nama di paspor. Selesaikan pemeriksaan 3-D Secure.',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    'Tambahkan visa Tiongkok, cap masuk, dan halaman paspor yang berisi tanda tangan, lalu ajukan lagi.',
  'Adding the card: the name and the account number do not match the bank’s record.':
    'Saat menambahkan kartu: nama dan nomor rekening tidak cocok dengan data bank.',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'Alipay tidak berhasil mengirim setoran uji ke rekening bank, sehingga verifikasi gagal.',
  'Alipay does not accept this nationality for verification.':
    'Alipay tidak menerima kewarganegaraan ini untuk verifikasi.',
  'Alipay does not support this card.': 'Alipay tidak mendukung kartu ini.',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'Alipay tidak menerima kartu ini: tambahkan kartu Visa, Mastercard, JCB, Diners Club, atau Discover sebagai gantinya.',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'Sistem keamanan Alipay tidak dapat memverifikasi data pribadi dan meminta data diisi dengan tepat.',
  "Alipay's system had an error and could not process the request.":
    'Sistem Alipay mengalami kesalahan dan tidak dapat memproses permintaan.',
  'Alipay’s risk control stopped the binding or payment.':
    'Kontrol risiko Alipay menghentikan penautan atau pembayaran.',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    'SMS berisi tanda tanya setelah banding kemungkinan besar adalah pemberitahuan persetujuan yang hurufnya rusak di ponsel: pembatasan akun kemungkinan sudah dicabut.',
  'An error on submit, often a system error.': 'Kesalahan saat mengirim, sering kali kesalahan sistem.',
  'An overseas card whose details differ from the account.': 'Kartu luar negeri yang datanya berbeda dengan data akun.',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    'Tanyakan ke layanan pelanggan (95188) apakah kewarganegaraan Anda kini diterima; jika tidak, gunakan metode pembayaran lain (misalnya Tour Card).',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    'Minta surat berstempel dari bank yang menyatakan bahwa kartu ini milik Anda, beserta salinan formulir pembukaan rekening, lalu kirim keduanya ke layanan pelanggan Alipay.',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    'Minta bank mengaktifkan pembayaran cepat, atau gunakan kartu dari bank lain.',
  'Bind another card.': 'Tautkan kartu lain.',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'Hubungi Alipay di 95188 (tekan 1) atau saluran bahasa Inggris +86 571 95188; sebaiknya minta bantuan orang yang bisa berbahasa Mandarin.',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    'Hubungi bank (atau gunakan aplikasinya) untuk mengizinkan pembayaran online internasional dan penautan ini, lalu coba sekali lagi.',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    'Kartu sudah tertaut. Jika suatu saat Anda melepas tautannya, kartu yang sama baru bisa ditautkan lagi 24 jam kemudian.',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    'Kartu sudah tertaut. Batasnya US$5,000 per pembayaran dan US$50,000 per tahun; pembayaran di atas CNY 200 dikenai biaya 3%. Kartu luar negeri bisa membayar kode QR merchant, tetapi tidak kode QR pribadi.',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    'Buka Pengaturan → Akun dan Keamanan (账号与安全) → Pusat Keamanan (安全中心) → Pembatasan: tulisan “No current account security issues” (tidak ada masalah keamanan akun) berarti pembatasan akun sudah dicabut. Alipay tidak mengirim pemberitahuan, dan SMS-nya mungkin hanya berisi tanda tanya.',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    'Sekitar 12 jam kemudian, buka Pengaturan → Akun dan Keamanan → Pusat Keamanan → Pembatasan; seharusnya tertulis “No current account security issues” (tidak ada masalah keamanan akun).',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    'Buka Pengaturan → Akun dan Keamanan → Pusat Keamanan → Pembatasan: tulisan “No current account security issues” (tidak ada masalah keamanan akun) berarti pembatasan akun sudah dicabut.',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    'Buka Pengaturan → Akun dan Keamanan → Pusat Keamanan → Pembatasan: seharusnya tertulis “No current account security issues” (tidak ada masalah keamanan akun).',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    'Cek bagaimana bank mencatat nama Anda (lewat internet banking atau di kantor cabang) dan tulis persis seperti itu; Bank of China memakai HURUF KAPITAL SEMUA.',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    'Periksa nomor ponsel yang terdaftar di bank, di kantor cabang atau lewat internet banking, perbaiki di sana, lalu tautkan kartu lagi.',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'Sebelum mengajukan banding ke Alipay, periksa dulu apakah akun Alipay itu sendiri dibatasi.',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    'Pilih 外籍 (warga negara asing) di bawah tombol kuning — bukan formulir untuk Tiongkok daratan atau Hong Kong/Makau/Taiwan.',
  'Clear the browser cache and cookies, or use another browser.':
    'Hapus cache dan cookie browser, atau gunakan browser lain.',
  'Click 立即认证 (Verify now).': 'Klik 立即认证 (verifikasi sekarang).',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    'Cocokkan nama, nomor dokumen, nomor kartu, dan nomor ponsel yang terdaftar dengan data bank (salah ketik oleh petugas cabang sering terjadi), lalu tautkan kartu lagi.',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    'Selesaikan pemeriksaan 3-D Secure dari bank Anda (kode lewat SMS atau persetujuan di aplikasi bank).',
  'Confirm the exact name with the bank and type it that way.':
    'Tanyakan ke bank ejaan nama Anda yang tepat, lalu ketik persis seperti itu.',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'Hubungi Taobao, bukan Alipay: saluran bahasa asing +852 2215-5300, bahasa Mandarin +86 0571-8815-8198.',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    'Jangan tekan 撤销本次认证申请 (batalkan pengajuan ini) kecuali Anda ingin mulai dari awal.',
  'Do not revoke unless you want to start again.': 'Jangan batalkan pengajuan kecuali Anda ingin mulai dari awal.',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    'Selesai: akun Anda sudah terverifikasi (centang biru). Sekarang Anda bisa menambahkan kartu lewat 添加银行卡 (tambah kartu bank).',
  'Either change to another bank card now, or': 'Anda bisa langsung beralih ke kartu bank lain, atau',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    'Isi nama bank, kota cabang tempat kartu dibuka, dan nomor kartu, lalu klik 下一步 (berikutnya).',
  'First ask your bank (or its app) to allow international online payments for the card.':
    'Pertama, minta bank Anda (atau lewat aplikasinya) mengizinkan pembayaran online internasional untuk kartu ini.',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    'Ikuti verifikasi wajah (实人认证): cahaya cukup, hadap lurus ke kamera, lalu berkedip, mengangguk, atau bacakan angka saat diminta.',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    'Pantulan cahaya di hologram, MRZ tidak terbaca, NFC terhalang casing ponsel, nama yang diketik berbeda dengan MRZ, VPN masih menyala.',
  'Glare, blur, a crop or a shadow on the data page.':
    'Pantulan cahaya, gambar buram, terpotong, atau ada bayangan di halaman data.',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    'Kembali ke 立即认证 (verifikasi sekarang), klik 外籍 (warga negara asing), lalu masukkan nomor paspor.',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    'Jika email penolakan berisi tautan 补传 (unggah ulang), gunakan dalam 24 jam.',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    'Jika email itu berisi tautan 补传 (unggah ulang), gunakan dalam 24 jam; jika tidak, ajukan lagi lewat chat.',
  "If it keeps failing, check the name spelling or try another bank's card.":
    'Jika terus gagal, periksa ejaan nama atau coba kartu dari bank lain.',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    'Jika terulang, minta agen layanan (人工客服) lewat chat di aplikasi.',
  'If it repeats, try another card or a mainland card.':
    'Jika terulang, coba kartu lain atau kartu bank Tiongkok daratan.',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    'Jika masih gagal, tanyakan ke Alipay (95188) apakah kartu ini sudah tertaut ke akun lain; masalah ini bisa diatasi dengan surat berstempel dari bank atau kartu baru.',
  'If the same card is declined a second time, switch to another card.':
    'Jika kartu yang sama ditolak untuk kedua kalinya, beralihlah ke kartu lain.',
  'If the same card is declined twice, switch to another card instead of retrying.':
    'Jika kartu yang sama sudah ditolak dua kali, beralihlah ke kartu lain alih-alih mencoba lagi.',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    'Jika pemindaian terus gagal, ketik datanya secara manual alih-alih memindai berulang kali: kegagalan berulang membuat Anda terkunci sekitar 3 jam.',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'Di aplikasi Alipay, buka Saya → Pengaturan → Verifikasi Identitas (身份认证) → Paspor (护照).',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'Di aplikasi Alipay, buka Saya → Pengaturan → Verifikasi Identitas → Paspor.',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    'Di chat layanan pelanggan aplikasi, minta dilayani langsung oleh agen layanan (人工客服); banding di aplikasi hanya menawarkan penautan kartu bank Tiongkok daratan.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    'Di aplikasi: Kartu Bank (银行卡) → Tambah Kartu (添加银行卡). Masukkan nomor kartu dan nomor ponsel yang terdaftar di bank (银行预留手机号), lalu kode SMS.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    'Di aplikasi: Kartu Bank (银行卡) → Tambah Kartu (添加银行卡). Visa, Mastercard, JCB, Diners Club, dan Discover bisa dipakai; nama pemegang kartu harus sama dengan paspor yang sudah diverifikasi.',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    'Di chat aplikasi, minta agen layanan (人工客服); banding di aplikasi hanya menawarkan penautan kartu Tiongkok daratan.',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    'Pembayaran internasional atau online dinonaktifkan, aturan antipenipuan bank, atau pemeriksaan 3-D Secure gagal.',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    'Simpan tangkapan layar pesan kesalahannya persis seperti yang muncul; jangan hapus akun Alipay Anda.',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    'Simpan tangkapan layar setiap pesan kesalahan persis seperti yang muncul; jangan hapus akun Alipay Anda.',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'Masuk di alipay.com dan buka 账户设置 (pengaturan akun) → 基本信息 (informasi dasar).',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'Masuk ke Alipay untuk membaca alasan setoran uji gagal (查看打款失败原因).',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    'Fungsi utama akun (membayar, menerima uang, menambah teman, pesan) dibatasi; penarikan dana tetap bisa dilakukan.',
  'Middle names added or left out, another order.': 'Nama tengah ditambahkan atau dihilangkan, atau urutannya berbeda.',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    'Bukan kesalahan: layanan pelanggan Alipay akan meninjau pengajuan dalam 2 hari. Untuk mulai dari awal, batalkan dulu pengajuan ini (撤销本次认证申请).',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    'Bukan kesalahan: dokumen yang diunggah sedang ditinjau; hasilnya keluar dalam 24 jam.',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    'Tidak ada yang perlu dilakukan: layanan pelanggan Alipay akan meninjau dalam 2 hari. Setelah itu, cek kemajuan verifikasi identitas (实名认证进度).',
  'Often a typo made at the bank counter.': 'Sering kali salah ketik oleh petugas di kantor cabang bank.',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    'Hanya negara yang ada di daftar Alipay yang bisa mendaftar; Yaman tidak termasuk.',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    'Hanya halaman data paspor yang dikirim, atau visa / cap masuk tidak disertakan.',
  'Or get a new card with a new number.': 'Atau buat kartu baru dengan nomor baru.',
  'Or use another card.': 'Atau gunakan kartu lain.',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    'Foto halaman data paspor — jelas, utuh, berwarna, tanpa dipotong atau diedit — lalu masukkan nama dan nomor persis seperti yang tercetak. Ponsel yang lebih baru mungkin menawarkan verifikasi chip + wajah.',
  'Re-enter the name exactly as the bank has it and submit again.':
    'Masukkan ulang nama persis seperti yang tercatat di bank, lalu kirim lagi.',
  'Read the email that gives the reason.': 'Baca email yang menjelaskan alasannya.',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    'Baca email berisi alasannya; lalu minta agen layanan (人工客服) lagi lewat chat.',
  'Read the error shown above it; retry later or in another browser.':
    'Baca pesan kesalahan yang tampil di atasnya; coba lagi nanti atau di browser lain.',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'Baca alasan dari Alipay (kualitas foto, nama ≠ MRZ, dokumen kedaluwarsa, kewarganegaraan), perbaiki, lalu pindai lagi.',
  'Record the appeal as lifted.': 'Catat bahwa pembatasan akun sudah dicabut berkat banding.',
  'Repeated retries, or the card is on other accounts.':
    'Percobaan yang diulang-ulang, atau kartu sudah tertaut di akun lain.',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    'Kontrol risiko, misalnya tepat setelah mendaftar dari luar negeri (“Malicious account operations” — aktivitas akun berbahaya).',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    'Pindai halaman data di atas alas gelap yang tidak mengilap (tanpa pantulan cahaya di hologram), lepas casing ponsel agar chip terbaca, dan matikan VPN. Ketik nama persis seperti di dua baris MRZ.',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    'Pernah terjadi setelah pembayaran dengan kartu luar negeri ditahan selama 24 jam lalu ditolak.',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    'Kirimkan ke pendamping Anda pesan yang ditampilkan Alipay setelah Anda masuk, persis apa adanya (tangkapan layar akan membantu).',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    'Kadang karena ejaan nama berbeda dengan data bank: seorang pengguna berhasil setelah beralih dari BOC (Bank of China) ke ICBC.',
  "Sorry, the application can't be processed at the moment.":
    'Maaf, pengajuan ini tidak dapat diproses untuk saat ini.',
  'Stop retrying; wait a day, or unbind the card from another account.':
    'Berhenti mencoba; tunggu sehari, atau lepas tautan kartu dari akun lain.',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    'Ajukan dokumen yang sama dengan yang dipakai saat membuka akun; jika tidak mungkin, tanyakan ke layanan pelanggan di 95188 cara menggantinya.',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    'Ganti kartu: kartu ini sudah dua kali ditolak banknya. Tambahkan kartu lain alih-alih mencoba kartu ini lagi.',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    'Ambil foto baru halaman data yang jelas, utuh, dan berwarna — tanpa dipotong, terlipat, atau diedit — lalu kirim lagi.',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    'Ambil foto baru dokumen baru Anda yang jelas, utuh, dan berwarna, lalu unggah lagi.',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    'Ambil foto baru halaman paspor yang jelas, utuh, dan berwarna — tanpa dipotong, terlipat, kolase, atau diedit — lalu kirim lagi.',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    'Yang dibatasi adalah akun Taobao itu sendiri — bukan akun Alipay; banding ke Alipay tidak akan mencabutnya.',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    'Aturan risiko Taobao; masuk lewat Alipay tidak mengubahnya.',
  'Tell your helper the amount and the day it arrived.':
    'Beri tahu pendamping Anda jumlahnya dan tanggal setoran itu masuk.',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    'Dokumen identitas di akun sudah kedaluwarsa: unggah dokumen yang baru (paspor yang diperbarui punya nomor baru).',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    'Halaman Pembatasan bertuliskan “No current account security issues” (tidak ada masalah keamanan akun): pembatasan akun sudah dicabut. Alipay tidak mengirim pemberitahuan tentang hal ini.',
  'The account was created with a national ID card number, and the passport has another number.':
    'Akun dibuat dengan nomor kartu identitas nasional, sedangkan paspor punya nomor lain.',
  'The bank card is already used by someone else on Alipay.': 'Kartu bank ini sudah dipakai orang lain di Alipay.',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    'Bank menolak (“Card Issuing Bank Declined”): hubungi bank atau gunakan aplikasinya untuk mengizinkan pembayaran online internasional dan penautan ini, lalu coba sekali lagi.',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    'Bank tidak mengizinkan pembayaran cepat (快捷支付) untuk kartu ini — sebagian bank menolaknya untuk kartu yang dibuka dengan paspor.',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    'Pemeriksaan kartu bank gagal. Ganti ke kartu lain sekarang, atau batalkan pengajuan ini dan coba lagi dengan kartu yang sama setelah N hari, pada tanggal yang disebut di pesan.',
  'The bank’s own rule for passport-opened cards.': 'Aturan bank itu sendiri untuk kartu yang dibuka dengan paspor.',
  'The card number was leaked or bound to another account.': 'Nomor kartu bocor atau sudah ditautkan ke akun lain.',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    'Bank penerbit kartu menolak penautan (Card Issuing Bank Declined). Solusinya ada di bank, bukan di Alipay.',
  'The document number does not match the one the account was opened with.':
    'Nomor dokumen tidak cocok dengan nomor yang dipakai saat akun dibuka.',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    'Banding di aplikasi hanya menawarkan “tautkan kartu bank Tiongkok daratan”. Sebagai gantinya, buka chat layanan pelanggan dan minta agen layanan (人工客服).',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    'Yang dipakai adalah formulir untuk warga Tiongkok daratan: formulir itu meminta nomor kartu identitas Tiongkok 18 karakter.',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    'Nama lebih dari 20 huruf (termasuk spasi) dan banknya bukan China Merchants Bank.',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    'Nama tidak persis sama dengan yang tercatat di bank (urutan, HURUF KAPITAL SEMUA, nama tengah, spasi).',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    'Nama tidak persis sama dengan yang tercatat di bank — atau nomor kartu sudah dipakai di akun lain.',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    'Nama yang diketik berbeda dengan nama di zona baca mesin (MRZ) paspor.',
  'The new document is on the account; nothing to do.':
    'Dokumen baru sudah tercatat di akun; tidak ada yang perlu dilakukan.',
  'The passport or permit reached its expiry date.': 'Paspor atau izin tinggal sudah habis masa berlakunya.',
  'The passport photo was not clear enough to read.': 'Foto paspor kurang jelas untuk dibaca.',
  'The phone could not show the Chinese characters.': 'Ponsel tidak dapat menampilkan huruf Mandarin.',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    'Nomor ponsel berbeda dengan nomor yang terdaftar di bank (银行预留手机号).',
  'The phone number format for the SMS code (country code).': 'Format nomor ponsel untuk kode SMS (kode negara).',
  'The restriction is lifted; nothing to do.': 'Pembatasan akun sudah dicabut; tidak ada yang perlu dilakukan.',
  'The review failed because other valid documents are missing.':
    'Peninjauan gagal karena dokumen sah lainnya tidak ada.',
  'The review takes up to 24 hours; record the new passport number on the client.':
    'Peninjauan memakan waktu hingga 24 jam; catat nomor paspor baru di data klien.',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    'Kartu yang sama boleh ditautkan lagi mulai {date} (24 jam setelah tautan dilepas); kartu lain boleh ditautkan sekarang.',
  'The same card may be bound again now; another card was allowed at once.':
    'Kartu yang sama sekarang boleh ditautkan lagi; kartu lain sudah boleh ditautkan sejak tautan dilepas.',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    'Tautan 外籍 (warga negara asing) di bawah 立即认证 (verifikasi sekarang) tidak dipilih.',
  'Then record the outcome: lifted, or still restricted.':
    'Lalu catat hasilnya: pembatasan dicabut, atau akun masih dibatasi.',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    'Lalu pindai di atas alas gelap yang tidak mengilap tanpa pantulan cahaya, dengan casing ponsel dilepas dan VPN dimatikan — atau ketik datanya secara manual.',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    'Lalu pindai sekali lagi di atas alas gelap yang tidak mengilap, atau ketik datanya secara manual.',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Mereka akan mengirim tautan lewat email: unggah foto halaman data paspor dan foto diri Anda memegang paspor dengan halaman data terlihat.',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    'Akun ini untuk sementara tidak diizinkan masuk; hubungi layanan pelanggan Alipay di 95188.',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Lewat tautan itu, unggah foto halaman data paspor dan foto diri Anda memegang paspor dengan halaman data terlihat.',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    'Untuk mulai dari awal, tekan dulu 撤销本次认证申请 (batalkan pengajuan ini).',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    'Terlalu banyak pemindaian paspor yang gagal: verifikasi dikunci sekitar 3 jam, lalu terbuka dengan sendirinya.',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    'Terlalu banyak pemindaian gagal: tunggu sekitar 3 jam — kuncinya akan terbuka sendiri. Jangan instal ulang aplikasi selama menunggu.',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    'Ketuk pemberitahuan “Your ID has expired, touch here to update” (已过期,请重传 — dokumen kedaluwarsa, unggah ulang), lalu unggah foto dokumen baru.',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    'Ketuk pemberitahuan (“touch here to update” / 重传 — perbarui), lalu unggah foto dokumen baru.',
  'Try again later.': 'Coba lagi nanti.',
  'Turn the VPN off and wait a day before trying again.': 'Matikan VPN dan tunggu sehari sebelum mencoba lagi.',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    'Ketik nama persis seperti yang tertulis di dua baris MRZ di bagian bawah halaman data.',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    'Ketik nama, nomor kartu, dan nomor ponsel persis seperti yang tercatat di bank penerbit kartu, dengan kode negara di depan nomor ponsel.',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    'Ketik nama Anda persis seperti yang tercatat di bank, nomor paspor (minimal 8 karakter; jika kurang, tambahkan angka nol di depan), alamat di Tiongkok (alamat hotel boleh), dan nomor ponsel; unggah halaman data paspor dan halaman cap masuk.',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    'Unggah halaman data paspor dan foto Anda memegang paspor lewat tautan di email.',
  'Upload the passport data page and the entry-stamp page when asked.':
    'Unggah halaman data paspor dan halaman cap masuk saat diminta.',
  'Use a China Merchants Bank (招商银行) card.': 'Gunakan kartu China Merchants Bank (招商银行).',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    'Gunakan tautan 补传 (unggah ulang) di email sebelum {date} (tautan berlaku 24 jam).',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    'Biasanya urutan atau ejaan nama berbeda dengan data bank; pesannya sendiri bersifat umum.',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    'Sudah terverifikasi. Berikutnya, tautkan kartu: Kartu Bank (银行卡) → Tambah Kartu; nama pemegang kartu harus sama dengan paspor.',
  'Wait about 12 hours after the upload.': 'Tunggu sekitar 12 jam setelah mengunggah.',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    'Tunggu sekitar 12 jam hingga sehari. Aplikasi tidak mengirim pemberitahuan, dan SMS-nya mungkin hanya berisi tanda tanya.',
  'Wait about 3 hours. Do not reinstall the app meanwhile.':
    'Tunggu sekitar 3 jam. Jangan instal ulang aplikasi selama menunggu.',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'Tunggu Alipay mengirim setoran uji di bawah RMB 1 (misalnya 0.0974) ke kartu Anda — resminya 1–2 hari, kadang jauh lebih lama. Perhatikan SMS dari bank, atau cek di ATM atau kantor cabang.',
  'Wait for approval: allow 1–2 business days.': 'Tunggu persetujuan: perkirakan 1–2 hari kerja.',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    'Tunggu email dari agen layanan berisi tautan unggah (periksa juga folder spam).',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    'Tunggu hasilnya, lalu cek kemajuan verifikasi identitas (实名认证进度) di Alipay.',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    'Tunggu peninjauan: menurut laporan 1–2 hari kerja, sering hanya beberapa jam. Mulailah setidaknya 48 jam sebelum Anda perlu membayar.',
  'Wait up to 24 hours, then open the app to see the result.':
    'Tunggu hingga 24 jam, lalu buka aplikasi untuk melihat hasilnya.',
  'Wait: the documents are reviewed within 24 hours.': 'Tunggu: dokumen ditinjau dalam 24 jam.',
  'Wait: the result comes within 24 hours.': 'Tunggu: hasilnya keluar dalam 24 jam.',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    'Setelah setoran uji masuk, login ke Alipay, klik 未认证 / 申请认证 (belum terverifikasi / ajukan verifikasi), lalu 输入打款金额 (masukkan jumlah setoran) dan ketik jumlahnya dengan tepat.',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    'batalkan (撤销本次认证), lalu coba lagi dengan kartu yang sama mulai tanggal yang tertera di pesan.',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    'batalkan (撤销本次认证), lalu coba lagi dengan kartu yang sama mulai {date}.',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    'batalkan (撤销本次认证), lalu coba lagi dengan kartu yang sama — sekarang sudah boleh.',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: 'Pengajuan',
  'Application accepted, awaiting deposit': 'Pengajuan diterima, menunggu setoran uji',
  'Deposit amount entered': 'Jumlah setoran uji dimasukkan',
  'Review started': 'Peninjauan dimulai',
  Approved: 'Disetujui',
  Rejected: 'Ditolak',
  Resubmit: 'Pengajuan ulang',
  'Revoke the application (撤销本次认证申请)': 'Pengajuan dibatalkan (撤销本次认证申请)',
  'Scan locked out': 'Pemindaian terkunci',
  'Lock lifted, scan again': 'Kunci dibuka, pindai lagi',
  'Scan accepted, face check': 'Pindaian diterima, verifikasi wajah',
  'Issuing bank declined': 'Bank penerbit menolak',
  'Card not supported': 'Kartu tidak didukung',
  'Held by risk control': 'Ditahan oleh kontrol risiko',
  'Card unbound': 'Tautan kartu dilepas',
  'Human agent asked (人工客服)': 'Meminta agen layanan (人工客服)',
  'Upload link received by email': 'Tautan unggah diterima lewat email',
  'Restriction lifted': 'Pembatasan akun dicabut',
  'Bind again': 'Tautkan lagi',
  'Card added, 3-D Secure pending': 'Kartu ditambahkan, menunggu 3-D Secure',
  'Card bound': 'Kartu tertaut',
  'New document uploaded': 'Dokumen baru diunggah',
  'Photos uploaded': 'Foto diunggah',
  'Re-uploaded (补传)': 'Diunggah ulang (补传)',
  'Scan again': 'Pindai ulang',
  'Still restricted': 'Masih dibatasi',
  'Try a card again': 'Coba kartu lagi',
  'Try another card': 'Coba kartu lain',
};
