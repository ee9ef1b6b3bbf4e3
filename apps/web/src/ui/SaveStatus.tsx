import { Alert, Text } from '@mantine/core';

/** After a save: why it failed, or that it was saved; nothing before the first one. */
export const SaveStatus = ({
  error,
  saved,
  savedLabel,
}: {
  error: string | null;
  saved: boolean;
  savedLabel: string;
}) =>
  error ? (
    <Alert color="red" variant="light" role="alert" p="xs">
      {error}
    </Alert>
  ) : saved ? (
    <Text size="sm" role="status" c="green">
      {savedLabel}
    </Text>
  ) : null;
