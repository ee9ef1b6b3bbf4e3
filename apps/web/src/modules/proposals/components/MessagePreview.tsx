import { Stack, Text } from '@mantine/core';
import { interpretAlipayMessage } from '@waiji/domain';
import { useDeferredValue, useMemo } from 'react';
import { useBilingual } from '../../../i18n/useBilingual';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { GlossaryText } from '../../glossary/components/GlossaryText';

/** The interpreter's reading of a pasted message, as the client types (the same domain function the API uses). */
export const MessagePreview = ({ text }: { text: string }) => {
  const { t } = useProposalsTranslation();
  const pick = useBilingual();
  const deferred = useDeferredValue(text);
  const found = useMemo(() => (deferred.trim() === '' ? [] : interpretAlipayMessage(deferred)), [deferred]);
  if (deferred.trim() === '') return null;
  return (
    <Stack gap={2} aria-live="polite" data-testid="report-preview">
      <Text size="sm" fw={600}>
        {t('report.preview')}
      </Text>
      {found.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.previewNone')}
        </Text>
      ) : (
        found.map((item) => (
          <Text size="sm" key={item.code}>
            <GlossaryText>{pick(item.meaning)}</GlossaryText>
          </Text>
        ))
      )}
    </Stack>
  );
};
