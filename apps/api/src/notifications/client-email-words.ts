import {
  clientCaseWords,
  type ClientLanguage,
  type DocumentKind,
  type OtherClientLanguage,
  type ReminderKind,
} from '@waiji/domain';

// The words of the emails a client reads (state changes, the portal invitation, reminders, document reviews, a
// helper's message), in every client language. Domain
// terms follow libs/domain/src/client-glossary.ts; Alipay's own words are never translated here: the emails show
// them in Chinese with pinyin and their meaning beside them. client-email-words.spec.ts checks that every language
// has every entry and the same placeholders.

export type StateChangeWords = {
  subject: string;
  title: string;
  greeting: string;
  moved: string;
  reason: string;
  next: string;
  open: string;
  terms: string;
  unsubscribe: string;
};

export type InvitationWords = {
  subject: string;
  invited: string;
  portal: string;
  before: string;
  ignore: string;
};

/** A reminder to a client in a language beyond en/zh (en/zh keep reminder-content.ts's words). */
export type ReminderWords = {
  subject: string;
  intro: string;
  due: string;
  note: string;
  unsubscribe: string;
  /** Each deadline kind's name (the web's language packs use the same words). */
  kinds: Readonly<Record<ReminderKind, string>>;
};

/** A document's review to a client in a language beyond en/zh (en/zh keep review-notice.ts's words). */
export type ReviewWords = {
  accepted: string;
  again: string;
  acceptedLine: string;
  rejectedLine: string;
  reason: string;
  open: string;
  /** Each document kind's name. */
  kinds: Readonly<Record<DocumentKind, string>>;
};

export type ClientEmailWords = {
  /** ': ' or '：' — how the language joins a label to its value. */
  colon: string;
  stateChange: StateChangeWords;
  invitation: InvitationWords;
};

