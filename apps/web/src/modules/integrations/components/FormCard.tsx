import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useId } from 'react';

/** A bordered form named by its title: its fields, why the last submit failed (if it did), then the submit button. */
export const FormCard = ({
  title,
  onSubmit,
  error,
  submitLabel,
  pending,
  children,
}: {
  title: string;
  onSubmit: (event: FormEvent) => void;
  error: string | null;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
}) => {
  const titleId = useId();
  return (
    <Paper withBorder p="md" radius="sm" component="form" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={titleId}>
          {title}
        </Title>
        {children}
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
};
