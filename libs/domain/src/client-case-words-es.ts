import type { ClientCaseWords } from './client-case-words-type';

// A case's type and state for a client reading es (client-case-words.ts; words from client-glossary.ts).
export const caseWordsEs: ClientCaseWords = {
  states: {
    PREPARING: 'En preparación',
    SUBMITTED: 'Solicitud enviada',
    AWAITING_DEPOSIT: 'Esperando el microdepósito',
    MANUAL_REVIEW: 'En revisión manual',
    REJECTED: 'Rechazada',
    APPROVED: 'Aprobada',
    SCAN_LOCKED: 'Escaneo bloqueado (unas 3 h)',
    FACE_CHECK: 'Verificación facial',
    THREE_DS_PENDING: '3-D Secure pendiente',
    ISSUER_DECLINED: 'Rechazada por el banco emisor',
    CARD_UNSUPPORTED: 'Tarjeta no admitida',
    RISK_CONTROL: 'Retenida por control de riesgos',
    CARD_UNBOUND: 'Tarjeta desvinculada',
    AGENT_REQUESTED: 'Agente humano solicitado',
    UPLOAD_LINK_RECEIVED: 'Enlace de subida recibido',
    RESTRICTION_LIFTED: 'Restricción levantada',
    STILL_RESTRICTED: 'Sigue con restricción',
  },
  types: {
    BANK_CARD_VERIFICATION: 'Verificación de identidad con una tarjeta bancaria de China continental',
    APP_PASSPORT_VERIFICATION: 'Verificación del pasaporte en la app + tarjeta internacional',
    RESTRICTION_APPEAL: 'Apelación contra la restricción de la cuenta',
    PASSPORT_SCAN_VERIFICATION: 'Verificación por escaneo del pasaporte en la app (2026)',
    INTERNATIONAL_CARD_BINDING: 'Vincular una tarjeta internacional (Visa, Mastercard, JCB, Diners, Discover)',
    MAINLAND_CARD_QUICK_BINDING: 'Vinculación rápida de tarjeta china (快捷绑卡)',
    DOCUMENT_UPDATE: 'Actualización del documento (caducado o renovado)',
    RESTRICTION_APPEAL_AGENT: 'Apelación contra la restricción con un agente humano (人工客服)',
  },
  reminderKinds: {
    DEPOSIT_EXPECTED: 'El microdepósito ya debería haber llegado',
    DEPOSIT_OVERDUE: 'Microdepósito con retraso',
    REVIEW_DUE: 'La revisión de Alipay debería haber terminado',
    RETRY_ALLOWED: 'Ya se puede volver a usar la misma tarjeta',
    REUPLOAD_WINDOW_CLOSES: 'Cierra el plazo para volver a subir (补传)',
    DOCUMENT_EXPIRING: 'Documento a punto de caducar',
    CASE_STUCK: 'Trámite estancado',
    CASE_STUCK_ADMINS: 'Trámite estancado escalado',
    SCAN_LOCK_LIFTS: 'El bloqueo del escaneo del pasaporte debería haberse levantado',
    REBIND_ALLOWED: 'Se puede volver a vincular la tarjeta',
    MANUAL: 'Recordatorio',
  },
  documentKinds: {
    PASSPORT_BIO: 'Página de datos del pasaporte',
    ENTRY_STAMP: 'Página con el sello de entrada en China',
    VISA: 'Visado chino',
    RESIDENCE_PERMIT: 'Permiso de residencia',
    SIGNATURE_PAGE: 'Página del pasaporte con la firma',
    HOLDING_PASSPORT_PHOTO: 'Foto sosteniendo el pasaporte abierto',
    PERMANENT_RESIDENT_ID: 'Tarjeta de residente permanente extranjero (五星卡)',
  },
  checklistStatuses: {
    REQUESTED: 'Pendiente de enviar',
    UPLOADED: 'Enviado, pendiente de revisión',
    ACCEPTED: 'Aceptado',
    REJECTED: 'Rechazado: envíalo de nuevo',
    WAIVED: 'No hace falta',
  },
  documentFindings: {
    PDF_TYPE_ONLY:
      'Es un escaneo en PDF: solo se han comprobado el tipo y el tamaño del archivo. La persona que te ayuda lo revisará.',
    IMAGE_LOW_RESOLUTION:
      'La foto es pequeña ({{width}}×{{height}} píxeles) y puede que la letra pequeña no se lea. Acércate para que la página llene la imagen.',
    IMAGE_BLURRY:
      'La foto está borrosa. Vuelve a hacer la foto: la página entera, plana, enfocada, con buena luz y sin flash.',
    IMAGE_GLARE:
      'Un reflejo cubre alrededor del {{percent}} % de la foto y puede tapar texto. Inclina la página o apaga el flash y vuelve a hacer la foto.',
    IMAGE_TOO_DARK: 'La foto está demasiado oscura para leerla. Vuelve a hacerla con más luz.',
    IMAGE_NOT_COLOUR: 'La foto está en blanco y negro. Alipay pide una foto en color del documento original.',
    IMAGE_ROTATED: 'La foto se hizo de lado o del revés; ya se ha enderezado.',
    IMAGE_METADATA_REMOVED: 'Se han borrado los datos de la cámara (EXIF) de la copia guardada.',
    IMAGE_METADATA_REMOVED_GPS:
      'La foto incluía el lugar donde se hizo (GPS); ese dato y el resto de datos de la cámara se han borrado de la copia guardada.',
    MRZ_UNREADABLE:
      'No se han podido leer las dos líneas de letras y signos < de la parte de abajo de la página del pasaporte. Vuelve a hacer la foto: la página entera, plana, enfocada, con buena luz y sin flash.',
    MRZ_MATCHES: 'Se han leído las líneas de lectura mecánica del pasaporte y coinciden con tus datos.',
    MRZ_NAME_ORDER:
      'En el pasaporte, el nombre es {{passportName}}; en tus datos pone {{recordName}}: son los mismos nombres en otro orden. Alipay lo compara con el pasaporte, así que usa su orden.',
    MRZ_NAME_PARTS:
      'En el pasaporte, el nombre es {{passportName}}; en tus datos pone {{recordName}}. Alipay lo compara con el pasaporte, incluidos los segundos nombres.',
    MRZ_NAME_MISMATCH:
      'En el pasaporte, el nombre es {{passportName}}; en tus datos pone {{recordName}}. Alipay lo compara con el pasaporte.',
    MRZ_NUMBER_MISMATCH:
      'El número de pasaporte de la foto termina en {{passportLast4}}; el de tus datos, en {{recordLast4}}. ¿Es el pasaporte correcto?',
    MRZ_NATIONALITY_MISMATCH: 'La nacionalidad del pasaporte es {{passport}}; en tus datos pone {{record}}.',
    MRZ_NATIONALITY_UNKNOWN:
      'La nacionalidad del pasaporte es {{passport}}; en tus datos pone «{{record}}», y no se ha podido comparar automáticamente. Hay que revisarlo a ojo.',
    MRZ_BIRTH_DATE_MISMATCH: 'La fecha de nacimiento del pasaporte es {{passport}}; en tus datos pone {{record}}.',
    MRZ_EXPIRY_MISMATCH: 'El pasaporte caduca el {{passport}}; en tus datos pone {{record}}.',
    PASSPORT_EXPIRED: 'El pasaporte caducó el {{expiryDate}}. Alipay no acepta pasaportes caducados: usa el nuevo.',
    PASSPORT_EXPIRES_SOON: 'El pasaporte caduca dentro de {{days}} días ({{expiryDate}}).',
    UNKNOWN: 'La revisión de este archivo ha encontrado algo que esta versión no sabe describir.',
  },
};
