import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { ConfirmModal } from '../../../ui/ConfirmModal';

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
export const ConfirmDialog = ({ opened, ...props }: ConfirmDialogProps) => {
  const { t } = useRecordsTranslation();
  if (!opened) return null;
  return <ConfirmModal {...props} cancelLabel={t('common.cancel')} color="red.8" />;
};
