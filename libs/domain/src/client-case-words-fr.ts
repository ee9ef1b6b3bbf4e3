import { alipayWordsIn } from './client-glossary';
import type { ClientCaseWords } from './client-case-words-type';

// A case's type and state for a client reading fr (client-case-words.ts; words from client-glossary.ts).
export const caseWordsFr: ClientCaseWords = {
  states: {
    PREPARING: 'En préparation',
    SUBMITTED: 'Demande envoyée',
    AWAITING_DEPOSIT: 'Micro-virement attendu',
    MANUAL_REVIEW: 'En examen manuel',
    REJECTED: 'Refusée',
    APPROVED: 'Acceptée',
    SCAN_LOCKED: 'Scan bloqué (environ 3 h)',
    FACE_CHECK: 'Vérification faciale',
    THREE_DS_PENDING: '3-D Secure en attente',
    ISSUER_DECLINED: 'Refus de la banque émettrice',
    CARD_UNSUPPORTED: 'Carte non acceptée',
    RISK_CONTROL: 'Bloquée par le contrôle des risques',
    CARD_UNBOUND: 'Carte dissociée',
    AGENT_REQUESTED: 'Conseiller demandé',
    UPLOAD_LINK_RECEIVED: 'Lien d’envoi reçu',
    RESTRICTION_LIFTED: 'Restriction levée',
    STILL_RESTRICTED: 'Restriction maintenue',
  },
  types: {
    BANK_CARD_VERIFICATION: 'Vérification d’identité avec une carte bancaire de Chine continentale',
    APP_PASSPORT_VERIFICATION: 'Vérification du passeport dans l’app + carte étrangère',
    RESTRICTION_APPEAL: 'Recours contre une restriction du compte',
    PASSPORT_SCAN_VERIFICATION: 'Vérification par scan du passeport dans l’app (2026)',
    INTERNATIONAL_CARD_BINDING: 'Associer une carte étrangère (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'Association rapide d’une carte chinoise (快捷绑卡)',
    DOCUMENT_UPDATE: 'Mise à jour du document (expiré ou renouvelé)',
    RESTRICTION_APPEAL_AGENT: 'Recours contre une restriction via un conseiller (人工客服)',
  },
  reminderKinds: {
    DEPOSIT_EXPECTED: 'Le micro-virement devrait être arrivé',
    DEPOSIT_OVERDUE: 'Micro-virement en retard',
    REVIEW_DUE: 'L’examen d’Alipay devrait être terminé',
    RETRY_ALLOWED: 'La même carte peut resservir',
    REUPLOAD_WINDOW_CLOSES: 'Fin du délai pour renvoyer le document (补传)',
    DOCUMENT_EXPIRING: 'Document bientôt expiré',
    CASE_STUCK: 'Dossier bloqué',
    CASE_STUCK_ADMINS: 'Dossier bloqué signalé aux responsables',
    SCAN_LOCK_LIFTS: 'Le blocage du scan du passeport devrait être levé',
    REBIND_ALLOWED: 'La carte dissociée peut être associée à nouveau',
    MANUAL: 'Rappel',
  },
  documentKinds: {
    PASSPORT_BIO: 'Page d’identité du passeport',
    ENTRY_STAMP: 'Page avec le tampon d’entrée en Chine',
    VISA: 'Visa chinois',
    RESIDENCE_PERMIT: 'Titre de séjour',
    SIGNATURE_PAGE: 'Page du passeport avec la signature',
    HOLDING_PASSPORT_PHOTO: 'Photo de vous tenant le passeport ouvert',
    PERMANENT_RESIDENT_ID: 'Carte de résident permanent pour étrangers (五星卡)',
  },
  checklistStatuses: {
    REQUESTED: 'À envoyer',
    UPLOADED: 'Envoyé, en attente de vérification',
    ACCEPTED: 'Accepté',
    REJECTED: 'Refusé — à renvoyer',
    WAIVED: 'Pas nécessaire',
  },
  documentFindings: {
    PDF_TYPE_ONLY:
      'C’est un scan PDF : seuls le type et la taille du fichier ont été vérifiés. La personne qui vous accompagne va le regarder.',
    IMAGE_LOW_RESOLUTION:
      'La photo est petite ({{width}}×{{height}} pixels) : les petits caractères risquent d’être illisibles. Rapprochez-vous pour que la page remplisse l’image.',
    IMAGE_BLURRY:
      'La photo est floue. Reprenez la photo : toute la page, bien à plat, nette, avec une bonne lumière et sans flash.',
    IMAGE_GLARE:
      'Un reflet couvre environ {{percent}} % de la photo et peut masquer du texte. Inclinez la page ou coupez le flash, puis reprenez la photo.',
    IMAGE_TOO_DARK: 'La photo est trop sombre pour être lue. Reprenez-la avec plus de lumière.',
    IMAGE_NOT_COLOUR: 'La photo est en noir et blanc. Alipay demande une photo en couleur du document original.',
    IMAGE_ROTATED: 'La photo a été prise de côté ou à l’envers ; elle a été remise à l’endroit.',
    IMAGE_METADATA_REMOVED: 'Les données de l’appareil photo (EXIF) ont été retirées de la copie enregistrée.',
    IMAGE_METADATA_REMOVED_GPS:
      'La photo contenait le lieu de la prise de vue (GPS) ; ce lieu et les autres données de l’appareil photo ont été retirés de la copie enregistrée.',
    MRZ_UNREADABLE:
      'Les deux lignes de lettres et de signes < en bas de la page du passeport n’ont pas pu être lues. Reprenez la photo : toute la page, bien à plat, nette, avec une bonne lumière et sans flash.',
    MRZ_MATCHES: 'Les lignes lisibles par machine du passeport ont été lues et correspondent à votre dossier.',
    MRZ_NAME_ORDER:
      'Sur le passeport, le nom est {{passportName}} ; votre dossier indique {{recordName}} : les mêmes noms, dans un autre ordre. Alipay compare avec le passeport : reprenez son ordre.',
    MRZ_NAME_PARTS:
      'Sur le passeport, le nom est {{passportName}} ; votre dossier indique {{recordName}}. Alipay compare avec le passeport, deuxièmes prénoms compris.',
    MRZ_NAME_MISMATCH:
      'Sur le passeport, le nom est {{passportName}} ; votre dossier indique {{recordName}}. Alipay compare avec le passeport.',
    MRZ_NUMBER_MISMATCH:
      'Le numéro du passeport sur la photo se termine par {{passportLast4}} ; celui de votre dossier, par {{recordLast4}}. Est-ce bien le bon passeport ?',
    MRZ_NATIONALITY_MISMATCH: 'La nationalité sur le passeport est {{passport}} ; votre dossier indique {{record}}.',
    MRZ_NATIONALITY_UNKNOWN:
      'La nationalité sur le passeport est {{passport}} ; votre dossier indique « {{record}} », qui n’a pas pu être comparé automatiquement. À vérifier à l’œil.',
    MRZ_BIRTH_DATE_MISMATCH:
      'La date de naissance sur le passeport est le {{passport}} ; votre dossier indique le {{record}}.',
    MRZ_EXPIRY_MISMATCH: 'Le passeport expire le {{passport}} ; votre dossier indique le {{record}}.',
    PASSPORT_EXPIRED:
      'Le passeport a expiré le {{expiryDate}}. Alipay n’accepte pas de passeport expiré : utilisez le nouveau.',
    PASSPORT_EXPIRES_SOON: 'Le passeport expire dans {{days}} jours (le {{expiryDate}}).',
    UNKNOWN: 'La vérification de ce fichier a trouvé quelque chose que cette version ne sait pas décrire.',
  },
  // Alipay's reasons for a rejection, what they mean (the portal and the emails put Alipay's Chinese beside them).
  reasons: {
    CARD_CHECK_FAILED: 'Échec de la vérification de la carte bancaire',
    DEPOSIT_FAILED: 'Échec du micro-virement sur le compte bancaire',
    DOCUMENTS_MISSING: 'Autres pièces valides manquantes',
    CANNOT_OPERATE: 'Impossible de traiter la demande pour le moment',
    SYSTEM_ERROR: 'Erreur système',
    UNDER_REVIEW: 'Examen manuel en cours',
    LOGIN_BLOCKED: 'Connexion bloquée',
    CHOOSE_OTHER_METHOD: 'Choisir une autre méthode de vérification',
    WRONG_FORM_ID_NUMBER: 'Formulaire de la carte d’identité chinoise utilisé au lieu de celui des étrangers (外籍)',
    ACCOUNT_RESTRICTED: 'Compte restreint',
    DOC_NUMBER_MISMATCH: 'Le numéro du document ne correspond pas',
    INFO_NOT_VERIFIABLE: 'Les informations personnelles ne peuvent pas être vérifiées',
    NAME_ACCOUNT_MISMATCH: 'Le nom et le numéro de compte ne correspondent pas',
    CARD_USED_ELSEWHERE: 'Carte déjà utilisée par quelqu’un d’autre',
    TAOBAO_RESTRICTED: 'Restriction du compte Taobao, pas d’Alipay',
    SMS_QUESTION_MARKS: 'SMS de points d’interrogation : restriction probablement levée',
    NO_SECURITY_ISSUES: 'Aucun problème de sécurité sur le compte actuellement',
    SCAN_LOCKED_OUT: 'Trop de tentatives de scan : bloqué environ 3 h',
    PHOTO_UNCLEAR: 'Photo floue',
    NAME_NOT_MRZ: 'Le nom diffère de la bande de lecture automatique du passeport',
    NATIONALITY_UNSUPPORTED: 'Nationalité non prise en charge',
    ID_EXPIRED: 'Pièce expirée, à mettre à jour',
    REVIEW_IN_24_HOURS: 'Examen en cours, résultat sous 24 heures',
    ISSUER_DECLINED: 'La banque émettrice de la carte a refusé',
    CARD_NOT_SUPPORTED: 'Carte non prise en charge',
    RISK_CONTROL: 'Arrêté par le contrôle des risques',
    RESERVED_PHONE_MISMATCH: 'Le numéro de téléphone enregistré auprès de la banque diffère',
    QUICK_PAY_REFUSED: 'La banque refuse le paiement rapide avec cette carte',
    BIND_LIMIT_REACHED: 'Trop de tentatives ou carte déjà liée à 3 comptes',
    OTHER: 'Autre motif',
  },
  alipayWords: alipayWordsIn('fr'),
};
