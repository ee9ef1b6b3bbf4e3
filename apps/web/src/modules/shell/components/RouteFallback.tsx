import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const RouteFallback = () => {
  const { t } = useTranslation();

  return (
    <Center py="xl" role="status" aria-label={t('app.loadingPage')}>
      <Loader size="md" aria-hidden="true" />
    </Center>
  );
};
