import { Text } from '@mantine/core';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';

/** On a timeline entry a client's report became: "Reported by the client" (the entry's actor confirmed it). */
export const ReportedByClient = ({ data }: { data: Record<string, unknown> }) => {
  const { t } = useProposalsTranslation();
  if (data['reportedBy'] !== 'CLIENT') return null;
  return (
    <Text size="xs" c="dimmed" data-testid="reported-by-client">
      {t('staff.reportedByClient')}
    </Text>
  );
};
