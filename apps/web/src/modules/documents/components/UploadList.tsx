import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { DocumentsT } from '../../../i18n/useDocumentsTranslation';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';
import { isApiError } from '../../api/ApiError';
import type { UploadItem } from '../hooks/useUploads';

const knownCodes = [
  'NETWORK',
  'UNSUPPORTED_FILE_TYPE',
  'FILE_TOO_LARGE',
  'IMAGE_TOO_SMALL',
  'FILE_TRUNCATED',
  'IMAGE_BOMB',
] as const;

/** Why an upload failed, in the reader's words: the API's refusals by their code, anything else by its message. */
export const uploadErrorText = (t: DocumentsT, error: unknown): string => {
  if (isApiError(error)) {
    const code = knownCodes.find((known) => known === error.code);
    if (code) return t(`upload.errors.${code}`);
    return t('upload.errors.other', { message: error.message });
  }
  return t('upload.errors.other', { message: error instanceof Error ? error.message : String(error) });
};

/** One line per chosen file: its progress while it goes up, then done, or the reason and Retry. */
export const UploadList = ({
  items,
  onRetry,
  onDismiss,
}: {
  items: readonly UploadItem[];
  onRetry: (key: string) => void;
  onDismiss: (key: string) => void;
}) => {
  const { t } = useDocumentsTranslation();
  if (items.length === 0) return null;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('upload.listLabel')}>
      {items.map((item) => {
        const name = item.file.name || 'photo';
        const percent = Math.round(item.progress * 100);
        return (
          <Stack component="li" key={item.key} gap={4} data-testid="upload-item" data-phase={item.phase}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }} aria-live="polite">
                {item.phase === 'preparing'
                  ? t('upload.preparing', { name })
                  : item.phase === 'uploading'
                    ? t('upload.uploading', { name, percent })
                    : item.phase === 'done'
                      ? t('upload.done', { name })
                      : t('upload.failed', { name })}
              </Text>
              {item.phase === 'done' || item.phase === 'failed' ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray.8"
                  onClick={() => onDismiss(item.key)}
                  aria-label={t('upload.dismissNamed', { name })}
                >
                  {t('upload.dismiss')}
                </Button>
              ) : null}
            </Group>
            {item.phase === 'preparing' || item.phase === 'uploading' ? (
              <Progress
                value={item.phase === 'preparing' ? 0 : percent}
                size="md"
                animated={item.phase === 'uploading'}
                aria-label={t('upload.progressLabel', { name })}
              />
            ) : null}
            {item.phase === 'failed' ? (
              <Alert color="red" variant="light" p="xs" role="alert">
                <Stack gap={6} align="flex-start">
                  <Text size="sm">{uploadErrorText(t, item.error)}</Text>
                  <Button size="xs" onClick={() => onRetry(item.key)} aria-label={t('upload.retryNamed', { name })}>
                    {t('upload.retry')}
                  </Button>
                </Stack>
              </Alert>
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
};
