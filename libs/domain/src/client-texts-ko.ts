import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in Korean (client-texts.ts): English text → its words, dates as {date}. */
export const textsKo: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '"Choose another verification method"(다른 인증 방법 선택): 제출 중 오류가 나면 표시되며, 누르면 처음 화면으로 돌아갑니다.',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    '카드 연결 한도에 도달했습니다. 15번 넘게 시도했거나, 이 카드가 이미 계정 3개에 연결되어 있습니다.',
  'A fault on the Alipay website.': 'Alipay 웹사이트의 오류.',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'Visa, Mastercard, JCB, Diners Club, Discover 이외의 카드 브랜드이거나, 카드 발급사가 허용하지 않는 카드 종류.',
  'A new account, a VPN, a foreign card used right after sign-up.':
    '새로 만든 계정, VPN 사용, 가입 직후 해외 카드 사용.',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    '여권을 갱신하면 번호가 바뀝니다. 새 여권 번호와 만료일을 담당자에게 알려 주세요.',
  'A technical fault at Alipay or the bank.': 'Alipay 또는 은행 쪽의 기술적인 문제.',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    '앱에서 Visa, Mastercard 또는 JCB 카드를 추가하세요. 카드 소유자 이름이 여권과 같아야 합니다. 3-D Secure 인증도 완료하세요.',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    '중국 비자, 입국 도장, 서명이 있는 여권 면을 추가한 뒤 다시 신청하세요.',
  'Adding the card: the name and the account number do not match the bank’s record.':
    '카드 추가 중: 이름과 계좌 번호가 은행 기록과 일치하지 않습니다.',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'Alipay가 은행 계좌로 소액 입금을 보내지 못해 인증에 실패했습니다.',
  'Alipay does not accept this nationality for verification.': 'Alipay에서 이 국적으로는 실명 인증을 할 수 없습니다.',
  'Alipay does not support this card.': 'Alipay에서 이 카드를 지원하지 않습니다.',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'Alipay는 이 카드를 받지 않습니다. 대신 Visa, Mastercard, JCB, Diners Club 또는 Discover 카드를 추가하세요.',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'Alipay 보안 시스템이 개인 정보를 확인하지 못했습니다. 정확하게 입력해 달라는 뜻입니다.',
  "Alipay's system had an error and could not process the request.":
    'Alipay 시스템에 오류가 생겨 요청을 처리하지 못했습니다.',
  'Alipay’s risk control stopped the binding or payment.':
    'Alipay의 위험 관리 시스템이 카드 연결 또는 결제를 막았습니다.',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    '이의 신청 후 물음표로만 된 문자를 받았다면, 휴대폰에서 글자가 깨진 승인 알림일 가능성이 큽니다. 계정 제한이 풀렸을 가능성이 높습니다.',
  'An error on submit, often a system error.': '제출할 때 생긴 오류로, 시스템 오류인 경우가 많습니다.',
  'An overseas card whose details differ from the account.': '해외 카드의 정보가 계정에 등록된 정보와 다름.',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    '고객센터(95188)에 지금은 해당 국적이 지원되는지 물어보세요. 지원되지 않으면 다른 결제 수단(예: Tour Card)을 이용하세요.',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    '은행에서 카드 소유를 증명하는 도장 찍힌 확인서와 계좌 개설 신청서 사본을 받아, 둘 다 Alipay 고객센터에 보내세요.',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    '은행에 빠른 결제 기능을 켜 달라고 요청하거나 다른 은행의 카드를 사용하세요.',
  'Bind another card.': '다른 카드를 연결하세요.',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'Alipay 고객센터 95188(1번) 또는 영어 상담 +86 571 95188로 전화하세요. 중국어를 하는 사람이 함께 있으면 좋습니다.',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    '은행에 전화하거나 은행 앱에서 해외 온라인 결제와 이번 카드 연결을 허용한 뒤 한 번 더 시도하세요.',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    '카드가 연결되었습니다. 나중에 연결 해제하면 같은 카드는 24시간이 지나야 다시 연결할 수 있습니다.',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    '카드가 연결되었습니다. 결제 1회 최대 US$5,000, 연간 US$50,000까지이며, CNY 200을 넘는 결제에는 3% 수수료가 붙습니다. 해외 카드로는 가맹점 QR 코드만 결제할 수 있고 개인 QR 코드는 안 됩니다.',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    '설정 → 계정 및 보안(账号与安全) → 보안 센터(安全中心) → 제한을 확인하세요. "No current account security issues"(현재 계정 보안 문제 없음)가 보이면 해제된 것입니다. Alipay는 따로 알리지 않으며, 문자는 물음표로만 보일 수 있습니다.',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    '약 12시간 후 설정 → 계정 및 보안 → 보안 센터 → 제한을 확인하세요. "No current account security issues"(현재 계정 보안 문제 없음)라고 나와야 합니다.',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    '설정 → 계정 및 보안 → 보안 센터 → 제한을 확인하세요. "No current account security issues"(현재 계정 보안 문제 없음)가 보이면 계정 제한이 해제된 것입니다.',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    '설정 → 계정 및 보안 → 보안 센터 → 제한을 확인하세요. "No current account security issues"(현재 계정 보안 문제 없음)라고 나와야 합니다.',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    '은행에 이름이 어떻게 등록되어 있는지(인터넷 뱅킹 또는 창구) 확인하고 정확히 그대로 입력하세요. 중국은행(Bank of China)은 모두 대문자로 씁니다.',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    '은행에 등록된 휴대폰 번호를 창구나 인터넷 뱅킹에서 확인해 바로잡은 뒤 다시 연결하세요.',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'Alipay에 이의 신청을 하기 전에 Alipay 계정 자체가 제한되었는지 먼저 확인하세요.',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    '노란 버튼 아래의 外籍(외국 국적)을 선택하세요. 중국 본토나 홍콩·마카오·대만용 양식은 선택하지 마세요.',
  'Clear the browser cache and cookies, or use another browser.':
    '브라우저 캐시와 쿠키를 삭제하거나 다른 브라우저를 사용하세요.',
  'Click 立即认证 (Verify now).': '立即认证(지금 인증)을 누르세요.',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    '이름, 신분증 번호, 카드 번호, 등록된 휴대폰 번호가 은행 기록과 같은지 확인한 뒤(창구 입력 오류가 흔합니다) 다시 연결하세요.',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    '은행의 3-D Secure 인증을 완료하세요(문자 인증번호 또는 은행 앱에서 승인).',
  'Confirm the exact name with the bank and type it that way.': '은행에 정확한 이름을 확인하고 그대로 입력하세요.',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'Alipay가 아니라 타오바오(Taobao)에 문의하세요. 외국어 상담 +852 2215-5300, 중국어 상담 +86 0571-8815-8198.',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    '처음부터 다시 하려는 게 아니라면 撤销本次认证申请(이번 인증 신청 취소)를 누르지 마세요.',
  'Do not revoke unless you want to start again.': '처음부터 다시 하려는 게 아니라면 신청을 취소하지 마세요.',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    '완료: 계정 인증이 끝났습니다(파란색 체크 표시). 이제 添加银行卡(은행 카드 추가)로 카드를 추가할 수 있습니다.',
  'Either change to another bank card now, or': '지금 다른 은행 카드로 바꾸거나,',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    '은행, 개설 지점이 있는 도시, 카드 번호를 입력한 뒤 下一步(다음)을 누르세요.',
  'First ask your bank (or its app) to allow international online payments for the card.':
    '먼저 은행(또는 은행 앱)에서 이 카드의 해외 온라인 결제를 허용하세요.',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    '안내에 따라 얼굴 인증(实人认证)을 하세요. 밝은 곳에서 카메라를 정면으로 보고, 요청이 나오면 눈을 깜빡이거나 고개를 끄덕이거나 숫자를 읽으세요.',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    '홀로그램의 빛 반사, 읽히지 않는 MRZ, 휴대폰 케이스에 막힌 NFC, MRZ와 다르게 입력한 이름, 켜 둔 VPN.',
  'Glare, blur, a crop or a shadow on the data page.': '정보면의 빛 반사, 흔들림, 잘림 또는 그림자.',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    '立即认证으로 돌아가 外籍을 누른 뒤 여권 번호를 입력하세요.',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    '거절 이메일에 补传(재업로드) 링크가 있으면 24시간 안에 이용하세요.',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    '이메일에 补传(재업로드) 링크가 있으면 24시간 안에 이용하세요. 없으면 채팅으로 다시 신청하세요.',
  "If it keeps failing, check the name spelling or try another bank's card.":
    '계속 실패하면 이름 철자를 확인하거나 다른 은행의 카드로 시도해 보세요.',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    '같은 문제가 반복되면 앱 채팅에서 상담원(人工客服) 연결을 요청하세요.',
  'If it repeats, try another card or a mainland card.':
    '같은 문제가 반복되면 다른 카드나 중국 본토 카드로 시도해 보세요.',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    '그래도 실패하면 Alipay(95188)에 이 카드가 다른 계정에 연결되어 있는지 물어보세요. 은행의 도장 찍힌 확인서나 새 카드로 해결할 수 있습니다.',
  'If the same card is declined a second time, switch to another card.':
    '같은 카드가 또 거절되면 다른 카드로 바꾸세요.',
  'If the same card is declined twice, switch to another card instead of retrying.':
    '같은 카드가 두 번 거절되면 다시 시도하지 말고 다른 카드로 바꾸세요.',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    '스캔이 계속 실패하면 반복해서 스캔하지 말고 정보를 직접 입력하세요. 실패가 반복되면 약 3시간 동안 잠깁니다.',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'Alipay 앱에서 Me(내 정보) → 설정 → 신분 인증(身份认证) → 여권(护照)을 여세요.',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'Alipay 앱에서 Me(내 정보) → 설정 → 신분 인증 → 여권을 여세요.',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    '앱의 고객센터 채팅에서 상담원(人工客服) 연결을 요청하세요. 앱 안의 이의 신청은 중국 본토 은행 카드 연결만 안내합니다.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    '앱에서: 은행 카드(银行卡) → 은행 카드 추가(添加银行卡). 카드 번호와 은행에 등록된 휴대폰 번호(银行预留手机号)를 입력한 뒤 문자 인증번호를 입력하세요.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    '앱에서: 은행 카드(银行卡) → 은행 카드 추가(添加银行卡). Visa, Mastercard, JCB, Diners Club, Discover 카드를 쓸 수 있으며, 카드 소유자 이름이 인증된 여권과 같아야 합니다.',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    '앱 채팅에서 상담원(人工客服) 연결을 요청하세요. 앱 안의 이의 신청은 중국 본토 카드 연결만 안내합니다.',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    '해외 결제나 온라인 결제가 꺼져 있음, 은행의 부정 사용 방지 규정, 또는 3-D Secure 인증 실패.',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    '오류 메시지가 그대로 보이게 화면을 캡처해 두세요. Alipay 계정은 삭제하지 마세요.',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    '오류 메시지가 그대로 보이게 화면을 모두 캡처해 두세요. Alipay 계정은 삭제하지 마세요.',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'alipay.com에 로그인해 账户设置(계정 설정) → 基本信息(기본 정보)를 여세요.',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'Alipay에 로그인해 소액 입금 실패 사유(查看打款失败原因)를 확인하세요.',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    '계정의 주요 기능(결제, 돈 받기, 친구 추가, 메시지)이 제한되었습니다. 출금은 계속 할 수 있습니다.',
  'Middle names added or left out, another order.': '미들네임을 더 넣었거나 빠뜨림, 또는 이름 순서가 다름.',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    '오류가 아닙니다. Alipay 고객센터가 2일 안에 신청을 심사합니다. 처음부터 다시 하려면 먼저 撤销本次认证申请(이번 인증 신청 취소)로 신청을 취소하세요.',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    '오류가 아닙니다. 업로드한 서류를 심사하는 중이며, 24시간 안에 결과가 나옵니다.',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    '지금은 할 일이 없습니다. Alipay 고객센터가 2일 안에 심사합니다. 그 뒤 실명 인증 진행 상황(实名认证进度)을 확인하세요.',
  'Often a typo made at the bank counter.': '은행 창구에서 입력할 때 생긴 오타인 경우가 많습니다.',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    'Alipay 목록에 있는 국가만 가입할 수 있으며, 예멘은 목록에 없었습니다.',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    '여권 정보면만 보냈거나, 비자 또는 입국 도장이 빠졌습니다.',
  'Or get a new card with a new number.': '또는 번호가 다른 새 카드를 발급받으세요.',
  'Or use another card.': '또는 다른 카드를 사용하세요.',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    '여권 정보면을 선명하게, 잘리지 않게, 컬러로, 편집 없이 찍고 이름과 번호를 인쇄된 그대로 입력하세요. 최신 휴대폰에서는 칩 + 얼굴 인증을 쓸 수도 있습니다.',
  'Re-enter the name exactly as the bank has it and submit again.':
    '은행에 등록된 그대로 이름을 다시 입력하고 다시 제출하세요.',
  'Read the email that gives the reason.': '사유가 적힌 이메일을 읽어 보세요.',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    '사유가 적힌 이메일을 읽은 뒤, 채팅에서 다시 상담원(人工客服) 연결을 요청하세요.',
  'Read the error shown above it; retry later or in another browser.':
    '위에 표시된 오류를 읽어 보세요. 나중에 다시 시도하거나 다른 브라우저에서 시도하세요.',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'Alipay가 알려 준 사유(사진 품질, 이름 ≠ MRZ, 서류 만료, 국적)를 확인해 고친 뒤 다시 스캔하세요.',
  'Record the appeal as lifted.': "이의 신청 결과를 '해제됨'으로 기록하세요.",
  'Repeated retries, or the card is on other accounts.': '여러 번 다시 시도했거나, 카드가 다른 계정에 연결되어 있음.',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    '위험 관리 시스템. 예: 해외에서 가입한 직후("Malicious account operations", 악의적인 계정 조작).',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    '어두운 무광 배경 위에서 정보면을 스캔하세요(홀로그램에 빛이 반사되지 않게). 칩을 읽을 때는 휴대폰 케이스를 빼고 VPN은 끄세요. 이름은 MRZ 두 줄에 적힌 그대로 입력하세요.',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    '해외 카드 결제가 24시간 보류되었다가 거절된 뒤에 나타난 사례가 있습니다.',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    '로그인 후 Alipay에 표시되는 메시지를 그대로 담당자에게 보내 주세요(캡처 화면이 있으면 좋습니다).',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    '이름 표기가 은행 기록과 달라서일 때도 있습니다. 중국은행(BOC)에서 공상은행(ICBC)으로 바꿔 성공한 사용자가 있습니다.',
  "Sorry, the application can't be processed at the moment.": '죄송합니다. 지금은 신청을 처리할 수 없습니다.',
  'Stop retrying; wait a day, or unbind the card from another account.':
    '재시도를 멈추세요. 하루 기다리거나, 다른 계정에서 이 카드를 연결 해제하세요.',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    '계정을 만들 때 쓴 것과 같은 서류를 제출하세요. 그럴 수 없으면 고객센터(95188)에 변경 방법을 문의하세요.',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    '카드를 바꾸세요. 이 카드는 발급 은행에서 두 번 거절했습니다. 이 카드로 다시 시도하지 말고 다른 카드를 추가하세요.',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    '정보면을 선명하게, 잘리지 않게 컬러로 다시 찍어(자르기·구김·편집 없이) 다시 제출하세요.',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    '새 서류를 선명하게, 잘리지 않게 컬러로 다시 찍어 다시 업로드하세요.',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    '여권 면을 선명하게, 잘리지 않게 컬러로 다시 찍어(자르기·구김·합성·편집 없이) 다시 제출하세요.',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    '제한된 것은 Alipay 계정이 아니라 타오바오(Taobao) 계정 자체입니다. Alipay 이의 신청으로는 풀리지 않습니다.',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    '타오바오의 위험 관리 규정 때문이며, Alipay로 로그인해도 달라지지 않습니다.',
  'Tell your helper the amount and the day it arrived.': '입금액과 입금된 날짜를 담당자에게 알려 주세요.',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    '계정에 등록된 신분증이 만료되었습니다. 새 서류를 업로드하세요(갱신한 여권은 번호가 바뀝니다).',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    '제한 페이지에 "No current account security issues"(현재 계정 보안 문제 없음)라고 표시되면 계정 제한이 해제된 것입니다. Alipay는 따로 알리지 않습니다.',
  'The account was created with a national ID card number, and the passport has another number.':
    '계정을 본국 신분증 번호로 만들었는데, 여권 번호는 그와 다름.',
  'The bank card is already used by someone else on Alipay.':
    '이 은행 카드는 이미 다른 사람이 Alipay에서 사용하고 있습니다.',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    '은행이 거절했습니다("Card Issuing Bank Declined"). 은행에 전화하거나 은행 앱에서 해외 온라인 결제와 이번 카드 연결을 허용한 뒤 한 번 더 시도하세요.',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    '은행이 이 카드에 快捷支付(빠른 결제)를 허용하지 않습니다. 여권으로 만든 카드에는 허용하지 않는 은행도 있습니다.',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    '은행 카드 확인에 실패했습니다. 지금 다른 카드로 바꾸거나, 이번 신청을 취소하고 N일 뒤 메시지에 적힌 날짜에 같은 카드로 다시 시도하세요.',
  'The bank’s own rule for passport-opened cards.': '여권으로 만든 카드에 대한 은행 자체 규정.',
  'The card number was leaked or bound to another account.': '카드 번호가 유출되었거나 다른 계정에 연결되어 있음.',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    '카드 발급 은행이 카드 연결을 거절했습니다(Card Issuing Bank Declined). Alipay가 아니라 은행에서 해결해야 합니다.',
  'The document number does not match the one the account was opened with.':
    '신분증 번호가 계정을 만들 때 등록한 번호와 다릅니다.',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    '앱 안의 이의 신청에는 "link a mainland bank card"(중국 본토 은행 카드 연결)만 있습니다. 대신 고객센터 채팅을 열고 상담원(人工客服) 연결을 요청하세요.',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    '중국 본토 주민용 양식을 사용했습니다. 이 양식은 18자리 중국 신분증 번호를 요구합니다.',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    '이름이 공백 포함 20자를 넘고, 은행이 초상은행(China Merchants Bank)이 아님.',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    '이름이 은행에 등록된 것과 정확히 같지 않음(순서, 대문자, 미들네임, 띄어쓰기).',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    '이름이 은행에 등록된 것과 정확히 같지 않거나, 카드 번호가 이미 다른 계정에서 사용됨.',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    '입력한 이름이 여권의 기계 판독 영역(MRZ)에 적힌 이름과 다릅니다.',
  'The new document is on the account; nothing to do.': '새 서류가 계정에 반영되었습니다. 할 일이 없습니다.',
  'The passport or permit reached its expiry date.': '여권 또는 거류 허가의 유효기간이 끝남.',
  'The passport photo was not clear enough to read.': '여권 사진이 읽을 수 있을 만큼 선명하지 않았습니다.',
  'The phone could not show the Chinese characters.': '휴대폰이 중국어 글자를 표시하지 못함.',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    '휴대폰 번호가 은행에 등록된 번호(银行预留手机号)와 다릅니다.',
  'The phone number format for the SMS code (country code).': '인증 문자를 받을 휴대폰 번호 형식(국가 번호).',
  'The restriction is lifted; nothing to do.': '계정 제한이 해제되었습니다. 할 일이 없습니다.',
  'The review failed because other valid documents are missing.': '다른 유효한 서류가 없어 심사를 통과하지 못했습니다.',
  'The review takes up to 24 hours; record the new passport number on the client.':
    '심사는 최대 24시간 걸립니다. 새 여권 번호를 고객 정보에 기록하세요.',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    '같은 카드는 {date}부터 다시 연결할 수 있습니다(연결 해제 후 24시간). 다른 카드는 지금 바로 연결할 수 있습니다.',
  'The same card may be bound again now; another card was allowed at once.':
    '이제 같은 카드를 다시 연결할 수 있습니다. 다른 카드는 처음부터 바로 연결할 수 있었습니다.',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    '立即认证(지금 인증) 아래의 外籍(외국 국적) 링크를 선택하지 않음.',
  'Then record the outcome: lifted, or still restricted.': '그다음 결과를 기록하세요: 해제됨 또는 계정 제한 유지.',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    '그다음 빛이 반사되지 않는 어두운 무광 배경 위에서 스캔하세요. 휴대폰 케이스는 빼고 VPN은 끄세요. 아니면 정보를 직접 입력하세요.',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    '그다음 어두운 무광 배경 위에서 한 번 더 스캔하거나 정보를 직접 입력하세요.',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    '이메일로 링크가 옵니다. 여권 정보면 사진과, 정보면이 보이게 여권을 들고 찍은 본인 사진을 업로드하세요.',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    '이 계정은 현재 로그인할 수 없습니다. Alipay 고객센터 95188로 문의하세요.',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    '링크에서 여권 정보면 사진과, 정보면이 보이게 여권을 들고 찍은 본인 사진을 업로드하세요.',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    '처음부터 다시 하려면 먼저 撤销本次认证申请(이번 인증 신청 취소)를 누르세요.',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    '여권 스캔에 너무 많이 실패했습니다. 인증이 약 3시간 동안 잠기며, 그 뒤 저절로 풀립니다.',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    '스캔 실패가 너무 많습니다. 약 3시간 기다리면 잠금이 저절로 풀립니다. 그동안 앱을 다시 설치하지 마세요.',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    '신분증 만료 안내("Your ID has expired, touch here to update" / 已过期,请重传)를 눌러 새 서류 사진을 업로드하세요.',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    '업데이트 안내("touch here to update" / 重传)를 눌러 새 서류 사진을 업로드하세요.',
  'Try again later.': '나중에 다시 시도하세요.',
  'Turn the VPN off and wait a day before trying again.': 'VPN을 끄고 하루 기다린 뒤 다시 시도하세요.',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    '이름은 정보면 아래쪽 MRZ 두 줄에 적힌 그대로 입력하세요.',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    '이름, 카드 번호, 휴대폰 번호를 카드 발급사에 등록된 그대로 입력하고, 휴대폰 번호 앞에 국가 번호를 붙이세요.',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    '이름은 은행에 등록된 그대로 입력하고, 여권 번호(8자리 이상, 모자라면 앞에 0을 채움), 중국 내 주소(호텔도 됨), 전화번호를 입력하세요. 여권 정보면과 입국 도장 면을 업로드하세요.',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    '이메일로 받은 링크에서 여권 정보면과 여권을 들고 찍은 사진을 업로드하세요.',
  'Upload the passport data page and the entry-stamp page when asked.':
    '요청이 오면 여권 정보면과 입국 도장 면을 업로드하세요.',
  'Use a China Merchants Bank (招商银行) card.': '초상은행(招商银行) 카드를 사용하세요.',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    '이메일의 补传(재업로드) 링크를 {date} 전에 이용하세요(24시간 동안 유효합니다).',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    '대개 이름 순서나 철자가 은행 기록과 다르기 때문입니다. 메시지 자체는 일반적인 내용입니다.',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    '인증되었습니다. 다음으로 카드를 연결하세요: 은행 카드(银行卡) → 은행 카드 추가. 카드 소유자 이름이 여권과 같아야 합니다.',
  'Wait about 12 hours after the upload.': '업로드 후 약 12시간 기다리세요.',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    '약 12시간에서 하루 정도 기다리세요. 앱은 따로 알리지 않으며, 문자는 물음표로만 보일 수 있습니다.',
  'Wait about 3 hours. Do not reinstall the app meanwhile.': '약 3시간 기다리세요. 그동안 앱을 다시 설치하지 마세요.',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'Alipay가 RMB 1 미만의 소액 입금(예: 0.0974)을 카드로 보낼 때까지 기다리세요. 공식적으로는 1–2일이지만 훨씬 오래 걸리기도 합니다. 은행 문자를 살피거나 ATM 또는 창구에서 확인하세요.',
  'Wait for approval: allow 1–2 business days.': '승인을 기다리세요. 영업일 기준 1–2일 걸립니다.',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    '상담원이 업로드 링크가 담긴 이메일을 보낼 때까지 기다리세요(스팸함도 확인하세요).',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    '결과를 기다린 뒤 Alipay에서 실명 인증 진행 상황(实名认证进度)을 확인하세요.',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    '심사를 기다리세요. 영업일 기준 1–2일이라고 하지만 몇 시간 만에 끝나는 경우가 많습니다. 결제가 필요한 때보다 적어도 48시간 전에 시작하세요.',
  'Wait up to 24 hours, then open the app to see the result.': '최대 24시간 기다린 뒤 앱에서 결과를 확인하세요.',
  'Wait: the documents are reviewed within 24 hours.': '기다리세요. 서류는 24시간 안에 심사됩니다.',
  'Wait: the result comes within 24 hours.': '기다리세요. 24시간 안에 결과가 나옵니다.',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    '입금되면 로그인해 未认证 / 申请认证을 누르고, 输入打款金额(입금액 입력)을 눌러 정확한 금액을 입력하세요.',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    '撤销本次认证(이번 인증 취소)를 누르고, 메시지에 적힌 날짜 당일 또는 그 이후에 같은 카드로 다시 시도하세요.',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    '撤销本次认证(이번 인증 취소)를 누르고, {date} 당일 또는 그 이후에 같은 카드로 다시 시도하세요.',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    '撤销本次认证(이번 인증 취소)를 누르고 같은 카드로 다시 시도하세요. 지금 바로 할 수 있습니다.',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: '제출',
  'Application accepted, awaiting deposit': '신청 접수, 소액 입금 대기',
  'Deposit amount entered': '입금액 입력 완료',
  'Review started': '심사 시작',
  Approved: '승인됨',
  Rejected: '거절됨',
  Resubmit: '다시 제출',
  'Revoke the application (撤销本次认证申请)': '신청 철회 (撤销本次认证申请)',
  'Scan locked out': '스캔 잠김',
  'Lock lifted, scan again': '잠금 해제, 다시 스캔',
  'Scan accepted, face check': '스캔 통과, 얼굴 인증',
  'Issuing bank declined': '카드 발급 은행 거절',
  'Card not supported': '지원하지 않는 카드',
  'Held by risk control': '위험 관리로 보류',
  'Card unbound': '카드 연결 해제됨',
  'Human agent asked (人工客服)': '상담원 연결 요청 (人工客服)',
  'Upload link received by email': '이메일로 업로드 링크 받음',
  'Restriction lifted': '계정 제한 해제',
  'Bind again': '다시 카드 연결',
  'Card added, 3-D Secure pending': '카드 추가됨, 3-D Secure 대기',
  'Card bound': '카드 연결 완료',
  'New document uploaded': '새 서류 업로드됨',
  'Photos uploaded': '사진 업로드됨',
  'Re-uploaded (补传)': '재업로드함 (补传)',
  'Scan again': '다시 스캔',
  'Still restricted': '여전히 제한됨',
  'Try a card again': '카드 다시 시도',
  'Try another card': '다른 카드로 시도',
};
