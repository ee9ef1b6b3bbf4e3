import { Alert, Button, Group, Loader, NumberInput, Stack, Text } from '@mantine/core';
import type { OrganizationPolicyResponse } from '@waiji/contract';
import { type FormEvent, useState } from 'react';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';
import { SaveStatus } from '../../../ui/SaveStatus';
import { SettingBox } from '../../../ui/SettingBox';
import { usePolicy, useUpdatePolicy } from '../../settings/hooks/useSettings';

const MIN_DAYS = 1;
const MAX_DAYS = 3650;

const RetentionForm = ({ policy }: { policy: OrganizationPolicyResponse }) => {
  const { t } = useDocumentsTranslation();
  const update = useUpdatePolicy();
  const [days, setDays] = useState<number | string>(policy.documentRetentionDays);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = typeof days === 'number' ? days : Number(days);
    if (!Number.isInteger(value) || value < MIN_DAYS || value > MAX_DAYS) {
      setInvalid(true);
      return;
    }
    // The policy is saved as a whole: the other fields go back as they are.
    update.mutate({
      timeZone: policy.timeZone,
      quietHours: policy.quietHours,
      policy: policy.policy,
      documentRetentionDays: value,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <NumberInput
          label={t('settings.label')}
          description={t('settings.help')}
          value={days}
          onChange={(value) => {
            setDays(value);
            setInvalid(false);
          }}
          min={MIN_DAYS}
          max={MAX_DAYS}
          allowDecimal={false}
          allowNegative={false}
          error={invalid ? t('settings.invalid') : undefined}
          maw={320}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
        <SaveStatus
          error={update.isError ? t('settings.failed', { message: update.error.message }) : null}
          saved={update.isSuccess}
          savedLabel={t('settings.saved')}
        />
      </Stack>
    </form>
  );
};

/** Settings → Organization: how many days after a case closes its document files are deleted (owners and admins). */
export const DocumentRetentionSetting = ({ canManage }: { canManage: boolean }) => {
  const { t } = useDocumentsTranslation();
  const policy = usePolicy(canManage);
  return (
    <SettingBox title={t('settings.title')} testId="document-retention">
      {!canManage ? (
        <Text size="sm" c="dimmed">
          {t('settings.readOnly')}
        </Text>
      ) : policy.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : policy.isError ? (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('common.error', { message: policy.error.message })}</Text>
            <Button size="xs" variant="light" onClick={() => void policy.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <RetentionForm policy={policy.data} />
      )}
    </SettingBox>
  );
};
