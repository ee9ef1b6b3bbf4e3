import { caseWordsFr } from '@waiji/domain';
import type { ClientPack } from './pack';

// Français : espace client. Termes selon client-glossary.ts (vérification d’identité, micro-virement, examen manuel,
// restriction, recours, renvoyer le document). Les boutons d’Alipay restent en chinois (avec le pinyin).
export const pack: ClientPack = {
  portal: {
    title: 'Votre dossier Alipay',
    listTitle: 'Vos dossiers',
    loading: 'Chargement de votre dossier…',
    errorTitle: 'Impossible de charger votre dossier',
    notFoundTitle: 'Dossier introuvable',
    notFound: 'Aucun de vos dossiers ne correspond. Il a peut-être été clôturé.',
    backToCases: 'Tous vos dossiers',
    language: { label: 'Langue' },
    update: {
      title: 'Noter ce qui s’est passé',
      body: 'Indiquez que vous avez envoyé la demande, saisissez le montant du micro-virement ou collez la réponse d’Alipay. Les rappels et la date de nouvel essai suivent.',
      open: 'Mettre à jour mon dossier',
    },
    calendar: {
      title: 'Vos échéances dans votre agenda',
      body: 'Abonnez-vous depuis l’agenda de votre téléphone pour voir quand le micro-virement doit arriver ou à partir de quel jour vous pouvez réessayer.',
      open: 'Ajouter à mon agenda',
    },
    attempt_one: '{{count}}re tentative',
    attempt_many: '{{count}}e tentative',
    attempt_other: '{{count}}e tentative',
    nextPrefix: 'Ensuite :',
    updated: 'Mis à jour le {{date}}',
    sections: {
      todo: 'Ce qu’il faut faire maintenant',
      when: 'La suite, et quand',
      progress: 'Où en est votre dossier',
      timeline: 'Ce qui s’est passé jusqu’ici',
      help: 'Où trouver de l’aide',
    },
    steps: {
      none: 'Rien à faire pour le moment.',
      tap: 'Dans Alipay, touchez',
    },
    when: {
      approved: 'Terminé : votre dossier est accepté.',
      next: 'Ensuite : {{kind}}',
      later: 'Plus tard',
      about: {
        DEPOSIT_EXPECTED:
          'Le micro-virement de moins de 1 yuan devrait arriver sur votre carte d’ici le {{date}}. Sinon, la personne qui vous accompagne s’en occupe.',
        DEPOSIT_OVERDUE: 'La personne qui vous accompagne vérifie le micro-virement le {{date}}.',
        REVIEW_DUE: 'Alipay devrait répondre d’ici le {{date}}. Sinon, la personne qui vous accompagne s’en occupe.',
        RETRY_ALLOWED:
          'À partir du {{date}} (heure de Pékin), la même carte bancaire peut resservir : c’est le délai imposé par Alipay après un échec de vérification de la carte. Une autre carte peut servir dès maintenant.',
        REUPLOAD_WINDOW_CLOSES: 'Utilisez le lien 补传 (renvoyer le document) de l’e-mail d’Alipay avant le {{date}}.',
        DOCUMENT_EXPIRING: 'L’un de vos documents expire bientôt (rappel le {{date}}).',
        MANUAL: 'La personne qui vous accompagne a un rappel le {{date}}.',
        CASE_STUCK: 'La personne qui vous accompagne regarde à nouveau votre dossier le {{date}}.',
        CASE_STUCK_ADMINS: 'L’équipe qui vous accompagne regarde à nouveau votre dossier le {{date}}.',
        SCAN_LOCK_LIFTS:
          'Le blocage du scan du passeport devrait être levé d’ici le {{date}} (environ 3 heures). Ensuite, scannez à nouveau ou saisissez les informations à la main ; ne réinstallez pas l’app.',
        REBIND_ALLOWED:
          'À partir du {{date}}, la carte dissociée peut être associée à nouveau (24 heures après la dissociation).',
      },
      expires: {
        PASSPORT: 'Votre passeport expire le {{date}}.',
        VISA: 'Votre visa expire le {{date}}.',
      },
      overdue: '{{kind}} : l’échéance était le {{date}} ; la personne qui vous accompagne a été prévenue.',
      retryFrom:
        'La même carte bancaire peut resservir à partir du {{date}} (heure de Pékin). Une autre carte peut servir dès maintenant.',
      retryNow: 'La même carte bancaire peut resservir dès maintenant.',
      nothing: 'Aucune date à attendre pour le moment.',
      inStateSince: 'À cette étape depuis le {{date}}.',
    },
    progress: {
      label: 'Les étapes de votre dossier',
      done: 'fait',
      current: 'vous êtes ici',
    },
    timeline: {
      label: 'Historique, le plus récent d’abord',
      empty: 'Rien ne s’est encore passé.',
      created: 'Dossier ouvert',
      message: 'Message d’Alipay',
      youWrote: 'Vous avez écrit',
      helperWrote: '{{name}} a écrit',
      helperWroteUnnamed: 'La personne qui vous accompagne a écrit',
      nowIn: 'Maintenant : {{state}}',
      reason: 'Motif : {{reason}}',
      alipaySaid: 'Alipay',
      document: 'Documents : un fichier a été envoyé ou vérifié',
    },
    help: {
      helper:
        'La personne qui vous accompagne chez {{organization}} suit votre dossier et répond la première à vos questions.',
    },
    empty: {
      clientTitle: 'Pas encore de dossier',
      clientBody:
        'Aucun dossier n’a encore été ouvert pour vous. Dès qu’il le sera, il apparaîtra ici avec les étapes à suivre.',
      personalTitle: 'Suivez votre vérification d’identité',
      personalBody:
        'Créez votre dossier : Waiji vous montre quoi toucher dans l’app Alipay, quand attendre le micro-virement ou la réponse, et vous le rappelle.',
      create: 'Créer mon dossier',
    },
  },
  clientCase: caseWordsFr,
};
