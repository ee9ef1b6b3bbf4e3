import { Stack, Text } from '@mantine/core';
import { useInboxTranslation } from '../../../i18n/useInboxTranslation';
import { Panel } from '../../../ui/Panel';
import { usePortalAddress } from '../hooks/useInbox';
import { CopyField } from '../../settings/components/CopyField';

/** The portal's "Forward Alipay's emails here": the case's own address with a copy button. Nothing while loading or on error. */
export const PortalForwardAddress = ({ caseId }: { caseId: string }) => {
  const { t } = useInboxTranslation();
  const query = usePortalAddress(caseId);
  if (!query.isSuccess) return null;
  return (
    <Panel title={t('portal.title')} testId="portal-forward-address">
      <Stack gap="xs">
        <Text size="sm">{t('portal.body')}</Text>
        <CopyField label={t('portal.label')} value={query.data.address} testId="inbound-address" />
      </Stack>
    </Panel>
  );
};
