import type { ClientTexts } from './client-text-lookup';

/** The domain's client-facing texts in French (client-texts.ts): English text → its words, dates as {date}. */
export const textsFr: ClientTexts = {
  '"Choose another verification method": shown after an error on submit; it returns to the start.':
    '« Choose another verification method » (choisir un autre mode de vérification) : s’affiche après une erreur à l’envoi et ramène au début.',
  'A binding limit was reached: more than 15 attempts, or the card is already bound to 3 accounts.':
    'Une limite d’association est atteinte : plus de 15 tentatives, ou la carte est déjà associée à 3 comptes.',
  'A fault on the Alipay website.': 'Une panne du site web d’Alipay.',
  'A network outside Visa, Mastercard, JCB, Diners Club and Discover, or a card type the issuer does not allow.':
    'Un réseau autre que Visa, Mastercard, JCB, Diners Club et Discover, ou un type de carte que la banque émettrice n’autorise pas.',
  'A new account, a VPN, a foreign card used right after sign-up.':
    'Un compte tout récent, un VPN activé, une carte étrangère utilisée juste après l’inscription.',
  'A renewed passport has a new number: give your helper the new number and expiry date.':
    'Un passeport renouvelé a un nouveau numéro : communiquez le nouveau numéro et la date d’expiration à la personne qui vous accompagne.',
  'A technical fault at Alipay or the bank.': 'Une panne technique chez Alipay ou à la banque.',
  'Add a Visa, Mastercard or JCB card in the app; the cardholder name must match the passport. Pass the 3-D Secure check.':
    'Ajoutez une carte Visa, Mastercard ou JCB dans l’app ; le nom du titulaire doit correspondre au passeport. Validez le contrôle 3-D Secure.',
  'Add the Chinese visa, the entry stamp and the passport page with the signature, then apply again.':
    'Ajoutez le visa chinois, le tampon d’entrée et la page du passeport avec la signature, puis refaites la demande.',
  'Adding the card: the name and the account number do not match the bank’s record.':
    'À l’ajout de la carte : le nom et le numéro de compte ne correspondent pas aux données de la banque.',
  'Alipay could not pay the small test amount into the bank account, so the verification failed.':
    'Alipay n’a pas pu verser le micro-virement de test sur le compte bancaire, la vérification a donc échoué.',
  'Alipay does not accept this nationality for verification.':
    'Alipay n’accepte pas cette nationalité pour la vérification.',
  'Alipay does not support this card.': 'Alipay ne prend pas en charge cette carte.',
  'Alipay does not take this card: add a Visa, Mastercard, JCB, Diners Club or Discover card instead.':
    'Alipay n’accepte pas cette carte : ajoutez plutôt une carte Visa, Mastercard, JCB, Diners Club ou Discover.',
  'Alipay security could not verify the personal information; it asks for it to be filled in accurately.':
    'Le système de sécurité d’Alipay n’a pas pu vérifier les informations personnelles ; il demande de les saisir avec exactitude.',
  "Alipay's system had an error and could not process the request.":
    'Le système d’Alipay a rencontré une erreur et n’a pas pu traiter la demande.',
  'Alipay’s risk control stopped the binding or payment.':
    'Le contrôle des risques d’Alipay a bloqué l’association ou le paiement.',
  'An SMS of question marks after an appeal is probably the approval, garbled by the phone: the restriction is probably lifted.':
    'Un SMS rempli de points d’interrogation après un recours est sans doute l’approbation, que le téléphone n’a pas su afficher : la restriction est probablement levée.',
  'An error on submit, often a system error.': 'Une erreur à l’envoi, souvent une erreur du système.',
  'An overseas card whose details differ from the account.':
    'Une carte étrangère dont les informations diffèrent de celles du compte.',
  'Ask customer service (95188) whether the nationality is accepted now; otherwise use another payment method (e.g. the Tour Card).':
    'Demandez au service client (95188) si cette nationalité est désormais acceptée ; sinon, utilisez un autre moyen de paiement (par exemple la Tour Card).',
  'Ask the bank for a stamped letter that you hold the card, with a copy of the account-opening form, and send both to Alipay customer service.':
    'Demandez à la banque une attestation tamponnée indiquant que vous êtes titulaire de la carte, avec une copie du formulaire d’ouverture de compte, et envoyez les deux au service client d’Alipay.',
  'Ask the bank to enable quick pay, or use another bank’s card.':
    'Demandez à la banque d’activer le paiement rapide, ou utilisez la carte d’une autre banque.',
  'Bind another card.': 'Associez une autre carte.',
  'Call Alipay on 95188 (press 1) or the English line +86 571 95188; a Chinese speaker helps.':
    'Appelez Alipay au 95188 (tapez 1) ou la ligne en anglais au +86 571 95188 ; l’aide d’une personne qui parle chinois est précieuse.',
  'Call the bank (or use its app) to allow international online payments and this binding, then try once more.':
    'Appelez la banque (ou passez par son app) pour autoriser les paiements internationaux en ligne et cette association, puis réessayez une fois.',
  'Card bound. If you ever unbind it, the same card binds again only 24 hours later.':
    'Carte associée. Si vous la dissociez un jour, cette même carte ne pourra être associée à nouveau que 24 heures plus tard.',
  'Card bound. Up to US$5,000 a payment and US$50,000 a year; payments over CNY 200 carry a 3% fee. Foreign cards pay merchant QR codes, not personal ones.':
    'Carte associée. Jusqu’à 5 000 $ US par paiement et 50 000 $ US par an ; les paiements de plus de 200 CNY sont soumis à des frais de 3 %. Avec une carte étrangère, on paie les QR codes des commerçants, pas ceux des particuliers.',
  'Check Settings → Account and Security (账号与安全) → Security Center (安全中心) → Restrictions: "No current account security issues" means it is lifted. Alipay sends no notice, and its SMS may show only question marks.':
    'Vérifiez dans Paramètres → Compte et sécurité (账号与安全) → Centre de sécurité (安全中心) → Restrictions : si vous lisez « No current account security issues » (aucun problème de sécurité sur le compte), la restriction est levée. Alipay n’envoie aucune notification, et son SMS peut n’afficher que des points d’interrogation.',
  'Check Settings → Account and Security → Security Center → Restrictions after about 12 hours; it should read "No current account security issues".':
    'Après environ 12 heures, vérifiez Paramètres → Compte et sécurité → Centre de sécurité → Restrictions ; vous devriez y lire « No current account security issues » (aucun problème de sécurité sur le compte).',
  'Check Settings → Account and Security → Security Center → Restrictions: "No current account security issues" means the restriction is lifted.':
    'Vérifiez dans Paramètres → Compte et sécurité → Centre de sécurité → Restrictions : si vous lisez « No current account security issues » (aucun problème de sécurité sur le compte), la restriction est levée.',
  'Check Settings → Account and Security → Security Center → Restrictions: it should read "No current account security issues".':
    'Vérifiez dans Paramètres → Compte et sécurité → Centre de sécurité → Restrictions : vous devriez y lire « No current account security issues » (aucun problème de sécurité sur le compte).',
  'Check how the bank stores the name (online banking or the counter) and use exactly that; Bank of China uses ALL CAPS.':
    'Vérifiez comment la banque a enregistré votre nom (banque en ligne ou guichet) et reprenez-le exactement ; Bank of China l’écrit TOUT EN MAJUSCULES.',
  'Check the reserved number at the bank counter or in online banking and correct it there, then bind again.':
    'Vérifiez le numéro de téléphone enregistré auprès de la banque, au guichet ou dans la banque en ligne, corrigez-le sur place, puis associez à nouveau la carte.',
  'Check whether the Alipay account itself is restricted before opening an Alipay appeal.':
    'Avant de déposer un recours auprès d’Alipay, vérifiez si le compte Alipay lui-même fait l’objet d’une restriction.',
  'Choose 外籍 (foreign nationality) under the yellow button — not the mainland or Hong Kong/Macao/Taiwan form.':
    'Choisissez 外籍 (nationalité étrangère) sous le bouton jaune — pas le formulaire pour la Chine continentale ni celui pour Hong Kong/Macao/Taïwan.',
  'Clear the browser cache and cookies, or use another browser.':
    'Videz le cache et les cookies du navigateur, ou utilisez un autre navigateur.',
  'Click 立即认证 (Verify now).': 'Cliquez sur 立即认证 (vérifier maintenant).',
  "Compare the name, document number, card and reserved phone with the bank's record (a counter typo is common), then bind again.":
    'Comparez le nom, le numéro de pièce d’identité, la carte et le téléphone enregistré avec les données de la banque (une faute de frappe au guichet est fréquente), puis associez à nouveau la carte.',
  "Complete your bank's 3-D Secure check (a code by SMS or an approval in the bank's app).":
    'Effectuez le contrôle 3-D Secure de votre banque (un code par SMS ou une validation dans l’app de la banque).',
  'Confirm the exact name with the bank and type it that way.':
    'Faites confirmer par la banque l’orthographe exacte du nom et saisissez-le ainsi.',
  'Contact Taobao, not Alipay: foreign-language line +852 2215-5300, Chinese +86 0571-8815-8198.':
    'Contactez Taobao, pas Alipay : ligne en langues étrangères +852 2215-5300, en chinois +86 0571-8815-8198.',
  'Do not press 撤销本次认证申请 (Revoke this application) unless you want to start over.':
    'Ne cliquez pas sur 撤销本次认证申请 (annuler cette demande), sauf si vous voulez tout recommencer.',
  'Do not revoke unless you want to start again.': 'N’annulez pas la demande, sauf si vous voulez tout recommencer.',
  'Done: your account is verified (blue check mark). You can now add cards with 添加银行卡 (Add bank card).':
    'Terminé : votre compte est vérifié (coche bleue). Vous pouvez maintenant ajouter des cartes avec 添加银行卡 (ajouter une carte bancaire).',
  'Either change to another bank card now, or': 'Changez dès maintenant de carte bancaire, ou bien',
  'Enter the bank, the city of the opening branch and the card number, then click 下一步 (Next).':
    'Saisissez la banque, la ville de l’agence où le compte a été ouvert et le numéro de carte, puis cliquez sur 下一步 (suivant).',
  'First ask your bank (or its app) to allow international online payments for the card.':
    'Commencez par activer les paiements internationaux en ligne pour la carte : demandez-le à votre banque ou faites-le dans son app.',
  'Follow the face check (实人认证): good light, face the camera, blink, nod or read the digits when asked.':
    'Suivez la vérification faciale (实人认证) : bonne lumière, visage face à la caméra ; clignez des yeux, hochez la tête ou lisez les chiffres quand on vous le demande.',
  'Glare on the hologram, an unreadable MRZ, NFC blocked by a phone case, a typed name that differs from the MRZ, a VPN left on.':
    'Un reflet sur l’hologramme, une MRZ illisible, le NFC bloqué par la coque du téléphone, un nom saisi différent de celui de la MRZ, un VPN resté activé.',
  'Glare, blur, a crop or a shadow on the data page.':
    'Un reflet, un flou, un recadrage ou une ombre sur la page d’identité.',
  'Go back to 立即认证 and click 外籍, then enter the passport number.':
    'Revenez à 立即认证 (vérifier maintenant), cliquez sur 外籍 (nationalité étrangère), puis saisissez le numéro de passeport.',
  'If a rejection email has a 补传 (re-upload) link, use it within 24 hours.':
    'Si un e-mail de refus contient un lien 补传 (renvoyer le document), utilisez-le dans les 24 heures.',
  'If it has a 补传 (re-upload) link, use it within 24 hours; otherwise apply again through the chat.':
    'Si l’e-mail contient un lien 补传 (renvoyer le document), utilisez-le dans les 24 heures ; sinon, refaites la demande via le chat.',
  "If it keeps failing, check the name spelling or try another bank's card.":
    'Si l’échec persiste, vérifiez l’orthographe du nom ou essayez la carte d’une autre banque.',
  'If it repeats, ask the in-app chat for a human agent (人工客服).':
    'Si cela se reproduit, demandez un conseiller (人工客服) dans le chat de l’app.',
  'If it repeats, try another card or a mainland card.':
    'Si cela se reproduit, essayez une autre carte ou une carte de Chine continentale.',
  'If it still fails, ask Alipay (95188) whether the card is bound to another account; a stamped bank letter or a new card solves that.':
    'Si cela échoue encore, demandez à Alipay (95188) si la carte est associée à un autre compte ; une attestation tamponnée de la banque ou une nouvelle carte règle le problème.',
  'If the same card is declined a second time, switch to another card.':
    'Si la même carte est refusée une deuxième fois, passez à une autre carte.',
  'If the same card is declined twice, switch to another card instead of retrying.':
    'Si la même carte est refusée deux fois, passez à une autre carte au lieu de réessayer.',
  'If the scan keeps failing, type the details by hand instead of scanning again and again: repeated failures lock you out for about 3 hours.':
    'Si le scan échoue encore et encore, saisissez les informations à la main au lieu de recommencer : des échecs répétés vous bloquent pendant environ 3 heures.',
  'In the Alipay app open Me → Settings → Identity Verification (身份认证) → Passport (护照).':
    'Dans l’app Alipay, ouvrez Moi → Paramètres → Vérification d’identité (身份认证) → Passeport (护照).',
  'In the Alipay app open Me → Settings → Identity Verification → Passport.':
    'Dans l’app Alipay, ouvrez Moi → Paramètres → Vérification d’identité → Passeport.',
  "In the app's customer-service chat, ask to speak to a real person (人工客服); the in-app appeal only offers linking a mainland bank card.":
    'Dans le chat du service client de l’app, demandez à parler à un conseiller (人工客服) ; le recours dans l’app propose seulement d’associer une carte bancaire de Chine continentale.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Enter the card number and the phone number reserved at the bank (银行预留手机号), then the SMS code.':
    'Dans l’app : Cartes bancaires (银行卡) → Ajouter une carte (添加银行卡). Saisissez le numéro de carte et le numéro de téléphone enregistré auprès de la banque (银行预留手机号), puis le code reçu par SMS.',
  'In the app: Bank Cards (银行卡) → Add Card (添加银行卡). Visa, Mastercard, JCB, Diners Club and Discover work; the cardholder name must match the verified passport.':
    'Dans l’app : Cartes bancaires (银行卡) → Ajouter une carte (添加银行卡). Visa, Mastercard, JCB, Diners Club et Discover sont acceptées ; le nom du titulaire doit correspondre au passeport vérifié.',
  'In the in-app chat, ask for a real person (人工客服); the in-app appeal only offers linking a mainland card.':
    'Dans le chat de l’app, demandez un conseiller (人工客服) ; le recours dans l’app propose seulement d’associer une carte de Chine continentale.',
  'International or online payments are switched off, the bank’s fraud rules, or a failed 3-D Secure check.':
    'Les paiements internationaux ou en ligne sont désactivés, les règles antifraude de la banque, ou un contrôle 3-D Secure échoué.',
  'Keep a screenshot of the exact error; do not delete the Alipay account.':
    'Gardez une capture d’écran du message d’erreur exact ; ne supprimez pas le compte Alipay.',
  'Keep screenshots of the exact error; do not delete the Alipay account.':
    'Gardez des captures d’écran du message d’erreur exact ; ne supprimez pas le compte Alipay.',
  'Log in at alipay.com and open 账户设置 (Account settings) → 基本信息 (Basic information).':
    'Connectez-vous sur alipay.com et ouvrez 账户设置 (paramètres du compte) → 基本信息 (informations de base).',
  'Log in to Alipay to read the reason for the failed deposit (查看打款失败原因).':
    'Connectez-vous à Alipay pour lire le motif de l’échec du micro-virement (查看打款失败原因).',
  'Main account functions (paying, receiving, adding friends, messages) are restricted; withdrawal still works.':
    'Les fonctions principales du compte (payer, recevoir de l’argent, ajouter des amis, messages) sont restreintes ; le retrait fonctionne toujours.',
  'Middle names added or left out, another order.': 'Des deuxièmes prénoms ajoutés ou omis, un autre ordre.',
  'Not an error: Alipay customer service will review the application within 2 days. To start over, revoke the application first (撤销本次认证申请).':
    'Ce n’est pas une erreur : le service client d’Alipay examinera la demande sous 2 jours. Pour tout recommencer, annulez d’abord la demande (撤销本次认证申请).',
  'Not an error: the uploaded document is being reviewed; the result comes within 24 hours.':
    'Ce n’est pas une erreur : le document envoyé est en cours d’examen ; le résultat arrive sous 24 heures.',
  'Nothing to do: Alipay customer service reviews within 2 days. Then check the real-name verification progress (实名认证进度).':
    'Rien à faire : le service client d’Alipay examine la demande sous 2 jours. Ensuite, consultez l’avancement de la vérification d’identité (实名认证进度).',
  'Often a typo made at the bank counter.': 'Souvent une faute de frappe au guichet de la banque.',
  'Only the countries in Alipay’s list can register; Yemen was not in it.':
    'Seuls les pays figurant sur la liste d’Alipay peuvent s’inscrire ; le Yémen n’y figurait pas.',
  'Only the passport data page was sent, or the visa / entry stamp was missing.':
    'Seule la page d’identité du passeport a été envoyée, ou le visa / le tampon d’entrée manquait.',
  'Or get a new card with a new number.': 'Ou demandez une nouvelle carte avec un nouveau numéro.',
  'Or use another card.': 'Ou utilisez une autre carte.',
  'Photograph the passport information page — clear, complete, in colour, no crops or edits — and enter the name and number exactly as printed. Newer phones may offer chip + face verification.':
    'Photographiez la page d’identité du passeport — nette, complète, en couleur, sans recadrage ni retouche — et saisissez le nom et le numéro exactement comme ils sont imprimés. Les téléphones récents peuvent proposer la lecture de la puce + vérification faciale.',
  'Re-enter the name exactly as the bank has it and submit again.':
    'Ressaisissez le nom exactement comme la banque l’a enregistré et renvoyez la demande.',
  'Read the email that gives the reason.': 'Lisez l’e-mail qui indique le motif.',
  'Read the email with the reason; then ask the chat for a human agent (人工客服) again.':
    'Lisez l’e-mail qui indique le motif ; puis redemandez un conseiller (人工客服) dans le chat.',
  'Read the error shown above it; retry later or in another browser.':
    'Lisez l’erreur affichée au-dessus ; réessayez plus tard ou dans un autre navigateur.',
  'Read the reason Alipay gives (photo quality, name ≠ MRZ, expired document, nationality), fix it and scan again.':
    'Lisez le motif donné par Alipay (qualité de la photo, nom ≠ MRZ, document expiré, nationalité), corrigez-le et scannez à nouveau.',
  'Record the appeal as lifted.': 'Notez dans votre dossier que la restriction est levée.',
  'Repeated retries, or the card is on other accounts.':
    'Trop d’essais répétés, ou la carte figure déjà sur d’autres comptes.',
  'Risk control, e.g. right after sign-up abroad ("Malicious account operations").':
    'Le contrôle des risques, par exemple juste après une inscription depuis l’étranger (« Malicious account operations », opérations malveillantes sur le compte).',
  'Scan the data page on a dark, matt background (no glare on the hologram), phone case off for the chip, VPN off. Type the name exactly as in the two MRZ lines.':
    'Scannez la page d’identité sur un fond sombre et mat (sans reflet sur l’hologramme), coque du téléphone retirée pour la puce, VPN coupé. Saisissez le nom exactement comme dans les deux lignes MRZ.',
  'Seen after a foreign-card payment was held for 24 hours and declined.':
    'Observé après qu’un paiement par carte étrangère a été bloqué 24 heures, puis refusé.',
  'Send your helper the exact message Alipay shows after login (a screenshot helps).':
    'Envoyez à la personne qui vous accompagne le message exact qu’Alipay affiche après la connexion (une capture d’écran aide).',
  'Sometimes the name spelling versus the bank record: one user succeeded by switching from BOC to ICBC.':
    'Parfois l’orthographe du nom par rapport aux données de la banque : un utilisateur a réussi en passant de BOC à ICBC.',
  "Sorry, the application can't be processed at the moment.":
    'Désolé, la demande ne peut pas être traitée pour le moment.',
  'Stop retrying; wait a day, or unbind the card from another account.':
    'Arrêtez de réessayer ; attendez un jour, ou dissociez la carte de l’autre compte.',
  'Submit the same document the account was opened with; if that is impossible, ask customer service on 95188 how to change it.':
    'Soumettez le même document que celui utilisé à l’ouverture du compte ; si c’est impossible, demandez au service client au 95188 comment le changer.',
  'Switch cards: this card was declined twice by its bank. Add another card instead of retrying this one.':
    'Changez de carte : sa banque a refusé cette carte deux fois. Ajoutez une autre carte au lieu de réessayer avec celle-ci.',
  'Take a new, clear, complete colour photo of the data page — no crops, creases or edits — and submit again.':
    'Prenez une nouvelle photo nette, complète et en couleur de la page d’identité — sans recadrage, pli ni retouche — et renvoyez-la.',
  'Take a new, clear, complete colour photo of the new document and upload it again.':
    'Prenez une nouvelle photo nette, complète et en couleur du nouveau document et renvoyez-la.',
  'Take a new, clear, complete colour photo of the passport page — no crops, creases, collage or edits — and submit again.':
    'Prenez une nouvelle photo nette, complète et en couleur de la page du passeport — sans recadrage, pli, montage ni retouche — et renvoyez-la.',
  'Taobao’s own account is restricted — not the Alipay account; an Alipay appeal does not lift it.':
    'C’est le compte Taobao lui-même qui est restreint, pas le compte Alipay ; un recours auprès d’Alipay ne lève pas cette restriction.',
  'Taobao’s risk rules; logging in through Alipay does not change it.':
    'Les règles de risque de Taobao ; se connecter via Alipay n’y change rien.',
  'Tell your helper the amount and the day it arrived.':
    'Indiquez à la personne qui vous accompagne le montant et le jour de son arrivée.',
  'The ID on the account has expired: upload the new document (a renewed passport has a new number).':
    'La pièce d’identité enregistrée sur le compte a expiré : envoyez le nouveau document (un passeport renouvelé a un nouveau numéro).',
  'The Restrictions page reads "No current account security issues": the restriction is lifted. Alipay sends no notice of it.':
    'La page Restrictions indique « No current account security issues » (aucun problème de sécurité sur le compte) : la restriction est levée. Alipay n’envoie aucune notification.',
  'The account was created with a national ID card number, and the passport has another number.':
    'Le compte a été créé avec un numéro de carte d’identité nationale, et le passeport porte un autre numéro.',
  'The bank card is already used by someone else on Alipay.':
    'Cette carte bancaire est déjà utilisée par quelqu’un d’autre sur Alipay.',
  'The bank declined ("Card Issuing Bank Declined"): call it or use its app to allow international online payments and this binding, then try once more.':
    'La banque a refusé (« Card Issuing Bank Declined ») : appelez-la ou passez par son app pour autoriser les paiements internationaux en ligne et cette association, puis réessayez une fois.',
  'The bank does not allow quick pay (快捷支付) for this card — some banks refuse it for cards opened with a passport.':
    'La banque n’autorise pas le paiement rapide (快捷支付) pour cette carte — certaines banques le refusent aux cartes d’un compte ouvert avec un passeport.',
  'The bank-card check failed. Change to another card now, or revoke this application and retry with the same card after N days, on the date in the message.':
    'La vérification de la carte bancaire a échoué. Changez de carte dès maintenant, ou annulez cette demande et réessayez avec la même carte après N jours, à la date indiquée dans le message.',
  'The bank’s own rule for passport-opened cards.':
    'Une règle propre à la banque pour les cartes d’un compte ouvert avec un passeport.',
  'The card number was leaked or bound to another account.':
    'Le numéro de carte a fuité ou est associé à un autre compte.',
  'The card’s issuing bank declined the binding (Card Issuing Bank Declined). The fix is at the bank, not at Alipay.':
    'La banque émettrice de la carte a refusé l’association (Card Issuing Bank Declined). La solution se trouve à la banque, pas chez Alipay.',
  'The document number does not match the one the account was opened with.':
    'Le numéro du document ne correspond pas à celui utilisé à l’ouverture du compte.',
  'The in-app appeal offers only "link a mainland bank card". Instead open the customer-service chat and ask for a human agent (人工客服).':
    'Le recours dans l’app ne propose que « associer une carte bancaire de Chine continentale ». Ouvrez plutôt le chat du service client et demandez un conseiller (人工客服).',
  'The mainland form was used: it wants an 18-character Chinese ID number.':
    'Le formulaire pour les résidents de Chine continentale a été utilisé : il demande un numéro de carte d’identité chinoise à 18 caractères.',
  'The name has more than 20 letters (spaces included) and the bank is not China Merchants Bank.':
    'Le nom compte plus de 20 lettres (espaces compris) et la banque n’est pas China Merchants Bank.',
  'The name is not exactly as the bank stores it (order, ALL CAPS, middle names, spaces).':
    'Le nom ne correspond pas exactement à celui enregistré par la banque (ordre, MAJUSCULES, deuxièmes prénoms, espaces).',
  'The name is not exactly as the bank stores it — or the card number was already used on another account.':
    'Le nom ne correspond pas exactement à celui enregistré par la banque — ou le numéro de carte a déjà servi sur un autre compte.',
  'The name typed differs from the name in the passport’s machine-readable zone (MRZ).':
    'Le nom saisi diffère de celui de la zone de lecture automatique (MRZ) du passeport.',
  'The new document is on the account; nothing to do.':
    'Le nouveau document est enregistré sur le compte ; rien à faire.',
  'The passport or permit reached its expiry date.':
    'Le passeport ou le titre de séjour a atteint sa date d’expiration.',
  'The passport photo was not clear enough to read.': 'La photo du passeport n’était pas assez nette pour être lue.',
  'The phone could not show the Chinese characters.': 'Le téléphone n’a pas pu afficher les caractères chinois.',
  'The phone number differs from the one reserved at the bank (银行预留手机号).':
    'Le numéro de téléphone diffère de celui enregistré auprès de la banque (银行预留手机号).',
  'The phone number format for the SMS code (country code).':
    'Le format du numéro de téléphone pour le code SMS (indicatif du pays).',
  'The restriction is lifted; nothing to do.': 'La restriction est levée ; rien à faire.',
  'The review failed because other valid documents are missing.':
    'L’examen a échoué parce que d’autres documents valides manquent.',
  'The review takes up to 24 hours; record the new passport number on the client.':
    'L’examen prend jusqu’à 24 heures ; notez le nouveau numéro de passeport dans votre dossier.',
  'The same card may be bound again from {date} (24 hours after unbinding); another card is allowed now.':
    'La même carte pourra être associée à nouveau à partir du {date} (24 heures après la dissociation) ; une autre carte peut l’être dès maintenant.',
  'The same card may be bound again now; another card was allowed at once.':
    'La même carte peut maintenant être associée à nouveau ; une autre carte pouvait l’être tout de suite.',
  'The 外籍 (foreign nationality) link under 立即认证 was not chosen.':
    'Le lien 外籍 (nationalité étrangère) sous 立即认证 (vérifier maintenant) n’a pas été choisi.',
  'Then record the outcome: lifted, or still restricted.':
    'Notez ensuite le résultat dans votre dossier : restriction levée, ou restriction maintenue.',
  'Then scan on a dark, matt background without glare, phone case off, VPN off — or type the details by hand.':
    'Ensuite, scannez sur un fond sombre et mat, sans reflet, coque retirée, VPN coupé — ou saisissez les informations à la main.',
  'Then scan once more on a dark, matt background, or type the details by hand.':
    'Ensuite, scannez une nouvelle fois sur un fond sombre et mat, ou saisissez les informations à la main.',
  'They email a link: upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Ils vous envoient un lien par e-mail : envoyez une photo de la page d’identité du passeport et une photo de vous tenant le passeport, page d’identité visible.',
  'This account is not allowed to log in at present; contact Alipay customer service on 95188.':
    'Ce compte n’est pas autorisé à se connecter pour le moment ; contactez le service client d’Alipay au 95188.',
  'Through the link, upload a photo of the passport data page and a photo of yourself holding the passport with the data page visible.':
    'Via le lien, envoyez une photo de la page d’identité du passeport et une photo de vous tenant le passeport, page d’identité visible.',
  'To start over, press 撤销本次认证申请 (Revoke this application) first.':
    'Pour tout recommencer, cliquez d’abord sur 撤销本次认证申请 (annuler cette demande).',
  'Too many failed passport scans: verification is locked for about 3 hours and lifts by itself.':
    'Trop de scans du passeport ont échoué : la vérification est bloquée pendant environ 3 heures, puis se débloque d’elle-même.',
  'Too many failed scans: wait about 3 hours — the lock lifts by itself. Do not reinstall the app meanwhile.':
    'Trop de scans échoués : attendez environ 3 heures — le blocage se lève tout seul. Ne réinstallez pas l’app entre-temps.',
  'Touch the notice "Your ID has expired, touch here to update" (已过期,请重传) and upload a photo of the new document.':
    'Touchez l’avis de pièce expirée, « Your ID has expired, touch here to update » (已过期,请重传), et envoyez une photo du nouveau document.',
  'Touch the notice ("touch here to update" / 重传) and upload a photo of the new document.':
    'Touchez l’avis (« touch here to update » / 重传) et envoyez une photo du nouveau document.',
  'Try again later.': 'Réessayez plus tard.',
  'Turn the VPN off and wait a day before trying again.': 'Coupez le VPN et attendez un jour avant de réessayer.',
  'Type the name exactly as the two MRZ lines at the bottom of the data page give it.':
    'Saisissez le nom exactement comme il figure dans les deux lignes MRZ en bas de la page d’identité.',
  'Type the name, card and phone exactly as the card issuer holds them, with the country code in front of the phone.':
    'Saisissez le nom, la carte et le téléphone exactement comme l’émetteur de la carte les a enregistrés, avec l’indicatif du pays devant le numéro de téléphone.',
  'Type your name exactly as your bank stores it, your passport number (at least 8 characters, pad with leading zeros), an address in China (a hotel is fine) and your phone; upload the passport data page and the entry-stamp page.':
    'Saisissez votre nom exactement comme votre banque l’a enregistré, votre numéro de passeport (au moins 8 caractères ; complétez avec des zéros devant), une adresse en Chine (un hôtel convient) et votre téléphone ; envoyez la page d’identité du passeport et la page du tampon d’entrée.',
  'Upload the passport data page and a photo holding the passport through the emailed link.':
    'Via le lien reçu par e-mail, envoyez la page d’identité du passeport et une photo de vous tenant le passeport.',
  'Upload the passport data page and the entry-stamp page when asked.':
    'Quand on vous le demande, envoyez la page d’identité du passeport et la page du tampon d’entrée.',
  'Use a China Merchants Bank (招商银行) card.': 'Utilisez une carte de la China Merchants Bank (招商银行).',
  'Use the 补传 (re-upload) link in the email before {date} (it works for 24 hours).':
    'Utilisez le lien 补传 (renvoyer le document) de l’e-mail avant le {date} (il est valable 24 heures).',
  'Usually the name order or spelling differs from the bank record; the message itself is generic.':
    'En général, l’ordre ou l’orthographe du nom diffère des données de la banque ; le message lui-même est générique.',
  'Verified. Next, bind a card: Bank Cards (银行卡) → Add Card; the cardholder name must match the passport.':
    'Vérifié. Associez maintenant une carte : Cartes bancaires (银行卡) → Ajouter une carte ; le nom du titulaire doit correspondre au passeport.',
  'Wait about 12 hours after the upload.': 'Attendez environ 12 heures après l’envoi.',
  'Wait about 12 hours to a day. The app sends no notice and the SMS may show only question marks.':
    'Attendez de 12 heures à un jour environ. L’app n’envoie aucune notification et le SMS peut n’afficher que des points d’interrogation.',
  'Wait about 3 hours. Do not reinstall the app meanwhile.':
    'Attendez environ 3 heures. Ne réinstallez pas l’app entre-temps.',
  'Wait for Alipay to send an amount under RMB 1 (for example 0.0974) to your card — officially 1–2 days, sometimes much longer. Watch for the bank SMS, or check at an ATM or the counter.':
    'Attendez qu’Alipay verse sur votre carte un micro-virement de moins de 1 RMB (par exemple 0.0974) — officiellement 1 à 2 jours, parfois beaucoup plus. Surveillez le SMS de la banque, ou vérifiez à un distributeur ou au guichet.',
  'Wait for approval: allow 1–2 business days.': 'Attendez l’approbation : comptez 1 à 2 jours ouvrés.',
  'Wait for the agent’s email with an upload link (check the spam folder).':
    'Attendez l’e-mail du conseiller avec un lien pour envoyer les documents (pensez à regarder dans les spams).',
  'Wait for the result, then check the real-name verification progress (实名认证进度) in Alipay.':
    'Attendez le résultat, puis consultez l’avancement de la vérification d’identité (实名认证进度) dans Alipay.',
  'Wait for the review: reported 1–2 business days, often a few hours. Start at least 48 hours before you need to pay.':
    'Attendez l’examen : 1 à 2 jours ouvrés selon les témoignages, souvent quelques heures. Commencez au moins 48 heures avant d’avoir besoin de payer.',
  'Wait up to 24 hours, then open the app to see the result.':
    'Attendez jusqu’à 24 heures, puis ouvrez l’app pour voir le résultat.',
  'Wait: the documents are reviewed within 24 hours.': 'Patientez : les documents sont examinés sous 24 heures.',
  'Wait: the result comes within 24 hours.': 'Patientez : le résultat arrive sous 24 heures.',
  'When it arrives, log in, click 未认证 / 申请认证, then 输入打款金额 (Enter the deposit amount) and type the exact amount.':
    'Quand il arrive, connectez-vous, cliquez sur 未认证 / 申请认证 (non vérifié / demander la vérification), puis sur 输入打款金额 (saisir le montant du virement) et saisissez le montant exact.',
  'revoke (撤销本次认证) and retry with the same card on or after the date in the message.':
    'annulez (撤销本次认证) et réessayez avec la même carte à partir de la date indiquée dans le message.',
  'revoke (撤销本次认证) and retry with the same card on or after {date}.':
    'annulez (撤销本次认证) et réessayez avec la même carte à partir du {date}.',
  'revoke (撤销本次认证) and retry with the same card — it is allowed now.':
    'annulez (撤销本次认证) et réessayez avec la même carte — c’est permis dès maintenant.',
  // The portal timeline's names of what happened: every action, and the machines' own words for theirs.
  Submit: 'Envoi de la demande',
  'Application accepted, awaiting deposit': 'Demande acceptée, en attente du micro-virement',
  'Deposit amount entered': 'Montant du micro-virement saisi',
  'Review started': 'Examen commencé',
  Approved: 'Approuvé',
  Rejected: 'Refusé',
  Resubmit: 'Nouvel envoi',
  'Revoke the application (撤销本次认证申请)': 'Demande retirée (撤销本次认证申请)',
  'Scan locked out': 'Scan bloqué',
  'Lock lifted, scan again': 'Blocage levé, nouveau scan',
  'Scan accepted, face check': 'Scan accepté, vérification faciale',
  'Issuing bank declined': 'Refus de la banque émettrice',
  'Card not supported': 'Carte non prise en charge',
  'Held by risk control': 'Bloqué par le contrôle des risques',
  'Card unbound': 'Carte dissociée',
  'Human agent asked (人工客服)': 'Conseiller demandé (人工客服)',
  'Upload link received by email': 'Lien d’envoi reçu par e-mail',
  'Restriction lifted': 'Restriction levée',
  'Bind again': 'Nouvelle association',
  'Card added, 3-D Secure pending': 'Carte ajoutée, 3-D Secure en attente',
  'Card bound': 'Carte associée',
  'New document uploaded': 'Nouveau document envoyé',
  'Photos uploaded': 'Photos envoyées',
  'Re-uploaded (补传)': 'Document renvoyé (补传)',
  'Scan again': 'Nouveau scan',
  'Still restricted': 'Toujours restreint',
  'Try a card again': 'Nouvel essai avec la carte',
  'Try another card': 'Essayer une autre carte',
};
