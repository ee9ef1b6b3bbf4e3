import { type ClientLanguage, isClientLanguage } from '@waiji/domain';
import type { Session } from '../api/sessionApi';

/**
 * The language a signed-in client's pages open in: their account's, which is their client record's
 * preferredLanguage (set by the helper, at import, or chosen in the portal). English is also what an account says
 * when nobody chose (the default), so it does not override the stored choice or the browser's language; nor does
 * anyone else's account (helpers pick their language in the header, which stores it).
 */
export const accountLanguageOf = (session: Session | null): ClientLanguage | null => {
  const locale = session?.role === 'CLIENT' ? session.user.locale : null;
  return isClientLanguage(locale) && locale !== 'en' ? locale : null;
};
