import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';

type Loadable = { isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown };

/** Loading and error states of a query on the clients pages; `children` renders the data. */
export const Loading = ({ query, children }: { query: Loadable; children: () => ReactNode }) => {
  const { t } = useRecordsTranslation();
  if (query.isPending)
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden="true" />
        <Text size="sm">{t('common.loading')}</Text>
      </Group>
    );
  if (query.isError)
    return (
      <Alert color="red" variant="light" title={t('common.loadError', { message: query.error?.message ?? '' })}>
        <Button size="xs" variant="light" color="red.9" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  return <>{children()}</>;
};
