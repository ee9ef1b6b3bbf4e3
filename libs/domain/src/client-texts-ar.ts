import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in Arabic (client-texts.ts): English text → its words, dates as {date}. */
export const textsAr: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '«Choose another verification method» (اختر طريقة تحقق أخرى): تظهر بعد خطأ عند الإرسال، وتعيدك إلى البداية.',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    'بلغتَ حد الربط: أكثر من 15 محاولة، أو أن البطاقة مربوطة أصلًا بـ 3 حسابات.',
  'A fault on the Alipay website.': 'عطل في موقع Alipay الإلكتروني.',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'شبكة بطاقات غير Visa وMastercard وJCB وDiners Club وDiscover، أو نوع بطاقة لا يسمح به البنك المُصدِر.',
  'A new account, a VPN, a foreign card used right after sign-up.':
    'حساب جديد، أو VPN مفعَّل، أو بطاقة أجنبية استُخدمت مباشرة بعد التسجيل.',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    'لجواز السفر المجدَّد رقم جديد: أبلغ مساعدك بالرقم الجديد وتاريخ انتهاء الصلاحية.',
  'A technical fault at Alipay or the bank.': 'عطل تقني لدى Alipay أو لدى البنك.',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    'أضف بطاقة Visa أو Mastercard أو JCB في التطبيق؛ ويجب أن يطابق اسم حامل البطاقة الاسم في جواز السفر. ثم أكمل تحقق 3-D Secure.',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    'أضف التأشيرة الصينية وختم الدخول وصفحة جواز السفر التي تحمل التوقيع، ثم قدّم الطلب مجددًا.',
  'Adding the card: the name and the account number do not match the bank’s record.':
    'عند إضافة البطاقة: الاسم ورقم الحساب لا يطابقان سجل البنك.',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'لم يتمكن Alipay من إرسال الإيداع التجريبي إلى الحساب البنكي، ففشل التحقق.',
  'Alipay does not accept this nationality for verification.': 'لا يقبل Alipay هذه الجنسية للتحقق من الهوية.',
  'Alipay does not support this card.': 'لا يدعم Alipay هذه البطاقة.',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'لا يقبل Alipay هذه البطاقة: أضف بدلًا منها بطاقة Visa أو Mastercard أو JCB أو Diners Club أو Discover.',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'لم يتمكن نظام الأمان في Alipay من التحقق من البيانات الشخصية، ويطلب إدخالها بدقة.',
  "Alipay's system had an error and could not process the request.": 'حدث خطأ في نظام Alipay فتعذّرت معالجة الطلب.',
  'Alipay’s risk control stopped the binding or payment.': 'أوقفت إدارة المخاطر في Alipay عملية الربط أو الدفع.',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    'الرسالة النصية المكوّنة من علامات استفهام بعد الطعن هي على الأرجح إشعار القبول وقد عجز الهاتف عن عرضه: فالتقييد رُفع على الأرجح.',
  'An error on submit, often a system error.': 'خطأ عند الإرسال، وغالبًا ما يكون خطأً في النظام.',
  'An overseas card whose details differ from the account.': 'بطاقة أجنبية تختلف بياناتها عن بيانات الحساب.',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    'اسأل خدمة العملاء (95188) إن كانت جنسيتك مقبولة الآن؛ وإلا فاستخدم وسيلة دفع أخرى (مثل Tour Card).',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    'اطلب من البنك خطابًا مختومًا يثبت أنك حامل البطاقة، مع نسخة من استمارة فتح الحساب، وأرسلهما إلى خدمة عملاء Alipay.',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    'اطلب من البنك تفعيل الدفع السريع، أو استخدم بطاقة من بنك آخر.',
  'Bind another card.': 'اربط بطاقة أخرى.',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'اتصل بـ Alipay على 95188 (اضغط 1) أو على الخط الإنجليزي +86 571 95188؛ ويُستحسن أن يساعدك شخص يتحدث الصينية.',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    'اتصل بالبنك (أو استخدم تطبيقه) للسماح بالمدفوعات الدولية عبر الإنترنت وبعملية الربط هذه، ثم حاول مرة أخرى.',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    'رُبطت البطاقة. إذا ألغيت ربطها يومًا ما، فلن يمكن ربط البطاقة نفسها مجددًا إلا بعد 24 ساعة.',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    'رُبطت البطاقة. الحد الأقصى US$5,000 للدفعة الواحدة وUS$50,000 في السنة، وتُفرض رسوم 3% على المدفوعات التي تتجاوز CNY 200. تدفع البطاقات الأجنبية عبر رموز QR الخاصة بالتجار، لا الرموز الشخصية.',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    'افتح الإعدادات ← الحساب والأمان (账号与安全) ← مركز الأمان (安全中心) ← القيود: عبارة «No current account security issues» (لا توجد مشكلات أمنية في الحساب) تعني أن التقييد رُفع. لا يرسل Alipay أي إشعار، وقد تظهر رسالته النصية علامات استفهام فقط.',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    'بعد نحو 12 ساعة افتح الإعدادات ← الحساب والأمان ← مركز الأمان ← القيود؛ يجب أن تظهر عبارة «No current account security issues» (لا توجد مشكلات أمنية في الحساب).',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    'افتح الإعدادات ← الحساب والأمان ← مركز الأمان ← القيود: عبارة «No current account security issues» (لا توجد مشكلات أمنية في الحساب) تعني أن تقييد الحساب رُفع.',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    'افتح الإعدادات ← الحساب والأمان ← مركز الأمان ← القيود: يجب أن تظهر عبارة «No current account security issues» (لا توجد مشكلات أمنية في الحساب).',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    'تحقق من طريقة كتابة البنك لاسمك (عبر الخدمات المصرفية الإلكترونية أو في الفرع) واكتبه بالطريقة نفسها تمامًا؛ ويكتب Bank of China الأسماء بالأحرف الكبيرة كلها.',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    'تحقق من رقم الهاتف المسجَّل لدى البنك في الفرع أو عبر الخدمات المصرفية الإلكترونية وصحّحه هناك، ثم أعد ربط البطاقة.',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'قبل تقديم طعن لدى Alipay، تحقق أولًا مما إذا كان حساب Alipay نفسه مقيَّدًا.',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    'اختر 外籍 (أجنبي) تحت الزر الأصفر — لا نموذج البر الصيني ولا نموذج هونغ كونغ/ماكاو/تايوان.',
  'Clear the browser cache and cookies, or use another browser.':
    'امسح ذاكرة التخزين المؤقت وملفات تعريف الارتباط في المتصفح، أو استخدم متصفحًا آخر.',
  'Click 立即认证 (Verify now).': 'اضغط 立即认证 (تحقق الآن).',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    'قارن الاسم ورقم الوثيقة ورقم البطاقة والهاتف المسجَّل بسجل البنك (الأخطاء المطبعية في الفرع شائعة)، ثم أعد ربط البطاقة.',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    'أكمل تحقق 3-D Secure الخاص ببنكك (رمز عبر رسالة نصية أو موافقة في تطبيق البنك).',
  'Confirm the exact name with the bank and type it that way.':
    'اسأل البنك عن الكتابة الدقيقة لاسمك واكتبه بالطريقة نفسها.',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'تواصل مع Taobao لا مع Alipay: خط اللغات الأجنبية +852 2215-5300، والخط الصيني +86 0571-8815-8198.',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    'لا تضغط 撤销本次认证申请 (سحب هذا الطلب) إلا إذا أردت البدء من جديد.',
  'Do not revoke unless you want to start again.': 'لا تسحب الطلب إلا إذا أردت البدء من جديد.',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    'تم: حسابك موثَّق (علامة صح زرقاء). يمكنك الآن إضافة بطاقات عبر 添加银行卡 (إضافة بطاقة بنكية).',
  'Either change to another bank card now, or': 'إما أن تنتقل الآن إلى بطاقة بنكية أخرى، أو',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    'أدخل اسم البنك ومدينة الفرع الذي فُتحت فيه البطاقة ورقم البطاقة، ثم اضغط 下一步 (التالي).',
  'First ask your bank (or its app) to allow international online payments for the card.':
    'اطلب أولًا من بنكك (أو عبر تطبيقه) السماح بالمدفوعات الدولية عبر الإنترنت لهذه البطاقة.',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    'اتبع خطوات التحقق بالوجه (实人认证): إضاءة جيدة ووجهك مقابل الكاميرا، ثم ارمش أو أومئ برأسك أو اقرأ الأرقام عند الطلب.',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    'انعكاس الضوء على الصورة المجسَّمة، أو MRZ غير مقروءة، أو غطاء هاتف يحجب NFC، أو اسم مكتوب يختلف عما في MRZ، أو VPN ما زال مفعَّلًا.',
  'Glare, blur, a crop or a shadow on the data page.':
    'انعكاس ضوء أو صورة غير واضحة أو مقصوصة أو ظل على صفحة البيانات.',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    'ارجع إلى 立即认证 (تحقق الآن) واضغط 外籍 (أجنبي)، ثم أدخل رقم جواز السفر.',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    'إذا احتوت رسالة الرفض في بريدك الإلكتروني على رابط 补传 (إعادة الرفع)، فاستخدمه خلال 24 ساعة.',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    'إذا احتوت الرسالة على رابط 补传 (إعادة الرفع) فاستخدمه خلال 24 ساعة؛ وإلا فقدّم الطلب مجددًا عبر الدردشة.',
  "If it keeps failing, check the name spelling or try another bank's card.":
    'إذا استمر الفشل، فتحقق من كتابة الاسم أو جرّب بطاقة من بنك آخر.',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    'إذا تكرر ذلك، فاطلب في دردشة التطبيق موظف خدمة العملاء (人工客服).',
  'If it repeats, try another card or a mainland card.': 'إذا تكرر ذلك، فجرّب بطاقة أخرى أو بطاقة من البر الصيني.',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    'إذا استمر الفشل، فاسأل Alipay (95188) إن كانت البطاقة مربوطة بحساب آخر؛ ويُحل ذلك بخطاب مختوم من البنك أو ببطاقة جديدة.',
  'If the same card is declined a second time, switch to another card.':
    'إذا رُفضت البطاقة نفسها مرة ثانية، فانتقل إلى بطاقة أخرى.',
  'If the same card is declined twice, switch to another card instead of retrying.':
    'إذا رُفضت البطاقة نفسها مرتين، فانتقل إلى بطاقة أخرى بدلًا من إعادة المحاولة.',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    'إذا استمر فشل المسح، فأدخل البيانات يدويًا بدلًا من تكرار المسح: تكرار الفشل يوقف التحقق نحو 3 ساعات.',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'في تطبيق Alipay افتح أنا ← الإعدادات ← التحقق من الهوية (身份认证) ← جواز السفر (护照).',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'في تطبيق Alipay افتح أنا ← الإعدادات ← التحقق من الهوية ← جواز السفر.',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    'في دردشة خدمة العملاء داخل التطبيق، اطلب التحدث إلى موظف خدمة العملاء (人工客服)؛ فالطعن داخل التطبيق لا يعرض إلا ربط بطاقة بنكية من البر الصيني.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    'في التطبيق: البطاقات البنكية (银行卡) ← إضافة بطاقة (添加银行卡). أدخل رقم البطاقة ورقم الهاتف المسجَّل لدى البنك (银行预留手机号)، ثم رمز الرسالة النصية.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    'في التطبيق: البطاقات البنكية (银行卡) ← إضافة بطاقة (添加银行卡). تُقبل Visa وMastercard وJCB وDiners Club وDiscover؛ ويجب أن يطابق اسم حامل البطاقة جواز السفر الذي تم التحقق منه.',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    'في دردشة التطبيق اطلب موظف خدمة العملاء (人工客服)؛ فالطعن داخل التطبيق لا يعرض إلا ربط بطاقة من البر الصيني.',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    'المدفوعات الدولية أو عبر الإنترنت معطَّلة، أو قواعد مكافحة الاحتيال لدى البنك، أو فشل تحقق 3-D Secure.',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    'احتفظ بلقطة شاشة لرسالة الخطأ كما هي؛ ولا تحذف حساب Alipay.',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    'احتفظ بلقطات شاشة لرسالة الخطأ كما هي؛ ولا تحذف حساب Alipay.',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'سجّل الدخول في alipay.com وافتح 账户设置 (إعدادات الحساب) ← 基本信息 (المعلومات الأساسية).',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'سجّل الدخول إلى Alipay لقراءة سبب فشل الإيداع التجريبي (查看打款失败原因).',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    'وظائف الحساب الرئيسية (الدفع والاستلام وإضافة الأصدقاء والرسائل) مقيَّدة؛ أما السحب فما زال متاحًا.',
  'Middle names added or left out, another order.': 'أسماء وسطى أُضيفت أو حُذفت، أو ترتيب مختلف للأسماء.',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    'ليس خطأً: ستراجع خدمة عملاء Alipay الطلب خلال يومين. للبدء من جديد، اسحب الطلب أولًا (撤销本次认证申请).',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    'ليس خطأً: الوثيقة المرفوعة قيد المراجعة، وتصدر النتيجة خلال 24 ساعة.',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    'لا شيء عليك فعله: تراجع خدمة عملاء Alipay الطلب خلال يومين. بعد ذلك تابع تقدّم التحقق من الهوية (实名认证进度).',
  'Often a typo made at the bank counter.': 'غالبًا خطأ مطبعي وقع في فرع البنك.',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    'لا يمكن التسجيل إلا لمواطني الدول المدرجة في قائمة Alipay، ولم يكن اليمن منها.',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    'أُرسلت صفحة البيانات في جواز السفر وحدها، أو كانت التأشيرة / ختم الدخول ناقصة.',
  'Or get a new card with a new number.': 'أو استخرج بطاقة جديدة برقم جديد.',
  'Or use another card.': 'أو استخدم بطاقة أخرى.',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    'صوّر صفحة المعلومات في جواز السفر — واضحة وكاملة وملوّنة، دون قص أو تعديل — وأدخل الاسم والرقم تمامًا كما هما مطبوعان. قد تتيح الهواتف الأحدث التحقق عبر الشريحة + الوجه.',
  'Re-enter the name exactly as the bank has it and submit again.':
    'أعد إدخال الاسم تمامًا كما هو مسجَّل لدى البنك، ثم أرسل الطلب مجددًا.',
  'Read the email that gives the reason.': 'اقرأ الرسالة الإلكترونية التي تذكر السبب.',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    'اقرأ الرسالة الإلكترونية التي تذكر السبب، ثم اطلب في الدردشة موظف خدمة العملاء (人工客服) مرة أخرى.',
  'Read the error shown above it; retry later or in another browser.':
    'اقرأ رسالة الخطأ الظاهرة فوقها؛ وأعد المحاولة لاحقًا أو في متصفح آخر.',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'اقرأ السبب الذي يذكره Alipay (جودة الصورة، الاسم ≠ MRZ، وثيقة منتهية الصلاحية، الجنسية)، وعالجه، ثم امسح مجددًا.',
  'Record the appeal as lifted.': 'سجّل أن الطعن نجح وأن تقييد الحساب رُفع.',
  'Repeated retries, or the card is on other accounts.': 'محاولات متكررة، أو أن البطاقة مربوطة بحسابات أخرى.',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    'إدارة المخاطر، مثلًا مباشرة بعد التسجيل من خارج الصين («Malicious account operations» — عمليات ضارة على الحساب).',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    'امسح صفحة البيانات على خلفية داكنة غير لامعة (دون انعكاس ضوء على الصورة المجسَّمة)، مع نزع غطاء الهاتف لقراءة الشريحة وإيقاف VPN. واكتب الاسم تمامًا كما في سطري MRZ.',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    'رُصدت بعد أن عُلِّقت دفعة ببطاقة أجنبية 24 ساعة ثم رُفضت.',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    'أرسل إلى مساعدك نص الرسالة التي يعرضها Alipay بعد تسجيل الدخول كما هو (ولقطة الشاشة تفيد).',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    'أحيانًا اختلاف كتابة الاسم عن سجل البنك: نجح أحد المستخدمين بعد انتقاله من BOC (Bank of China) إلى ICBC.',
  "Sorry, the application can't be processed at the moment.": 'عذرًا، لا يمكن معالجة الطلب حاليًا.',
  'Stop retrying; wait a day, or unbind the card from another account.':
    'توقف عن المحاولة؛ انتظر يومًا، أو ألغِ ربط البطاقة من الحساب الآخر.',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    'قدّم الوثيقة نفسها التي فُتح بها الحساب؛ وإن تعذّر ذلك فاسأل خدمة العملاء على 95188 عن طريقة تغييرها.',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    'غيّر البطاقة: رفضها البنك مرتين. أضف بطاقة أخرى بدلًا من إعادة المحاولة بهذه البطاقة.',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    'التقط صورة جديدة واضحة وكاملة وملوّنة لصفحة البيانات — دون قص أو ثنيات أو تعديل — ثم أرسلها مجددًا.',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    'التقط صورة جديدة واضحة وكاملة وملوّنة للوثيقة الجديدة وارفعها مجددًا.',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    'التقط صورة جديدة واضحة وكاملة وملوّنة لصفحة جواز السفر — دون قص أو ثنيات أو تجميع صور أو تعديل — ثم أرسلها مجددًا.',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    'المقيَّد هو حساب Taobao نفسه — لا حساب Alipay؛ والطعن لدى Alipay لا يرفع هذا التقييد.',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    'قواعد إدارة المخاطر في Taobao؛ وتسجيل الدخول عبر Alipay لا يغيّر ذلك.',
  'Tell your helper the amount and the day it arrived.': 'أخبر مساعدك بالمبلغ واليوم الذي وصل فيه.',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    'انتهت صلاحية وثيقة الهوية المسجَّلة في الحساب: ارفع الوثيقة الجديدة (لجواز السفر المجدَّد رقم جديد).',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    'تعرض صفحة القيود عبارة «No current account security issues» (لا توجد مشكلات أمنية في الحساب): رُفع التقييد. ولا يرسل Alipay أي إشعار بذلك.',
  'The account was created with a national ID card number, and the passport has another number.':
    'أُنشئ الحساب برقم بطاقة الهوية الوطنية، ولجواز السفر رقم آخر.',
  'The bank card is already used by someone else on Alipay.':
    'هذه البطاقة البنكية مستخدمة بالفعل في Alipay لدى شخص آخر.',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    'رفض البنك («Card Issuing Bank Declined»): اتصل به أو استخدم تطبيقه للسماح بالمدفوعات الدولية عبر الإنترنت وبعملية الربط هذه، ثم حاول مرة أخرى.',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    'لا يسمح البنك بالدفع السريع (快捷支付) لهذه البطاقة — فبعض البنوك ترفضه للبطاقات المفتوحة بجواز السفر.',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    'فشل التحقق من البطاقة البنكية. انتقل الآن إلى بطاقة أخرى، أو اسحب هذا الطلب وأعد المحاولة بالبطاقة نفسها بعد N أيام، في التاريخ المذكور في الرسالة.',
  'The bank’s own rule for passport-opened cards.': 'قاعدة البنك الخاصة بالبطاقات المفتوحة بجواز السفر.',
  'The card number was leaked or bound to another account.': 'تسرّب رقم البطاقة أو رُبطت البطاقة بحساب آخر.',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    'رفض البنك المُصدِر للبطاقة عملية الربط (Card Issuing Bank Declined). والحل لدى البنك لا لدى Alipay.',
  'The document number does not match the one the account was opened with.':
    'رقم الوثيقة لا يطابق الرقم الذي فُتح به الحساب.',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    'الطعن داخل التطبيق لا يعرض إلا «ربط بطاقة بنكية من البر الصيني». بدلًا من ذلك افتح دردشة خدمة العملاء واطلب موظف خدمة العملاء (人工客服).',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    'استُخدم نموذج البر الصيني: وهو يطلب رقم هوية صينية من 18 خانة.',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    'يزيد الاسم على 20 حرفًا (بما فيها المسافات)، والبنك ليس China Merchants Bank.',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    'الاسم لا يطابق تمامًا ما يسجّله البنك (الترتيب، الأحرف الكبيرة كلها، الأسماء الوسطى، المسافات).',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    'الاسم لا يطابق تمامًا ما يسجّله البنك — أو أن رقم البطاقة استُخدم من قبل في حساب آخر.',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    'الاسم المكتوب يختلف عن الاسم في منطقة القراءة الآلية في جواز السفر (MRZ).',
  'The new document is on the account; nothing to do.': 'أُضيفت الوثيقة الجديدة إلى الحساب؛ لا شيء عليك فعله.',
  'The passport or permit reached its expiry date.': 'انتهت صلاحية جواز السفر أو تصريح الإقامة.',
  'The passport photo was not clear enough to read.': 'لم تكن صورة جواز السفر واضحة بما يكفي لقراءتها.',
  'The phone could not show the Chinese characters.': 'لم يتمكن الهاتف من عرض الأحرف الصينية.',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    'رقم الهاتف يختلف عن الرقم المسجَّل لدى البنك (银行预留手机号).',
  'The phone number format for the SMS code (country code).':
    'صيغة رقم الهاتف لاستلام رمز الرسالة النصية (رمز الدولة).',
  'The restriction is lifted; nothing to do.': 'رُفع تقييد الحساب؛ لا شيء عليك فعله.',
  'The review failed because other valid documents are missing.': 'فشلت المراجعة لنقص وثائق سارية أخرى.',
  'The review takes up to 24 hours; record the new passport number on the client.':
    'تستغرق المراجعة حتى 24 ساعة؛ سجّل رقم جواز السفر الجديد في ملف العميل.',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    'يمكن ربط البطاقة نفسها مجددًا ابتداءً من {date} (بعد 24 ساعة من إلغاء الربط)؛ أما البطاقة الأخرى فيمكن ربطها الآن.',
  'The same card may be bound again now; another card was allowed at once.':
    'يمكن الآن ربط البطاقة نفسها مجددًا؛ وكان ربط بطاقة أخرى ممكنًا فورًا.',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    'لم يُختر رابط 外籍 (أجنبي) تحت 立即认证 (تحقق الآن).',
  'Then record the outcome: lifted, or still restricted.': 'ثم سجّل النتيجة: رُفع التقييد، أو ما زال قائمًا.',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    'ثم امسح على خلفية داكنة غير لامعة دون انعكاسات، بعد نزع غطاء الهاتف وإيقاف VPN — أو أدخل البيانات يدويًا.',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    'ثم امسح مرة أخرى على خلفية داكنة غير لامعة، أو أدخل البيانات يدويًا.',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'سيرسلون إليك رابطًا بالبريد الإلكتروني: ارفع صورة لصفحة البيانات في جواز السفر وصورة لك وأنت تحمل جواز السفر وصفحة البيانات ظاهرة.',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    'لا يُسمح لهذا الحساب بتسجيل الدخول حاليًا؛ تواصل مع خدمة عملاء Alipay على 95188.',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'عبر الرابط، ارفع صورة لصفحة البيانات في جواز السفر وصورة لك وأنت تحمل جواز السفر وصفحة البيانات ظاهرة.',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    'للبدء من جديد، اضغط أولًا 撤销本次认证申请 (سحب هذا الطلب).',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    'محاولات فاشلة كثيرة لمسح جواز السفر: التحقق مقفل نحو 3 ساعات ثم يُفتح تلقائيًا.',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    'محاولات مسح فاشلة كثيرة: انتظر نحو 3 ساعات، فالإيقاف يُرفع تلقائيًا. لا تُعِد تثبيت التطبيق في هذه الأثناء.',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    'اضغط الإشعار «Your ID has expired, touch here to update» (已过期,请重传 — انتهت صلاحية الوثيقة) وارفع صورة للوثيقة الجديدة.',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    'اضغط الإشعار («touch here to update» / 重传 — تحديث) وارفع صورة للوثيقة الجديدة.',
  'Try again later.': 'حاول مرة أخرى لاحقًا.',
  'Turn the VPN off and wait a day before trying again.': 'أوقف VPN وانتظر يومًا قبل المحاولة مجددًا.',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    'اكتب الاسم تمامًا كما يرد في سطري MRZ أسفل صفحة البيانات.',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    'اكتب الاسم ورقم البطاقة والهاتف تمامًا كما هي مسجَّلة لدى البنك المُصدِر، مع رمز الدولة قبل رقم الهاتف.',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    'اكتب اسمك تمامًا كما يسجّله بنكك، ورقم جواز سفرك (8 خانات على الأقل، وأكمل النقص بأصفار في البداية)، وعنوانًا في الصين (عنوان الفندق يكفي)، ورقم هاتفك؛ ثم ارفع صفحة البيانات في جواز السفر وصفحة ختم الدخول.',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    'ارفع صفحة البيانات في جواز السفر وصورة لك وأنت تحمل جواز السفر عبر الرابط المرسَل بالبريد الإلكتروني.',
  'Upload the passport data page and the entry-stamp page when asked.':
    'ارفع صفحة البيانات في جواز السفر وصفحة ختم الدخول عند الطلب.',
  'Use a China Merchants Bank (招商银行) card.': 'استخدم بطاقة من China Merchants Bank (招商银行).',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    'استخدم رابط 补传 (إعادة الرفع) في الرسالة الإلكترونية قبل {date} (يعمل لمدة 24 ساعة).',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    'عادةً يختلف ترتيب الاسم أو كتابته عن سجل البنك؛ فالرسالة نفسها عامة.',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    'تم التحقق. الخطوة التالية: اربط بطاقة عبر البطاقات البنكية (银行卡) ← إضافة بطاقة؛ ويجب أن يطابق اسم حامل البطاقة جواز السفر.',
  'Wait about 12 hours after the upload.': 'انتظر نحو 12 ساعة بعد الرفع.',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    'انتظر من 12 ساعة تقريبًا إلى يوم. لا يرسل التطبيق أي إشعار، وقد تظهر الرسالة النصية علامات استفهام فقط.',
  'Wait about 3 hours. Do not reinstall the app meanwhile.': 'انتظر نحو 3 ساعات. لا تُعِد تثبيت التطبيق في هذه الأثناء.',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'انتظر حتى يرسل Alipay إلى بطاقتك إيداعًا تجريبيًا أقل من RMB 1 (مثلًا 0.0974) — رسميًا خلال يوم أو يومين، وأحيانًا أطول بكثير. راقب الرسائل النصية من البنك، أو تحقق عبر الصراف الآلي أو في الفرع.',
  'Wait for approval: allow 1–2 business days.': 'انتظر الموافقة: قد يستغرق ذلك يوم عمل أو يومين.',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    'انتظر رسالة الموظف الإلكترونية التي تتضمن رابط الرفع (تحقق من مجلد البريد العشوائي).',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    'انتظر النتيجة، ثم تابع تقدّم التحقق من الهوية (实名认证进度) في Alipay.',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    'انتظر المراجعة: تستغرق بحسب التجارب يوم عمل أو يومين، وغالبًا بضع ساعات فقط. ابدأ قبل حاجتك إلى الدفع بـ 48 ساعة على الأقل.',
  'Wait up to 24 hours, then open the app to see the result.': 'انتظر حتى 24 ساعة، ثم افتح التطبيق لترى النتيجة.',
  'Wait: the documents are reviewed within 24 hours.': 'انتظر: تُراجَع الوثائق خلال 24 ساعة.',
  'Wait: the result comes within 24 hours.': 'انتظر: تصدر النتيجة خلال 24 ساعة.',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    'عند وصول المبلغ، سجّل الدخول واضغط 未认证 / 申请认证 (غير موثَّق / طلب التحقق)، ثم 输入打款金额 (إدخال مبلغ الإيداع) واكتب المبلغ بدقة.',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    'اسحب الطلب (撤销本次认证) وأعد المحاولة بالبطاقة نفسها في التاريخ المذكور في الرسالة أو بعده.',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    'اسحب الطلب (撤销本次认证) وأعد المحاولة بالبطاقة نفسها في {date} أو بعده.',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    'اسحب الطلب (撤销本次认证) وأعد المحاولة بالبطاقة نفسها — أصبح ذلك مسموحًا الآن.',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: 'تقديم الطلب',
  'Application accepted, awaiting deposit': 'قُبل الطلب، بانتظار الإيداع التجريبي',
  'Deposit amount entered': 'أُدخل مبلغ الإيداع التجريبي',
  'Review started': 'بدأت المراجعة',
  Approved: 'تمت الموافقة',
  Rejected: 'مرفوض',
  Resubmit: 'إعادة التقديم',
  'Revoke the application (撤销本次认证申请)': 'سحب الطلب (撤销本次认证申请)',
  'Scan locked out': 'قُفل المسح',
  'Lock lifted, scan again': 'رُفع القفل، امسح مجددًا',
  'Scan accepted, face check': 'قُبل المسح، التحقق بالوجه',
  'Issuing bank declined': 'رفض البنك المُصدِر',
  'Card not supported': 'البطاقة غير مدعومة',
  'Held by risk control': 'أوقفته إدارة المخاطر',
  'Card unbound': 'أُلغي ربط البطاقة',
  'Human agent asked (人工客服)': 'طُلب موظف خدمة العملاء (人工客服)',
  'Upload link received by email': 'وصل رابط الرفع بالبريد الإلكتروني',
  'Restriction lifted': 'رُفع تقييد الحساب',
  'Bind again': 'إعادة الربط',
  'Card added, 3-D Secure pending': 'أُضيفت البطاقة، بانتظار 3-D Secure',
  'Card bound': 'تم ربط البطاقة',
  'New document uploaded': 'رُفع مستند جديد',
  'Photos uploaded': 'رُفعت الصور',
  'Re-uploaded (补传)': 'إعادة الرفع (补传)',
  'Scan again': 'المسح مجددًا',
  'Still restricted': 'لا يزال مقيَّدًا',
  'Try a card again': 'محاولة البطاقة مجددًا',
  'Try another card': 'تجربة بطاقة أخرى',
};
