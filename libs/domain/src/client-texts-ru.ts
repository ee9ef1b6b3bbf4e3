import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in Russian (client-texts.ts): English text → its words, dates as {date}. */
export const textsRu: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '«Choose another verification method» (выбрать другой способ подтверждения): появляется после ошибки при отправке и возвращает к началу.',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    'Достигнут лимит привязок: больше 15 попыток или карта уже привязана к 3 аккаунтам.',
  'A fault on the Alipay website.': 'Сбой на сайте Alipay.',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'Карта другой платёжной системы (не Visa, Mastercard, JCB, Diners Club или Discover) либо тип карты, который не разрешает банк-эмитент.',
  'A new account, a VPN, a foreign card used right after sign-up.':
    'Новый аккаунт, включённый VPN, зарубежная карта сразу после регистрации.',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    'У нового паспорта другой номер: сообщите помощнику новый номер и срок действия.',
  'A technical fault at Alipay or the bank.': 'Технический сбой у Alipay или в банке.',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    'Добавьте в приложении карту Visa, Mastercard или JCB; имя владельца карты должно совпадать с паспортом. Пройдите проверку 3-D Secure.',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    'Добавьте китайскую визу, штамп о въезде и страницу паспорта с подписью, затем подайте заявку снова.',
  'Adding the card: the name and the account number do not match the bank’s record.':
    'При добавлении карты: имя и номер счёта не совпадают с данными банка.',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'Alipay не смог отправить проверочный платёж на банковский счёт, поэтому подтверждение не прошло.',
  'Alipay does not accept this nationality for verification.':
    'Alipay не принимает это гражданство для подтверждения личности.',
  'Alipay does not support this card.': 'Alipay не поддерживает эту карту.',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'Alipay не принимает эту карту: добавьте вместо неё карту Visa, Mastercard, JCB, Diners Club или Discover.',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'Служба безопасности Alipay не смогла проверить личные данные и просит заполнить их точно.',
  "Alipay's system had an error and could not process the request.":
    'В системе Alipay произошла ошибка, и запрос не удалось обработать.',
  'Alipay’s risk control stopped the binding or payment.': 'Служба безопасности Alipay остановила привязку или платёж.',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    'SMS из одних вопросительных знаков после апелляции — скорее всего, это одобрение, которое телефон не смог отобразить: ограничение, вероятно, снято.',
  'An error on submit, often a system error.': 'Ошибка при отправке, часто системная.',
  'An overseas card whose details differ from the account.':
    'Зарубежная карта, данные которой не совпадают с данными аккаунта.',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    'Спросите в службе поддержки (95188), принимают ли теперь ваше гражданство; если нет, используйте другой способ оплаты (например, Tour Card).',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    'Попросите в банке справку с печатью о том, что карта принадлежит вам, и копию заявления на открытие счёта; отправьте оба документа в службу поддержки Alipay.',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    'Попросите банк подключить быструю оплату или используйте карту другого банка.',
  'Bind another card.': 'Привяжите другую карту.',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'Позвоните в Alipay по номеру 95188 (нажмите 1) или на англоязычную линию +86 571 95188; лучше, если рядом будет человек, говорящий по-китайски.',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    'Позвоните в банк (или зайдите в его приложение) и разрешите международные онлайн-платежи и эту привязку, затем попробуйте ещё раз.',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    'Карта привязана. Если вы её отвяжете, ту же карту можно будет привязать снова только через 24 часа.',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    'Карта привязана. Лимит — до US$5,000 за платёж и US$50,000 в год; за платежи свыше CNY 200 берётся комиссия 3%. Зарубежной картой можно платить по QR-кодам магазинов, но не частных лиц.',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    'Откройте «Настройки» → «Аккаунт и безопасность» (账号与安全) → «Центр безопасности» (安全中心) → «Ограничения»: надпись «No current account security issues» (проблем с безопасностью нет) означает, что ограничение снято. Alipay не присылает уведомлений, а SMS может прийти из одних вопросительных знаков.',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    'Примерно через 12 часов откройте «Настройки» → «Аккаунт и безопасность» → «Центр безопасности» → «Ограничения»: там должно быть написано «No current account security issues» (проблем с безопасностью нет).',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    'Откройте «Настройки» → «Аккаунт и безопасность» → «Центр безопасности» → «Ограничения»: надпись «No current account security issues» (проблем с безопасностью нет) означает, что ограничение снято.',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    'Откройте «Настройки» → «Аккаунт и безопасность» → «Центр безопасности» → «Ограничения»: там должно быть написано «No current account security issues» (проблем с безопасностью нет).',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    'Узнайте, как ваше имя записано в банке (в онлайн-банке или в отделении), и вводите его точно так же; Bank of China пишет имя ЗАГЛАВНЫМИ БУКВАМИ.',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    'Проверьте в отделении банка или в онлайн-банке, какой номер телефона привязан к карте, исправьте его там и привяжите карту снова.',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'Прежде чем подавать апелляцию в Alipay, проверьте, не ограничен ли сам аккаунт Alipay.',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    'Выберите 外籍 (иностранный гражданин) под жёлтой кнопкой — не форму для материкового Китая или Гонконга/Макао/Тайваня.',
  'Clear the browser cache and cookies, or use another browser.':
    'Очистите кэш и cookie браузера или откройте сайт в другом браузере.',
  'Click 立即认证 (Verify now).': 'Нажмите 立即认证 (пройти проверку).',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    'Сверьте имя, номер документа, номер карты и телефон, указанный в банке, с данными банка (в отделении часто делают опечатки), затем привяжите карту снова.',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    'Пройдите проверку 3-D Secure вашего банка (код из SMS или подтверждение в приложении банка).',
  'Confirm the exact name with the bank and type it that way.':
    'Уточните в банке, как точно пишется ваше имя, и введите его именно так.',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'Обращайтесь в Taobao, а не в Alipay: линия на иностранных языках +852 2215-5300, на китайском +86 0571-8815-8198.',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    'Не нажимайте 撤销本次认证申请 (отозвать эту заявку), если не хотите начать всё заново.',
  'Do not revoke unless you want to start again.': 'Не отзывайте заявку, если не хотите начать всё заново.',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    'Готово: личность подтверждена (синяя галочка). Теперь можно добавлять карты через 添加银行卡 (добавить банковскую карту).',
  'Either change to another bank card now, or': 'Либо сразу смените банковскую карту, либо',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    'Укажите банк, город отделения, где открыта карта, и номер карты, затем нажмите 下一步 (далее).',
  'First ask your bank (or its app) to allow international online payments for the card.':
    'Сначала попросите банк (или сделайте это в его приложении) разрешить по карте международные онлайн-платежи.',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    'Пройдите проверку по лицу (实人认证): хороший свет, смотрите прямо в камеру, по запросу моргните, кивните или прочитайте цифры.',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    'Блики на голограмме; нечитаемая MRZ; чехол телефона, мешающий NFC; введённое имя, которое отличается от MRZ; включённый VPN.',
  'Glare, blur, a crop or a shadow on the data page.':
    'Блики, размытость, обрезанный край или тень на странице с данными.',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    'Вернитесь к 立即认证 (пройти проверку), нажмите 外籍 (иностранный гражданин) и введите номер паспорта.',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    'Если в письме об отказе есть ссылка 补传 (повторная загрузка), воспользуйтесь ею в течение 24 часов.',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    'Если в письме есть ссылка 补传 (повторная загрузка), воспользуйтесь ею в течение 24 часов; если нет — подайте заявку заново через чат.',
  "If it keeps failing, check the name spelling or try another bank's card.":
    'Если ошибка повторяется, проверьте написание имени или попробуйте карту другого банка.',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    'Если это повторится, попросите в чате приложения оператора (人工客服).',
  'If it repeats, try another card or a mainland card.':
    'Если ошибка повторится, попробуйте другую карту или карту банка материкового Китая.',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    'Если всё равно не получается, спросите Alipay (95188), не привязана ли карта к другому аккаунту; это решается справкой из банка с печатью или новой картой.',
  'If the same card is declined a second time, switch to another card.':
    'Если ту же карту отклонят второй раз, возьмите другую карту.',
  'If the same card is declined twice, switch to another card instead of retrying.':
    'Если ту же карту отклонили дважды, не пробуйте снова — возьмите другую карту.',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    'Если сканирование не удаётся, введите данные вручную, а не сканируйте снова и снова: после нескольких неудач доступ блокируется примерно на 3 часа.',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'В приложении Alipay откройте «Я» → «Настройки» → «Подтверждение личности» (身份认证) → «Паспорт» (护照).',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'В приложении Alipay откройте «Я» → «Настройки» → «Подтверждение личности» → «Паспорт».',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    'В чате поддержки в приложении попросите соединить вас с живым оператором (人工客服): апелляция в приложении предлагает только привязать карту банка материкового Китая.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    'В приложении: «Банковские карты» (银行卡) → «Добавить карту» (添加银行卡). Введите номер карты и номер телефона, указанный в банке (银行预留手机号), затем код из SMS.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    'В приложении: «Банковские карты» (银行卡) → «Добавить карту» (添加银行卡). Подходят Visa, Mastercard, JCB, Diners Club и Discover; имя владельца карты должно совпадать с подтверждённым паспортом.',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    'В чате приложения попросите живого оператора (人工客服): апелляция в приложении предлагает только привязать карту материкового Китая.',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    'Отключены международные или онлайн-платежи, сработали правила банка против мошенничества или не пройдена проверка 3-D Secure.',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    'Сохраните скриншот с точным текстом ошибки; не удаляйте аккаунт Alipay.',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    'Сохраните скриншоты с точным текстом ошибки; не удаляйте аккаунт Alipay.',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'Войдите на alipay.com и откройте 账户设置 (настройки аккаунта) → 基本信息 (основные сведения).',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'Войдите в Alipay и посмотрите, почему не прошёл проверочный платёж (查看打款失败原因).',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    'Основные функции аккаунта (оплата, получение денег, добавление друзей, сообщения) ограничены; вывод средств по-прежнему работает.',
  'Middle names added or left out, another order.': 'Лишние или пропущенные вторые имена, другой порядок имён.',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    'Это не ошибка: служба поддержки Alipay рассмотрит заявку в течение 2 дней. Чтобы начать заново, сначала отзовите заявку (撤销本次认证申请).',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    'Это не ошибка: загруженный документ на проверке; результат будет в течение 24 часов.',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    'Делать ничего не нужно: служба поддержки Alipay проверит заявку в течение 2 дней. Потом посмотрите ход подтверждения личности (实名认证进度).',
  'Often a typo made at the bank counter.': 'Часто это опечатка, которую допустили в отделении банка.',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    'Зарегистрироваться могут только граждане стран из списка Alipay; Йемена в нём не было.',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    'Отправили только страницу паспорта с данными или не хватало визы / штампа о въезде.',
  'Or get a new card with a new number.': 'Или оформите новую карту с другим номером.',
  'Or use another card.': 'Или используйте другую карту.',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    'Сфотографируйте страницу паспорта с личными данными — чётко, целиком, в цвете, без обрезки и редактирования — и введите имя и номер точно как в паспорте. На новых телефонах может быть доступна проверка по чипу и лицу.',
  'Re-enter the name exactly as the bank has it and submit again.':
    'Введите имя заново точно так, как оно записано в банке, и отправьте заявку снова.',
  'Read the email that gives the reason.': 'Прочитайте письмо, в котором указана причина.',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    'Прочитайте письмо с причиной, затем снова попросите в чате оператора (人工客服).',
  'Read the error shown above it; retry later or in another browser.':
    'Прочитайте сообщение об ошибке над этой надписью; попробуйте позже или в другом браузере.',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'Посмотрите, какую причину называет Alipay (качество фото, имя ≠ MRZ, истёкший документ, гражданство), исправьте и отсканируйте снова.',
  'Record the appeal as lifted.': 'Отметьте в деле, что ограничение снято.',
  'Repeated retries, or the card is on other accounts.':
    'Много повторных попыток или карта привязана к другим аккаунтам.',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    'Служба безопасности, например сразу после регистрации за границей («Malicious account operations» — злонамеренные действия с аккаунтом).',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    'Сканируйте страницу с данными на тёмном матовом фоне (без бликов на голограмме), сняв чехол с телефона, чтобы читался чип, и выключив VPN. Вводите имя точно как в двух строках MRZ.',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    'Встречалось после того, как платёж зарубежной картой задержали на 24 часа и отклонили.',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    'Отправьте помощнику точный текст сообщения, которое Alipay показывает после входа (лучше скриншотом).',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    'Иногда причина — в написании имени по сравнению с данными банка: одному пользователю помог переход с карты BOC (Bank of China) на карту ICBC.',
  "Sorry, the application can't be processed at the moment.": 'Извините, сейчас заявку невозможно обработать.',
  'Stop retrying; wait a day, or unbind the card from another account.':
    'Больше не пытайтесь; подождите сутки или отвяжите карту от другого аккаунта.',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    'Подайте тот же документ, с которым открывали аккаунт; если это невозможно, спросите в службе поддержки по номеру 95188, как его сменить.',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    'Смените карту: банк уже дважды её отклонил. Добавьте другую карту, а не пробуйте эту снова.',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    'Сделайте новое чёткое цветное фото всей страницы с данными — без обрезки, сгибов и редактирования — и отправьте снова.',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    'Сделайте новое чёткое цветное фото всего нового документа и загрузите его снова.',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    'Сделайте новое чёткое цветное фото всей страницы паспорта — без обрезки, сгибов, коллажей и редактирования — и отправьте снова.',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    'Ограничен сам аккаунт Taobao, а не аккаунт Alipay; апелляция в Alipay это ограничение не снимет.',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    'Правила безопасности Taobao; вход через Alipay этого не меняет.',
  'Tell your helper the amount and the day it arrived.': 'Сообщите помощнику сумму и день, когда она пришла.',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    'Срок действия документа, указанного в аккаунте, истёк: загрузите новый документ (у нового паспорта другой номер).',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    'На странице «Ограничения» написано «No current account security issues» (проблем с безопасностью нет): ограничение снято. Alipay об этом не уведомляет.',
  'The account was created with a national ID card number, and the passport has another number.':
    'Аккаунт создан по номеру национального удостоверения личности, а у паспорта другой номер.',
  'The bank card is already used by someone else on Alipay.':
    'Эта банковская карта уже используется в Alipay другим человеком.',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    'Банк отказал («Card Issuing Bank Declined»): позвоните в банк или зайдите в его приложение и разрешите международные онлайн-платежи и эту привязку, затем попробуйте ещё раз.',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    'Банк не подключает для этой карты быструю оплату (快捷支付) — некоторые банки отказывают в ней для карт, открытых по паспорту.',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    'Проверка банковской карты не пройдена. Смените карту сейчас или отзовите эту заявку и повторите попытку с той же картой через N дней — в день, указанный в сообщении.',
  'The bank’s own rule for passport-opened cards.': 'Собственное правило банка для карт, открытых по паспорту.',
  'The card number was leaked or bound to another account.': 'Номер карты утёк или привязан к другому аккаунту.',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    'Банк, выпустивший карту, отклонил привязку (Card Issuing Bank Declined). Решать вопрос нужно с банком, а не с Alipay.',
  'The document number does not match the one the account was opened with.':
    'Номер документа не совпадает с тем, по которому открыт аккаунт.',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    'Апелляция в приложении предлагает только «привязать карту банка материкового Китая». Вместо этого откройте чат поддержки и попросите оператора (人工客服).',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    'Использована форма для жителей материкового Китая: она требует 18-значный номер китайского удостоверения личности.',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    'Имя длиннее 20 букв (с пробелами), а банк — не China Merchants Bank.',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    'Имя написано не точно так, как оно записано в банке (порядок, ЗАГЛАВНЫЕ БУКВЫ, вторые имена, пробелы).',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    'Имя написано не точно так, как оно записано в банке, — или номер карты уже использован в другом аккаунте.',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    'Введённое имя отличается от имени в машиночитаемой зоне паспорта (MRZ).',
  'The new document is on the account; nothing to do.':
    'Новый документ уже добавлен в аккаунт; делать ничего не нужно.',
  'The passport or permit reached its expiry date.': 'Истёк срок действия паспорта или вида на жительство.',
  'The passport photo was not clear enough to read.': 'Фото паспорта недостаточно чёткое, чтобы его прочитать.',
  'The phone could not show the Chinese characters.': 'Телефон не смог отобразить китайские иероглифы.',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    'Номер телефона отличается от номера, указанного в банке (银行预留手机号).',
  'The phone number format for the SMS code (country code).': 'Формат номера телефона для SMS-кода (код страны).',
  'The restriction is lifted; nothing to do.': 'Ограничение снято; делать ничего не нужно.',
  'The review failed because other valid documents are missing.':
    'Проверка не пройдена: не хватает других действительных документов.',
  'The review takes up to 24 hours; record the new passport number on the client.':
    'Проверка занимает до 24 часов; внесите новый номер паспорта в данные клиента.',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    'Ту же карту можно снова привязать с {date} (через 24 часа после отвязки); другую карту — уже сейчас.',
  'The same card may be bound again now; another card was allowed at once.':
    'Ту же карту уже можно привязать снова; другую карту можно было привязать сразу.',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    'Не была выбрана ссылка 外籍 (иностранный гражданин) под кнопкой 立即认证 (пройти проверку).',
  'Then record the outcome: lifted, or still restricted.':
    'Затем отметьте результат: ограничение снято или всё ещё действует.',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    'Затем сканируйте на тёмном матовом фоне без бликов, сняв чехол и выключив VPN, — или введите данные вручную.',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    'Затем отсканируйте ещё раз на тёмном матовом фоне или введите данные вручную.',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Вам пришлют ссылку по почте: загрузите фото страницы паспорта с данными и своё фото с паспортом в руках, где видна страница с данными.',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    'Этому аккаунту сейчас запрещён вход; обратитесь в службу поддержки Alipay по номеру 95188.',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'По ссылке загрузите фото страницы паспорта с данными и своё фото с паспортом в руках, где видна страница с данными.',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    'Чтобы начать заново, сначала нажмите 撤销本次认证申请 (отозвать эту заявку).',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    'Слишком много неудачных сканирований паспорта: подтверждение заблокировано примерно на 3 часа, потом блокировка снимется сама.',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    'Слишком много неудачных сканирований: подождите около 3 часов — блокировка снимется сама. Пока не переустанавливайте приложение.',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    'Нажмите на уведомление «Your ID has expired, touch here to update» (已过期,请重传 — срок документа истёк) и загрузите фото нового документа.',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    'Нажмите на уведомление («touch here to update» / 重传 — обновить) и загрузите фото нового документа.',
  'Try again later.': 'Попробуйте позже.',
  'Turn the VPN off and wait a day before trying again.':
    'Выключите VPN и подождите сутки, прежде чем пробовать снова.',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    'Введите имя точно так, как оно указано в двух строках MRZ внизу страницы с данными.',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    'Введите имя, номер карты и телефон точно так, как они записаны в банке, выпустившем карту; телефон — с кодом страны.',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    'Введите имя точно так, как оно записано в банке, номер паспорта (не меньше 8 символов; если короче, допишите нули в начале), адрес в Китае (подойдёт адрес отеля) и телефон; загрузите страницу паспорта с данными и страницу со штампом о въезде.',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    'По ссылке из письма загрузите страницу паспорта с данными и фото, где вы держите паспорт.',
  'Upload the passport data page and the entry-stamp page when asked.':
    'Когда попросят, загрузите страницу паспорта с данными и страницу со штампом о въезде.',
  'Use a China Merchants Bank (招商银行) card.': 'Используйте карту China Merchants Bank (招商银行).',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    'Воспользуйтесь ссылкой 补传 (повторная загрузка) из письма до {date} (она действует 24 часа).',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    'Обычно порядок или написание имени отличается от данных банка; само сообщение общее и причину не уточняет.',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    'Личность подтверждена. Теперь привяжите карту: «Банковские карты» (银行卡) → «Добавить карту»; имя владельца карты должно совпадать с паспортом.',
  'Wait about 12 hours after the upload.': 'Подождите около 12 часов после загрузки.',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    'Подождите от 12 часов до суток. Приложение не присылает уведомлений, а SMS может прийти из одних вопросительных знаков.',
  'Wait about 3 hours. Do not reinstall the app meanwhile.':
    'Подождите около 3 часов. Пока не переустанавливайте приложение.',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'Дождитесь, пока Alipay переведёт на вашу карту проверочный платёж меньше RMB 1 (например, 0.0974) — официально за 1–2 дня, иногда гораздо дольше. Следите за SMS от банка или проверьте баланс в банкомате или в отделении.',
  'Wait for approval: allow 1–2 business days.': 'Дождитесь одобрения: на это уходит 1–2 рабочих дня.',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    'Дождитесь письма от оператора со ссылкой для загрузки (проверьте папку «Спам»).',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    'Дождитесь результата, затем посмотрите в Alipay ход подтверждения личности (实名认证进度).',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    'Дождитесь проверки: по отзывам, 1–2 рабочих дня, часто несколько часов. Начинайте минимум за 48 часов до того, как нужно будет платить.',
  'Wait up to 24 hours, then open the app to see the result.':
    'Подождите до 24 часов, затем откройте приложение и посмотрите результат.',
  'Wait: the documents are reviewed within 24 hours.': 'Подождите: документы проверят в течение 24 часов.',
  'Wait: the result comes within 24 hours.': 'Подождите: результат будет в течение 24 часов.',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    'Когда платёж придёт, войдите в Alipay, нажмите 未认证 / 申请认证 (не подтверждено / подать заявку), затем 输入打款金额 (ввести сумму платежа) и введите точную сумму.',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    'отзовите заявку (撤销本次认证) и повторите попытку с той же картой в день, указанный в сообщении, или позже.',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    'отзовите заявку (撤销本次认证) и повторите попытку с той же картой {date} или позже.',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    'отзовите заявку (撤销本次认证) и повторите попытку с той же картой — это уже можно сделать.',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: 'Подача заявки',
  'Application accepted, awaiting deposit': 'Заявка принята, ожидается проверочный платёж',
  'Deposit amount entered': 'Сумма проверочного платежа введена',
  'Review started': 'Проверка началась',
  Approved: 'Одобрено',
  Rejected: 'Отклонено',
  Resubmit: 'Повторная подача',
  'Revoke the application (撤销本次认证申请)': 'Заявка отозвана (撤销本次认证申请)',
  'Scan locked out': 'Сканирование заблокировано',
  'Lock lifted, scan again': 'Блокировка снята, можно сканировать снова',
  'Scan accepted, face check': 'Скан принят, проверка по лицу',
  'Issuing bank declined': 'Банк, выпустивший карту, отказал',
  'Card not supported': 'Карта не поддерживается',
  'Held by risk control': 'Задержано службой безопасности',
  'Card unbound': 'Карта отвязана',
  'Human agent asked (人工客服)': 'Запрошен оператор (人工客服)',
  'Upload link received by email': 'Ссылка для загрузки пришла по почте',
  'Restriction lifted': 'Ограничение снято',
  'Bind again': 'Повторная привязка',
  'Card added, 3-D Secure pending': 'Карта добавлена, ожидается 3-D Secure',
  'Card bound': 'Карта привязана',
  'New document uploaded': 'Загружен новый документ',
  'Photos uploaded': 'Фото загружены',
  'Re-uploaded (补传)': 'Повторная загрузка (补传)',
  'Scan again': 'Повторное сканирование',
  'Still restricted': 'Ограничение сохраняется',
  'Try a card again': 'Повторная попытка с картой',
  'Try another card': 'Попытка с другой картой',
};
