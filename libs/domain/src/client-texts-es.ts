import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in Spanish (client-texts.ts): English text → its words, dates as {date}. */
export const textsEs: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '«Choose another verification method» (elegir otro método de verificación): aparece tras un error al enviar la solicitud y te lleva de vuelta al principio.',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    'Se alcanzó un límite de vinculación: más de 15 intentos, o la tarjeta ya está vinculada a 3 cuentas.',
  'A fault on the Alipay website.': 'Un fallo en la web de Alipay.',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'Una red distinta de Visa, Mastercard, JCB, Diners Club y Discover, o un tipo de tarjeta que el banco emisor no permite.',
  'A new account, a VPN, a foreign card used right after sign-up.':
    'Una cuenta nueva, una VPN activada, una tarjeta extranjera usada justo después de registrarte.',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    'Un pasaporte renovado tiene otro número: pasa a la persona que te ayuda el número nuevo y la fecha de caducidad.',
  'A technical fault at Alipay or the bank.': 'Un fallo técnico de Alipay o del banco.',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    'Añade en la app una tarjeta Visa, Mastercard o JCB; el nombre del titular debe coincidir con el del pasaporte. Completa la verificación 3-D Secure.',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    'Añade el visado chino, el sello de entrada y la página del pasaporte con la firma, y vuelve a presentar la solicitud.',
  'Adding the card: the name and the account number do not match the bank’s record.':
    'Al añadir la tarjeta: el nombre y el número de cuenta no coinciden con los datos del banco.',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'Alipay no pudo hacer el microdepósito de prueba en la cuenta bancaria, así que la verificación falló.',
  'Alipay does not accept this nationality for verification.':
    'Alipay no acepta esta nacionalidad para la verificación.',
  'Alipay does not support this card.': 'Alipay no admite esta tarjeta.',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'Alipay no acepta esta tarjeta: añade en su lugar una Visa, Mastercard, JCB, Diners Club o Discover.',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'El sistema de seguridad de Alipay no pudo comprobar los datos personales y pide que se rellenen con exactitud.',
  "Alipay's system had an error and could not process the request.":
    'El sistema de Alipay tuvo un error y no pudo procesar la solicitud.',
  'Alipay’s risk control stopped the binding or payment.':
    'El control de riesgos de Alipay bloqueó la vinculación o el pago.',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    'Un SMS lleno de signos de interrogación después de una apelación suele ser la aprobación, que el móvil no pudo mostrar bien: lo más probable es que la restricción ya esté levantada.',
  'An error on submit, often a system error.': 'Un error al enviar la solicitud, a menudo un fallo del sistema.',
  'An overseas card whose details differ from the account.':
    'Una tarjeta extranjera cuyos datos no coinciden con los de la cuenta.',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    'Pregunta al servicio de atención al cliente (95188) si ya aceptan esa nacionalidad; si no, usa otro medio de pago (por ejemplo, la Tour Card).',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    'Pide al banco una carta sellada que confirme que eres el titular de la tarjeta y una copia del formulario de apertura de la cuenta, y envía ambas cosas al servicio de atención al cliente de Alipay.',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    'Pide al banco que active el pago rápido, o usa la tarjeta de otro banco.',
  'Bind another card.': 'Vincula otra tarjeta.',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'Llama a Alipay al 95188 (marca el 1) o a la línea en inglés +86 571 95188; ayuda mucho que te acompañe alguien que hable chino.',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    'Llama al banco (o usa su app) para que permita los pagos internacionales por internet y esta vinculación; luego inténtalo una vez más.',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    'Tarjeta vinculada. Si algún día la desvinculas, no podrás volver a vincular esa misma tarjeta hasta 24 horas después.',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    'Tarjeta vinculada. Hasta 5.000 US$ por pago y 50.000 US$ al año; los pagos de más de 200 CNY llevan una comisión del 3 %. Con una tarjeta extranjera se pagan los códigos QR de comercios, no los de particulares.',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    'Mira en Ajustes → Cuenta y seguridad (账号与安全) → Centro de seguridad (安全中心) → Restricciones: si pone «No current account security issues» (no hay problemas de seguridad en la cuenta), la restricción está levantada. Alipay no avisa, y su SMS puede mostrar solo signos de interrogación.',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    'Pasadas unas 12 horas, mira en Ajustes → Cuenta y seguridad → Centro de seguridad → Restricciones; debería poner «No current account security issues» (no hay problemas de seguridad en la cuenta).',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    'Mira en Ajustes → Cuenta y seguridad → Centro de seguridad → Restricciones: si pone «No current account security issues» (no hay problemas de seguridad en la cuenta), la restricción está levantada.',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    'Mira en Ajustes → Cuenta y seguridad → Centro de seguridad → Restricciones: debería poner «No current account security issues» (no hay problemas de seguridad en la cuenta).',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    'Comprueba cómo tiene escrito tu nombre el banco (en la banca en línea o en ventanilla) y úsalo exactamente así; Bank of China lo escribe todo en MAYÚSCULAS.',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    'Comprueba el número de móvil registrado en el banco (en ventanilla o en la banca en línea), corrígelo allí y vuelve a vincular la tarjeta.',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'Antes de presentar una apelación en Alipay, comprueba si la propia cuenta de Alipay tiene alguna restricción.',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    'Elige 外籍 (nacionalidad extranjera), debajo del botón amarillo; no el formulario de China continental ni el de Hong Kong/Macao/Taiwán.',
  'Clear the browser cache and cookies, or use another browser.':
    'Borra la caché y las cookies del navegador, o usa otro navegador.',
  'Click 立即认证 (Verify now).': 'Haz clic en 立即认证 (verificar ahora).',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    'Compara el nombre, el número de documento, la tarjeta y el móvil registrado con los datos del banco (es frecuente un error al teclearlos en ventanilla) y vuelve a vincular la tarjeta.',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    'Completa la verificación 3-D Secure de tu banco (un código por SMS o una aprobación en la app del banco).',
  'Confirm the exact name with the bank and type it that way.':
    'Confirma con el banco cómo figura exactamente tu nombre y escríbelo así.',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'Contacta con Taobao, no con Alipay: línea en idiomas extranjeros +852 2215-5300; en chino, +86 0571-8815-8198.',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    'No hagas clic en 撤销本次认证申请 (anular esta solicitud) salvo que quieras empezar de nuevo.',
  'Do not revoke unless you want to start again.': 'No anules la solicitud salvo que quieras empezar de nuevo.',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    'Listo: tu cuenta está verificada (marca azul). Ya puedes añadir tarjetas con 添加银行卡 (añadir tarjeta bancaria).',
  'Either change to another bank card now, or': 'Cambia ahora a otra tarjeta bancaria, o bien',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    'Introduce el banco, la ciudad de la sucursal donde abriste la cuenta y el número de tarjeta; luego haz clic en 下一步 (siguiente).',
  'First ask your bank (or its app) to allow international online payments for the card.':
    'Primero activa los pagos internacionales por internet de la tarjeta: pídeselo a tu banco o hazlo en su app.',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    'Sigue la verificación facial (实人认证): buena luz, mira de frente a la cámara y parpadea, asiente o lee los números cuando te lo pida.',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    'Reflejos en el holograma, una MRZ ilegible, el NFC bloqueado por la funda del móvil, un nombre escrito distinto del de la MRZ, una VPN que se quedó activada.',
  'Glare, blur, a crop or a shadow on the data page.':
    'Reflejos, desenfoque, un recorte o una sombra en la página de datos.',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    'Vuelve a 立即认证 (verificar ahora), haz clic en 外籍 (nacionalidad extranjera) e introduce el número de pasaporte.',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    'Si el correo de rechazo trae un enlace 补传 (volver a subir), úsalo en un plazo de 24 horas.',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    'Si el correo trae un enlace 补传 (volver a subir), úsalo en un plazo de 24 horas; si no, vuelve a solicitarlo por el chat.',
  "If it keeps failing, check the name spelling or try another bank's card.":
    'Si sigue fallando, revisa cómo está escrito el nombre o prueba con la tarjeta de otro banco.',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    'Si se repite, pide un agente humano (人工客服) en el chat de la app.',
  'If it repeats, try another card or a mainland card.':
    'Si se repite, prueba con otra tarjeta o con una tarjeta de China continental.',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    'Si aún falla, pregunta a Alipay (95188) si la tarjeta está vinculada a otra cuenta; eso se soluciona con una carta sellada del banco o con una tarjeta nueva.',
  'If the same card is declined a second time, switch to another card.':
    'Si el banco rechaza la misma tarjeta por segunda vez, cambia a otra tarjeta.',
  'If the same card is declined twice, switch to another card instead of retrying.':
    'Si el banco rechaza la misma tarjeta dos veces, cambia a otra en lugar de seguir intentándolo.',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    'Si el escaneo sigue fallando, escribe los datos a mano en vez de escanear una y otra vez: los fallos repetidos te bloquean unas 3 horas.',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'En la app de Alipay, abre Yo → Ajustes → Verificación de identidad (身份认证) → Pasaporte (护照).',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'En la app de Alipay, abre Yo → Ajustes → Verificación de identidad → Pasaporte.',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    'En el chat de atención al cliente de la app, pide hablar con un agente humano (人工客服); la apelación dentro de la app solo ofrece vincular una tarjeta bancaria de China continental.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    'En la app: Tarjetas bancarias (银行卡) → Añadir tarjeta (添加银行卡). Introduce el número de tarjeta y el móvil registrado en el banco (银行预留手机号), y después el código del SMS.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    'En la app: Tarjetas bancarias (银行卡) → Añadir tarjeta (添加银行卡). Sirven Visa, Mastercard, JCB, Diners Club y Discover; el nombre del titular debe coincidir con el del pasaporte verificado.',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    'En el chat de la app, pide un agente humano (人工客服); la apelación dentro de la app solo ofrece vincular una tarjeta de China continental.',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    'Los pagos internacionales o por internet están desactivados, las reglas antifraude del banco o una verificación 3-D Secure fallida.',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    'Guarda una captura de pantalla del error tal cual aparece; no borres la cuenta de Alipay.',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    'Guarda capturas de pantalla del error tal cual aparece; no borres la cuenta de Alipay.',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'Inicia sesión en alipay.com y abre 账户设置 (configuración de la cuenta) → 基本信息 (información básica).',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'Inicia sesión en Alipay para ver por qué falló el microdepósito (查看打款失败原因).',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    'Las funciones principales de la cuenta (pagar, cobrar, añadir amigos, mensajes) están restringidas; retirar dinero sigue funcionando.',
  'Middle names added or left out, another order.': 'Segundos nombres añadidos u omitidos, u otro orden.',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    'No es un error: el servicio de atención al cliente de Alipay revisará la solicitud en un plazo de 2 días. Para empezar de nuevo, anula primero la solicitud (撤销本次认证申请).',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    'No es un error: el documento que subiste está en revisión; el resultado llega en un plazo de 24 horas.',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    'No tienes que hacer nada: el servicio de atención al cliente de Alipay lo revisa en un plazo de 2 días. Después, consulta el progreso de la verificación de identidad (实名认证进度).',
  'Often a typo made at the bank counter.': 'Suele ser un error al teclear los datos en la ventanilla del banco.',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    'Solo pueden registrarse los países de la lista de Alipay; Yemen no estaba en ella.',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    'Solo se envió la página de datos del pasaporte, o faltaba el visado o el sello de entrada.',
  'Or get a new card with a new number.': 'O consigue una tarjeta nueva con otro número.',
  'Or use another card.': 'O usa otra tarjeta.',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    'Fotografía la página de datos del pasaporte (nítida, completa, en color, sin recortes ni retoques) e introduce el nombre y el número tal como aparecen impresos. Los móviles más nuevos pueden ofrecer lectura del chip + verificación facial.',
  'Re-enter the name exactly as the bank has it and submit again.':
    'Vuelve a escribir el nombre exactamente como lo tiene el banco y envíalo de nuevo.',
  'Read the email that gives the reason.': 'Lee el correo que explica el motivo.',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    'Lee el correo con el motivo; después vuelve a pedir un agente humano (人工客服) en el chat.',
  'Read the error shown above it; retry later or in another browser.':
    'Lee el error que aparece encima; vuelve a intentarlo más tarde o en otro navegador.',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'Lee el motivo que da Alipay (calidad de la foto, nombre ≠ MRZ, documento caducado, nacionalidad), corrígelo y vuelve a escanear.',
  'Record the appeal as lifted.': 'Anota en tu trámite que la restricción se ha levantado.',
  'Repeated retries, or the card is on other accounts.':
    'Demasiados reintentos, o la tarjeta ya está en otras cuentas.',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    'Control de riesgos, por ejemplo justo después de registrarte desde el extranjero («Malicious account operations», operaciones maliciosas en la cuenta).',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    'Escanea la página de datos sobre un fondo oscuro y mate (sin reflejos en el holograma), sin funda en el móvil para que lea el chip y con la VPN desactivada. Escribe el nombre exactamente como en las dos líneas MRZ.',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    'Se ha visto después de que un pago con tarjeta extranjera quedara retenido 24 horas y luego se rechazara.',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    'Envía a la persona que te ayuda el mensaje exacto que muestra Alipay al iniciar sesión (mejor con una captura de pantalla).',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    'A veces, la forma de escribir el nombre frente a los datos del banco: un usuario lo consiguió al cambiar de BOC a ICBC.',
  "Sorry, the application can't be processed at the moment.":
    'Lo sentimos, ahora mismo no se puede tramitar la solicitud.',
  'Stop retrying; wait a day, or unbind the card from another account.':
    'Deja de intentarlo; espera un día o desvincula la tarjeta de otra cuenta.',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    'Envía el mismo documento con el que se abrió la cuenta; si no es posible, pregunta al servicio de atención al cliente en el 95188 cómo cambiarlo.',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    'Cambia de tarjeta: su banco ha rechazado esta tarjeta dos veces. Añade otra en lugar de volver a intentarlo con esta.',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    'Haz una foto nueva de la página de datos, nítida, completa y en color (sin recortes, arrugas ni retoques), y envíala de nuevo.',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    'Haz una foto nueva del nuevo documento, nítida, completa y en color, y vuelve a subirla.',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    'Haz una foto nueva de la página del pasaporte, nítida, completa y en color (sin recortes, arrugas, collages ni retoques), y envíala de nuevo.',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    'La restringida es la propia cuenta de Taobao, no la de Alipay; una apelación en Alipay no levanta esa restricción.',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    'Las reglas de riesgo de Taobao; iniciar sesión a través de Alipay no cambia nada.',
  'Tell your helper the amount and the day it arrived.':
    'Dile a la persona que te ayuda el importe y el día en que llegó.',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    'El documento de identidad de la cuenta ha caducado: sube el nuevo (un pasaporte renovado tiene otro número).',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    'La página Restricciones pone «No current account security issues» (no hay problemas de seguridad en la cuenta): la restricción está levantada. Alipay no envía ningún aviso.',
  'The account was created with a national ID card number, and the passport has another number.':
    'La cuenta se creó con el número de un documento nacional de identidad, y el pasaporte tiene otro número.',
  'The bank card is already used by someone else on Alipay.': 'Otra persona ya usa esa tarjeta bancaria en Alipay.',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    'El banco la ha rechazado («Card Issuing Bank Declined»): llámalo o usa su app para permitir los pagos internacionales por internet y esta vinculación; luego inténtalo una vez más.',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    'El banco no permite el pago rápido (快捷支付) con esta tarjeta; algunos bancos lo deniegan a las tarjetas de cuentas abiertas con pasaporte.',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    'Falló la comprobación de la tarjeta bancaria. Cambia ya a otra tarjeta, o anula esta solicitud y vuelve a intentarlo con la misma tarjeta pasados N días, en la fecha que indica el mensaje.',
  'The bank’s own rule for passport-opened cards.':
    'Una norma propia del banco para las tarjetas de cuentas abiertas con pasaporte.',
  'The card number was leaked or bound to another account.':
    'El número de la tarjeta se filtró o está vinculado a otra cuenta.',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    'El banco emisor de la tarjeta rechazó la vinculación (Card Issuing Bank Declined). La solución está en el banco, no en Alipay.',
  'The document number does not match the one the account was opened with.':
    'El número de documento no coincide con el que se usó para abrir la cuenta.',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    'La apelación dentro de la app solo ofrece «vincular una tarjeta bancaria de China continental». En su lugar, abre el chat de atención al cliente y pide un agente humano (人工客服).',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    'Se usó el formulario para residentes de China continental: pide un número de documento de identidad chino de 18 caracteres.',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    'El nombre tiene más de 20 letras (con espacios) y el banco no es China Merchants Bank.',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    'El nombre no está escrito exactamente como lo tiene el banco (orden, MAYÚSCULAS, segundos nombres, espacios).',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    'El nombre no está escrito exactamente como lo tiene el banco, o el número de tarjeta ya se usó en otra cuenta.',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    'El nombre escrito no coincide con el de la zona de lectura mecánica (MRZ) del pasaporte.',
  'The new document is on the account; nothing to do.':
    'El nuevo documento ya está en la cuenta; no tienes que hacer nada.',
  'The passport or permit reached its expiry date.':
    'El pasaporte o el permiso de residencia llegó a su fecha de caducidad.',
  'The passport photo was not clear enough to read.': 'La foto del pasaporte no era lo bastante nítida para leerla.',
  'The phone could not show the Chinese characters.': 'El móvil no pudo mostrar los caracteres chinos.',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    'El número de móvil no coincide con el registrado en el banco (银行预留手机号).',
  'The phone number format for the SMS code (country code).':
    'El formato del número de móvil para el código SMS (prefijo del país).',
  'The restriction is lifted; nothing to do.': 'La restricción se ha levantado; no tienes que hacer nada.',
  'The review failed because other valid documents are missing.':
    'La revisión no se aprobó porque faltan otros documentos válidos.',
  'The review takes up to 24 hours; record the new passport number on the client.':
    'La revisión tarda hasta 24 horas; anota el nuevo número de pasaporte en tu trámite.',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    'La misma tarjeta se puede volver a vincular desde el {date} (24 horas después de desvincularla); otra tarjeta se puede vincular ya.',
  'The same card may be bound again now; another card was allowed at once.':
    'Ya puedes volver a vincular la misma tarjeta; otra tarjeta se podía vincular desde el principio.',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    'No se eligió el enlace 外籍 (nacionalidad extranjera) que aparece bajo 立即认证 (verificar ahora).',
  'Then record the outcome: lifted, or still restricted.':
    'Después anota el resultado en tu trámite: restricción levantada o sigue con restricción.',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    'Después escanea sobre un fondo oscuro y mate, sin reflejos, sin funda en el móvil y con la VPN desactivada, o escribe los datos a mano.',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    'Después vuelve a escanear sobre un fondo oscuro y mate, o escribe los datos a mano.',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Te enviarán un enlace por correo: sube una foto de la página de datos del pasaporte y una foto tuya sosteniendo el pasaporte con la página de datos a la vista.',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    'Esta cuenta no puede iniciar sesión por ahora; contacta con el servicio de atención al cliente de Alipay en el 95188.',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Desde el enlace, sube una foto de la página de datos del pasaporte y una foto tuya sosteniendo el pasaporte con la página de datos a la vista.',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    'Para empezar de nuevo, haz clic primero en 撤销本次认证申请 (anular esta solicitud).',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    'Demasiados escaneos fallidos del pasaporte: la verificación se bloquea unas 3 horas y se desbloquea sola.',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    'Demasiados escaneos fallidos: espera unas 3 horas; el bloqueo se levanta solo. Mientras tanto, no reinstales la app.',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    'Toca el aviso de documento caducado, «Your ID has expired, touch here to update» (已过期,请重传), y sube una foto del nuevo documento.',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    'Toca el aviso («touch here to update» / 重传) y sube una foto del nuevo documento.',
  'Try again later.': 'Vuelve a intentarlo más tarde.',
  'Turn the VPN off and wait a day before trying again.':
    'Desactiva la VPN y espera un día antes de volver a intentarlo.',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    'Escribe el nombre exactamente como aparece en las dos líneas MRZ al pie de la página de datos.',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    'Escribe el nombre, la tarjeta y el teléfono exactamente como los tiene el banco emisor, con el prefijo del país delante del teléfono.',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    'Escribe tu nombre exactamente como lo tiene tu banco, tu número de pasaporte (mínimo 8 caracteres; si faltan, añade ceros delante), una dirección en China (vale la de un hotel) y tu teléfono; sube la página de datos del pasaporte y la del sello de entrada.',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    'Mediante el enlace que te enviaron por correo, sube la página de datos del pasaporte y una foto tuya sosteniendo el pasaporte.',
  'Upload the passport data page and the entry-stamp page when asked.':
    'Cuando te lo pidan, sube la página de datos del pasaporte y la del sello de entrada.',
  'Use a China Merchants Bank (招商银行) card.': 'Usa una tarjeta de China Merchants Bank (招商银行).',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    'Usa el enlace 补传 (volver a subir) del correo antes del {date} (funciona durante 24 horas).',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    'Normalmente el orden o la forma de escribir el nombre no coinciden con los datos del banco; el mensaje en sí es genérico.',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    'Verificado. Ahora vincula una tarjeta: Tarjetas bancarias (银行卡) → Añadir tarjeta; el nombre del titular debe coincidir con el del pasaporte.',
  'Wait about 12 hours after the upload.': 'Espera unas 12 horas después de subirlo.',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    'Espera entre 12 horas y un día. La app no avisa y el SMS puede mostrar solo signos de interrogación.',
  'Wait about 3 hours. Do not reinstall the app meanwhile.':
    'Espera unas 3 horas. Mientras tanto, no reinstales la app.',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'Espera a que Alipay envíe a tu tarjeta un microdepósito de menos de 1 RMB (por ejemplo, 0.0974): oficialmente tarda 1 o 2 días, a veces mucho más. Estate pendiente del SMS del banco, o consúltalo en un cajero o en ventanilla.',
  'Wait for approval: allow 1–2 business days.': 'Espera la aprobación: cuenta con 1 o 2 días hábiles.',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    'Espera el correo del agente con un enlace para subir los documentos (revisa la carpeta de spam).',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    'Espera el resultado y luego consulta en Alipay el progreso de la verificación de identidad (实名认证进度).',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    'Espera la revisión: según otros usuarios, 1 o 2 días hábiles, aunque a menudo solo unas horas. Empieza al menos 48 horas antes de necesitar pagar.',
  'Wait up to 24 hours, then open the app to see the result.':
    'Espera hasta 24 horas y luego abre la app para ver el resultado.',
  'Wait: the documents are reviewed within 24 hours.': 'Espera: los documentos se revisan en un plazo de 24 horas.',
  'Wait: the result comes within 24 hours.': 'Espera: el resultado llega en un plazo de 24 horas.',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    'Cuando llegue, inicia sesión, haz clic en 未认证 / 申请认证 (sin verificar / solicitar verificación) y luego en 输入打款金额 (introducir el importe del depósito), y escribe el importe exacto.',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    'anula (撤销本次认证) y vuelve a intentarlo con la misma tarjeta a partir de la fecha que indica el mensaje.',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    'anula (撤销本次认证) y vuelve a intentarlo con la misma tarjeta a partir del {date}.',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    'anula (撤销本次认证) y vuelve a intentarlo con la misma tarjeta: ya está permitido.',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: 'Envío de la solicitud',
  'Application accepted, awaiting deposit': 'Solicitud aceptada, a la espera del microdepósito',
  'Deposit amount entered': 'Importe del microdepósito introducido',
  'Review started': 'Revisión iniciada',
  Approved: 'Aprobado',
  Rejected: 'Rechazado',
  Resubmit: 'Nuevo envío',
  'Revoke the application (撤销本次认证申请)': 'Solicitud retirada (撤销本次认证申请)',
  'Scan locked out': 'Escaneo bloqueado',
  'Lock lifted, scan again': 'Bloqueo levantado, escanear de nuevo',
  'Scan accepted, face check': 'Escaneo aceptado, verificación facial',
  'Issuing bank declined': 'El banco emisor la rechazó',
  'Card not supported': 'Tarjeta no admitida',
  'Held by risk control': 'Retenido por el control de riesgos',
  'Card unbound': 'Tarjeta desvinculada',
  'Human agent asked (人工客服)': 'Se pidió un agente humano (人工客服)',
  'Upload link received by email': 'Enlace de subida recibido por correo',
  'Restriction lifted': 'Restricción levantada',
  'Bind again': 'Vincular de nuevo',
  'Card added, 3-D Secure pending': 'Tarjeta añadida, 3-D Secure pendiente',
  'Card bound': 'Tarjeta vinculada',
  'New document uploaded': 'Nuevo documento subido',
  'Photos uploaded': 'Fotos subidas',
  'Re-uploaded (补传)': 'Vuelto a subir (补传)',
  'Scan again': 'Escanear de nuevo',
  'Still restricted': 'Sigue restringida',
  'Try a card again': 'Nuevo intento con la tarjeta',
  'Try another card': 'Probar otra tarjeta',
};
