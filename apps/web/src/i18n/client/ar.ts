import { caseWordsAr } from '@waiji/domain';
import type { ClientPack } from './pack';

// العربية: بوابة العميل، من اليمين إلى اليسار. المصطلحات من client-glossary.ts (التحقق من الهوية، الإيداع التجريبي،
// المراجعة اليدوية، تقييد الحساب، الطعن، إعادة الرفع). تبقى أزرار Alipay بالصينية مع البينيين.
export const pack: ClientPack = {
  portal: {
    title: 'طلبك في Alipay',
    listTitle: 'طلباتك',
    loading: 'جارٍ تحميل طلبك…',
    errorTitle: 'تعذّر تحميل طلبك',
    notFoundTitle: 'الطلب غير موجود',
    notFound: 'لا يوجد طلب كهذا بين طلباتك. ربما أُغلق.',
    backToCases: 'كل طلباتك',
    language: { label: 'اللغة' },
    update: {
      title: 'سجّل ما حدث',
      body: 'أخبرنا أنك قدّمت الطلب، أو أدخل مبلغ الإيداع التجريبي، أو الصق رد Alipay. تتبعها التذكيرات وموعد المحاولة التالية.',
      open: 'حدّث طلبي',
    },
    calendar: {
      title: 'مواعيدك في تقويمك',
      body: 'اشترك من تقويم هاتفك لترى متى يُفترض أن يصل الإيداع التجريبي أو من أي يوم يمكنك المحاولة مجددًا.',
      open: 'أضف إلى تقويمي',
    },
    attempt_zero: 'المحاولة {{count}}',
    attempt_one: 'المحاولة {{count}}',
    attempt_two: 'المحاولة {{count}}',
    attempt_few: 'المحاولة {{count}}',
    attempt_many: 'المحاولة {{count}}',
    attempt_other: 'المحاولة {{count}}',
    nextPrefix: 'التالي:',
    updated: 'آخر تحديث {{date}}',
    sections: {
      todo: 'ما عليك فعله الآن',
      when: 'ما الذي سيحدث بعد ذلك، ومتى',
      progress: 'أين وصل طلبك',
      timeline: 'ما حدث حتى الآن',
      help: 'أين تجد المساعدة',
    },
    steps: {
      none: 'لا شيء عليك فعله الآن.',
      tap: 'في Alipay، اضغط',
    },
    when: {
      approved: 'تم: قُبل طلبك.',
      next: 'التالي: {{kind}}',
      later: 'لاحقًا',
      about: {
        DEPOSIT_EXPECTED:
          'يُفترض أن يصل إلى بطاقتك إيداع تجريبي أقل من يوان واحد بحلول {{date}}. إن لم يصل فسيتابع مساعدك الأمر.',
        DEPOSIT_OVERDUE: 'سيتحقق مساعدك من الإيداع التجريبي في {{date}}.',
        REVIEW_DUE: 'يُفترض أن يرد Alipay بحلول {{date}}. إن لم يرد فسيتابع مساعدك الأمر.',
        RETRY_ALLOWED:
          'من {{date}} (بتوقيت بكين) يمكن استخدام البطاقة البنكية نفسها مجددًا، وهي مدة الانتظار التي يفرضها Alipay بعد فشل التحقق من البطاقة. ويمكن استخدام بطاقة أخرى الآن.',
        REUPLOAD_WINDOW_CLOSES: 'استخدم رابط 补传 (إعادة الرفع) في رسالة Alipay قبل {{date}}.',
        DOCUMENT_EXPIRING: 'إحدى وثائقك تنتهي صلاحيتها قريبًا (تذكير في {{date}}).',
        MANUAL: 'لدى مساعدك تذكير في {{date}}.',
        CASE_STUCK: 'سيعود مساعدك إلى طلبك في {{date}}.',
        CASE_STUCK_ADMINS: 'سيعود فريق مساعدك إلى طلبك في {{date}}.',
        SCAN_LOCK_LIFTS:
          'يُفترض أن يُرفع إيقاف مسح جواز السفر بحلول {{date}} (نحو 3 ساعات). بعدها امسح مجددًا أو أدخل البيانات يدويًا، ولا تُعد تثبيت التطبيق.',
        REBIND_ALLOWED: 'من {{date}} يمكن ربط البطاقة التي أُلغي ربطها مجددًا (بعد 24 ساعة من إلغاء الربط).',
      },
      expires: {
        PASSPORT: 'تنتهي صلاحية جواز سفرك في {{date}}.',
        VISA: 'تنتهي صلاحية تأشيرتك في {{date}}.',
      },
      overdue: '{{kind}}: كان الموعد {{date}}، وقد نُبّه مساعدك.',
      retryFrom: 'يمكن استخدام البطاقة البنكية نفسها مجددًا من {{date}} (بتوقيت بكين). ويمكن استخدام بطاقة أخرى الآن.',
      retryNow: 'يمكن الآن استخدام البطاقة البنكية نفسها مجددًا.',
      nothing: 'لا يوجد موعد تنتظره الآن.',
      inStateSince: 'في هذه الخطوة منذ {{date}}.',
    },
    progress: {
      label: 'خطوات طلبك',
      done: 'تمّت',
      current: 'أنت هنا',
    },
    timeline: {
      label: 'السجل، الأحدث أولًا',
      empty: 'لم يحدث شيء بعد.',
      created: 'فُتح الطلب',
      message: 'رسالة من Alipay',
      youWrote: 'كتبتَ',
      helperWrote: 'كتب {{name}}',
      helperWroteUnnamed: 'كتب مساعدك',
      nowIn: 'الآن: {{state}}',
      reason: 'السبب: {{reason}}',
      alipaySaid: 'Alipay',
      document: 'الوثائق: أُرسل ملف أو رُوجع',
    },
    help: {
      helper: 'مساعدك في {{organization}} يتابع طلبك وهو أول من يجيب عن أسئلتك.',
    },
    empty: {
      clientTitle: 'لا يوجد طلب بعد',
      clientBody: 'لم يفتح مساعدك طلبًا لك بعد. عندما يفعل سيظهر هنا مع الخطوات المطلوبة.',
      personalTitle: 'ابدأ متابعة التحقق من هويتك',
      personalBody:
        'أنشئ طلبك: يريك Waiji ما تفعله في تطبيق Alipay، ومتى تنتظر الإيداع التجريبي أو نتيجة المراجعة، ويذكّرك بذلك.',
      create: 'أنشئ طلبي',
    },
  },
  clientCase: caseWordsAr,
};
