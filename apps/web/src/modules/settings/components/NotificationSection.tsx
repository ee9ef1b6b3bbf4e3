import { NativeSelect, Stack, Switch, Text } from '@mantine/core';
import type { NotificationPreferences } from '@waiji/contract';
import {
  inAppNotifyScopes,
  type NotifyChannel,
  notifyChannelLabels,
  type NotifyScope,
  notifyScopeLabels,
  notifyScopes,
  oneOf,
} from '@waiji/domain';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { useSession } from '../../session/hooks/useSession';
import { useNotificationPreferences, useSetNotificationPreferences } from '../hooks/useSettings';
import { SaveOutcome, SectionError, SectionHeader, SectionLoading } from './SectionStates';

const channels: { channel: NotifyChannel; scopes: readonly NotifyScope[] }[] = [
  { channel: 'inApp', scopes: inAppNotifyScopes },
  { channel: 'email', scopes: notifyScopes },
  { channel: 'digest', scopes: notifyScopes },
];

/**
 * Each person's own choice, per channel (the bell, an email at once, the 08:00 digest): which cases they hear of —
 * all, their own and unassigned ones, only their own (assigned or followed), or none. Saved as soon as it is picked.
 * Someone working alone (a PERSONAL organization) has only their own cases: the two emails are on or off.
 */
export const NotificationSection = () => {
  const { t } = useAccountTranslation();
  const pick = useBilingual();
  const { isPersonal } = useSession();
  const preferences = useNotificationPreferences();
  const save = useSetNotificationPreferences();

  const choose = (channel: NotifyChannel, value: string) => {
    if (!preferences.data || !oneOf(notifyScopes, value)) return;
    if (channel === 'inApp' && !oneOf(inAppNotifyScopes, value)) return;
    save.mutate({ ...preferences.data, [channel]: value } as NotificationPreferences);
  };

  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.notifications.title')} description={t('settings.notifications.description')} />
      {preferences.isPending ? <SectionLoading /> : null}
      {preferences.isError ? (
        <SectionError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : null}
      {preferences.data ? (
        <Stack gap="md" maw={560}>
          {isPersonal
            ? channels
                .filter(({ channel }) => channel !== 'inApp')
                .map(({ channel }) => (
                  <Switch
                    key={channel}
                    label={pick(notifyChannelLabels[channel])}
                    description={t(`settings.notifications.help.${channel}`)}
                    checked={preferences.data[channel] !== 'OFF'}
                    onChange={(event) => choose(channel, event.currentTarget.checked ? 'ALL' : 'OFF')}
                  />
                ))
            : channels.map(({ channel, scopes }) => (
                <NativeSelect
                  key={channel}
                  label={pick(notifyChannelLabels[channel])}
                  description={t(`settings.notifications.help.${channel}`)}
                  value={preferences.data[channel]}
                  onChange={(event) => choose(channel, event.currentTarget.value)}
                  data={scopes.map((scope) => ({ value: scope, label: pick(notifyScopeLabels[scope]) }))}
                />
              ))}
          {isPersonal ? null : (
            <Text size="sm" c="dimmed">
              {t('settings.notifications.mine')}
            </Text>
          )}
          <SaveOutcome save={save} />
        </Stack>
      ) : null}
    </Stack>
  );
};