/** {{name}} placeholders, filled by `fill`. */
export const clientEmailWords: Readonly<Record<ClientLanguage, ClientEmailWords>> = {
  en: {
    colon: ': ',
    stateChange: {
      subject: 'Your Alipay case: {{state}}',
      title: '{{type}}: {{state}}',
      greeting: 'Hello {{name}},',
      moved: '{{organization}} updated your case "{{type}}": it is now {{state}}.',
      reason: 'Reason',
      next: 'What to do next',
      open: 'Open your case',
      terms: 'Chinese you will see in Alipay',
      unsubscribe: 'Stop these emails',
    },
    invitation: {
      subject: 'Invitation to {{organization}} on Waiji',
      invited: '“{{inviter}}” <{{email}}> invited you to join “{{organization}}” on Waiji as a Client.',
      portal: 'In the client portal you can follow your case, see what to do next and write to the people helping you.',
      before: 'Open this link before {{until}} to accept.',
      ignore: 'If you do not know this person, ignore this email: nothing happens unless you open the link.',
    },
  },
  zh: {
    colon: '：',
    stateChange: {
      subject: '你的支付宝事项：{{state}}',
      title: '{{type}}：{{state}}',
      greeting: '{{name}}，您好：',
      moved: '{{organization}} 更新了你的事项“{{type}}”：当前状态为“{{state}}”。',
      reason: '原因',
      next: '下一步怎么做',
      open: '打开你的事项',
      terms: '你将在支付宝中看到的中文',
      unsubscribe: '不再接收这些邮件',
    },
    invitation: {
      subject: '邀请您加入 Waiji 上的 {{organization}}',
      invited: '“{{inviter}}” <{{email}}> 邀请您以“客户”身份加入 Waiji 上的“{{organization}}”。',
      portal: '在客户门户中，您可以随时查看案件进展和下一步该做什么，也可以给协助您的人留言。',
      before: '请在 {{until}}之前打开下面的链接接受邀请。',
      ignore: '如果您不认识此人，请忽略此邮件：只要不打开链接，就不会发生任何事情。',
    },
  },
  ko: {
    colon: ': ',
    stateChange: {
      subject: 'Alipay 진행 상황: {{state}}',
      title: '{{type}}: {{state}}',
      greeting: '{{name}} 님, 안녕하세요.',
      moved: '{{organization}}에서 "{{type}}" 진행 상황을 업데이트했습니다. 현재 상태는 {{state}}입니다.',
      reason: '사유',
      next: '다음에 할 일',
      open: '내 진행 상황 보기',
      terms: 'Alipay에서 보게 될 중국어',
      unsubscribe: '이 이메일 수신 거부',
    },
    invitation: {
      subject: 'Waiji에서 {{organization}}의 초대',
      invited:
        '“{{inviter}}” <{{email}}> 님이 Waiji에서 “{{organization}}”와 함께 Alipay 진행 상황을 확인하도록 초대했습니다.',
      portal: '고객 포털에서 진행 상황과 다음에 할 일을 확인하고, 도와주는 담당자에게 메시지를 보낼 수 있습니다.',
      before: '{{until}} 전에 아래 링크를 열어 초대를 수락하세요.',
      ignore: '모르는 사람이라면 이 이메일을 무시하세요. 링크를 열지 않으면 아무 일도 일어나지 않습니다.',
    },
  },
  ru: {
    colon: ': ',
    stateChange: {
      subject: 'Ваше дело в Alipay: {{state}}',
      title: '{{type}}: {{state}}',
      greeting: 'Здравствуйте, {{name}}!',
      moved: '{{organization}} обновили ваше дело «{{type}}»: теперь статус — {{state}}.',
      reason: 'Причина',
      next: 'Что делать дальше',
      open: 'Открыть ваше дело',
      terms: 'Китайские надписи, которые вы увидите в Alipay',
      unsubscribe: 'Отписаться от этих писем',
    },
    invitation: {
      subject: 'Приглашение от {{organization}} в Waiji',
      invited:
        '«{{inviter}}» <{{email}}> приглашает вас следить за вашим делом в Alipay вместе с «{{organization}}» в Waiji.',
      portal:
        'В клиентском портале видно, как продвигается дело и что делать дальше, а ещё можно написать тем, кто вам помогает.',
      before: 'Откройте ссылку до {{until}}, чтобы принять приглашение.',
      ignore:
        'Если вы не знаете этого человека, просто проигнорируйте письмо: без перехода по ссылке ничего не произойдёт.',
    },
  },
  ja: {
    colon: '：',
    stateChange: {
      subject: 'Alipayの手続き：{{state}}',
      title: '{{type}}：{{state}}',
      greeting: '{{name}} 様',
      moved: '{{organization}}が「{{type}}」の状況を更新しました。現在の状況：{{state}}',
      reason: '理由',
      next: '次にすること',
      open: '手続きの状況を開く',
      terms: 'Alipayで表示される中国語',
      unsubscribe: 'このメールの配信を停止',
    },
    invitation: {
      subject: 'Waijiで{{organization}}から招待が届いています',
      invited:
        '「{{inviter}}」<{{email}}> さんから、Waijiで「{{organization}}」とAlipayの手続きを確認するための招待が届きました。',
      portal:
        'クライアントポータルでは、手続きの進み具合や次にすることを確認でき、サポート担当者にメッセージも送れます。',
      before: '{{until}}までに下のリンクを開いて招待を承諾してください。',
      ignore: 'お心当たりがない場合は、このメールを無視してください。リンクを開かない限り何も起こりません。',
    },
  },
  th: {
    colon: ': ',
    stateChange: {
      subject: 'เรื่อง Alipay ของคุณ: {{state}}',
      title: '{{type}}: {{state}}',
      greeting: 'สวัสดีคุณ {{name}}',
      moved: '{{organization}} อัปเดตเรื่อง "{{type}}" ของคุณแล้ว ขณะนี้สถานะคือ {{state}}',
      reason: 'เหตุผล',
      next: 'สิ่งที่ต้องทำต่อไป',
      open: 'เปิดดูเรื่องของคุณ',
      terms: 'ภาษาจีนที่คุณจะเห็นใน Alipay',
      unsubscribe: 'เลิกรับอีเมลเหล่านี้',
    },
    invitation: {
      subject: 'คำเชิญจาก {{organization}} บน Waiji',
      invited: '“{{inviter}}” <{{email}}> เชิญคุณติดตามเรื่อง Alipay ของคุณกับ “{{organization}}” บน Waiji',
      portal: 'ในพอร์ทัลลูกค้า คุณดูความคืบหน้าและสิ่งที่ต้องทำต่อไปได้ และส่งข้อความถึงผู้ที่ช่วยเหลือคุณได้',
      before: 'เปิดลิงก์นี้ก่อน {{until}} เพื่อตอบรับคำเชิญ',
      ignore: 'หากคุณไม่รู้จักบุคคลนี้ โปรดเพิกเฉยต่ออีเมลนี้ หากไม่เปิดลิงก์ก็จะไม่มีอะไรเกิดขึ้น',
    },
  },
  id: {
    colon: ': ',
    stateChange: {
      subject: 'Urusan Alipay Anda: {{state}}',
      title: '{{type}}: {{state}}',
      greeting: 'Halo {{name}},',
      moved: '{{organization}} memperbarui urusan "{{type}}" Anda: statusnya sekarang {{state}}.',
      reason: 'Alasan',
      next: 'Yang perlu dilakukan berikutnya',
      open: 'Buka urusan Anda',
      terms: 'Tulisan Mandarin yang akan Anda lihat di Alipay',
      unsubscribe: 'Berhenti menerima email ini',
    },
    invitation: {
      subject: 'Undangan dari {{organization}} di Waiji',
      invited:
        '“{{inviter}}” <{{email}}> mengundang Anda untuk memantau urusan Alipay Anda bersama “{{organization}}” di Waiji.',
      portal:
        'Di portal klien Anda bisa memantau urusan Anda, melihat langkah berikutnya, dan mengirim pesan kepada yang membantu Anda.',
      before: 'Buka tautan ini sebelum {{until}} untuk menerima undangan.',
      ignore:
        'Jika Anda tidak mengenal orang ini, abaikan email ini: tidak akan terjadi apa-apa selama tautan tidak dibuka.',
    },
  },
  es: {
    colon: ': ',
    stateChange: {
      subject: 'Tu trámite de Alipay: {{state}}',
      title: '{{type}}: {{state}}',
      greeting: 'Hola, {{name}}:',
      moved: '{{organization}} ha actualizado tu trámite «{{type}}»: ahora está en «{{state}}».',
      reason: 'Motivo',
      next: 'Qué hacer ahora',
      open: 'Abrir tu trámite',
      terms: 'El chino que verás en Alipay',
      unsubscribe: 'Dejar de recibir estos correos',
    },
    invitation: {
      subject: 'Invitación de {{organization}} en Waiji',
      invited: '«{{inviter}}» <{{email}}> te invita a seguir tu trámite de Alipay con «{{organization}}» en Waiji.',
      portal:
        'En el portal de clientes puedes seguir tu trámite, ver qué hacer a continuación y escribir a quienes te ayudan.',
      before: 'Abre este enlace antes del {{until}} para aceptar.',
      ignore: 'Si no conoces a esta persona, ignora este correo: no pasará nada mientras no abras el enlace.',
    },
  },
  fr: {
    colon: ' : ',
    stateChange: {
      subject: 'Votre dossier Alipay : {{state}}',
      title: '{{type}} : {{state}}',
      greeting: 'Bonjour {{name}},',
      moved: '{{organization}} a mis à jour votre dossier « {{type}} » : il est désormais « {{state}} ».',
      reason: 'Motif',
      next: 'Ce qu’il faut faire maintenant',
      open: 'Ouvrir votre dossier',
      terms: 'Le chinois que vous verrez dans Alipay',
      unsubscribe: 'Ne plus recevoir ces e-mails',
    },
    invitation: {
      subject: 'Invitation de {{organization}} sur Waiji',
      invited:
        '« {{inviter}} » <{{email}}> vous invite à suivre votre dossier Alipay avec « {{organization}} » sur Waiji.',
      portal:
        'Dans l’espace client, vous suivez votre dossier, voyez la prochaine étape et pouvez écrire aux personnes qui vous aident.',
      before: 'Ouvrez ce lien avant le {{until}} pour accepter.',
      ignore:
        'Si vous ne connaissez pas cette personne, ignorez cet e-mail : rien ne se passe tant que vous n’ouvrez pas le lien.',
    },
  },
  de: {
    colon: ': ',
    stateChange: {
      subject: 'Ihr Alipay-Vorgang: {{state}}',
      title: '{{type}}: {{state}}',
      greeting: 'Hallo {{name}},',
      moved: '{{organization}} hat Ihren Vorgang „{{type}}“ aktualisiert: Er ist jetzt „{{state}}“.',
      reason: 'Grund',
      next: 'Was jetzt zu tun ist',
      open: 'Ihren Vorgang öffnen',
      terms: 'Chinesische Begriffe, die Sie in Alipay sehen',
      unsubscribe: 'Diese E-Mails abbestellen',
    },
    invitation: {
      subject: 'Einladung von {{organization}} bei Waiji',
      invited:
        '„{{inviter}}“ <{{email}}> lädt Sie ein, Ihren Alipay-Vorgang mit „{{organization}}“ bei Waiji zu verfolgen.',
      portal:
        'Im Kundenportal sehen Sie, wie weit Ihr Vorgang ist und was als Nächstes zu tun ist, und können Ihren Helfern schreiben.',
      before: 'Öffnen Sie diesen Link vor {{until}}, um die Einladung anzunehmen.',
      ignore:
        'Wenn Sie diese Person nicht kennen, ignorieren Sie diese E-Mail: Solange Sie den Link nicht öffnen, passiert nichts.',
    },
  },
  ar: {
    colon: ': ',
    stateChange: {
      subject: 'طلبك في Alipay: {{state}}',
      title: '{{type}}: {{state}}',
      greeting: 'مرحبًا {{name}}،',
      moved: 'حدّثت {{organization}} طلبك «{{type}}»: حالته الآن «{{state}}».',
      reason: 'السبب',
      next: 'ما عليك فعله الآن',
      open: 'افتح طلبك',
      terms: 'العبارات الصينية التي ستراها في Alipay',
      unsubscribe: 'إيقاف هذه الرسائل',
    },
    invitation: {
      subject: 'دعوة من {{organization}} على Waiji',
      invited: 'يدعوك «{{inviter}}» <{{email}}> إلى متابعة طلبك في Alipay مع «{{organization}}» على Waiji.',
      portal: 'في بوابة العملاء يمكنك متابعة طلبك ومعرفة الخطوة التالية ومراسلة من يساعدونك.',
      before: 'افتح هذا الرابط قبل {{until}} لقبول الدعوة.',
      ignore: 'إذا كنت لا تعرف هذا الشخص فتجاهل هذه الرسالة: لن يحدث شيء ما لم تفتح الرابط.',
    },
  },
};

