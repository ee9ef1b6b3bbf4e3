import type { ClientCaseWords } from './client-case-words-type';

// A case's type and state for a client reading ar (client-case-words.ts; words from client-glossary.ts).
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
  reminderKinds: {
    DEPOSIT_EXPECTED: 'موعد وصول الإيداع التجريبي',
    DEPOSIT_OVERDUE: 'تأخر الإيداع التجريبي',
    REVIEW_DUE: 'موعد انتهاء مراجعة Alipay',
    RETRY_ALLOWED: 'يمكن استخدام البطاقة نفسها مجددًا',
    REUPLOAD_WINDOW_CLOSES: 'انتهاء مهلة إعادة الرفع (补传)',
    DOCUMENT_EXPIRING: 'وثيقة قاربت صلاحيتها على الانتهاء',
    CASE_STUCK: 'طلب متوقف',
    CASE_STUCK_ADMINS: 'طلب متوقف أُحيل إلى المسؤولين',
    SCAN_LOCK_LIFTS: 'موعد رفع إيقاف مسح جواز السفر',
    REBIND_ALLOWED: 'يمكن ربط البطاقة مجددًا',
    MANUAL: 'تذكير',
  },
  documentKinds: {
    PASSPORT_BIO: 'صفحة البيانات في جواز السفر',
    ENTRY_STAMP: 'صفحة ختم الدخول إلى الصين',
    VISA: 'التأشيرة الصينية',
    RESIDENCE_PERMIT: 'تصريح الإقامة',
    SIGNATURE_PAGE: 'صفحة جواز السفر التي تحمل التوقيع',
    HOLDING_PASSPORT_PHOTO: 'صورتك وأنت تحمل جواز السفر مفتوحًا',
    PERMANENT_RESIDENT_ID: 'بطاقة الإقامة الدائمة للأجانب (五星卡)',
  },
  checklistStatuses: {
    REQUESTED: 'مطلوب',
    UPLOADED: 'أُرسل، بانتظار المراجعة',
    ACCEPTED: 'مقبول',
    REJECTED: 'مرفوض — أرسله مرة أخرى',
    WAIVED: 'غير مطلوب',
  },
  documentFindings: {
    PDF_TYPE_ONLY: 'هذا ملف PDF ممسوح ضوئيًا: فُحص نوعه وحجمه فقط. سيطّلع عليه مساعدك بنفسه.',
    IMAGE_LOW_RESOLUTION:
      'الصورة صغيرة ({{width}}×{{height}} بكسل)، وقد يتعذّر قراءة الخط الصغير. اقترب أكثر حتى تملأ الصفحة الإطار.',
    IMAGE_BLURRY: 'الصورة غير واضحة. أعد التقاط الصورة: الصفحة كاملة، مسطّحة، واضحة، في إضاءة جيدة، ومن دون فلاش.',
    IMAGE_GLARE:
      'يغطي انعكاس ضوئي ساطع نحو {{percent}}% من الصورة وقد يخفي بعض النص. أمِل الصفحة قليلًا أو أطفئ الفلاش، ثم أعد التقاط الصورة.',
    IMAGE_TOO_DARK: 'الصورة داكنة جدًا ولا يمكن قراءتها. أعد التقاطها في إضاءة أفضل.',
    IMAGE_NOT_COLOUR: 'الصورة بالأبيض والأسود. يطلب Alipay صورة ملوّنة للمستند الأصلي.',
    IMAGE_ROTATED: 'التُقطت الصورة بشكل جانبي أو مقلوب، وقد عُدّلت إلى الوضع الصحيح.',
    IMAGE_METADATA_REMOVED: 'حُذفت بيانات الكاميرا (EXIF) من النسخة المحفوظة.',
    IMAGE_METADATA_REMOVED_GPS:
      'كانت الصورة تتضمن مكان التقاطها (GPS)، وقد حُذف هو وبيانات الكاميرا الأخرى من النسخة المحفوظة.',
    MRZ_UNREADABLE:
      'تعذّرت قراءة السطرين المكوّنين من حروف وعلامات < في أسفل صفحة جواز السفر. أعد التقاط الصورة: الصفحة كاملة، مسطّحة، واضحة، في إضاءة جيدة، ومن دون فلاش.',
    MRZ_MATCHES: 'قُرئ السطران المقروءان آليًا في جواز السفر، وهما يطابقان بياناتك.',
    MRZ_NAME_ORDER:
      'الاسم في جواز السفر هو {{passportName}}، وفي بياناتك {{recordName}} — الأسماء نفسها بترتيب مختلف. يطابق Alipay الاسم مع جواز السفر، لذا استخدم ترتيبه.',
    MRZ_NAME_PARTS:
      'الاسم في جواز السفر هو {{passportName}}، وفي بياناتك {{recordName}} — يطابق Alipay الاسم مع جواز السفر، بما في ذلك الأسماء الوسطى.',
    MRZ_NAME_MISMATCH:
      'الاسم في جواز السفر هو {{passportName}}، وفي بياناتك {{recordName}} — يطابق Alipay الاسم مع جواز السفر.',
    MRZ_NUMBER_MISMATCH:
      'رقم جواز السفر في الصورة ينتهي بـ {{passportLast4}}، أما في بياناتك فينتهي بـ {{recordLast4}}. هل هذا هو جواز السفر الصحيح؟',
    MRZ_NATIONALITY_MISMATCH: 'الجنسية في جواز السفر هي {{passport}}، وفي بياناتك {{record}}.',
    MRZ_NATIONALITY_UNKNOWN:
      'الجنسية في جواز السفر هي {{passport}}، وفي بياناتك «{{record}}»، وتعذّرت مقارنتهما آليًا. يُرجى التحقق منها بالنظر.',
    MRZ_BIRTH_DATE_MISMATCH: 'تاريخ الميلاد في جواز السفر هو {{passport}}، وفي بياناتك {{record}}.',
    MRZ_EXPIRY_MISMATCH: 'تنتهي صلاحية جواز السفر في {{passport}}، أما في بياناتك ففي {{record}}.',
    PASSPORT_EXPIRED:
      'انتهت صلاحية جواز السفر في {{expiryDate}}. لا يقبل Alipay جواز سفر منتهي الصلاحية: استخدم الجواز الجديد.',
    PASSPORT_EXPIRES_SOON: 'تنتهي صلاحية جواز السفر في {{expiryDate}} (الأيام المتبقية: {{days}}).',
    UNKNOWN: 'وجد فحص هذا الملف شيئًا لا يستطيع هذا الإصدار وصفه.',
  },
};
