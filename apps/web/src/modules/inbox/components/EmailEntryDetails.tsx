import { Text } from '@mantine/core';
import { useInboxTranslation } from '../../../i18n/useInboxTranslation';

const textOf = (data: Record<string, unknown>, key: string): string | null => {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** On an EMAIL timeline entry: who sent it, its subject and attachments (the text and reading follow as for messages). */
export const EmailEntryDetails = ({ action, data }: { action: string; data: Record<string, unknown> }) => {
  const { t } = useInboxTranslation();
  if (action !== 'EMAIL') return null;
  const from = textOf(data, 'from');
  const originalFrom = textOf(data, 'originalFrom');
  const subject = textOf(data, 'subject');
  const files = Array.isArray(data['attachments']) ? data['attachments'] : [];
  const names = files.flatMap((file: unknown) =>
    typeof file === 'object' && file !== null && typeof (file as { filename?: unknown }).filename === 'string'
      ? [(file as { filename: string }).filename]
      : [],
  );
  return (
    <>
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {subject ?? t('common.noSubject')}
      </Text>
      {from && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('common.from', { from })}
          {originalFrom ? ` · ${t('common.forwardedFrom', { from: originalFrom })}` : ''}
        </Text>
      )}
      {names.length > 0 && (
        <Text size="xs" c="dimmed">
          📎 {names.join(', ')}
        </Text>
      )}
    </>
  );
};
