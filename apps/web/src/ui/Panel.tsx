import { Card, Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

type PanelProps = {
  title: ReactNode;
  /** Beside the title (a count, a link). */
  aside?: ReactNode;
  children: ReactNode;
  headingOrder?: 2 | 3;
  /** For tests and end-to-end journeys. */
  testId?: string;
};

/** A titled card that is also a landmark region named by its title. */
export const Panel = ({ title, aside, children, headingOrder = 2, testId }: PanelProps) => {
  const titleId = useId();
  return (
    <Card component="section" withBorder radius="md" padding="md" aria-labelledby={titleId} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Title order={headingOrder} size="h4" id={titleId}>
            {title}
          </Title>
          {aside}
        </Group>
        {children}
      </Stack>
    </Card>
  );
};
