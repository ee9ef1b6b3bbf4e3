import { caseWordsDe } from '@waiji/domain';
import type { ClientPack } from './pack';

// Deutsch: Kundenportal. Begriffe nach client-glossary.ts (Identitätsprüfung, Testüberweisung, manuelle Prüfung,
// Einschränkung, Einspruch, erneut hochladen). Alipays Schaltflächen bleiben chinesisch (mit Pinyin).
export const pack: ClientPack = {
  portal: {
    title: 'Ihr Alipay-Vorgang',
    listTitle: 'Ihre Vorgänge',
    loading: 'Ihr Vorgang wird geladen…',
    errorTitle: 'Ihr Vorgang konnte nicht geladen werden',
    notFoundTitle: 'Vorgang nicht gefunden',
    notFound: 'Unter Ihren Vorgängen gibt es diesen nicht. Vielleicht wurde er geschlossen.',
    backToCases: 'Alle Ihre Vorgänge',
    language: { label: 'Sprache' },
    update: {
      title: 'Festhalten, was passiert ist',
      body: 'Geben Sie an, dass Sie eingereicht haben, tragen Sie den Betrag der Testüberweisung ein oder fügen Sie Alipays Antwort ein. Erinnerungen und der Termin für den nächsten Versuch passen sich an.',
      open: 'Meinen Vorgang aktualisieren',
    },
    calendar: {
      title: 'Ihre Fristen im Kalender',
      body: 'Abonnieren Sie im Kalender Ihres Telefons, um zu sehen, wann die Testüberweisung ankommen sollte oder ab wann Sie es erneut versuchen dürfen.',
      open: 'Zu meinem Kalender hinzufügen',
    },
    attempt_one: '{{count}}. Versuch',
    attempt_other: '{{count}}. Versuch',
    nextPrefix: 'Als Nächstes:',
    updated: 'Aktualisiert am {{date}}',
    sections: {
      todo: 'Was jetzt zu tun ist',
      when: 'Wie es weitergeht und wann',
      progress: 'Wo Ihr Vorgang steht',
      timeline: 'Was bisher geschah',
      help: 'Wo Sie Hilfe bekommen',
    },
    steps: {
      none: 'Gerade ist nichts zu tun.',
      tap: 'Tippen Sie in Alipay auf',
    },
    when: {
      approved: 'Erledigt: Ihr Vorgang ist bestätigt.',
      next: 'Als Nächstes: {{kind}}',
      later: 'Später',
      about: {
        DEPOSIT_EXPECTED:
          'Die Testüberweisung unter 1 Yuan sollte bis {{date}} auf Ihrer Karte eingehen. Wenn nicht, kümmert sich Ihre Betreuung darum.',
        DEPOSIT_OVERDUE: 'Ihre Betreuung prüft die Testüberweisung am {{date}}.',
        REVIEW_DUE: 'Alipay sollte bis {{date}} geantwortet haben. Wenn nicht, kümmert sich Ihre Betreuung darum.',
        RETRY_ALLOWED:
          'Ab {{date}} (Pekinger Zeit) darf dieselbe Bankkarte wieder verwendet werden: Alipays Wartezeit nach einer fehlgeschlagenen Kartenprüfung. Eine andere Karte geht sofort.',
        REUPLOAD_WINDOW_CLOSES: 'Nutzen Sie den Link 补传 (erneut hochladen) aus Alipays E-Mail vor {{date}}.',
        DOCUMENT_EXPIRING: 'Eines Ihrer Dokumente läuft bald ab (Erinnerung am {{date}}).',
        MANUAL: 'Ihre Betreuung hat eine Erinnerung für {{date}}.',
        CASE_STUCK: 'Ihre Betreuung sieht sich Ihren Vorgang am {{date}} wieder an.',
        CASE_STUCK_ADMINS: 'Das Team Ihrer Betreuung sieht sich Ihren Vorgang am {{date}} wieder an.',
        SCAN_LOCK_LIFTS:
          'Die Sperre des Reisepass-Scans sollte bis {{date}} aufgehoben sein (etwa 3 Stunden). Dann erneut scannen oder die Daten von Hand eingeben; die App nicht neu installieren.',
        REBIND_ALLOWED: 'Ab {{date}} kann die gelöste Karte wieder verknüpft werden (24 Stunden nach dem Lösen).',
      },
      expires: {
        PASSPORT: 'Ihr Reisepass läuft am {{date}} ab.',
        VISA: 'Ihr Visum läuft am {{date}} ab.',
      },
      overdue: '{{kind}}: fällig war {{date}}; Ihre Betreuung wurde erinnert.',
      retryFrom:
        'Dieselbe Bankkarte darf ab {{date}} (Pekinger Zeit) wieder verwendet werden. Eine andere Karte geht sofort.',
      retryNow: 'Dieselbe Bankkarte darf jetzt wieder verwendet werden.',
      nothing: 'Gerade gibt es keinen Termin, auf den Sie warten.',
      inStateSince: 'In diesem Schritt seit {{date}}.',
    },
    progress: {
      label: 'Schritte Ihres Vorgangs',
      done: 'erledigt',
      current: 'Sie sind hier',
    },
    timeline: {
      label: 'Verlauf, neueste zuerst',
      empty: 'Bisher ist nichts passiert.',
      created: 'Vorgang eröffnet',
      message: 'Nachricht von Alipay',
      youWrote: 'Sie schrieben',
      helperWrote: '{{name}} schrieb',
      helperWroteUnnamed: 'Ihre Betreuung schrieb',
      nowIn: 'Jetzt: {{state}}',
      reason: 'Grund: {{reason}}',
      alipaySaid: 'Alipay',
      document: 'Dokumente: Eine Datei wurde gesendet oder geprüft',
    },
    help: {
      helper: 'Ihre Betreuung bei {{organization}} begleitet Ihren Vorgang und beantwortet Fragen als Erste.',
    },
    empty: {
      clientTitle: 'Noch kein Vorgang',
      clientBody:
        'Ihre Betreuung hat noch keinen Vorgang für Sie eröffnet. Sobald das geschieht, erscheint er hier mit den nötigen Schritten.',
      personalTitle: 'Verfolgen Sie Ihre Identitätsprüfung',
      personalBody:
        'Legen Sie Ihren Vorgang an: Waiji zeigt, was Sie in der Alipay-App antippen, wann die Testüberweisung oder die Antwort zu erwarten ist, und erinnert Sie daran.',
      create: 'Meinen Vorgang anlegen',
    },
  },
  clientCase: caseWordsDe,
};
