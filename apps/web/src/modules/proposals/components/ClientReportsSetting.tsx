import { Alert, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { OrganizationSettings } from '@waiji/contract';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
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
    <Paper withBorder p="md" maw={520} component="section" aria-label={t('settings.title')}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('settings.title')}
        </Title>
        <Switch
          label={t('settings.label')}
          description={t('settings.description')}
          checked={organization.clientReportsApplyDirectly}
          disabled={!canManage || update.isPending}
          onChange={(event) => update.mutate({ clientReportsApplyDirectly: event.currentTarget.checked })}
        />
        {update.isError ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {t('settings.failed', { message: update.error.message })}
          </Alert>
        ) : update.isSuccess ? (
          <Text size="sm" role="status" c="green">
            {t('settings.saved')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
};
