import { Switch } from '@mantine/core';
import type { OrganizationSettings } from '@waiji/contract';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { SaveStatus } from '../../../ui/SaveStatus';
import { SettingBox } from '../../../ui/SettingBox';
import { useUpdateOrganization } from '../../settings/hooks/useSettings';

/**
 * Settings → Organization: whether clients' reports apply at once or wait for a helper. ADMIN+ switch it; others
 * read it.
 */
export const ClientReportsSetting = ({
  organization,
  canManage,
}: {
  organization: OrganizationSettings;
  canManage: boolean;
}) => {
  const { t } = useProposalsTranslation();
  const update = useUpdateOrganization();
  return (
    <SettingBox title={t('settings.title')}>
      <Switch
        label={t('settings.label')}
        description={t('settings.description')}
        checked={organization.clientReportsApplyDirectly}
        disabled={!canManage || update.isPending}
        onChange={(event) => update.mutate({ clientReportsApplyDirectly: event.currentTarget.checked })}
      />
      <SaveStatus
        error={update.isError ? t('settings.failed', { message: update.error.message }) : null}
        saved={update.isSuccess}
        savedLabel={t('settings.saved')}
      />
    </SettingBox>
  );
};
