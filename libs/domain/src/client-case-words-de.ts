import { alipayWordsIn } from './client-glossary';
import type { ClientCaseWords } from './client-case-words-type';

// A case's type and state for a client reading de (client-case-words.ts; words from client-glossary.ts).
export const caseWordsDe: ClientCaseWords = {
  states: {
    PREPARING: 'In Vorbereitung',
    SUBMITTED: 'Eingereicht',
    AWAITING_DEPOSIT: 'Warten auf die Testüberweisung',
    MANUAL_REVIEW: 'In manueller Prüfung',
    REJECTED: 'Abgelehnt',
    APPROVED: 'Bestätigt',
    SCAN_LOCKED: 'Scan gesperrt (ca. 3 Std.)',
    FACE_CHECK: 'Gesichtsprüfung',
    THREE_DS_PENDING: '3-D Secure ausstehend',
    ISSUER_DECLINED: 'Von der ausgebenden Bank abgelehnt',
    CARD_UNSUPPORTED: 'Karte nicht unterstützt',
    RISK_CONTROL: 'Von der Risikokontrolle angehalten',
    CARD_UNBOUND: 'Kartenverknüpfung gelöst',
    AGENT_REQUESTED: 'Kundenberater angefragt',
    UPLOAD_LINK_RECEIVED: 'Upload-Link erhalten',
    RESTRICTION_LIFTED: 'Einschränkung aufgehoben',
    STILL_RESTRICTED: 'Weiterhin eingeschränkt',
  },
  types: {
    BANK_CARD_VERIFICATION: 'Identitätsprüfung mit einer Bankkarte aus Festlandchina',
    APP_PASSPORT_VERIFICATION: 'Passprüfung in der App + ausländische Karte',
    RESTRICTION_APPEAL: 'Einspruch gegen eine Kontoeinschränkung',
    PASSPORT_SCAN_VERIFICATION: 'Reisepass-Scan in der App (2026)',
    INTERNATIONAL_CARD_BINDING: 'Ausländische Karte verknüpfen (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'Schnellverknüpfung einer chinesischen Karte (快捷绑卡)',
    DOCUMENT_UPDATE: 'Ausweisdaten aktualisieren (abgelaufen oder erneuert)',
    RESTRICTION_APPEAL_AGENT: 'Einspruch gegen eine Kontoeinschränkung über einen Kundenberater (人工客服)',
  },
  reminderKinds: {
    DEPOSIT_EXPECTED: 'Testüberweisung sollte eingegangen sein',
    DEPOSIT_OVERDUE: 'Testüberweisung überfällig',
    REVIEW_DUE: 'Alipays Prüfung sollte abgeschlossen sein',
    RETRY_ALLOWED: 'Dieselbe Karte wieder erlaubt',
    REUPLOAD_WINDOW_CLOSES: 'Frist zum erneuten Hochladen (补传) endet',
    DOCUMENT_EXPIRING: 'Dokument läuft bald ab',
    CASE_STUCK: 'Vorgang steckt fest',
    CASE_STUCK_ADMINS: 'Festsitzender Vorgang weitergegeben',
    SCAN_LOCK_LIFTS: 'Sperre des Reisepass-Scans sollte aufgehoben sein',
    REBIND_ALLOWED: 'Gelöste Karte kann wieder verknüpft werden',
    MANUAL: 'Erinnerung',
  },
  documentKinds: {
    PASSPORT_BIO: 'Datenseite des Reisepasses',
    ENTRY_STAMP: 'Seite mit dem chinesischen Einreisestempel',
    VISA: 'Chinesisches Visum',
    RESIDENCE_PERMIT: 'Aufenthaltserlaubnis',
    SIGNATURE_PAGE: 'Passseite mit der Unterschrift',
    HOLDING_PASSPORT_PHOTO: 'Foto, auf dem Sie den geöffneten Pass halten',
    PERMANENT_RESIDENT_ID: 'Ausweis für Ausländer mit Daueraufenthalt (五星卡)',
  },
  checklistStatuses: {
    REQUESTED: 'Angefordert',
    UPLOADED: 'Gesendet, wird geprüft',
    ACCEPTED: 'Angenommen',
    REJECTED: 'Abgelehnt – bitte erneut senden',
    WAIVED: 'Nicht nötig',
  },
  documentFindings: {
    PDF_TYPE_ONLY:
      'Das ist ein PDF-Scan: Geprüft wurden nur Dateityp und Größe. Ihre Betreuung sieht ihn sich selbst an.',
    IMAGE_LOW_RESOLUTION:
      'Das Foto ist klein ({{width}}×{{height}} Pixel); kleine Schrift ist eventuell nicht lesbar. Gehen Sie näher heran, sodass die Seite das Bild ausfüllt.',
    IMAGE_BLURRY:
      'Das Foto ist unscharf. Bitte fotografieren Sie neu: die ganze Seite, flach, scharf, bei gutem Licht und ohne Blitz.',
    IMAGE_GLARE:
      'Eine helle Spiegelung bedeckt etwa {{percent}} % des Fotos und kann Text verdecken. Kippen Sie die Seite leicht oder schalten Sie den Blitz aus und fotografieren Sie neu.',
    IMAGE_TOO_DARK: 'Das Foto ist zu dunkel zum Lesen. Fotografieren Sie bei besserem Licht neu.',
    IMAGE_NOT_COLOUR: 'Das Foto ist schwarz-weiß. Alipay verlangt ein Farbfoto des Originaldokuments.',
    IMAGE_ROTATED: 'Das Foto wurde quer oder auf dem Kopf aufgenommen; es wurde richtig herum gedreht.',
    IMAGE_METADATA_REMOVED: 'Die Kameradaten (EXIF) wurden aus der gespeicherten Kopie entfernt.',
    IMAGE_METADATA_REMOVED_GPS:
      'Das Foto enthielt den Aufnahmeort (GPS); er wurde zusammen mit den übrigen Kameradaten aus der gespeicherten Kopie entfernt.',
    MRZ_UNREADABLE:
      'Die zwei Zeilen aus Buchstaben und <-Zeichen unten auf der Seite des Reisepasses ließen sich nicht lesen. Bitte fotografieren Sie neu: die ganze Seite, flach, scharf, bei gutem Licht und ohne Blitz.',
    MRZ_MATCHES: 'Die maschinenlesbaren Zeilen des Reisepasses wurden gelesen und stimmen mit Ihren Angaben überein.',
    MRZ_NAME_ORDER:
      'Im Reisepass steht der Name {{passportName}}, in Ihren Angaben {{recordName}} – dieselben Namen in anderer Reihenfolge. Alipay vergleicht mit dem Reisepass: Übernehmen Sie dessen Reihenfolge.',
    MRZ_NAME_PARTS:
      'Im Reisepass steht der Name {{passportName}}, in Ihren Angaben {{recordName}} – Alipay vergleicht mit dem Reisepass, weitere Vornamen eingeschlossen.',
    MRZ_NAME_MISMATCH:
      'Im Reisepass steht der Name {{passportName}}, in Ihren Angaben {{recordName}} – Alipay vergleicht mit dem Reisepass.',
    MRZ_NUMBER_MISMATCH:
      'Die Passnummer auf dem Foto endet auf {{passportLast4}}, die in Ihren Angaben auf {{recordLast4}}. Ist das der richtige Reisepass?',
    MRZ_NATIONALITY_MISMATCH: 'Die Staatsangehörigkeit im Reisepass ist {{passport}}, in Ihren Angaben {{record}}.',
    MRZ_NATIONALITY_UNKNOWN:
      'Die Staatsangehörigkeit im Reisepass ist {{passport}}; in Ihren Angaben steht „{{record}}“, was sich nicht automatisch vergleichen ließ. Bitte von Hand prüfen.',
    MRZ_BIRTH_DATE_MISMATCH: 'Das Geburtsdatum im Reisepass ist {{passport}}, in Ihren Angaben {{record}}.',
    MRZ_EXPIRY_MISMATCH: 'Der Reisepass läuft am {{passport}} ab, laut Ihren Angaben am {{record}}.',
    PASSPORT_EXPIRED:
      'Der Reisepass ist am {{expiryDate}} abgelaufen. Alipay akzeptiert keinen abgelaufenen Reisepass: Verwenden Sie den neuen.',
    PASSPORT_EXPIRES_SOON: 'Der Reisepass läuft in {{days}} Tagen ab ({{expiryDate}}).',
    UNKNOWN: 'Die Prüfung dieser Datei hat etwas gefunden, das diese Version nicht beschreiben kann.',
  },
  // Alipay's reasons for a rejection, what they mean (the portal and the emails put Alipay's Chinese beside them).
  reasons: {
    CARD_CHECK_FAILED: 'Prüfung der Bankkarte fehlgeschlagen',
    DEPOSIT_FAILED: 'Testüberweisung auf das Bankkonto fehlgeschlagen',
    DOCUMENTS_MISSING: 'Andere gültige Dokumente fehlen',
    CANNOT_OPERATE: 'Derzeit nicht möglich',
    SYSTEM_ERROR: 'Systemfehler',
    UNDER_REVIEW: 'In manueller Prüfung',
    LOGIN_BLOCKED: 'Anmeldung gesperrt',
    CHOOSE_OTHER_METHOD: 'Andere Prüfmethode wählen',
    WRONG_FORM_ID_NUMBER: 'Formular für chinesische Ausweise statt für Ausländer (外籍) verwendet',
    ACCOUNT_RESTRICTED: 'Konto eingeschränkt',
    DOC_NUMBER_MISMATCH: 'Dokumentnummer stimmt nicht überein',
    INFO_NOT_VERIFIABLE: 'Persönliche Angaben können nicht geprüft werden',
    NAME_ACCOUNT_MISMATCH: 'Name und Kontonummer passen nicht zusammen',
    CARD_USED_ELSEWHERE: 'Karte wird schon von jemand anderem verwendet',
    TAOBAO_RESTRICTED: 'Taobao-Konto eingeschränkt, nicht Alipay',
    SMS_QUESTION_MARKS: 'SMS aus Fragezeichen: Einschränkung vermutlich aufgehoben',
    NO_SECURITY_ISSUES: 'Derzeit keine Sicherheitsprobleme am Konto',
    SCAN_LOCKED_OUT: 'Zu viele Scanversuche: etwa 3 Stunden gesperrt',
    PHOTO_UNCLEAR: 'Foto unscharf',
    NAME_NOT_MRZ: 'Name weicht von der maschinenlesbaren Zone des Reisepasses ab',
    NATIONALITY_UNSUPPORTED: 'Staatsangehörigkeit nicht unterstützt',
    ID_EXPIRED: 'Ausweis abgelaufen, bitte aktualisieren',
    REVIEW_IN_24_HOURS: 'In Prüfung, Ergebnis innerhalb von 24 Stunden',
    ISSUER_DECLINED: 'Kartenausgebende Bank hat abgelehnt',
    CARD_NOT_SUPPORTED: 'Karte nicht unterstützt',
    RISK_CONTROL: 'Von der Risikokontrolle gestoppt',
    RESERVED_PHONE_MISMATCH: 'Bei der Bank hinterlegte Handynummer weicht ab',
    QUICK_PAY_REFUSED: 'Bank lässt Schnellzahlung mit dieser Karte nicht zu',
    BIND_LIMIT_REACHED: 'Zu viele Versuche oder Karte schon an 3 Konten',
    OTHER: 'Anderer Grund',
  },
  alipayWords: alipayWordsIn('de'),
};
