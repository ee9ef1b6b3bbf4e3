import { Alert, Button, Group } from '@mantine/core';

export type DialogActionsProps = {
  /** The refusal to show, when the last attempt failed. */
  error?: string | null;
  cancelLabel: string;
  onCancel: () => void;
  confirmLabel: string;
  pending: boolean;
  /** What the confirm button does; without it, it submits the dialog's form. */
  onConfirm?: () => void;
  /** The confirm button's colour ('red.8' for what cannot be undone); the theme's by default. */
  color?: string;
};

/** The foot of a dialog: why the last attempt failed, then Cancel and the confirm button. */
export const DialogActions = ({
  error,
  cancelLabel,
  onCancel,
  confirmLabel,
  pending,
  onConfirm,
  color,
}: DialogActionsProps) => (
  <>
    {error ? (
      <Alert color="red" variant="light" role="alert" p="xs">
        {error}
      </Alert>
    ) : null}
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        color={color}
        loading={pending}
        {...(onConfirm ? { onClick: onConfirm } : {})}
      >
        {confirmLabel}
      </Button>
    </Group>
  </>
);
