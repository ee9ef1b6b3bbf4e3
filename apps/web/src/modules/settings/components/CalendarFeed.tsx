import { Alert, Badge, Button, Group, Radio, Stack, Text } from '@mantine/core';
import {
  type CalendarAlarm,
  calendarAlarmLabels,
  calendarAlarms,
  type CalendarScope,
  calendarScopeLabels,
  oneOf,
} from '@waiji/domain';
import { useState } from 'react';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { useSession } from '../../session/hooks/useSession';
import { useCalendarStatus, useCreateCalendarLink, useRevokeCalendarLink } from '../hooks/useSettings';
import { CopyField } from './CopyField';
import { SectionError, SectionLoading } from './SectionStates';

type Props = {
  /** The scopes offered, in order; none for a client or an individual, whose feed is their own cases. */
  scopes: readonly CalendarScope[];
};

/**
 * A secret ICS address of the signer's deadlines, with its alarm and (for staff) which cases it holds. The server
 * keeps only a hash and the options travel in the address, so the address is shown once, right after it is made;
 * making a new one ends the old.
 */
export const CalendarFeed = ({ scopes }: Props) => {
  const { t } = useAccountTranslation();
  const pick = useBilingual();
  const { user } = useSession();
  const status = useCalendarStatus();
  const create = useCreateCalendarLink();
  const revoke = useRevokeCalendarLink();
  const [alarm, setAlarm] = useState<CalendarAlarm>('DAY_BEFORE_9');
  const [scope, setScope] = useState<CalendarScope>('MINE');
  const url = create.data?.url;
  const active = status.data?.active ?? false;
  const failure = create.error ?? revoke.error;
  const language = user?.locale === 'zh' ? 'zh' : 'en';
  // "Mine" with nothing assigned is an empty calendar: say so, and what to choose instead.
  const noneAssigned = scopes.length > 0 && scope === 'MINE' && status.data?.assignedCases === 0;

  if (status.isPending) return <SectionLoading />;
  if (status.isError) return <SectionError error={status.error} onRetry={() => void status.refetch()} />;

  return (
    <Stack gap="md" maw={640}>
      <Group gap="xs">
        <Text size="sm">{t('settings.calendar.status')}</Text>
        <Badge variant="outline" color={active ? 'green' : 'gray.7'}>
          {active ? t('settings.calendar.active') : t('settings.calendar.inactive')}
        </Badge>
      </Group>
      {scopes.length > 0 ? (
        <Radio.Group
          label={t('settings.calendar.scopeLabel')}
          value={scope}
          onChange={(value) => {
            if (oneOf(scopes, value)) setScope(value);
          }}
        >
          <Stack gap="xs" mt="xs">
            {scopes.map((option) => (
              <Radio key={option} value={option} label={pick(calendarScopeLabels[option])} />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
      {noneAssigned ? (
        <Alert color="yellow" variant="light" role="status">
          {scopes.includes('ORGANIZATION')
            ? t('settings.calendar.noneAssigned')
            : t('settings.calendar.noneAssignedTeam')}
        </Alert>
      ) : null}
      <Radio.Group
        label={t('settings.calendar.alarmLabel')}
        value={alarm}
        onChange={(value) => {
          if (oneOf(calendarAlarms, value)) setAlarm(value);
        }}
      >
        <Stack gap="xs" mt="xs">
          {calendarAlarms.map((option) => (
            <Radio key={option} value={option} label={pick(calendarAlarmLabels[option])} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="xs" c="dimmed">
        {t('settings.calendar.allDay')}{' '}
        {t('settings.calendar.language', { language: t(`settings.calendar.languages.${language}`) })}
      </Text>
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
      <Text size="xs" c="dimmed">
        {t('settings.calendar.optionsNote')}
      </Text>
      <Group>
        <Button
          onClick={() => create.mutate(scopes.length > 0 ? { alarm, scope } : { alarm })}
          loading={create.isPending}
          variant={active ? 'default' : 'filled'}
        >
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
  );
};
