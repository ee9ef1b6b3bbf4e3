import { NativeSelect } from '@mantine/core';
import { clientLanguageInfo, clientLanguages, isClientLanguage } from '@waiji/domain';
import { useEffect } from 'react';
import { switchLanguage } from '../../../i18n/clientPacks';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useClientLanguage } from '../../../i18n/useBilingual';
import { useSession } from '../../session/hooks/useSession';
import { accountLanguageOf } from '../../session/utils/accountLanguage';
import { useUpdateProfile } from '../../settings/hooks/useAccount';

/**
 * The portal in the client's own language: a signed-in client's account language (accountLanguageOf) is the one
 * the page opens in; choosing another here switches the page at once (its pack loads) and saves it to the account,
 * which makes it the client record's too (their emails follow). Each language is named in itself.
 */
export const PortalLanguageChooser = () => {
  const { t, i18n } = useAccountTranslation();
  const { language } = useClientLanguage();
  const { user, session } = useSession();
  const update = useUpdateProfile();
  // Start-up opens the page in it already (main.tsx); this applies it when the session changes without a reload
  // (an accepted invitation, a sign-in).
  const accountLanguage = accountLanguageOf(session);

  useEffect(() => {
    if (accountLanguage) void switchLanguage(i18n, accountLanguage);
  }, [accountLanguage, i18n]);

  const choose = (value: string) => {
    if (!isClientLanguage(value)) return;
    void switchLanguage(i18n, value);
    if (user && user.locale !== value) update.mutate({ locale: value });
  };

  return (
    <NativeSelect
      size="sm"
      w={200}
      label={t('portal.language.label')}
      value={language}
      onChange={(event) => choose(event.currentTarget.value)}
      data={clientLanguages.map((code) => ({ value: code, label: clientLanguageInfo[code].own }))}
    />
  );
};