/** Reminders to a client in the languages beyond en/zh; greeting, steps and terms headings are stateChange's. */
export const clientReminderWords: Readonly<Record<OtherClientLanguage, ReminderWords>> = {
  ko: {
    subject: 'Alipay 알림: {{kind}}',
    intro: '{{organization}}에서 Alipay 관련 도움을 드리며 이 알림을 보냅니다.',
    due: '기한',
    note: '메모',
    unsubscribe: '알림 이메일 수신 거부',
    kinds: clientCaseWords.ko.reminderKinds,
  },
  ru: {
    subject: 'Напоминание об Alipay: {{kind}}',
    intro: '{{organization}} помогает вам с Alipay и напоминает:',
    due: 'Срок',
    note: 'Примечание',
    unsubscribe: 'Отписаться от напоминаний',
    kinds: clientCaseWords.ru.reminderKinds,
  },
  ja: {
    subject: 'Alipayのお知らせ：{{kind}}',
    intro: '{{organization}}がAlipayの手続きをお手伝いしており、このお知らせをお送りしています。',
    due: '期限',
    note: 'メモ',
    unsubscribe: 'お知らせメールを停止',
    kinds: clientCaseWords.ja.reminderKinds,
  },
  th: {
    subject: 'การแจ้งเตือน Alipay: {{kind}}',
    intro: '{{organization}} กำลังช่วยเหลือคุณเรื่อง Alipay และส่งการแจ้งเตือนนี้ถึงคุณ',
    due: 'กำหนด',
    note: 'หมายเหตุ',
    unsubscribe: 'เลิกรับอีเมลแจ้งเตือน',
    kinds: clientCaseWords.th.reminderKinds,
  },
  id: {
    subject: 'Pengingat Alipay: {{kind}}',
    intro: '{{organization}} membantu urusan Alipay Anda dan mengirimkan pengingat ini.',
    due: 'Tenggat',
    note: 'Catatan',
    unsubscribe: 'Berhenti menerima email pengingat',
    kinds: clientCaseWords.id.reminderKinds,
  },
  es: {
    subject: 'Recordatorio de Alipay: {{kind}}',
    intro: '{{organization}} te ayuda con Alipay y te envía este recordatorio.',
    due: 'Plazo',
    note: 'Nota',
    unsubscribe: 'Dejar de recibir recordatorios',
    kinds: clientCaseWords.es.reminderKinds,
  },
  fr: {
    subject: 'Rappel Alipay : {{kind}}',
    intro: '{{organization}} vous accompagne pour Alipay et vous envoie ce rappel.',
    due: 'Échéance',
    note: 'Note',
    unsubscribe: 'Ne plus recevoir ces rappels',
    kinds: clientCaseWords.fr.reminderKinds,
  },
  de: {
    subject: 'Alipay-Erinnerung: {{kind}}',
    intro: '{{organization}} unterstützt Sie bei Alipay und schickt Ihnen diese Erinnerung.',
    due: 'Fällig',
    note: 'Notiz',
    unsubscribe: 'Diese Erinnerungen abbestellen',
    kinds: clientCaseWords.de.reminderKinds,
  },
  ar: {
    subject: 'تذكير Alipay: {{kind}}',
    intro: 'تساعدك {{organization}} في Alipay وترسل إليك هذا التذكير.',
    due: 'الموعد',
    note: 'ملاحظة',
    unsubscribe: 'إيقاف رسائل التذكير',
    kinds: clientCaseWords.ar.reminderKinds,
  },
};

