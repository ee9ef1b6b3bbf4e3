import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';

export const SectionHeader = ({ title, description, id }: { title: string; description?: ReactNode; id?: string }) => (
  <Stack gap={4} mb="md">
    <Title order={2} size="h3" id={id}>
      {title}
    </Title>
    {description ? (
      <Text c="dimmed" size="sm">
        {description}
      </Text>
    ) : null}
  </Stack>
);

export const SectionLoading = ({ label }: { label?: string }) => {
  const { t } = useAccountTranslation();
  return (
    <Center py="lg" role="status" aria-label={label ?? t('accountCommon.loading')}>
      <Loader size="sm" aria-hidden="true" />
    </Center>
  );
};

export const SectionError = ({ error, onRetry }: { error: Error; onRetry: () => void }) => {
  const { t } = useAccountTranslation();
  return (
    <Alert color="red" variant="light" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('accountCommon.loadError', { message: error.message })}</Text>
        <Button size="xs" variant="light" onClick={onRetry}>
          {t('accountCommon.retry')}
        </Button>
      </Stack>
    </Alert>
  );
};

export const ReadOnlyNote = ({ children }: { children?: ReactNode }) => {
  const { t } = useAccountTranslation();
  return (
    <Alert color="gray" variant="light" mb="md">
      {children ?? t('accountCommon.readOnly')}
    </Alert>
  );
};
