import { Modal, Stack, Text } from '@mantine/core';
import { DialogActions, type DialogActionsProps } from './DialogActions';

export type ConfirmModalProps = Omit<DialogActionsProps, 'onCancel' | 'onConfirm'> & {
  title: string;
  body: string;
  onConfirm: () => void;
  onClose: () => void;
};

/** "Are you sure?": a sentence, then Cancel and the confirm button; mounted only while open. */
export const ConfirmModal = ({ title, body, onClose, ...actions }: ConfirmModalProps) => (
  <Modal opened onClose={onClose} title={title} centered>
    <Stack gap="md">
      <Text size="sm">{body}</Text>
      <DialogActions {...actions} onCancel={onClose} />
    </Stack>
  </Modal>
);