/** Document reviews to a client in the languages beyond en/zh; greeting and unsubscribe are the other emails'. */
export const clientReviewWords: Readonly<Record<OtherClientLanguage, ReviewWords>> = {
  ko: {
    accepted: '서류 승인: {{document}}',
    again: '다시 보내 주세요: {{document}}',
    acceptedLine: '{{organization}}에서 {{document}}을(를) 확인하고 승인했습니다. 이 서류는 더 이상 할 일이 없습니다.',
    rejectedLine: '{{organization}}에서 {{document}}을(를) 확인했으며 새 파일이 필요합니다.',
    reason: '사유',
    open: '다시 업로드하기',
    kinds: clientCaseWords.ko.documentKinds,
  },
  ru: {
    accepted: 'Принято: {{document}}',
    again: 'Пришлите ещё раз: {{document}}',
    acceptedLine: '{{organization}} проверили документ «{{document}}» и приняли его. Больше ничего делать не нужно.',
    rejectedLine: '{{organization}} проверили документ «{{document}}»: нужен новый.',
    reason: 'Почему',
    open: 'Загрузить снова',
    kinds: clientCaseWords.ru.documentKinds,
  },
  ja: {
    accepted: '承認されました：{{document}}',
    again: '再送してください：{{document}}',
    acceptedLine: '{{organization}}が{{document}}を確認し、承認しました。この書類については以上です。',
    rejectedLine: '{{organization}}が{{document}}を確認しました。新しいものが必要です。',
    reason: '理由',
    open: 'もう一度アップロード',
    kinds: clientCaseWords.ja.documentKinds,
  },
  th: {
    accepted: 'ผ่านแล้ว: {{document}}',
    again: 'โปรดส่งอีกครั้ง: {{document}}',
    acceptedLine: '{{organization}} ตรวจ{{document}}ของคุณแล้วและผ่าน ไม่ต้องทำอะไรเพิ่มสำหรับเอกสารนี้',
    rejectedLine: '{{organization}} ตรวจ{{document}}ของคุณแล้ว และต้องการไฟล์ใหม่',
    reason: 'เหตุผล',
    open: 'อัปโหลดอีกครั้ง',
    kinds: clientCaseWords.th.documentKinds,
  },
  id: {
    accepted: 'Diterima: {{document}}',
    again: 'Mohon kirim lagi: {{document}}',
    acceptedLine:
      '{{organization}} sudah memeriksa {{document}} Anda dan menerimanya. Tidak ada lagi yang perlu dilakukan untuk dokumen ini.',
    rejectedLine: '{{organization}} sudah memeriksa {{document}} Anda dan memerlukan yang baru.',
    reason: 'Alasannya',
    open: 'Unggah lagi',
    kinds: clientCaseWords.id.documentKinds,
  },
  es: {
    accepted: 'Aceptado: {{document}}',
    again: 'Vuelve a enviarlo: {{document}}',
    acceptedLine:
      '{{organization}} ha revisado tu documento «{{document}}» y lo ha aceptado. No tienes que hacer nada más con él.',
    rejectedLine: '{{organization}} ha revisado tu documento «{{document}}» y necesita uno nuevo.',
    reason: 'Motivo',
    open: 'Volver a subirlo',
    kinds: clientCaseWords.es.documentKinds,
  },
  fr: {
    accepted: 'Accepté : {{document}}',
    again: 'À renvoyer : {{document}}',
    acceptedLine:
      '{{organization}} a vérifié votre document « {{document}} » et l’a accepté. Plus rien à faire pour celui-ci.',
    rejectedLine: '{{organization}} a vérifié votre document « {{document}} » et en a besoin d’un nouveau.',
    reason: 'Pourquoi',
    open: 'Le renvoyer',
    kinds: clientCaseWords.fr.documentKinds,
  },
  de: {
    accepted: 'Angenommen: {{document}}',
    again: 'Bitte erneut senden: {{document}}',
    acceptedLine:
      '{{organization}} hat Ihr Dokument „{{document}}“ geprüft und angenommen. Dafür ist nichts mehr zu tun.',
    rejectedLine: '{{organization}} hat Ihr Dokument „{{document}}“ geprüft und braucht ein neues.',
    reason: 'Grund',
    open: 'Erneut hochladen',
    kinds: clientCaseWords.de.documentKinds,
  },
  ar: {
    accepted: 'تم القبول: {{document}}',
    again: 'يرجى الإرسال مجددًا: {{document}}',
    acceptedLine: 'راجعت {{organization}} وثيقتك «{{document}}» وقبلتها. لا شيء آخر مطلوب بشأنها.',
    rejectedLine: 'راجعت {{organization}} وثيقتك «{{document}}» وتحتاج إلى نسخة جديدة.',
    reason: 'السبب',
    open: 'ارفعها مجددًا',
    kinds: clientCaseWords.ar.documentKinds,
  },
};

