import { Alert, Button } from '@mantine/core';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';

/** What the portal shows when its data could not be read: the error, and a button to ask again (in the caller's Stack). */
export const PortalLoadError = ({ error, onRetry }: { error: Error; onRetry: () => void }) => {
  const { t } = useAccountTranslation();
  return (
    <>
      <Alert color="red" variant="light" role="alert" title={t('portal.errorTitle')}>
        {error.message}
      </Alert>
      <Button variant="light" onClick={onRetry}>
        {t('accountCommon.retry')}
      </Button>
    </>
  );
};
