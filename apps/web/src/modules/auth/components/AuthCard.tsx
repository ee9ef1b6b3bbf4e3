import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type AuthCardProps = { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode };

/** The frame of every sign-in screen: one column, readable on a phone. */
export const AuthCard = ({ title, intro, children, footer }: AuthCardProps) => (
  <Stack maw={460} mx="auto" gap="lg" py="md">
    <Stack gap="xs">
      <Title order={1}>{title}</Title>
      {intro ? <Text c="dimmed">{intro}</Text> : null}
    </Stack>
    <Paper withBorder p={{ base: 'md', xs: 'lg' }} radius="md">
      {children}
    </Paper>
    {footer ? <Stack gap={6}>{footer}</Stack> : null}
  </Stack>
);
