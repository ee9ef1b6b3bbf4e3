import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

/**
 * Keyset paging over a list answered newest first: the cursors of the pages seen are kept, so "Newer" goes back
 * without asking from the start again.
 */
export const useCursorPages = () => {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors[cursors.length - 1],
    page: cursors.length,
    reset: () => setCursors([undefined]),
    newer: () => setCursors((list) => list.slice(0, -1)),
    older: (next: string | null | undefined) => {
      if (next) setCursors((list) => [...list, next]);
    },
  };
};

type CursorPagerProps = {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null | undefined;
  /** The next page is being fetched while the previous one shows. */
  waiting: boolean;
  labels: { page: string; newer: string; older: string };
};

export const CursorPager = ({ pages, nextCursor, waiting, labels }: CursorPagerProps) => (
  <Group justify="space-between" mt="md">
    <Text size="sm" c="dimmed">
      {labels.page}
    </Text>
    <Group gap="xs">
      <Button variant="default" size="xs" disabled={pages.page <= 1} onClick={pages.newer}>
        {labels.newer}
      </Button>
      <Button variant="default" size="xs" disabled={!nextCursor || waiting} onClick={() => pages.older(nextCursor)}>
        {labels.older}
      </Button>
    </Group>
  </Group>
);
