import { Alert, Radio, Stack } from '@mantine/core';
import type { NotificationPreferences } from '@waiji/contract';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useNotificationPreferences, useSetNotificationPreferences } from '../hooks/useSettings';
import { SectionError, SectionHeader, SectionLoading } from './SectionStates';

type Mode = NotificationPreferences['notifyMode'];

/** Each person's own choice: one email per reminder, or one digest a day. Saved as soon as it is picked. */
export const NotificationSection = () => {
  const { t } = useAccountTranslation();
  const preferences = useNotificationPreferences();
  const save = useSetNotificationPreferences();

  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.notifications.title')} description={t('settings.notifications.description')} />
      {preferences.isPending ? <SectionLoading /> : null}
      {preferences.isError ? (
        <SectionError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : null}
      {preferences.data ? (
        <Stack gap="md" maw={560}>
          <Radio.Group
            label={t('settings.notifications.modeLabel')}
            value={preferences.data.notifyMode}
            onChange={(value) => save.mutate({ notifyMode: value as Mode })}
          >
            <Stack gap="sm" mt="xs">
              <Radio
                value="IMMEDIATE"
                label={t('settings.notifications.IMMEDIATE.label')}
                description={t('settings.notifications.IMMEDIATE.description')}
              />
              <Radio
                value="DIGEST"
                label={t('settings.notifications.DIGEST.label')}
                description={t('settings.notifications.DIGEST.description')}
              />
            </Stack>
          </Radio.Group>
          {save.isError ? (
            <Alert color="red" variant="light" role="alert">
              {t('accountCommon.saveError', { message: save.error.message })}
            </Alert>
          ) : null}
          {save.isSuccess ? (
            <Alert color="green" variant="light" role="status">
              {t('accountCommon.saved')}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
};
