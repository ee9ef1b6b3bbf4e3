import { Paper, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** One setting of Settings → Organization: a bordered section named by its title. */
export const SettingBox = ({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) => {
  const titleId = useId();
  return (
    <Paper withBorder p="md" maw={520} component="section" aria-labelledby={titleId} data-testid={testId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
};
