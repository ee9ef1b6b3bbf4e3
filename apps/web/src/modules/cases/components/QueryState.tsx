import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';

type QueryLike = { isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown };

type QueryStateProps = {
  query: QueryLike;
  children: () => ReactNode;
  loadingLabel?: string;
};

/** Loading and error states of one query, the same everywhere; `children` renders the data. */
export const QueryState = ({ query, children, loadingLabel }: QueryStateProps) => {
  const { t } = useCasesTranslation();
  if (query.isPending) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden="true" />
        <Text size="sm">{loadingLabel ?? t('caseCommon.loading')}</Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" variant="light" title={t('caseCommon.loadError', { message: query.error?.message ?? '' })}>
        <Button size="xs" variant="light" color="red.9" onClick={() => void query.refetch()}>
          {t('caseCommon.retry')}
        </Button>
      </Alert>
    );
  }
  return <>{children()}</>;
};
