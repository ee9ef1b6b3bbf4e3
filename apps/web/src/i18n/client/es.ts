import { caseWordsEs } from '@waiji/domain';
import type { ClientPack } from './pack';

// Español: portal del cliente. Términos según client-glossary.ts (verificación de identidad, microdepósito, revisión
// manual, restricción, apelación, volver a subir). Los botones de Alipay quedan en chino (con pinyin).
export const pack: ClientPack = {
  portal: {
    title: 'Tu trámite de Alipay',
    listTitle: 'Tus trámites',
    loading: 'Cargando tu trámite…',
    errorTitle: 'No se pudo cargar tu trámite',
    notFoundTitle: 'Trámite no encontrado',
    notFound: 'No tienes ningún trámite así. Puede que ya se haya cerrado.',
    backToCases: 'Todos tus trámites',
    language: { label: 'Idioma' },
    update: {
      title: 'Registrar lo que pasó',
      body: 'Indica que enviaste la solicitud, introduce el importe del microdepósito o pega la respuesta de Alipay. Los recordatorios y la fecha para reintentar se ajustan solos.',
      open: 'Actualizar mi trámite',
    },
    calendar: {
      title: 'Tus plazos en tu calendario',
      body: 'Suscríbete desde el calendario del móvil para ver cuándo debería llegar el microdepósito o desde qué día puedes volver a intentarlo.',
      open: 'Añadir a mi calendario',
    },
    attempt_one: 'Intento {{count}}',
    attempt_many: 'Intento {{count}}',
    attempt_other: 'Intento {{count}}',
    nextPrefix: 'Siguiente:',
    updated: 'Actualizado el {{date}}',
    sections: {
      todo: 'Qué hacer ahora',
      when: 'Qué pasa después, y cuándo',
      progress: 'En qué punto está tu trámite',
      timeline: 'Lo que ha pasado hasta ahora',
      help: 'Dónde pedir ayuda',
    },
    steps: {
      none: 'Por ahora no tienes que hacer nada.',
      tap: 'En Alipay, pulsa',
    },
    when: {
      approved: 'Listo: tu trámite está aprobado.',
      next: 'Siguiente: {{kind}}',
      later: 'Más adelante',
      about: {
        DEPOSIT_EXPECTED:
          'El microdepósito de menos de 1 yuan debería llegar a tu tarjeta antes del {{date}}. Si no llega, la persona que te ayuda hará el seguimiento.',
        DEPOSIT_OVERDUE: 'La persona que te ayuda revisará el microdepósito el {{date}}.',
        REVIEW_DUE: 'Alipay debería responder antes del {{date}}. Si no, la persona que te ayuda hará el seguimiento.',
        RETRY_ALLOWED:
          'Desde el {{date}} (hora de Pekín) puedes volver a usar la misma tarjeta bancaria: es la espera que impone Alipay tras un fallo en la comprobación de la tarjeta. Otra tarjeta se puede usar ya.',
        REUPLOAD_WINDOW_CLOSES: 'Usa el enlace 补传 (volver a subir) del correo de Alipay antes del {{date}}.',
        DOCUMENT_EXPIRING: 'Uno de tus documentos caduca pronto (recordatorio el {{date}}).',
        MANUAL: 'La persona que te ayuda tiene un recordatorio para el {{date}}.',
        CASE_STUCK: 'La persona que te ayuda volverá a mirar tu trámite el {{date}}.',
        CASE_STUCK_ADMINS: 'El equipo que te ayuda volverá a mirar tu trámite el {{date}}.',
        SCAN_LOCK_LIFTS:
          'El bloqueo del escaneo del pasaporte debería levantarse antes del {{date}} (unas 3 horas). Después vuelve a escanear o escribe los datos a mano; no reinstales la app.',
        REBIND_ALLOWED:
          'Desde el {{date}} puedes volver a vincular la tarjeta desvinculada (24 horas después de desvincularla).',
      },
      expires: {
        PASSPORT: 'Tu pasaporte caduca el {{date}}.',
        VISA: 'Tu visado caduca el {{date}}.',
      },
      overdue: '{{kind}}: vencía el {{date}}; ya se ha avisado a la persona que te ayuda.',
      retryFrom:
        'Puedes volver a usar la misma tarjeta bancaria desde el {{date}} (hora de Pekín). Otra tarjeta se puede usar ya.',
      retryNow: 'Ya puedes volver a usar la misma tarjeta bancaria.',
      nothing: 'Por ahora no hay ninguna fecha que esperar.',
      inStateSince: 'En este paso desde el {{date}}.',
    },
    progress: {
      label: 'Pasos de tu trámite',
      done: 'hecho',
      current: 'estás aquí',
    },
    timeline: {
      label: 'Historial, lo más reciente primero',
      empty: 'Todavía no ha pasado nada.',
      created: 'Trámite abierto',
      message: 'Mensaje de Alipay',
      youWrote: 'Escribiste',
      helperWrote: '{{name}} escribió',
      helperWroteUnnamed: 'La persona que te ayuda escribió',
      nowIn: 'Ahora: {{state}}',
      reason: 'Motivo: {{reason}}',
      alipaySaid: 'Alipay',
      document: 'Documentos: se envió o revisó un archivo',
    },
    help: {
      helper:
        'La persona que te ayuda en {{organization}} sigue tu trámite y es la primera en responder tus preguntas.',
    },
    empty: {
      clientTitle: 'Aún no hay trámite',
      clientBody: 'Todavía no te han abierto un trámite. Cuando lo hagan, aparecerá aquí con los pasos a seguir.',
      personalTitle: 'Empieza a seguir tu verificación de identidad',
      personalBody:
        'Crea tu trámite: Waiji te muestra qué pulsar en la app de Alipay, cuándo esperar el microdepósito o la revisión, y te lo recuerda.',
      create: 'Crear mi trámite',
    },
  },
  clientCase: caseWordsEs,
};
