import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';

export type ConfirmDialogProps = {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  /** The refusal to show, when the last attempt failed. */
  error?: string | null;
};

/** "Are you sure?" before archiving a client or a case; mounted only while open. */
export const ConfirmDialog = ({
  opened,
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
  pending,
  error,
}: ConfirmDialogProps) => {
  const { t } = useRecordsTranslation();
  if (!opened) return null;
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack gap="md">
        <Text size="sm">{body}</Text>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.8" onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
