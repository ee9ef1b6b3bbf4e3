import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in Thai (client-texts.ts): English text → its words, dates as {date}. */
export const textsTh: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '"Choose another verification method" (เลือกวิธียืนยันตัวตนอื่น): ขึ้นมาเมื่อเกิดข้อผิดพลาดตอนส่งคำขอ กดแล้วจะกลับไปหน้าเริ่มต้น',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    'ผูกบัตรครบจำนวนที่จำกัดแล้ว: ลองเกิน 15 ครั้ง หรือบัตรนี้ผูกกับบัญชีครบ 3 บัญชีแล้ว',
  'A fault on the Alipay website.': 'เว็บไซต์ของ Alipay ขัดข้อง',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'เครือข่ายบัตรไม่ใช่ Visa, Mastercard, JCB, Diners Club หรือ Discover หรือเป็นบัตรประเภทที่ผู้ออกบัตรไม่อนุญาต',
  'A new account, a VPN, a foreign card used right after sign-up.':
    'บัญชีเพิ่งสมัครใหม่ เปิด VPN อยู่ หรือใช้บัตรต่างประเทศทันทีหลังสมัคร',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    'หนังสือเดินทางเล่มใหม่มีเลขใหม่ แจ้งเลขใหม่และวันหมดอายุให้ผู้ช่วยของคุณทราบ',
  'A technical fault at Alipay or the bank.': 'ระบบของ Alipay หรือธนาคารขัดข้อง',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    'เพิ่มบัตร Visa, Mastercard หรือ JCB ในแอป ชื่อผู้ถือบัตรต้องตรงกับหนังสือเดินทาง แล้วยืนยัน 3-D Secure ให้ผ่าน',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    'เพิ่มวีซ่าจีน ตราประทับเข้าประเทศ และหน้าหนังสือเดินทางที่มีลายเซ็น แล้วยื่นขอใหม่',
  'Adding the card: the name and the account number do not match the bank’s record.':
    'ตอนเพิ่มบัตร: ชื่อและเลขบัญชีไม่ตรงกับข้อมูลของธนาคาร',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'Alipay โอนยอดเงินทดสอบเข้าบัญชีธนาคารไม่สำเร็จ การยืนยันตัวตนจึงไม่ผ่าน',
  'Alipay does not accept this nationality for verification.': 'Alipay ไม่รับการยืนยันตัวตนสำหรับสัญชาตินี้',
  'Alipay does not support this card.': 'Alipay ไม่รองรับบัตรนี้',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'Alipay ไม่รับบัตรนี้ ให้เพิ่มบัตร Visa, Mastercard, JCB, Diners Club หรือ Discover แทน',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'ระบบความปลอดภัยของ Alipay ตรวจสอบข้อมูลส่วนตัวไม่ได้ จึงขอให้กรอกข้อมูลให้ถูกต้อง',
  "Alipay's system had an error and could not process the request.": 'ระบบของ Alipay เกิดข้อผิดพลาด จึงดำเนินการตามคำขอไม่ได้',
  'Alipay’s risk control stopped the binding or payment.': 'ระบบควบคุมความเสี่ยงของ Alipay ระงับการผูกบัตรหรือการชำระเงินนี้',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    'SMS ที่เป็นเครื่องหมายคำถามทั้งหมดหลังอุทธรณ์ น่าจะเป็นข้อความแจ้งอนุมัติที่โทรศัพท์แสดงผลเพี้ยน การจำกัดบัญชีน่าจะถูกยกเลิกแล้ว',
  'An error on submit, often a system error.': 'เกิดข้อผิดพลาดตอนส่งคำขอ ส่วนใหญ่เป็นข้อผิดพลาดของระบบ',
  'An overseas card whose details differ from the account.': 'ข้อมูลบัตรต่างประเทศไม่ตรงกับข้อมูลในบัญชี',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    'ถามฝ่ายบริการลูกค้า (95188) ว่าตอนนี้รับสัญชาติของคุณแล้วหรือยัง ถ้ายังไม่รับ ให้ใช้วิธีชำระเงินอื่น (เช่น Tour Card)',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    'ขอหนังสือรับรองที่ประทับตราธนาคารว่าคุณเป็นผู้ถือบัตร พร้อมสำเนาใบคำขอเปิดบัญชี แล้วส่งทั้งสองอย่างให้ฝ่ายบริการลูกค้าของ Alipay',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    'ขอให้ธนาคารเปิดบริการชำระเงินแบบด่วน (quick pay) หรือใช้บัตรของธนาคารอื่น',
  'Bind another card.': 'ผูกบัตรใบอื่น',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'โทรหา Alipay ที่ 95188 (กด 1) หรือสายภาษาอังกฤษ +86 571 95188 ถ้ามีคนพูดภาษาจีนช่วยจะดีมาก',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    'โทรหาธนาคาร (หรือใช้แอปของธนาคาร) เพื่ออนุญาตการชำระเงินออนไลน์ต่างประเทศและการผูกบัตรครั้งนี้ แล้วลองอีกครั้ง',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    'ผูกบัตรแล้ว ถ้ายกเลิกการผูกเมื่อไร จะผูกบัตรใบเดิมได้อีกครั้งหลังผ่านไป 24 ชั่วโมง',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    'ผูกบัตรแล้ว จ่ายได้สูงสุด US$5,000 ต่อครั้ง และ US$50,000 ต่อปี การจ่ายเกิน CNY 200 มีค่าธรรมเนียม 3% บัตรต่างประเทศสแกนจ่ายได้เฉพาะ QR code ของร้านค้า ไม่ใช่ของบุคคล',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    'ตรวจดูที่ การตั้งค่า → บัญชีและความปลอดภัย (账号与安全) → ศูนย์ความปลอดภัย (安全中心) → ข้อจำกัด ถ้าขึ้นว่า "No current account security issues" (ขณะนี้ไม่มีปัญหาความปลอดภัยของบัญชี) แปลว่ายกเลิกแล้ว Alipay จะไม่แจ้งให้ทราบ และ SMS อาจแสดงเป็นเครื่องหมายคำถามทั้งหมด',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    'ประมาณ 12 ชั่วโมงให้หลัง ตรวจดูที่ การตั้งค่า → บัญชีและความปลอดภัย → ศูนย์ความปลอดภัย → ข้อจำกัด ควรขึ้นว่า "No current account security issues" (ขณะนี้ไม่มีปัญหาความปลอดภัยของบัญชี)',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    'ตรวจดูที่ การตั้งค่า → บัญชีและความปลอดภัย → ศูนย์ความปลอดภัย → ข้อจำกัด ถ้าขึ้นว่า "No current account security issues" (ขณะนี้ไม่มีปัญหาความปลอดภัยของบัญชี) แปลว่ายกเลิกการจำกัดบัญชีแล้ว',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    'ตรวจดูที่ การตั้งค่า → บัญชีและความปลอดภัย → ศูนย์ความปลอดภัย → ข้อจำกัด ควรขึ้นว่า "No current account security issues" (ขณะนี้ไม่มีปัญหาความปลอดภัยของบัญชี)',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    'ตรวจสอบว่าธนาคารบันทึกชื่อของคุณไว้อย่างไร (ดูในออนไลน์แบงกิ้งหรือถามที่เคาน์เตอร์) แล้วกรอกให้ตรงทุกตัวอักษร Bank of China ใช้ตัวพิมพ์ใหญ่ทั้งหมด',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    'ตรวจเบอร์โทรที่ผูกไว้กับธนาคารที่เคาน์เตอร์หรือในออนไลน์แบงกิ้ง แก้ให้ถูกต้อง แล้วผูกบัตรใหม่',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'ตรวจดูก่อนว่าบัญชี Alipay ถูกจำกัดอยู่หรือไม่ ก่อนยื่นอุทธรณ์กับ Alipay',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    'เลือก 外籍 (สัญชาติต่างประเทศ) ใต้ปุ่มสีเหลือง ไม่ใช่แบบฟอร์มของจีนแผ่นดินใหญ่หรือฮ่องกง/มาเก๊า/ไต้หวัน',
  'Clear the browser cache and cookies, or use another browser.': 'ล้างแคชและคุกกี้ของเบราว์เซอร์ หรือใช้เบราว์เซอร์อื่น',
  'Click 立即认证 (Verify now).': 'คลิก 立即认证 (ยืนยันทันที)',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    'ตรวจว่าชื่อ เลขเอกสาร เลขบัตร และเบอร์โทรที่ผูกไว้ ตรงกับข้อมูลของธนาคารหรือไม่ (พนักงานเคาน์เตอร์พิมพ์ผิดบ่อย) แล้วผูกบัตรใหม่',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    'ยืนยัน 3-D Secure ของธนาคารให้เสร็จ (รหัสทาง SMS หรือกดอนุมัติในแอปธนาคาร)',
  'Confirm the exact name with the bank and type it that way.': 'สอบถามชื่อที่ถูกต้องกับธนาคาร แล้วพิมพ์ตามนั้น',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'ติดต่อ Taobao ไม่ใช่ Alipay: สายภาษาต่างประเทศ +852 2215-5300 สายภาษาจีน +86 0571-8815-8198',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    'อย่ากด 撤销本次认证申请 (ยกเลิกคำขอนี้) ถ้าไม่ได้ต้องการเริ่มใหม่ทั้งหมด',
  'Do not revoke unless you want to start again.': 'อย่ายกเลิกคำขอ ถ้าไม่ได้ต้องการเริ่มใหม่',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    'เสร็จแล้ว: บัญชีของคุณยืนยันตัวตนแล้ว (เครื่องหมายถูกสีฟ้า) ตอนนี้เพิ่มบัตรได้ที่ 添加银行卡 (เพิ่มบัตรธนาคาร)',
  'Either change to another bank card now, or': 'เปลี่ยนไปใช้บัตรธนาคารใบอื่นตอนนี้ หรือ',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    'กรอกธนาคาร เมืองของสาขาที่เปิดบัญชี และเลขบัตร แล้วคลิก 下一步 (ถัดไป)',
  'First ask your bank (or its app) to allow international online payments for the card.':
    'ขอให้ธนาคาร (หรือผ่านแอปธนาคาร) เปิดการชำระเงินออนไลน์ต่างประเทศให้บัตรนี้ก่อน',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    'ทำการยืนยันใบหน้า (实人认证) ตามขั้นตอน: อยู่ในที่สว่าง หันหน้าตรงกล้อง แล้วกะพริบตา พยักหน้า หรืออ่านตัวเลขเมื่อระบบขอ',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    'โฮโลแกรมสะท้อนแสง อ่าน MRZ ไม่ได้ เคสโทรศัพท์บัง NFC ชื่อที่พิมพ์ไม่ตรงกับ MRZ หรือเปิด VPN ทิ้งไว้',
  'Glare, blur, a crop or a shadow on the data page.': 'หน้าข้อมูลมีแสงสะท้อน เบลอ ถูกตัดขอบ หรือมีเงา',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    'กลับไปที่ 立即认证 แล้วคลิก 外籍 จากนั้นกรอกเลขหนังสือเดินทาง',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    'ถ้าอีเมลแจ้งว่าไม่ผ่านมีลิงก์ 补传 (อัปโหลดใหม่) ให้ใช้ภายใน 24 ชั่วโมง',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    'ถ้าอีเมลมีลิงก์ 补传 (อัปโหลดใหม่) ให้ใช้ภายใน 24 ชั่วโมง ถ้าไม่มี ให้ยื่นใหม่ผ่านแชต',
  "If it keeps failing, check the name spelling or try another bank's card.":
    'ถ้ายังไม่ผ่านอีก ให้ตรวจการสะกดชื่อ หรือลองใช้บัตรของธนาคารอื่น',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    'ถ้ายังเกิดซ้ำ ให้ขอคุยกับเจ้าหน้าที่ (人工客服) ในแชตของแอป',
  'If it repeats, try another card or a mainland card.': 'ถ้ายังเกิดซ้ำ ให้ลองบัตรใบอื่นหรือบัตรของธนาคารจีนแผ่นดินใหญ่',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    'ถ้ายังไม่ผ่าน ให้ถาม Alipay (95188) ว่าบัตรนี้ผูกกับบัญชีอื่นอยู่หรือไม่ แก้ได้ด้วยหนังสือรับรองที่ประทับตราธนาคาร หรือใช้บัตรใหม่',
  'If the same card is declined a second time, switch to another card.':
    'ถ้าบัตรใบเดิมถูกปฏิเสธเป็นครั้งที่สอง ให้เปลี่ยนไปใช้บัตรใบอื่น',
  'If the same card is declined twice, switch to another card instead of retrying.':
    'ถ้าบัตรใบเดิมถูกปฏิเสธสองครั้ง ให้เปลี่ยนไปใช้บัตรใบอื่นแทนการลองซ้ำ',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    'ถ้าสแกนไม่ผ่านหลายครั้ง ให้กรอกข้อมูลเองแทนการสแกนซ้ำไปเรื่อย ๆ เพราะถ้าล้มเหลวหลายครั้งจะถูกล็อกประมาณ 3 ชั่วโมง',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'ในแอป Alipay เปิด Me (ของฉัน) → การตั้งค่า → การยืนยันข้อมูลประจำตัว (身份认证) → หนังสือเดินทาง (护照)',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'ในแอป Alipay เปิด Me (ของฉัน) → การตั้งค่า → การยืนยันข้อมูลประจำตัว → หนังสือเดินทาง',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    'ในแชตฝ่ายบริการลูกค้าของแอป ให้ขอคุยกับเจ้าหน้าที่ (人工客服) เพราะการอุทธรณ์ในแอปมีให้แค่ผูกบัตรธนาคารจีนแผ่นดินใหญ่',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    'ในแอป: บัตรธนาคาร (银行卡) → เพิ่มบัตรธนาคาร (添加银行卡) กรอกเลขบัตรและเบอร์โทรที่ผูกไว้กับธนาคาร (银行预留手机号) แล้วกรอกรหัส SMS',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    'ในแอป: บัตรธนาคาร (银行卡) → เพิ่มบัตรธนาคาร (添加银行卡) ใช้ได้กับ Visa, Mastercard, JCB, Diners Club และ Discover ชื่อผู้ถือบัตรต้องตรงกับหนังสือเดินทางที่ยืนยันแล้ว',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    'ในแชตของแอป ให้ขอคุยกับเจ้าหน้าที่ (人工客服) เพราะการอุทธรณ์ในแอปมีให้แค่ผูกบัตรจีนแผ่นดินใหญ่',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    'ปิดการชำระเงินต่างประเทศหรือการชำระเงินออนไลน์ไว้ ติดกฎป้องกันการทุจริตของธนาคาร หรือยืนยัน 3-D Secure ไม่ผ่าน',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    'เก็บภาพหน้าจอที่เห็นข้อความผิดพลาดชัด ๆ ไว้ อย่าลบบัญชี Alipay',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    'เก็บภาพหน้าจอที่เห็นข้อความผิดพลาดชัด ๆ ไว้ทุกภาพ อย่าลบบัญชี Alipay',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'เข้าสู่ระบบที่ alipay.com แล้วเปิด 账户设置 (การตั้งค่าบัญชี) → 基本信息 (ข้อมูลพื้นฐาน)',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'เข้าสู่ระบบ Alipay เพื่ออ่านสาเหตุที่โอนยอดเงินทดสอบไม่สำเร็จ (查看打款失败原因)',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    'ฟังก์ชันหลักของบัญชี (จ่ายเงิน รับเงิน เพิ่มเพื่อน ส่งข้อความ) ถูกจำกัด แต่ยังถอนเงินได้',
  'Middle names added or left out, another order.': 'ใส่ชื่อกลางเกินมาหรือขาดไป หรือเรียงลำดับชื่อต่างกัน',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    'ไม่ใช่ข้อผิดพลาด ฝ่ายบริการลูกค้าของ Alipay จะตรวจสอบคำขอภายใน 2 วัน ถ้าต้องการเริ่มใหม่ ให้ยกเลิกคำขอก่อน (撤销本次认证申请 ยกเลิกคำขอยืนยันครั้งนี้)',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    'ไม่ใช่ข้อผิดพลาด เอกสารที่อัปโหลดกำลังอยู่ระหว่างตรวจสอบ จะทราบผลภายใน 24 ชั่วโมง',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    'ไม่ต้องทำอะไร: ฝ่ายบริการลูกค้าของ Alipay จะตรวจสอบภายใน 2 วัน จากนั้นดูความคืบหน้าการยืนยันตัวตน (实名认证进度)',
  'Often a typo made at the bank counter.': 'มักเป็นการพิมพ์ผิดที่เคาน์เตอร์ธนาคาร',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    'ลงทะเบียนได้เฉพาะประเทศที่อยู่ในรายชื่อของ Alipay และเยเมนไม่อยู่ในรายชื่อนั้น',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    'ส่งแค่หน้าข้อมูลหนังสือเดินทาง หรือขาดวีซ่า / ตราประทับเข้าประเทศ',
  'Or get a new card with a new number.': 'หรือทำบัตรใหม่ที่มีเลขบัตรใหม่',
  'Or use another card.': 'หรือใช้บัตรใบอื่น',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    'ถ่ายหน้าข้อมูลในหนังสือเดินทางให้ชัด ครบทั้งหน้า เป็นภาพสี ไม่ครอปหรือแต่งภาพ แล้วกรอกชื่อและเลขให้ตรงตามที่พิมพ์ไว้ โทรศัพท์รุ่นใหม่อาจมีตัวเลือกยืนยันด้วยชิป + ใบหน้า',
  'Re-enter the name exactly as the bank has it and submit again.': 'กรอกชื่อใหม่ให้ตรงกับที่ธนาคารบันทึกไว้ แล้วส่งอีกครั้ง',
  'Read the email that gives the reason.': 'อ่านอีเมลที่แจ้งสาเหตุ',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    'อ่านอีเมลที่แจ้งสาเหตุ จากนั้นขอคุยกับเจ้าหน้าที่ (人工客服) ในแชตอีกครั้ง',
  'Read the error shown above it; retry later or in another browser.':
    'อ่านข้อความผิดพลาดที่แสดงอยู่ด้านบน แล้วลองใหม่ภายหลังหรือใช้เบราว์เซอร์อื่น',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'อ่านสาเหตุที่ Alipay แจ้ง (คุณภาพรูป ชื่อ ≠ MRZ เอกสารหมดอายุ สัญชาติ) แก้ไข แล้วสแกนใหม่',
  'Record the appeal as lifted.': 'บันทึกผลการอุทธรณ์ว่ายกเลิกการจำกัดบัญชีแล้ว',
  'Repeated retries, or the card is on other accounts.': 'ลองซ้ำหลายครั้ง หรือบัตรผูกอยู่กับบัญชีอื่น',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    'ระบบควบคุมความเสี่ยง เช่น ทันทีหลังสมัครจากต่างประเทศ ("Malicious account operations" การใช้งานบัญชีโดยมีเจตนาร้าย)',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    'สแกนหน้าข้อมูลบนพื้นสีเข้มแบบด้าน (ไม่ให้โฮโลแกรมสะท้อนแสง) ถอดเคสโทรศัพท์เพื่อให้อ่านชิปได้ และปิด VPN พิมพ์ชื่อให้ตรงกับ MRZ สองบรรทัด',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    'เคยพบหลังจากการจ่ายด้วยบัตรต่างประเทศถูกระงับไว้ 24 ชั่วโมงแล้วถูกปฏิเสธ',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    'ส่งข้อความที่ Alipay แสดงหลังเข้าสู่ระบบให้ผู้ช่วยของคุณแบบคำต่อคำ (ส่งภาพหน้าจอจะดีที่สุด)',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    'บางครั้งเป็นเพราะการสะกดชื่อไม่ตรงกับข้อมูลของธนาคาร มีผู้ใช้รายหนึ่งทำสำเร็จหลังเปลี่ยนจาก BOC เป็น ICBC',
  "Sorry, the application can't be processed at the moment.": 'ขออภัย ขณะนี้ไม่สามารถดำเนินการตามคำขอได้',
  'Stop retrying; wait a day, or unbind the card from another account.': 'หยุดลองซ้ำ รอหนึ่งวัน หรือยกเลิกการผูกบัตรนี้จากบัญชีอื่น',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    'ส่งเอกสารฉบับเดียวกับที่ใช้เปิดบัญชี ถ้าทำไม่ได้ ให้สอบถามฝ่ายบริการลูกค้าที่ 95188 ว่าจะเปลี่ยนได้อย่างไร',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    'เปลี่ยนบัตร: ธนาคารปฏิเสธบัตรนี้สองครั้งแล้ว ให้เพิ่มบัตรใบอื่นแทนการลองบัตรใบนี้ซ้ำ',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    'ถ่ายรูปหน้าข้อมูลใหม่ให้ชัด ครบทั้งหน้า เป็นภาพสี ไม่ครอป ไม่มีรอยพับ ไม่แต่งภาพ แล้วส่งอีกครั้ง',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    'ถ่ายรูปสีของเอกสารฉบับใหม่ให้ชัดและครบ แล้วอัปโหลดอีกครั้ง',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    'ถ่ายรูปหน้าหนังสือเดินทางใหม่ให้ชัด ครบทั้งหน้า เป็นภาพสี ไม่ครอป ไม่มีรอยพับ ไม่ตัดต่อ ไม่แต่งภาพ แล้วส่งอีกครั้ง',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    'บัญชี Taobao เองถูกจำกัด ไม่ใช่บัญชี Alipay การอุทธรณ์กับ Alipay จึงยกเลิกการจำกัดนี้ไม่ได้',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    'กฎควบคุมความเสี่ยงของ Taobao การเข้าสู่ระบบผ่าน Alipay ก็ไม่ช่วยให้เปลี่ยนแปลง',
  'Tell your helper the amount and the day it arrived.': 'แจ้งยอดเงินและวันที่เงินเข้าให้ผู้ช่วยของคุณทราบ',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    'เอกสารยืนยันตัวตนในบัญชีหมดอายุแล้ว ให้อัปโหลดเอกสารใหม่ (หนังสือเดินทางเล่มใหม่มีเลขใหม่)',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    'หน้าข้อจำกัดขึ้นว่า "No current account security issues" (ขณะนี้ไม่มีปัญหาความปลอดภัยของบัญชี) แปลว่าการจำกัดบัญชีถูกยกเลิกแล้ว Alipay จะไม่แจ้งให้ทราบ',
  'The account was created with a national ID card number, and the passport has another number.':
    'บัญชีสร้างด้วยเลขบัตรประชาชนของประเทศคุณ แต่หนังสือเดินทางมีเลขอื่น',
  'The bank card is already used by someone else on Alipay.': 'บัตรธนาคารนี้มีคนอื่นใช้ใน Alipay อยู่แล้ว',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    'ธนาคารปฏิเสธ ("Card Issuing Bank Declined"): โทรหาธนาคารหรือใช้แอปของธนาคารเพื่ออนุญาตการชำระเงินออนไลน์ต่างประเทศและการผูกบัตรครั้งนี้ แล้วลองอีกครั้ง',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    'ธนาคารไม่เปิดให้บัตรนี้ใช้ 快捷支付 (ชำระเงินแบบด่วน) บางธนาคารไม่เปิดให้กับบัตรที่เปิดด้วยหนังสือเดินทาง',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    'ตรวจสอบบัตรธนาคารไม่ผ่าน เปลี่ยนไปใช้บัตรใบอื่นได้ทันที หรือยกเลิกคำขอนี้แล้วลองใหม่ด้วยบัตรใบเดิมหลังผ่านไป N วัน ตามวันที่ในข้อความ',
  'The bank’s own rule for passport-opened cards.': 'กฎของธนาคารเองสำหรับบัตรที่เปิดด้วยหนังสือเดินทาง',
  'The card number was leaked or bound to another account.': 'เลขบัตรรั่วไหล หรือถูกผูกกับบัญชีอื่นแล้ว',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    'ธนาคารผู้ออกบัตรปฏิเสธการผูกบัตร (Card Issuing Bank Declined) ต้องแก้ที่ธนาคาร ไม่ใช่ที่ Alipay',
  'The document number does not match the one the account was opened with.': 'เลขเอกสารไม่ตรงกับเลขที่ใช้ตอนเปิดบัญชี',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    'การอุทธรณ์ในแอปมีให้แค่ "link a mainland bank card" (ผูกบัตรธนาคารจีนแผ่นดินใหญ่) ให้เปิดแชตฝ่ายบริการลูกค้าแทน แล้วขอคุยกับเจ้าหน้าที่ (人工客服)',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    'ใช้แบบฟอร์มสำหรับคนจีนแผ่นดินใหญ่ ซึ่งต้องใช้เลขบัตรประชาชนจีน 18 หลัก',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    'ชื่อยาวเกิน 20 ตัวอักษร (รวมช่องว่าง) และธนาคารไม่ใช่ China Merchants Bank',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    'ชื่อไม่ตรงกับที่ธนาคารบันทึกไว้ทุกตัวอักษร (ลำดับ ตัวพิมพ์ใหญ่ ชื่อกลาง ช่องว่าง)',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    'ชื่อไม่ตรงกับที่ธนาคารบันทึกไว้ทุกตัวอักษร หรือเลขบัตรนี้ถูกใช้กับบัญชีอื่นแล้ว',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    'ชื่อที่พิมพ์ไม่ตรงกับชื่อในแถบอ่านด้วยเครื่อง (MRZ) ของหนังสือเดินทาง',
  'The new document is on the account; nothing to do.': 'เอกสารใหม่อยู่ในบัญชีแล้ว ไม่ต้องทำอะไร',
  'The passport or permit reached its expiry date.': 'หนังสือเดินทางหรือใบอนุญาตพำนักหมดอายุแล้ว',
  'The passport photo was not clear enough to read.': 'รูปหนังสือเดินทางไม่ชัดพอที่จะอ่านได้',
  'The phone could not show the Chinese characters.': 'โทรศัพท์แสดงตัวอักษรจีนไม่ได้',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    'เบอร์โทรไม่ตรงกับเบอร์ที่ผูกไว้กับธนาคาร (银行预留手机号)',
  'The phone number format for the SMS code (country code).': 'รูปแบบเบอร์โทรสำหรับรับรหัส SMS (รหัสประเทศ)',
  'The restriction is lifted; nothing to do.': 'ยกเลิกการจำกัดบัญชีแล้ว ไม่ต้องทำอะไร',
  'The review failed because other valid documents are missing.': 'การตรวจสอบไม่ผ่าน เพราะขาดเอกสารที่ใช้ได้อื่น ๆ',
  'The review takes up to 24 hours; record the new passport number on the client.':
    'การตรวจสอบใช้เวลาไม่เกิน 24 ชั่วโมง บันทึกเลขหนังสือเดินทางเล่มใหม่ในข้อมูลลูกค้า',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    'ผูกบัตรใบเดิมได้อีกครั้งตั้งแต่ {date} (24 ชั่วโมงหลังยกเลิกการผูก) ส่วนบัตรใบอื่นผูกได้ทันที',
  'The same card may be bound again now; another card was allowed at once.':
    'ตอนนี้ผูกบัตรใบเดิมได้อีกครั้งแล้ว ส่วนบัตรใบอื่นผูกได้ตั้งแต่แรก',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    'ไม่ได้เลือกลิงก์ 外籍 (สัญชาติต่างประเทศ) ใต้ 立即认证 (ยืนยันทันที)',
  'Then record the outcome: lifted, or still restricted.': 'จากนั้นบันทึกผล: ยกเลิกการจำกัดแล้ว หรือยังถูกจำกัด',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    'จากนั้นสแกนบนพื้นสีเข้มแบบด้านที่ไม่สะท้อนแสง ถอดเคสโทรศัพท์ และปิด VPN หรือกรอกข้อมูลเอง',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    'จากนั้นสแกนอีกครั้งบนพื้นสีเข้มแบบด้าน หรือกรอกข้อมูลเอง',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'เจ้าหน้าที่จะส่งลิงก์ทางอีเมล: อัปโหลดรูปหน้าข้อมูลในหนังสือเดินทาง และรูปตัวคุณถือหนังสือเดินทางโดยเห็นหน้าข้อมูล',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    'บัญชีนี้เข้าสู่ระบบไม่ได้ในขณะนี้ โปรดติดต่อฝ่ายบริการลูกค้าของ Alipay ที่ 95188',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'อัปโหลดผ่านลิงก์: รูปหน้าข้อมูลในหนังสือเดินทาง และรูปตัวคุณถือหนังสือเดินทางโดยเห็นหน้าข้อมูล',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    'ถ้าจะเริ่มใหม่ ให้กด 撤销本次认证申请 (ยกเลิกคำขอนี้) ก่อน',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    'สแกนหนังสือเดินทางไม่ผ่านหลายครั้งเกินไป การยืนยันจะถูกล็อกประมาณ 3 ชั่วโมง แล้วปลดล็อกเอง',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    'สแกนไม่ผ่านหลายครั้งเกินไป: รอประมาณ 3 ชั่วโมง แล้วการล็อกจะปลดเอง ระหว่างนี้อย่าติดตั้งแอปใหม่',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    'แตะข้อความแจ้งว่าเอกสารหมดอายุ ("Your ID has expired, touch here to update" / 已过期,请重传) แล้วอัปโหลดรูปเอกสารฉบับใหม่',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    'แตะข้อความแจ้ง ("touch here to update" / 重传) แล้วอัปโหลดรูปเอกสารฉบับใหม่',
  'Try again later.': 'ลองใหม่ภายหลัง',
  'Turn the VPN off and wait a day before trying again.': 'ปิด VPN และรอหนึ่งวันก่อนลองใหม่',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    'พิมพ์ชื่อให้ตรงกับ MRZ สองบรรทัดที่ด้านล่างของหน้าข้อมูล',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    'พิมพ์ชื่อ เลขบัตร และเบอร์โทรให้ตรงกับที่ผู้ออกบัตรบันทึกไว้ และใส่รหัสประเทศหน้าเบอร์โทร',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    'พิมพ์ชื่อให้ตรงกับที่ธนาคารบันทึกไว้ กรอกเลขหนังสือเดินทาง (อย่างน้อย 8 ตัว ถ้าไม่ครบให้เติม 0 ข้างหน้า) ที่อยู่ในจีน (ใช้ที่อยู่โรงแรมได้) และเบอร์โทร แล้วอัปโหลดหน้าข้อมูลในหนังสือเดินทางและหน้าที่มีตราประทับเข้าประเทศ',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    'อัปโหลดหน้าข้อมูลในหนังสือเดินทางและรูปถือหนังสือเดินทางผ่านลิงก์ในอีเมล',
  'Upload the passport data page and the entry-stamp page when asked.':
    'อัปโหลดหน้าข้อมูลในหนังสือเดินทางและหน้าที่มีตราประทับเข้าประเทศเมื่อระบบขอ',
  'Use a China Merchants Bank (招商银行) card.': 'ใช้บัตรของ China Merchants Bank (招商银行)',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    'ใช้ลิงก์ 补传 (อัปโหลดใหม่) ในอีเมลก่อน {date} (ลิงก์ใช้ได้ 24 ชั่วโมง)',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    'ส่วนใหญ่เป็นเพราะลำดับหรือการสะกดชื่อไม่ตรงกับข้อมูลของธนาคาร ตัวข้อความเองเป็นข้อความทั่วไป',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    'ยืนยันแล้ว ขั้นต่อไปคือผูกบัตร: บัตรธนาคาร (银行卡) → เพิ่มบัตรธนาคาร ชื่อผู้ถือบัตรต้องตรงกับหนังสือเดินทาง',
  'Wait about 12 hours after the upload.': 'รอประมาณ 12 ชั่วโมงหลังอัปโหลด',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    'รอประมาณ 12 ชั่วโมงถึงหนึ่งวัน แอปจะไม่แจ้งให้ทราบ และ SMS อาจแสดงเป็นเครื่องหมายคำถามทั้งหมด',
  'Wait about 3 hours. Do not reinstall the app meanwhile.': 'รอประมาณ 3 ชั่วโมง ระหว่างนี้อย่าติดตั้งแอปใหม่',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'รอให้ Alipay โอนยอดเงินทดสอบไม่ถึง RMB 1 (เช่น 0.0974) เข้าบัตรของคุณ ตามที่แจ้งไว้ใช้เวลา 1–2 วัน บางครั้งนานกว่านั้นมาก คอยดู SMS จากธนาคาร หรือเช็กที่ตู้ ATM หรือเคาน์เตอร์',
  'Wait for approval: allow 1–2 business days.': 'รอการอนุมัติ: ใช้เวลาประมาณ 1–2 วันทำการ',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    'รออีเมลจากเจ้าหน้าที่ที่มีลิงก์อัปโหลด (ดูในโฟลเดอร์สแปมด้วย)',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    'รอผล แล้วดูความคืบหน้าการยืนยันตัวตน (实名认证进度) ใน Alipay',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    'รอการตรวจสอบ: มีรายงานว่าใช้ 1–2 วันทำการ แต่บ่อยครั้งแค่ไม่กี่ชั่วโมง เริ่มอย่างน้อย 48 ชั่วโมงก่อนที่คุณต้องจ่ายเงิน',
  'Wait up to 24 hours, then open the app to see the result.': 'รอไม่เกิน 24 ชั่วโมง แล้วเปิดแอปเพื่อดูผล',
  'Wait: the documents are reviewed within 24 hours.': 'รอ: เอกสารจะได้รับการตรวจสอบภายใน 24 ชั่วโมง',
  'Wait: the result comes within 24 hours.': 'รอ: จะรู้ผลภายใน 24 ชั่วโมง',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    'เมื่อเงินเข้าแล้ว เข้าสู่ระบบ คลิก 未认证 / 申请认证 จากนั้นคลิก 输入打款金额 (กรอกยอดเงินที่โอนเข้า) แล้วพิมพ์ยอดเงินให้ตรงทุกหลัก',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    'กด 撤销本次认证 (ยกเลิกการยืนยันครั้งนี้) แล้วลองใหม่ด้วยบัตรใบเดิมในวันที่ระบุในข้อความหรือหลังจากนั้น',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    'กด 撤销本次认证 (ยกเลิกการยืนยันครั้งนี้) แล้วลองใหม่ด้วยบัตรใบเดิมตั้งแต่ {date} เป็นต้นไป',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    'กด 撤销本次认证 (ยกเลิกการยืนยันครั้งนี้) แล้วลองใหม่ด้วยบัตรใบเดิม ตอนนี้ทำได้แล้ว',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: 'ยื่นคำขอ',
  'Application accepted, awaiting deposit': 'รับคำขอแล้ว รอยอดเงินทดสอบ',
  'Deposit amount entered': 'กรอกยอดเงินทดสอบแล้ว',
  'Review started': 'เริ่มการตรวจสอบ',
  Approved: 'อนุมัติแล้ว',
  Rejected: 'ไม่ผ่าน',
  Resubmit: 'ยื่นใหม่',
  'Revoke the application (撤销本次认证申请)': 'ยกเลิกคำขอ (撤销本次认证申请)',
  'Scan locked out': 'การสแกนถูกล็อก',
  'Lock lifted, scan again': 'ปลดล็อกแล้ว สแกนใหม่',
  'Scan accepted, face check': 'สแกนผ่าน ยืนยันใบหน้า',
  'Issuing bank declined': 'ธนาคารผู้ออกบัตรปฏิเสธ',
  'Card not supported': 'ไม่รองรับบัตรนี้',
  'Held by risk control': 'ถูกระงับโดยระบบควบคุมความเสี่ยง',
  'Card unbound': 'ยกเลิกการผูกบัตรแล้ว',
  'Human agent asked (人工客服)': 'ขอคุยกับเจ้าหน้าที่ (人工客服)',
  'Upload link received by email': 'ได้รับลิงก์อัปโหลดทางอีเมล',
  'Restriction lifted': 'ยกเลิกการจำกัดบัญชีแล้ว',
  'Bind again': 'ผูกบัตรอีกครั้ง',
  'Card added, 3-D Secure pending': 'เพิ่มบัตรแล้ว รอ 3-D Secure',
  'Card bound': 'ผูกบัตรสำเร็จ',
  'New document uploaded': 'อัปโหลดเอกสารใหม่แล้ว',
  'Photos uploaded': 'อัปโหลดรูปถ่ายแล้ว',
  'Re-uploaded (补传)': 'อัปโหลดใหม่แล้ว (补传)',
  'Scan again': 'สแกนอีกครั้ง',
  'Still restricted': 'ยังถูกจำกัดอยู่',
  'Try a card again': 'ลองบัตรอีกครั้ง',
  'Try another card': 'ลองใช้บัตรอื่น',
};
