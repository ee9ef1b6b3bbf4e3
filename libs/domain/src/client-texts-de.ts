import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in German (client-texts.ts): English text → its words, dates as {date}. */
export const textsDe: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '„Choose another verification method“ (andere Prüfmethode wählen): erscheint nach einem Fehler beim Absenden und führt zurück zum Anfang.',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    'Ein Verknüpfungslimit ist erreicht: mehr als 15 Versuche, oder die Karte ist bereits mit 3 Konten verknüpft.',
  'A fault on the Alipay website.': 'Eine Störung auf der Alipay-Website.',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'Ein anderes Kartennetz als Visa, Mastercard, JCB, Diners Club und Discover, oder eine Kartenart, die die ausgebende Bank nicht zulässt.',
  'A new account, a VPN, a foreign card used right after sign-up.':
    'Ein neues Konto, ein eingeschaltetes VPN, eine ausländische Karte direkt nach der Registrierung.',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    'Ein erneuerter Reisepass hat eine neue Nummer: Teilen Sie Ihrer Betreuung die neue Nummer und das Ablaufdatum mit.',
  'A technical fault at Alipay or the bank.': 'Eine technische Störung bei Alipay oder der Bank.',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    'Fügen Sie in der App eine Visa-, Mastercard- oder JCB-Karte hinzu; der Name des Karteninhabers muss mit dem Reisepass übereinstimmen. Bestätigen Sie die 3-D-Secure-Prüfung.',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    'Fügen Sie das chinesische Visum, den Einreisestempel und die Passseite mit der Unterschrift hinzu und stellen Sie den Antrag erneut.',
  'Adding the card: the name and the account number do not match the bank’s record.':
    'Beim Hinzufügen der Karte: Name und Kontonummer stimmen nicht mit den Daten der Bank überein.',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'Alipay konnte die Testüberweisung nicht auf das Bankkonto überweisen, deshalb ist die Prüfung fehlgeschlagen.',
  'Alipay does not accept this nationality for verification.':
    'Alipay akzeptiert diese Staatsangehörigkeit für die Identitätsprüfung nicht.',
  'Alipay does not support this card.': 'Alipay unterstützt diese Karte nicht.',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'Alipay nimmt diese Karte nicht an: Fügen Sie stattdessen eine Visa-, Mastercard-, JCB-, Diners-Club- oder Discover-Karte hinzu.',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'Die Sicherheitsprüfung von Alipay konnte die persönlichen Angaben nicht bestätigen; sie verlangt, dass sie genau ausgefüllt werden.',
  "Alipay's system had an error and could not process the request.":
    'Im System von Alipay ist ein Fehler aufgetreten; die Anfrage konnte nicht bearbeitet werden.',
  'Alipay’s risk control stopped the binding or payment.':
    'Die Risikokontrolle von Alipay hat die Verknüpfung oder Zahlung gestoppt.',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    'Eine SMS voller Fragezeichen nach einem Einspruch ist wahrscheinlich die Zusage, die das Telefon nicht richtig anzeigen konnte: Die Einschränkung ist wahrscheinlich aufgehoben.',
  'An error on submit, often a system error.': 'Ein Fehler beim Absenden, oft ein Systemfehler.',
  'An overseas card whose details differ from the account.':
    'Eine ausländische Karte, deren Angaben von denen des Kontos abweichen.',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    'Fragen Sie beim Kundendienst (95188), ob diese Staatsangehörigkeit inzwischen angenommen wird; sonst nutzen Sie eine andere Zahlungsart (z. B. die Tour Card).',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    'Lassen Sie sich von der Bank schriftlich mit Stempel bestätigen, dass Sie Inhaber der Karte sind, besorgen Sie eine Kopie des Kontoeröffnungsantrags und schicken Sie beides an den Alipay-Kundendienst.',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    'Bitten Sie die Bank, die Schnellzahlung freizuschalten, oder nehmen Sie die Karte einer anderen Bank.',
  'Bind another card.': 'Verknüpfen Sie eine andere Karte.',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'Rufen Sie Alipay unter 95188 an (Taste 1) oder die englische Hotline +86 571 95188; jemand, der Chinesisch spricht, ist dabei eine große Hilfe.',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    'Rufen Sie die Bank an (oder nutzen Sie deren App), um internationale Onlinezahlungen und diese Verknüpfung freizugeben, und versuchen Sie es dann noch einmal.',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    'Karte verknüpft. Wenn Sie die Verknüpfung einmal lösen, lässt sich dieselbe Karte erst 24 Stunden später wieder verknüpfen.',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    'Karte verknüpft. Bis 5.000 US$ pro Zahlung und 50.000 US$ pro Jahr; Zahlungen über 200 CNY kosten 3 % Gebühr. Mit einer ausländischen Karte zahlen Sie QR-Codes von Händlern, nicht von Privatpersonen.',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    'Prüfen Sie unter Einstellungen → Konto und Sicherheit (账号与安全) → Sicherheitscenter (安全中心) → Einschränkungen: Steht dort „No current account security issues“ (keine Sicherheitsprobleme mit dem Konto), ist die Einschränkung aufgehoben. Alipay schickt keine Benachrichtigung, und die SMS zeigt unter Umständen nur Fragezeichen.',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    'Prüfen Sie nach etwa 12 Stunden Einstellungen → Konto und Sicherheit → Sicherheitscenter → Einschränkungen; dort sollte „No current account security issues“ (keine Sicherheitsprobleme mit dem Konto) stehen.',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    'Prüfen Sie Einstellungen → Konto und Sicherheit → Sicherheitscenter → Einschränkungen: Steht dort „No current account security issues“ (keine Sicherheitsprobleme mit dem Konto), ist die Einschränkung aufgehoben.',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    'Prüfen Sie Einstellungen → Konto und Sicherheit → Sicherheitscenter → Einschränkungen: Dort sollte „No current account security issues“ (keine Sicherheitsprobleme mit dem Konto) stehen.',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    'Prüfen Sie, wie die Bank Ihren Namen gespeichert hat (Onlinebanking oder Schalter), und übernehmen Sie genau diese Schreibweise; die Bank of China schreibt ALLES IN GROSSBUCHSTABEN.',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    'Prüfen Sie die bei der Bank hinterlegte Handynummer am Schalter oder im Onlinebanking, korrigieren Sie sie dort und verknüpfen Sie die Karte dann erneut.',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'Prüfen Sie, ob das Alipay-Konto selbst eingeschränkt ist, bevor Sie bei Alipay Einspruch einlegen.',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    'Wählen Sie 外籍 (ausländische Staatsangehörigkeit) unter dem gelben Button – nicht das Formular für Festlandchina oder für Hongkong/Macau/Taiwan.',
  'Clear the browser cache and cookies, or use another browser.':
    'Löschen Sie Cache und Cookies des Browsers oder nutzen Sie einen anderen Browser.',
  'Click 立即认证 (Verify now).': 'Klicken Sie auf 立即认证 (jetzt verifizieren).',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    'Vergleichen Sie Name, Ausweisnummer, Karte und hinterlegte Handynummer mit den Daten der Bank (Tippfehler am Schalter sind häufig) und verknüpfen Sie die Karte dann erneut.',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    'Schließen Sie die 3-D-Secure-Prüfung Ihrer Bank ab (Code per SMS oder Freigabe in der App der Bank).',
  'Confirm the exact name with the bank and type it that way.':
    'Lassen Sie sich von der Bank die genaue Schreibweise des Namens bestätigen und geben Sie ihn genau so ein.',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'Wenden Sie sich an Taobao, nicht an Alipay: fremdsprachige Hotline +852 2215-5300, chinesisch +86 0571-8815-8198.',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    'Klicken Sie nicht auf 撤销本次认证申请 (diesen Antrag zurückziehen), außer Sie wollen von vorn beginnen.',
  'Do not revoke unless you want to start again.':
    'Ziehen Sie den Antrag nicht zurück, außer Sie wollen von vorn beginnen.',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    'Erledigt: Ihr Konto ist verifiziert (blauer Haken). Sie können jetzt über 添加银行卡 (Bankkarte hinzufügen) Karten hinzufügen.',
  'Either change to another bank card now, or': 'Wechseln Sie entweder jetzt zu einer anderen Bankkarte, oder',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    'Geben Sie die Bank, die Stadt der kontoführenden Filiale und die Kartennummer ein und klicken Sie dann auf 下一步 (weiter).',
  'First ask your bank (or its app) to allow international online payments for the card.':
    'Lassen Sie zuerst bei Ihrer Bank (oder in deren App) internationale Onlinezahlungen für die Karte freischalten.',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    'Folgen Sie der Gesichtsprüfung (实人认证): gutes Licht, Gesicht zur Kamera; blinzeln, nicken oder die Ziffern vorlesen, wenn Sie dazu aufgefordert werden.',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    'Spiegelung auf dem Hologramm, eine unlesbare MRZ, NFC durch die Handyhülle blockiert, ein eingegebener Name, der von der MRZ abweicht, ein eingeschaltetes VPN.',
  'Glare, blur, a crop or a shadow on the data page.':
    'Spiegelung, Unschärfe, ein abgeschnittener Rand oder ein Schatten auf der Datenseite.',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    'Gehen Sie zurück zu 立即认证 (jetzt verifizieren), klicken Sie auf 外籍 (ausländische Staatsangehörigkeit) und geben Sie dann die Reisepassnummer ein.',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    'Enthält eine Ablehnungs-E-Mail einen Link 补传 (erneut hochladen), nutzen Sie ihn innerhalb von 24 Stunden.',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    'Enthält die E-Mail einen Link 补传 (erneut hochladen), nutzen Sie ihn innerhalb von 24 Stunden; sonst stellen Sie den Antrag über den Chat erneut.',
  "If it keeps failing, check the name spelling or try another bank's card.":
    'Wenn es weiter fehlschlägt, prüfen Sie die Schreibweise des Namens oder versuchen Sie es mit der Karte einer anderen Bank.',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    'Wenn es sich wiederholt, verlangen Sie im Chat der App einen Kundenberater (人工客服).',
  'If it repeats, try another card or a mainland card.':
    'Wenn es sich wiederholt, versuchen Sie es mit einer anderen Karte oder einer Karte aus Festlandchina.',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    'Klappt es weiterhin nicht, fragen Sie Alipay (95188), ob die Karte mit einem anderen Konto verknüpft ist; dann hilft ein gestempeltes Schreiben der Bank oder eine neue Karte.',
  'If the same card is declined a second time, switch to another card.':
    'Wird dieselbe Karte ein zweites Mal abgelehnt, wechseln Sie zu einer anderen Karte.',
  'If the same card is declined twice, switch to another card instead of retrying.':
    'Wird dieselbe Karte zweimal abgelehnt, wechseln Sie zu einer anderen Karte, statt es erneut zu versuchen.',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    'Schlägt der Scan immer wieder fehl, geben Sie die Daten von Hand ein, statt es wieder und wieder zu versuchen: Wiederholte Fehlschläge sperren Sie für etwa 3 Stunden.',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'Öffnen Sie in der Alipay-App Ich → Einstellungen → Identitätsprüfung (身份认证) → Reisepass (护照).',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'Öffnen Sie in der Alipay-App Ich → Einstellungen → Identitätsprüfung → Reisepass.',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    'Verlangen Sie im Kundendienst-Chat der App einen Kundenberater (人工客服); der Einspruch in der App bietet nur an, eine Bankkarte aus Festlandchina zu verknüpfen.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    'In der App: Bankkarten (银行卡) → Karte hinzufügen (添加银行卡). Geben Sie die Kartennummer und die bei der Bank hinterlegte Handynummer (银行预留手机号) ein, dann den SMS-Code.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    'In der App: Bankkarten (银行卡) → Karte hinzufügen (添加银行卡). Visa, Mastercard, JCB, Diners Club und Discover funktionieren; der Name des Karteninhabers muss mit dem verifizierten Reisepass übereinstimmen.',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    'Verlangen Sie im Chat der App einen Kundenberater (人工客服); der Einspruch in der App bietet nur an, eine Karte aus Festlandchina zu verknüpfen.',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    'Internationale oder Online-Zahlungen sind gesperrt, die Betrugsregeln der Bank, oder eine fehlgeschlagene 3-D-Secure-Prüfung.',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    'Bewahren Sie einen Screenshot der genauen Fehlermeldung auf; löschen Sie das Alipay-Konto nicht.',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    'Bewahren Sie Screenshots der genauen Fehlermeldung auf; löschen Sie das Alipay-Konto nicht.',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'Melden Sie sich auf alipay.com an und öffnen Sie 账户设置 (Kontoeinstellungen) → 基本信息 (Basisinformationen).',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'Melden Sie sich bei Alipay an, um den Grund für die fehlgeschlagene Testüberweisung zu lesen (查看打款失败原因).',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    'Die Hauptfunktionen des Kontos (bezahlen, Geld empfangen, Freunde hinzufügen, Nachrichten) sind eingeschränkt; Auszahlungen funktionieren weiterhin.',
  'Middle names added or left out, another order.': 'Zweitnamen hinzugefügt oder weggelassen, eine andere Reihenfolge.',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    'Kein Fehler: Der Alipay-Kundendienst prüft den Antrag innerhalb von 2 Tagen. Um von vorn zu beginnen, ziehen Sie den Antrag zuerst zurück (撤销本次认证申请).',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    'Kein Fehler: Das hochgeladene Dokument wird geprüft; das Ergebnis kommt innerhalb von 24 Stunden.',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    'Nichts zu tun: Der Alipay-Kundendienst prüft innerhalb von 2 Tagen. Sehen Sie danach den Stand der Identitätsprüfung nach (实名认证进度).',
  'Often a typo made at the bank counter.': 'Oft ein Tippfehler am Bankschalter.',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    'Nur Länder auf der Liste von Alipay können sich registrieren; Jemen stand nicht darauf.',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    'Es wurde nur die Datenseite des Reisepasses gesendet, oder Visum bzw. Einreisestempel fehlten.',
  'Or get a new card with a new number.': 'Oder besorgen Sie sich eine neue Karte mit neuer Nummer.',
  'Or use another card.': 'Oder nehmen Sie eine andere Karte.',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    'Fotografieren Sie die Datenseite des Reisepasses – scharf, vollständig, in Farbe, nicht zugeschnitten oder bearbeitet – und geben Sie Name und Nummer genau wie gedruckt ein. Neuere Telefone bieten eventuell Chip-Auslesen + Gesichtsprüfung an.',
  'Re-enter the name exactly as the bank has it and submit again.':
    'Geben Sie den Namen genau so ein, wie er bei der Bank gespeichert ist, und reichen Sie erneut ein.',
  'Read the email that gives the reason.': 'Lesen Sie die E-Mail mit der Begründung.',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    'Lesen Sie die E-Mail mit der Begründung; verlangen Sie dann im Chat erneut einen Kundenberater (人工客服).',
  'Read the error shown above it; retry later or in another browser.':
    'Lesen Sie die Fehlermeldung darüber; versuchen Sie es später oder in einem anderen Browser erneut.',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'Lesen Sie den Grund, den Alipay nennt (Fotoqualität, Name ≠ MRZ, abgelaufenes Dokument, Staatsangehörigkeit), beheben Sie ihn und scannen Sie erneut.',
  'Record the appeal as lifted.': 'Halten Sie in Ihrem Vorgang fest, dass die Einschränkung aufgehoben ist.',
  'Repeated retries, or the card is on other accounts.':
    'Wiederholte Versuche, oder die Karte ist bereits mit anderen Konten verknüpft.',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    'Risikokontrolle, z. B. direkt nach einer Registrierung im Ausland („Malicious account operations“, böswillige Vorgänge im Konto).',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    'Scannen Sie die Datenseite auf dunklem, mattem Untergrund (keine Spiegelung auf dem Hologramm), mit abgenommener Handyhülle für den Chip und ausgeschaltetem VPN. Geben Sie den Namen genau wie in den beiden MRZ-Zeilen ein.',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    'Beobachtet, nachdem eine Zahlung mit ausländischer Karte 24 Stunden zurückgehalten und dann abgelehnt wurde.',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    'Schicken Sie Ihrer Betreuung die genaue Meldung, die Alipay nach der Anmeldung zeigt (ein Screenshot hilft).',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    'Manchmal die Schreibweise des Namens im Vergleich zu den Daten der Bank: Ein Nutzer hatte Erfolg, nachdem er von der BOC zur ICBC gewechselt war.',
  "Sorry, the application can't be processed at the moment.": 'Leider kann der Antrag zurzeit nicht bearbeitet werden.',
  'Stop retrying; wait a day, or unbind the card from another account.':
    'Hören Sie auf, es erneut zu versuchen; warten Sie einen Tag oder lösen Sie die Verknüpfung der Karte mit dem anderen Konto.',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    'Reichen Sie dasselbe Dokument ein, mit dem das Konto eröffnet wurde; wenn das nicht geht, fragen Sie den Kundendienst unter 95188, wie es sich ändern lässt.',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    'Wechseln Sie die Karte: Die Bank hat diese Karte zweimal abgelehnt. Fügen Sie eine andere Karte hinzu, statt es mit dieser erneut zu versuchen.',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    'Machen Sie ein neues, scharfes, vollständiges Farbfoto der Datenseite – nicht zugeschnitten, ohne Knicke, unbearbeitet – und reichen Sie es erneut ein.',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    'Machen Sie ein neues, scharfes, vollständiges Farbfoto des neuen Dokuments und laden Sie es erneut hoch.',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    'Machen Sie ein neues, scharfes, vollständiges Farbfoto der Passseite – nicht zugeschnitten, ohne Knicke, keine Collage, unbearbeitet – und reichen Sie es erneut ein.',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    'Eingeschränkt ist das Taobao-Konto selbst, nicht das Alipay-Konto; ein Einspruch bei Alipay hebt das nicht auf.',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    'Die Risikoregeln von Taobao; eine Anmeldung über Alipay ändert daran nichts.',
  'Tell your helper the amount and the day it arrived.':
    'Teilen Sie Ihrer Betreuung den Betrag und den Tag des Eingangs mit.',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    'Der im Konto hinterlegte Ausweis ist abgelaufen: Laden Sie das neue Dokument hoch (ein erneuerter Reisepass hat eine neue Nummer).',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    'Auf der Seite „Einschränkungen“ steht „No current account security issues“ (keine Sicherheitsprobleme mit dem Konto): Die Einschränkung ist aufgehoben. Alipay schickt dazu keine Benachrichtigung.',
  'The account was created with a national ID card number, and the passport has another number.':
    'Das Konto wurde mit der Nummer eines nationalen Personalausweises angelegt, und der Reisepass hat eine andere Nummer.',
  'The bank card is already used by someone else on Alipay.':
    'Die Bankkarte wird bei Alipay bereits von jemand anderem genutzt.',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    'Die Bank hat abgelehnt („Card Issuing Bank Declined“): Rufen Sie sie an oder nutzen Sie ihre App, um internationale Onlinezahlungen und diese Verknüpfung freizugeben, und versuchen Sie es dann noch einmal.',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    'Die Bank erlaubt für diese Karte keine Schnellzahlung (快捷支付) — manche Banken verweigern sie bei Karten zu Konten, die mit einem Reisepass eröffnet wurden.',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    'Die Prüfung der Bankkarte ist fehlgeschlagen. Wechseln Sie jetzt zu einer anderen Karte, oder ziehen Sie diesen Antrag zurück und versuchen Sie es nach N Tagen, am Datum aus der Nachricht, mit derselben Karte erneut.',
  'The bank’s own rule for passport-opened cards.':
    'Eine eigene Regel der Bank für Karten zu Konten, die mit einem Reisepass eröffnet wurden.',
  'The card number was leaked or bound to another account.':
    'Die Kartennummer ist in fremde Hände gelangt oder mit einem anderen Konto verknüpft.',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    'Die ausgebende Bank der Karte hat die Verknüpfung abgelehnt (Card Issuing Bank Declined). Die Lösung liegt bei der Bank, nicht bei Alipay.',
  'The document number does not match the one the account was opened with.':
    'Die Ausweisnummer stimmt nicht mit der überein, mit der das Konto eröffnet wurde.',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    'Der Einspruch in der App bietet nur „Bankkarte aus Festlandchina verknüpfen“ an. Öffnen Sie stattdessen den Kundendienst-Chat und verlangen Sie einen Kundenberater (人工客服).',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    'Es wurde das Formular für Einwohner Festlandchinas verwendet: Es verlangt eine 18-stellige chinesische Ausweisnummer.',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    'Der Name hat mehr als 20 Buchstaben (Leerzeichen mitgezählt), und die Bank ist nicht die China Merchants Bank.',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    'Der Name steht nicht genau so da, wie die Bank ihn gespeichert hat (Reihenfolge, GROSSBUCHSTABEN, Zweitnamen, Leerzeichen).',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    'Der Name steht nicht genau so da, wie die Bank ihn gespeichert hat — oder die Kartennummer wurde bereits für ein anderes Konto verwendet.',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    'Der eingegebene Name weicht vom Namen in der maschinenlesbaren Zone (MRZ) des Reisepasses ab.',
  'The new document is on the account; nothing to do.': 'Das neue Dokument ist im Konto hinterlegt; nichts zu tun.',
  'The passport or permit reached its expiry date.': 'Der Reisepass oder die Aufenthaltserlaubnis ist abgelaufen.',
  'The passport photo was not clear enough to read.':
    'Das Foto des Reisepasses war nicht scharf genug, um es zu lesen.',
  'The phone could not show the Chinese characters.':
    'Das Telefon konnte die chinesischen Schriftzeichen nicht anzeigen.',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    'Die Handynummer weicht von der bei der Bank hinterlegten ab (银行预留手机号).',
  'The phone number format for the SMS code (country code).':
    'Das Format der Handynummer für den SMS-Code (Ländervorwahl).',
  'The restriction is lifted; nothing to do.': 'Die Einschränkung ist aufgehoben; nichts zu tun.',
  'The review failed because other valid documents are missing.':
    'Die Prüfung ist fehlgeschlagen, weil weitere gültige Dokumente fehlen.',
  'The review takes up to 24 hours; record the new passport number on the client.':
    'Die Prüfung dauert bis zu 24 Stunden; tragen Sie die neue Reisepassnummer in Ihrem Vorgang ein.',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    'Dieselbe Karte kann ab {date} wieder verknüpft werden (24 Stunden nach dem Lösen); eine andere Karte geht sofort.',
  'The same card may be bound again now; another card was allowed at once.':
    'Dieselbe Karte kann jetzt wieder verknüpft werden; eine andere Karte ging von Anfang an.',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    'Der Link 外籍 (ausländische Staatsangehörigkeit) unter 立即认证 (jetzt verifizieren) wurde nicht gewählt.',
  'Then record the outcome: lifted, or still restricted.':
    'Halten Sie dann das Ergebnis in Ihrem Vorgang fest: Einschränkung aufgehoben oder weiterhin eingeschränkt.',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    'Scannen Sie danach auf dunklem, mattem Untergrund ohne Spiegelung, ohne Handyhülle und mit ausgeschaltetem VPN – oder geben Sie die Daten von Hand ein.',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    'Scannen Sie danach noch einmal auf dunklem, mattem Untergrund oder geben Sie die Daten von Hand ein.',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Sie erhalten einen Link per E-Mail: Laden Sie ein Foto der Datenseite des Reisepasses hoch und ein Foto, auf dem Sie den Reisepass mit sichtbarer Datenseite halten.',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    'Dieses Konto darf sich derzeit nicht anmelden; wenden Sie sich an den Alipay-Kundendienst unter 95188.',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Laden Sie über den Link ein Foto der Datenseite des Reisepasses hoch und ein Foto, auf dem Sie den Reisepass mit sichtbarer Datenseite halten.',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    'Um von vorn zu beginnen, klicken Sie zuerst auf 撤销本次认证申请 (diesen Antrag zurückziehen).',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    'Zu viele fehlgeschlagene Reisepass-Scans: Die Prüfung ist für etwa 3 Stunden gesperrt und wird danach von selbst wieder freigegeben.',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    'Zu viele fehlgeschlagene Scans: Warten Sie etwa 3 Stunden – die Sperre hebt sich von selbst auf. Installieren Sie die App in der Zwischenzeit nicht neu.',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    'Tippen Sie auf den Hinweis zum abgelaufenen Ausweis, „Your ID has expired, touch here to update“ (已过期,请重传), und laden Sie ein Foto des neuen Dokuments hoch.',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    'Tippen Sie auf den Hinweis („touch here to update“ / 重传) und laden Sie ein Foto des neuen Dokuments hoch.',
  'Try again later.': 'Versuchen Sie es später noch einmal.',
  'Turn the VPN off and wait a day before trying again.':
    'Schalten Sie das VPN aus und warten Sie einen Tag, bevor Sie es erneut versuchen.',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    'Geben Sie den Namen genau so ein, wie er in den beiden MRZ-Zeilen unten auf der Datenseite steht.',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    'Geben Sie Name, Karte und Telefonnummer genau so ein, wie die ausgebende Bank sie gespeichert hat, mit der Ländervorwahl vor der Telefonnummer.',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    'Geben Sie Ihren Namen genau so ein, wie Ihre Bank ihn gespeichert hat, dazu Ihre Reisepassnummer (mindestens 8 Zeichen, vorn mit Nullen auffüllen), eine Adresse in China (ein Hotel genügt) und Ihre Telefonnummer; laden Sie die Datenseite des Reisepasses und die Seite mit dem Einreisestempel hoch.',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    'Laden Sie über den Link aus der E-Mail die Datenseite des Reisepasses und ein Foto hoch, auf dem Sie den Reisepass halten.',
  'Upload the passport data page and the entry-stamp page when asked.':
    'Laden Sie auf Aufforderung die Datenseite des Reisepasses und die Seite mit dem Einreisestempel hoch.',
  'Use a China Merchants Bank (招商银行) card.': 'Nehmen Sie eine Karte der China Merchants Bank (招商银行).',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    'Nutzen Sie den Link 补传 (erneut hochladen) aus der E-Mail vor {date} (er gilt 24 Stunden).',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    'Meist weicht die Reihenfolge oder Schreibweise des Namens von den Daten der Bank ab; die Nachricht selbst ist allgemein gehalten.',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    'Verifiziert. Verknüpfen Sie als Nächstes eine Karte: Bankkarten (银行卡) → Karte hinzufügen; der Name des Karteninhabers muss mit dem Reisepass übereinstimmen.',
  'Wait about 12 hours after the upload.': 'Warten Sie nach dem Hochladen etwa 12 Stunden.',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    'Warten Sie etwa 12 Stunden bis einen Tag. Die App benachrichtigt Sie nicht, und die SMS zeigt unter Umständen nur Fragezeichen.',
  'Wait about 3 hours. Do not reinstall the app meanwhile.':
    'Warten Sie etwa 3 Stunden. Installieren Sie die App in der Zwischenzeit nicht neu.',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'Warten Sie, bis Alipay einen Betrag unter 1 RMB (zum Beispiel 0.0974) als Testüberweisung auf Ihre Karte schickt – offiziell 1–2 Tage, manchmal deutlich länger. Achten Sie auf die SMS der Bank oder prüfen Sie am Geldautomaten oder am Schalter.',
  'Wait for approval: allow 1–2 business days.': 'Warten Sie auf die Freigabe: Rechnen Sie mit 1–2 Werktagen.',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    'Warten Sie auf die E-Mail des Kundenberaters mit einem Upload-Link (sehen Sie auch im Spam-Ordner nach).',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    'Warten Sie das Ergebnis ab und sehen Sie dann in Alipay den Stand der Identitätsprüfung nach (实名认证进度).',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    'Warten Sie die Prüfung ab: Berichten zufolge 1–2 Werktage, oft nur wenige Stunden. Beginnen Sie mindestens 48 Stunden, bevor Sie bezahlen müssen.',
  'Wait up to 24 hours, then open the app to see the result.':
    'Warten Sie bis zu 24 Stunden und öffnen Sie dann die App, um das Ergebnis zu sehen.',
  'Wait: the documents are reviewed within 24 hours.':
    'Warten Sie: Die Dokumente werden innerhalb von 24 Stunden geprüft.',
  'Wait: the result comes within 24 hours.': 'Warten Sie: Das Ergebnis kommt innerhalb von 24 Stunden.',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    'Sobald der Betrag eingegangen ist, melden Sie sich an, klicken Sie auf 未认证 / 申请认证 (nicht verifiziert / Verifizierung beantragen), dann auf 输入打款金额 (Betrag der Überweisung eingeben), und geben Sie den genauen Betrag ein.',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    'ziehen Sie den Antrag zurück (撤销本次认证) und versuchen Sie es ab dem Datum aus der Meldung erneut mit derselben Karte.',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    'ziehen Sie den Antrag zurück (撤销本次认证) und versuchen Sie es ab {date} erneut mit derselben Karte.',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    'ziehen Sie den Antrag zurück (撤销本次认证) und versuchen Sie es erneut mit derselben Karte – das ist jetzt erlaubt.',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: 'Antrag gestellt',
  'Application accepted, awaiting deposit': 'Antrag angenommen, Testüberweisung ausstehend',
  'Deposit amount entered': 'Betrag der Testüberweisung eingegeben',
  'Review started': 'Prüfung begonnen',
  Approved: 'Genehmigt',
  Rejected: 'Abgelehnt',
  Resubmit: 'Erneut eingereicht',
  'Revoke the application (撤销本次认证申请)': 'Antrag zurückgezogen (撤销本次认证申请)',
  'Scan locked out': 'Scan gesperrt',
  'Lock lifted, scan again': 'Sperre aufgehoben, erneut scannen',
  'Scan accepted, face check': 'Scan angenommen, Gesichtsprüfung',
  'Issuing bank declined': 'Kartenausgebende Bank hat abgelehnt',
  'Card not supported': 'Karte nicht unterstützt',
  'Held by risk control': 'Von der Risikokontrolle angehalten',
  'Card unbound': 'Verknüpfung der Karte gelöst',
  'Human agent asked (人工客服)': 'Kundenberater angefragt (人工客服)',
  'Upload link received by email': 'Upload-Link per E-Mail erhalten',
  'Restriction lifted': 'Einschränkung aufgehoben',
  'Bind again': 'Erneut verknüpfen',
  'Card added, 3-D Secure pending': 'Karte hinzugefügt, 3-D Secure ausstehend',
  'Card bound': 'Karte verknüpft',
  'New document uploaded': 'Neues Dokument hochgeladen',
  'Photos uploaded': 'Fotos hochgeladen',
  'Re-uploaded (补传)': 'Erneut hochgeladen (补传)',
  'Scan again': 'Erneut scannen',
  'Still restricted': 'Weiterhin eingeschränkt',
  'Try a card again': 'Karte erneut versuchen',
  'Try another card': 'Andere Karte versuchen',
};
