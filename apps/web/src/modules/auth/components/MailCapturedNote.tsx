import { Alert } from '@mantine/core';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';

/** Where "check your email" leads on an installation that sends no mail (npm start without SMTP_URL). */
export const MailCapturedNote = ({ captured }: { captured: boolean }) => {
  const { t } = useAuthTranslation();
  if (!captured) return null;
  return (
    <Alert color="yellow" variant="light" title={t('auth.mailCapturedTitle')}>
      {t('auth.mailCaptured')}
    </Alert>
  );
};
