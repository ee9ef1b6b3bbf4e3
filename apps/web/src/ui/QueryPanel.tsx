import { Alert, Badge, Button, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Panel } from './Panel';

type QueryPanelProps<T> = {
  title: ReactNode;
  /** For tests and end-to-end journeys. */
  testId: string;
  query: UseQueryResult<T>;
  /** How many there are, beside the title once loaded (none when left out). */
  count?: (data: T) => number;
  isEmpty: (data: T) => boolean;
  labels: { loading: string; error: string; retry: string; empty: string };
  /** Renders the data when there is some. */
  children: (data: T) => ReactNode;
};

/** A panel over one query: a spinner while loading, the error with Retry, the empty text, else the data. */
export const QueryPanel = <T,>({ title, testId, query, count, isEmpty, labels, children }: QueryPanelProps<T>) => (
  <Panel
    title={title}
    testId={testId}
    aside={
      count && query.isSuccess ? (
        <Badge variant="outline" color="gray.8" tt="none" aria-hidden="true">
          {count(query.data)}
        </Badge>
      ) : null
    }
  >
    {query.isPending ? (
      <Loader size="sm" aria-label={labels.loading} />
    ) : query.isError ? (
      <Alert color="red" variant="light" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{labels.error}</Text>
          <Button size="xs" variant="light" onClick={() => void query.refetch()}>
            {labels.retry}
          </Button>
        </Stack>
      </Alert>
    ) : isEmpty(query.data) ? (
      <Text size="sm" c="dimmed">
        {labels.empty}
      </Text>
    ) : (
      children(query.data)
    )}
  </Panel>
);

/** A list without bullets or indent, its items one under the other. */
export const PlainList = ({ children }: { children: ReactNode }) => (
  <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
    {children}
  </Stack>
);
