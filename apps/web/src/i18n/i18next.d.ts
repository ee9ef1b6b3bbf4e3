import 'i18next';
import type { Messages } from './messages';

// Module augmentation has to be an interface; it makes every `t('…')` key checked against the English catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
