import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useCalendarStatus, useCreateCalendarLink, useRevokeCalendarLink } from '../hooks/useSettings';
import { CopyField } from './CopyField';
import { SectionError, SectionHeader, SectionLoading } from './SectionStates';

/**
 * A secret ICS address of the signer's deadlines. The server keeps only a hash, so the address is shown once,
 * right after it is made; making a new one ends the old.
 */
export const CalendarSection = () => {
  const { t } = useAccountTranslation();
  const status = useCalendarStatus();
  const create = useCreateCalendarLink();
  const revoke = useRevokeCalendarLink();
  const url = create.data?.url;
  const active = status.data?.active ?? false;
  const failure = create.error ?? revoke.error;

  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.calendar.title')} description={t('settings.calendar.description')} />
      {status.isPending ? <SectionLoading /> : null}
      {status.isError ? <SectionError error={status.error} onRetry={() => void status.refetch()} /> : null}
      {status.data ? (
        <Stack gap="md" maw={640}>
          <Group gap="xs">
            <Text size="sm">{t('settings.calendar.status')}</Text>
            <Badge variant="outline" color={active ? 'green.9' : 'gray.7'}>
              {active ? t('settings.calendar.active') : t('settings.calendar.inactive')}
            </Badge>
          </Group>
          {failure ? (
            <Alert color="red" variant="light" role="alert">
              {t('accountCommon.saveError', { message: failure.message })}
            </Alert>
          ) : null}
          {url && active ? (
            <Stack gap="xs">
              <CopyField label={t('settings.calendar.url')} value={url} />
              <Text size="xs" c="dimmed">
                {t('settings.calendar.shownOnce')}
              </Text>
            </Stack>
          ) : active ? (
            <Text size="sm" c="dimmed">
              {t('settings.calendar.hidden')}
            </Text>
          ) : null}
          <Group>
            <Button onClick={() => create.mutate()} loading={create.isPending} variant={active ? 'default' : 'filled'}>
              {active ? t('settings.calendar.replace') : t('settings.calendar.create')}
            </Button>
            {active ? (
              <Button
                color="red.9"
                variant="subtle"
                onClick={() => revoke.mutate(undefined, { onSuccess: () => create.reset() })}
                loading={revoke.isPending}
              >
                {t('settings.calendar.revoke')}
              </Button>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {t('settings.calendar.howTo')}
          </Text>
        </Stack>
      ) : null}
    </Stack>
  );
};
