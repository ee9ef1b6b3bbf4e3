import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled section of a case in the portal. */
export const PortalSection = ({ title, id, children }: { title: string; id: string; children: ReactNode }) => (
  <Paper component="section" aria-labelledby={id} withBorder radius="md" p={{ base: 'sm', xs: 'md' }}>
    <Title order={2} size="h4" id={id} mb="sm">
      {title}
    </Title>
    {children}
  </Paper>
);
