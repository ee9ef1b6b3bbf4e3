import { Text } from '@mantine/core';
import { documentKindLabels, documentKinds, oneOf } from '@waiji/domain';
import { useBilingual } from '../../../i18n/useBilingual';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';

const documentEvents = ['uploaded', 'accepted', 'rejected', 'deleted', 'purged'] as const;

const textOf = (data: Record<string, unknown>, key: string): string | null => {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** On a DOCUMENT timeline entry: what happened to which document, and a rejection's reason. */
export const DocumentEntryDetails = ({ action, data }: { action: string; data: Record<string, unknown> }) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  if (action !== 'DOCUMENT') return null;
  const event = data['event'];
  const kind = data['kind'];
  if (!oneOf(documentEvents, event)) return null;
  const reason = textOf(data, 'reason');
  return (
    <>
      <Text size="sm">
        {t(`timeline.${event}`, { document: oneOf(documentKinds, kind) ? text(documentKindLabels[kind]) : '—' })}
      </Text>
      {reason ? <Text size="sm">{t('timeline.reason', { reason })}</Text> : null}
    </>
  );
};
