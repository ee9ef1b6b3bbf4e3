import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in Japanese (client-texts.ts): English text → its words, dates as {date}. */
export const textsJa: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '「Choose another verification method」（別の認証方法を選ぶ）：申請時にエラーが出ると表示され、押すと最初の画面に戻ります。',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    'カード連携の上限に達しました。15回を超えて試したか、このカードがすでに3つのアカウントに連携されています。',
  'A fault on the Alipay website.': 'Alipayのウェブサイトの不具合。',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'Visa、Mastercard、JCB、Diners Club、Discover以外の国際ブランド、または発行会社が認めていない種類のカード。',
  'A new account, a VPN, a foreign card used right after sign-up.':
    '作ったばかりのアカウント、VPNの使用、登録直後の海外カードの利用。',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    '更新したパスポートは番号が変わります。新しい番号と有効期限を担当者に伝えてください。',
  'A technical fault at Alipay or the bank.': 'Alipayまたは銀行側のシステム障害。',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    'アプリでVisa、Mastercard、JCBのいずれかのカードを追加してください。カード名義はパスポートと同じである必要があります。3-Dセキュア認証も完了してください。',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    '中国のビザ、入国スタンプ、署名のあるパスポートのページを追加して、もう一度申請してください。',
  'Adding the card: the name and the account number do not match the bank’s record.':
    'カード追加時：氏名と口座番号が銀行の登録内容と一致しません。',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'Alipayが銀行口座に少額入金できなかったため、認証に失敗しました。',
  'Alipay does not accept this nationality for verification.': 'Alipayでは、この国籍での本人確認を受け付けていません。',
  'Alipay does not support this card.': 'Alipayはこのカードに対応していません。',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'Alipayではこのカードを使えません。代わりにVisa、Mastercard、JCB、Diners Club、Discoverのカードを追加してください。',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'Alipayのセキュリティシステムが個人情報を確認できませんでした。正確に入力するよう求めています。',
  "Alipay's system had an error and could not process the request.":
    'Alipayのシステムでエラーが起き、処理できませんでした。',
  'Alipay’s risk control stopped the binding or payment.':
    'Alipayのリスク管理によって、カード連携または支払いが止められました。',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    '異議申し立ての後に届いた疑問符だけのSMSは、スマートフォンで文字化けした承認の通知である可能性が高く、利用制限はおそらく解除されています。',
  'An error on submit, often a system error.': '申請時のエラー。システムエラーであることが多いです。',
  'An overseas card whose details differ from the account.': 'アカウントの登録内容と異なる海外カード。',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    'カスタマーサービス（95188）に、この国籍が今は受け付けられているか確認してください。受け付けられない場合は、別の支払い方法（Tour Cardなど）を使ってください。',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    'カードの名義人であることを証明する銀行の押印入り書面と、口座開設申込書のコピーをもらい、両方をAlipayのカスタマーサービスに送ってください。',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    '銀行にクイック決済を有効にしてもらうか、別の銀行のカードを使ってください。',
  'Bind another card.': '別のカードを連携してください。',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'Alipay（95188、1番を押す）または英語窓口 +86 571 95188に電話してください。中国語を話せる人に手伝ってもらうと安心です。',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    '銀行に電話するか銀行のアプリで、海外オンライン決済と今回のカード連携を許可してから、もう一度試してください。',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    'カードを連携しました。連携解除した場合、同じカードをもう一度連携できるのは24時間後です。',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    'カードを連携しました。1回の支払いは最大US$5,000、年間US$50,000までで、CNY 200を超える支払いには3%の手数料がかかります。海外カードで払えるのはお店のQRコードだけで、個人のQRコードには払えません。',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    '設定 → アカウントとセキュリティ（账号与安全）→ セキュリティセンター（安全中心）→ 制限 を確認してください。「No current account security issues」（現在アカウントのセキュリティ上の問題はありません）と表示されていれば解除されています。Alipayからの通知はなく、SMSは疑問符だけになることがあります。',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    '約12時間後に 設定 → アカウントとセキュリティ → セキュリティセンター → 制限 を確認してください。「No current account security issues」（現在アカウントのセキュリティ上の問題はありません）と表示されているはずです。',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    '設定 → アカウントとセキュリティ → セキュリティセンター → 制限 を確認してください。「No current account security issues」（現在アカウントのセキュリティ上の問題はありません）と表示されていれば、利用制限は解除されています。',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    '設定 → アカウントとセキュリティ → セキュリティセンター → 制限 を確認してください。「No current account security issues」（現在アカウントのセキュリティ上の問題はありません）と表示されているはずです。',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    '銀行に登録された氏名の表記（ネットバンキングまたは窓口）を確認し、そのとおりに入力してください。中国銀行（Bank of China）はすべて大文字です。',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    '銀行に登録した携帯番号を窓口かネットバンキングで確認して直してから、もう一度連携してください。',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'Alipayに異議申し立てをする前に、Alipayアカウント自体が制限されていないか確認してください。',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    '黄色いボタンの下にある外籍（外国籍）を選んでください。中国本土用や香港・マカオ・台湾用のフォームは選ばないでください。',
  'Clear the browser cache and cookies, or use another browser.':
    'ブラウザのキャッシュとCookieを削除するか、別のブラウザを使ってください。',
  'Click 立即认证 (Verify now).': '立即认证（今すぐ認証）を押してください。',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    '氏名、身分証番号、カード番号、登録した携帯番号が銀行の記録と同じか確認してから（窓口での入力ミスはよくあります）、もう一度連携してください。',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    '銀行の3-Dセキュア認証を完了してください（SMSのコード、または銀行アプリでの承認）。',
  'Confirm the exact name with the bank and type it that way.':
    '正確な氏名の表記を銀行に確認し、そのとおりに入力してください。',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'AlipayではなくTaobao（タオバオ）に連絡してください。外国語窓口 +852 2215-5300、中国語窓口 +86 0571-8815-8198。',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    '最初からやり直すつもりでなければ、撤销本次认证申请（今回の認証申請を取り消す）は押さないでください。',
  'Do not revoke unless you want to start again.': '最初からやり直すつもりでなければ、申請を取り消さないでください。',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    '完了：アカウントの本人確認が済みました（青いチェックマーク）。これで添加银行卡（銀行カードを追加）からカードを追加できます。',
  'Either change to another bank card now, or': '今すぐ別の銀行カードに変えるか、',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    '銀行、口座を開いた支店の都市、カード番号を入力し、下一步（次へ）を押してください。',
  'First ask your bank (or its app) to allow international online payments for the card.':
    'まず銀行（または銀行のアプリ）で、このカードの海外オンライン決済を許可してもらってください。',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    '顔認証（实人认证）の案内に従ってください。明るい場所でカメラに顔を向け、指示があればまばたき、うなずき、数字の読み上げをしてください。',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    'ホログラムへの光の反射、読み取れないMRZ、スマホケースでNFCが妨げられている、MRZと異なる氏名の入力、VPNのつけっぱなし。',
  'Glare, blur, a crop or a shadow on the data page.': '顔写真ページの光の反射、ぼやけ、見切れ、影。',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    '立即认证に戻って外籍を押し、パスポート番号を入力してください。',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    '不承認のメールに补传（再アップロード）のリンクがあれば、24時間以内に使ってください。',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    'メールに补传（再アップロード）のリンクがあれば、24時間以内に使ってください。なければチャットからもう一度申請してください。',
  "If it keeps failing, check the name spelling or try another bank's card.":
    '失敗が続く場合は、氏名のつづりを確認するか、別の銀行のカードを試してください。',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    '繰り返す場合は、アプリのチャットで有人オペレーター（人工客服）につないでもらってください。',
  'If it repeats, try another card or a mainland card.':
    '繰り返す場合は、別のカードか中国本土のカードを試してください。',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    'それでも失敗する場合は、このカードが別のアカウントに連携されていないかAlipay（95188）に確認してください。銀行の押印入り書面か新しいカードで解決できます。',
  'If the same card is declined a second time, switch to another card.':
    '同じカードがもう一度拒否されたら、別のカードに切り替えてください。',
  'If the same card is declined twice, switch to another card instead of retrying.':
    '同じカードが2回拒否されたら、再試行せずに別のカードに切り替えてください。',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    'スキャンが何度も失敗する場合は、スキャンを繰り返さずに手入力してください。失敗が続くと約3時間ロックされます。',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'Alipayアプリで Me（マイページ）→ 設定 → 身分認証（身份认证）→ パスポート（护照）を開いてください。',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'Alipayアプリで Me（マイページ）→ 設定 → 身分認証 → パスポート を開いてください。',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    'アプリのカスタマーサービスのチャットで、有人オペレーター（人工客服）につないでもらってください。アプリ内の異議申し立てでは、中国本土の銀行カードの連携しか案内されません。',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    'アプリで：銀行カード（银行卡）→ 銀行カードを追加（添加银行卡）。カード番号と銀行に登録した携帯番号（银行预留手机号）を入力し、SMSのコードを入力してください。',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    'アプリで：銀行カード（银行卡）→ 銀行カードを追加（添加银行卡）。Visa、Mastercard、JCB、Diners Club、Discoverが使えます。カード名義は本人確認済みのパスポートと同じである必要があります。',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    'アプリのチャットで有人オペレーター（人工客服）につないでもらってください。アプリ内の異議申し立てでは、中国本土のカードの連携しか案内されません。',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    '海外決済やオンライン決済がオフになっている、銀行の不正利用防止ルール、または3-Dセキュア認証の失敗。',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    'エラーがそのまま写ったスクリーンショットを残してください。Alipayアカウントは削除しないでください。',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    'エラーがそのまま写ったスクリーンショットをすべて残してください。Alipayアカウントは削除しないでください。',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'alipay.comにログインし、账户设置（アカウント設定）→ 基本信息（基本情報）を開いてください。',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'Alipayにログインし、少額入金が失敗した理由（查看打款失败原因）を確認してください。',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    'アカウントの主な機能（支払い、受け取り、友だち追加、メッセージ）が制限されています。出金は引き続きできます。',
  'Middle names added or left out, another order.': 'ミドルネームの追加や抜け、または順序の違い。',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    'エラーではありません。Alipayのカスタマーサービスが2日以内に申請を審査します。やり直す場合は、先に撤销本次认证申请（今回の認証申請を取り消す）で申請を取り消してください。',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    'エラーではありません。アップロードした書類を審査中で、24時間以内に結果が出ます。',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    '今することはありません。Alipayのカスタマーサービスが2日以内に審査します。その後、本人確認の進み具合（实名认证进度）を確認してください。',
  'Often a typo made at the bank counter.': '銀行窓口での入力ミスであることが多いです。',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    '登録できるのはAlipayのリストにある国だけで、イエメンは含まれていませんでした。',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    'パスポートの顔写真ページしか送っていない、またはビザ・入国スタンプがなかった。',
  'Or get a new card with a new number.': 'または、番号の違う新しいカードを作ってください。',
  'Or use another card.': 'または、別のカードを使ってください。',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    'パスポートの顔写真ページを、はっきり、欠けなく、カラーで、トリミングや加工なしで撮影し、氏名と番号を印字どおりに入力してください。新しいスマートフォンでは、ICチップ＋顔認証を使える場合があります。',
  'Re-enter the name exactly as the bank has it and submit again.':
    '銀行に登録されているとおりに氏名を入力し直して、もう一度送信してください。',
  'Read the email that gives the reason.': '理由が書かれたメールを読んでください。',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    '理由が書かれたメールを読んでから、もう一度チャットで有人オペレーター（人工客服）につないでもらってください。',
  'Read the error shown above it; retry later or in another browser.':
    '上に表示されたエラーを確認してください。時間をおくか、別のブラウザで再試行してください。',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'Alipayが示す理由（写真の品質、氏名≠MRZ、書類の期限切れ、国籍）を確認し、直してからもう一度スキャンしてください。',
  'Record the appeal as lifted.': '異議申し立ての結果を「解除」として記録してください。',
  'Repeated retries, or the card is on other accounts.':
    '何度も再試行した、またはカードが他のアカウントに連携されている。',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    'リスク管理によるもの。例：海外で登録した直後（「Malicious account operations」＝悪意のあるアカウント操作）。',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    '暗い色でつやのない背景の上で顔写真ページをスキャンしてください（ホログラムに光が反射しないように）。ICチップを読むときはスマホケースを外し、VPNはオフにしてください。氏名はMRZの2行のとおりに入力してください。',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    '海外カードでの支払いが24時間保留されたうえで拒否された後に、表示された例があります。',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    'ログイン後にAlipayに表示されたメッセージをそのまま担当者に送ってください（スクリーンショットがあると助かります）。',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    '氏名の表記が銀行の登録内容と違うこともあります。中国銀行（BOC）から中国工商銀行（ICBC）に替えて成功した人がいます。',
  "Sorry, the application can't be processed at the moment.": '申し訳ありませんが、現在この申請は処理できません。',
  'Stop retrying; wait a day, or unbind the card from another account.':
    '再試行はやめてください。1日待つか、別のアカウントでこのカードを連携解除してください。',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    'アカウント開設時と同じ書類を提出してください。それが無理な場合は、カスタマーサービス（95188）に変更方法を問い合わせてください。',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    'カードを替えてください。このカードは発行銀行に2回拒否されました。このカードで再試行せず、別のカードを追加してください。',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    '顔写真ページを、はっきり、欠けなく、カラーで撮り直して（トリミング・折れ・加工なし）、もう一度送信してください。',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    '新しい書類を、はっきり、欠けなく、カラーで撮り直して、もう一度アップロードしてください。',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    'パスポートのページを、はっきり、欠けなく、カラーで撮り直して（トリミング・折れ・コラージュ・加工なし）、もう一度送信してください。',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    '制限されているのはAlipayのアカウントではなく、Taobao（タオバオ）のアカウントそのものです。Alipayへの異議申し立てでは解除されません。',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    'Taobaoのリスク管理ルール。Alipay経由でログインしても変わりません。',
  'Tell your helper the amount and the day it arrived.': '入金額と入金された日を担当者に伝えてください。',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    'アカウントに登録された身分証明書の期限が切れています。新しい書類をアップロードしてください（更新したパスポートは番号が変わります）。',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    '制限のページに「No current account security issues」（現在アカウントのセキュリティ上の問題はありません）と表示されていれば、利用制限は解除されています。Alipayからの通知はありません。',
  'The account was created with a national ID card number, and the passport has another number.':
    'アカウントが自国の身分証番号で作られていて、パスポートの番号はそれと異なる。',
  'The bank card is already used by someone else on Alipay.': 'この銀行カードは、すでに別の人がAlipayで使っています。',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    '銀行に拒否されました（「Card Issuing Bank Declined」）。銀行に電話するか銀行のアプリで、海外オンライン決済と今回のカード連携を許可してから、もう一度試してください。',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    '銀行がこのカードで快捷支付（クイック決済）を認めていません。パスポートで作ったカードには認めない銀行もあります。',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    '銀行カードの確認に失敗しました。今すぐ別のカードに替えるか、今回の申請を取り消して、N日後（メッセージに書かれた日）に同じカードでもう一度試してください。',
  'The bank’s own rule for passport-opened cards.': 'パスポートで作ったカードに対する銀行独自のルール。',
  'The card number was leaked or bound to another account.':
    'カード番号が漏えいした、または別のアカウントに連携されている。',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    'カードの発行銀行が連携を拒否しました（Card Issuing Bank Declined）。解決するのはAlipayではなく銀行側です。',
  'The document number does not match the one the account was opened with.':
    '書類の番号が、アカウント開設時に登録した番号と一致しません。',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    'アプリ内の異議申し立てには「link a mainland bank card」（中国本土の銀行カードを連携）しかありません。代わりにカスタマーサービスのチャットを開き、有人オペレーター（人工客服）につないでもらってください。',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    '中国本土の住民向けフォームを使っています。このフォームでは18桁の中国の身分証番号が求められます。',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    '氏名が空白を含めて20文字を超えていて、銀行が招商银行（China Merchants Bank）ではない。',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    '氏名が銀行の登録内容とまったく同じではない（順序、大文字、ミドルネーム、スペース）。',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    '氏名が銀行の登録内容とまったく同じではない、またはカード番号がすでに別のアカウントで使われている。',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    '入力した氏名が、パスポートの機械読取領域（MRZ）の氏名と異なります。',
  'The new document is on the account; nothing to do.':
    '新しい書類がアカウントに反映されました。することはありません。',
  'The passport or permit reached its expiry date.': 'パスポートまたは居留許可の有効期限が来た。',
  'The passport photo was not clear enough to read.': 'パスポートの写真が不鮮明で読み取れませんでした。',
  'The phone could not show the Chinese characters.': 'スマートフォンが中国語の文字を表示できなかった。',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    '携帯番号が銀行に登録した番号（银行预留手机号）と異なります。',
  'The phone number format for the SMS code (country code).': 'SMS認証コードを受け取る電話番号の形式（国番号）。',
  'The restriction is lifted; nothing to do.': '利用制限は解除されました。することはありません。',
  'The review failed because other valid documents are missing.':
    'ほかの有効な書類が足りないため、審査に通りませんでした。',
  'The review takes up to 24 hours; record the new passport number on the client.':
    '審査には最大24時間かかります。新しいパスポート番号をクライアント情報に記録してください。',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    '同じカードは{date}から再び連携できます（連携解除から24時間後）。別のカードなら今すぐ連携できます。',
  'The same card may be bound again now; another card was allowed at once.':
    '同じカードをもう一度連携できるようになりました。別のカードは最初からすぐに連携できました。',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    '立即认证（今すぐ認証）の下にある外籍（外国籍）のリンクを選ばなかった。',
  'Then record the outcome: lifted, or still restricted.':
    'その後、結果を記録してください：解除、または利用制限が継続。',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    'その後、暗い色でつやのない背景で反射しないようにスキャンしてください。スマホケースは外し、VPNはオフにしてください。手入力でも構いません。',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    'その後、暗い色でつやのない背景でもう一度スキャンするか、手入力してください。',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'メールでリンクが届きます。パスポートの顔写真ページの写真と、顔写真ページが見えるようにパスポートを持った本人の写真をアップロードしてください。',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    'このアカウントは現在ログインできません。Alipayのカスタマーサービス（95188）に連絡してください。',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'リンクから、パスポートの顔写真ページの写真と、顔写真ページが見えるようにパスポートを持った本人の写真をアップロードしてください。',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    '最初からやり直すには、まず撤销本次认证申请（今回の認証申請を取り消す）を押してください。',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    'パスポートのスキャンに何度も失敗したため、認証が約3時間ロックされています。時間がたてば自動で解除されます。',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    'スキャンの失敗が多すぎます。約3時間待てばロックは自動で解除されます。その間にアプリを再インストールしないでください。',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    '期限切れの通知（「Your ID has expired, touch here to update」／已过期,请重传）をタップし、新しい書類の写真をアップロードしてください。',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    '更新の通知（「touch here to update」／重传）をタップし、新しい書類の写真をアップロードしてください。',
  'Try again later.': '時間をおいてもう一度試してください。',
  'Turn the VPN off and wait a day before trying again.': 'VPNをオフにして、1日待ってから再試行してください。',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    '氏名は、顔写真ページ下部にあるMRZの2行のとおりに入力してください。',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    '氏名、カード番号、電話番号はカード発行会社の登録どおりに入力し、電話番号の前に国番号を付けてください。',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    '氏名は銀行の登録どおりに入力し、パスポート番号（8文字以上。足りなければ先頭に0を補う）、中国での住所（ホテルで可）、電話番号も入力してください。パスポートの顔写真ページと入国スタンプのページをアップロードしてください。',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    'メールで届いたリンクから、パスポートの顔写真ページと、パスポートを持った写真をアップロードしてください。',
  'Upload the passport data page and the entry-stamp page when asked.':
    '求められたら、パスポートの顔写真ページと入国スタンプのページをアップロードしてください。',
  'Use a China Merchants Bank (招商银行) card.': '招商银行（China Merchants Bank）のカードを使ってください。',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    'メールの补传（再アップロード）リンクを{date}までに使ってください（有効期間は24時間です）。',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    'たいていは氏名の順序やつづりが銀行の登録内容と違うためです。メッセージ自体は一般的な内容です。',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    '本人確認が完了しました。次はカードを連携してください：銀行カード（银行卡）→ 銀行カードを追加。カード名義はパスポートと同じである必要があります。',
  'Wait about 12 hours after the upload.': 'アップロード後、約12時間待ってください。',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    '約12時間〜1日待ってください。アプリからの通知はなく、SMSは疑問符だけになることがあります。',
  'Wait about 3 hours. Do not reinstall the app meanwhile.':
    '約3時間待ってください。その間にアプリを再インストールしないでください。',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'AlipayからRMB 1未満の少額入金（例：0.0974）がカードに届くまで待ってください。公式には1〜2日ですが、ずっと長くかかることもあります。銀行からのSMSを確認するか、ATMや窓口で確認してください。',
  'Wait for approval: allow 1–2 business days.': '承認を待ってください。1〜2営業日かかります。',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    'オペレーターからアップロード用リンクが書かれたメールが届くのを待ってください（迷惑メールフォルダも確認してください）。',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    '結果を待ってから、Alipayで本人確認の進み具合（实名认证进度）を確認してください。',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    '審査を待ってください。1〜2営業日と言われていますが、数時間で終わることもよくあります。支払いが必要になる48時間以上前に始めてください。',
  'Wait up to 24 hours, then open the app to see the result.':
    '最大24時間待ってから、アプリを開いて結果を確認してください。',
  'Wait: the documents are reviewed within 24 hours.': 'お待ちください。書類は24時間以内に審査されます。',
  'Wait: the result comes within 24 hours.': 'お待ちください。24時間以内に結果が出ます。',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    '入金されたらログインし、未认证 / 申请认证を押してから输入打款金额（入金額を入力）を押し、正確な金額を入力してください。',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    '撤销本次认证（今回の認証を取り消す）を押し、メッセージに書かれた日以降に同じカードでやり直してください。',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    '撤销本次认证（今回の認証を取り消す）を押し、{date}以降に同じカードでやり直してください。',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    '撤销本次认证（今回の認証を取り消す）を押し、同じカードでやり直してください。今すぐできます。',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: '申請',
  'Application accepted, awaiting deposit': '申請受付、少額入金待ち',
  'Deposit amount entered': '入金額を入力済み',
  'Review started': '審査開始',
  Approved: '承認',
  Rejected: '不承認',
  Resubmit: '再申請',
  'Revoke the application (撤销本次认证申请)': '申請の取り消し（撤销本次认证申请）',
  'Scan locked out': 'スキャンがロックされました',
  'Lock lifted, scan again': 'ロック解除、再スキャン',
  'Scan accepted, face check': 'スキャン承認、顔認証へ',
  'Issuing bank declined': 'カード発行銀行が拒否',
  'Card not supported': '対応していないカード',
  'Held by risk control': 'リスク管理で保留',
  'Card unbound': 'カードの連携を解除',
  'Human agent asked (人工客服)': '有人オペレーターに依頼（人工客服）',
  'Upload link received by email': 'アップロード用リンクをメールで受信',
  'Restriction lifted': '利用制限が解除',
  'Bind again': '再度カード連携',
  'Card added, 3-D Secure pending': 'カード追加済み、3-D Secure 待ち',
  'Card bound': 'カード連携完了',
  'New document uploaded': '新しい書類をアップロード',
  'Photos uploaded': '写真をアップロード',
  'Re-uploaded (补传)': '再アップロード（补传）',
  'Scan again': '再スキャン',
  'Still restricted': '引き続き利用制限',
  'Try a card again': 'カードで再試行',
  'Try another card': '別のカードで試す',
};
