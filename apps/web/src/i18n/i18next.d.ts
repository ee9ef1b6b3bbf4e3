import 'i18next';
import type { AccountMessages } from './features-account.en';
import type { Messages } from './messages';

// Module augmentation has to be an interface; it makes every `t('…')` key checked against the English catalogue.
// The account screens have a namespace of their own (see useAccountTranslation).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages; account: AccountMessages };
  }
}