/** A helper's message to a client in a language beyond en/zh (en/zh keep message-content.ts's words). */
export type MessageWords = {
  title: string;
  subject: string;
  wrote: string;
  wroteUnnamed: string;
  replyPortal: string;
  replyOutside: string;
};

export const clientMessageWords: Readonly<Record<OtherClientLanguage, MessageWords>> = {
  ko: {
    title: '{{organization}}에서 새 메시지가 왔습니다',
    subject: '{{organization}}: 진행 건에 관한 새 메시지',
    wrote: '{{organization}}의 {{author}} 님이 진행 건({{about}})에 관해 메시지를 보냈습니다:',
    wroteUnnamed: '{{organization}}에서 진행 건({{about}})에 관해 메시지를 보냈습니다:',
    replyPortal: '포털에서 읽고 답장하기',
    replyOutside: '답장하려면 평소처럼 {{organization}}에 연락하세요.',
  },
  ru: {
    title: 'Новое сообщение от {{organization}}',
    subject: '{{organization}}: новое сообщение по вашему делу',
    wrote: '{{author}} ({{organization}}) пишет вам по делу «{{about}}»:',
    wroteUnnamed: '{{organization}} пишет вам по делу «{{about}}»:',
    replyPortal: 'Прочитать и ответить в личном кабинете',
    replyOutside: 'Чтобы ответить, свяжитесь с {{organization}} как обычно.',
  },
  ja: {
    title: '{{organization}}から新しいメッセージ',
    subject: '{{organization}}：お手続きについての新しいメッセージ',
    wrote: '{{organization}}の{{author}}さんから、お手続き（{{about}}）についてメッセージが届きました：',
    wroteUnnamed: '{{organization}}から、お手続き（{{about}}）についてメッセージが届きました：',
    replyPortal: 'ポータルで読んで返信する',
    replyOutside: '返信するには、いつもの方法で{{organization}}にご連絡ください。',
  },
  th: {
    title: 'ข้อความใหม่จาก {{organization}}',
    subject: '{{organization}}: ข้อความใหม่เกี่ยวกับเรื่องของคุณ',
    wrote: '{{author}} จาก {{organization}} ส่งข้อความถึงคุณเกี่ยวกับเรื่อง {{about}}:',
    wroteUnnamed: '{{organization}} ส่งข้อความถึงคุณเกี่ยวกับเรื่อง {{about}}:',
    replyPortal: 'อ่านและตอบกลับในพอร์ทัล',
    replyOutside: 'หากต้องการตอบกลับ โปรดติดต่อ {{organization}} ตามช่องทางปกติ',
  },
  id: {
    title: 'Pesan baru dari {{organization}}',
    subject: '{{organization}}: pesan baru tentang urusan Anda',
    wrote: '{{author}} dari {{organization}} menulis kepada Anda tentang urusan Anda ({{about}}):',
    wroteUnnamed: '{{organization}} menulis kepada Anda tentang urusan Anda ({{about}}):',
    replyPortal: 'Baca dan balas di portal',
    replyOutside: 'Untuk membalas, hubungi {{organization}} seperti biasa.',
  },
  es: {
    title: 'Nuevo mensaje de {{organization}}',
    subject: '{{organization}}: un mensaje nuevo sobre tu trámite',
    wrote: '{{author}}, de {{organization}}, te ha escrito sobre tu trámite ({{about}}):',
    wroteUnnamed: '{{organization}} te ha escrito sobre tu trámite ({{about}}):',
    replyPortal: 'Leer y responder en tu portal',
    replyOutside: 'Para responder, contacta con {{organization}} como sueles hacerlo.',
  },
  fr: {
    title: 'Nouveau message de {{organization}}',
    subject: '{{organization}} : un nouveau message sur votre dossier',
    wrote: '{{author}} ({{organization}}) vous a écrit au sujet de votre dossier ({{about}}) :',
    wroteUnnamed: '{{organization}} vous a écrit au sujet de votre dossier ({{about}}) :',
    replyPortal: 'Lire et répondre dans votre espace',
    replyOutside: 'Pour répondre, contactez {{organization}} comme d’habitude.',
  },
  de: {
    title: 'Neue Nachricht von {{organization}}',
    subject: '{{organization}}: eine neue Nachricht zu Ihrem Vorgang',
    wrote: '{{author}} ({{organization}}) hat Ihnen zu Ihrem Vorgang ({{about}}) geschrieben:',
    wroteUnnamed: '{{organization}} hat Ihnen zu Ihrem Vorgang ({{about}}) geschrieben:',
    replyPortal: 'Im Portal lesen und antworten',
    replyOutside: 'Um zu antworten, wenden Sie sich wie gewohnt an {{organization}}.',
  },
  ar: {
    title: 'رسالة جديدة من {{organization}}',
    subject: '{{organization}}: رسالة جديدة بشأن طلبك',
    wrote: 'كتب إليك {{author}} من {{organization}} بشأن طلبك ({{about}}):',
    wroteUnnamed: 'كتبت إليك {{organization}} بشأن طلبك ({{about}}):',
    replyPortal: 'اقرأ الرسالة وردّ عليها في بوابتك',
    replyOutside: 'للرد، تواصل مع {{organization}} بالطريقة المعتادة.',
  },
};

/** Fills {{name}} placeholders; a placeholder without a value stays visible (the spec catches it first). */
export const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
