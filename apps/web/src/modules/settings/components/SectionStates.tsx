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

type Saving = { isError: boolean; isSuccess: boolean; error: Error | null };

/**
 * How a form's last save went: the error in red, 'Saved' (or `saved`) in green; nothing before the first save.
 * `hideError` when the form shows the problem at a field instead.
 */
export const SaveOutcome = ({ save, saved, hideError }: { save: Saving; saved?: ReactNode; hideError?: boolean }) => {
  const { t } = useAccountTranslation();
  return (
    <>
      {save.isError && !hideError ? (
        <Alert color="red" variant="light" role="alert">
          {t('accountCommon.saveError', { message: save.error?.message ?? '' })}
        </Alert>
      ) : null}
      {save.isSuccess ? (
        <Alert color="green" variant="light" role="status">
          {saved ?? t('accountCommon.saved')}
        </Alert>
      ) : null}
    </>
  );
};
