import { Alert, Badge, Button, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import type { ReminderItem } from '@waiji/contract';
import { reminderKindLabels } from '@waiji/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { formatMoment, fromDateTimeLocalValue } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { remindersApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { useReminders } from '../hooks/useCaseQueries';
import { formatRelative } from '../utils/relativeTime';
import { QueryState } from './QueryState';

const statusColor: Record<ReminderItem['status'], string> = {
  pending: 'blue.9',
  sent: 'teal.9',
  cancelled: 'gray.8',
  failed: 'red.9',
  dismissed: 'gray.8',
};

const DAY = 86_400_000;

/** The reminder's title in the reader's language ("Same card allowed again"). */
export const useReminderTitle = (): ((reminder: Pick<ReminderItem, 'kind'>) => string) => {
  const text = useBilingual();
  return (reminder) => text(reminderKindLabels[reminder.kind]);
};

/** The reminder's reason in the reader's language, the other one when only that exists. */
export const useReminderReason = (): ((reminder: Pick<ReminderItem, 'reason' | 'reasonZh'>) => string | null) => {
  const { language } = useLanguage();
  return (reminder) =>
    language === 'zh' ? (reminder.reasonZh ?? reminder.reason) : (reminder.reason ?? reminder.reasonZh);
};

type RowProps = { caseId: string; reminder: ReminderItem; canEdit: boolean; now: Date };

const ReminderRow = ({ caseId, reminder, canEdit, now }: RowProps) => {
  const { t } = useCasesTranslation();
  const { locale } = useLanguage();
  const queryClient = useQueryClient();
  const title = useReminderTitle()(reminder);
  const reason = useReminderReason()(reminder);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: caseKeys.reminders(caseId) });
    void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
  };
  const snooze = useMutation({
    mutationFn: (until: Date) => remindersApi.snooze(caseId, reminder.id, until),
    onSuccess: refresh,
  });
  const dismiss = useMutation({ mutationFn: () => remindersApi.dismiss(caseId, reminder.id), onSuccess: refresh });
  const due = new Date(reminder.effectiveDueAt);
  const overdue = reminder.status === 'pending' && due.getTime() < now.getTime();
  const busy = snooze.isPending || dismiss.isPending;
  const error = snooze.error ?? dismiss.error;

  return (
    <Stack
      component="li"
      gap={4}
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      data-kind={reminder.kind}
      data-status={reminder.status}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap={6} wrap="wrap">
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Badge size="xs" color={statusColor[reminder.status]} tt="none">
            {t(`casePage.reminders.status.${reminder.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : undefined}>
          <time dateTime={reminder.effectiveDueAt} title={formatRelative(due, now, locale, t)}>
            {formatMoment(due, locale)}
          </time>
        </Text>
      </Group>
      {reason && <Text size="sm">{reason}</Text>}
      <Text size="xs" c="dimmed">
        {t(`casePage.reminders.audience.${reminder.audience}`)}
        {reminder.snoozedUntil
          ? ` · ${t('casePage.reminders.snoozedUntil', { when: formatMoment(new Date(reminder.snoozedUntil), locale) })}`
          : ''}
      </Text>
      {canEdit && (reminder.status === 'pending' || reminder.status === 'sent') && (
        <Group gap="xs">
          {reminder.status === 'pending' && (
            <Menu withinPortal position="bottom-start">
              <Menu.Target>
                <Button
                  size="compact-xs"
                  variant="light"
                  loading={snooze.isPending}
                  disabled={busy}
                  aria-label={t('casePage.reminders.snoozeLabel', { reminder: title })}
                >
                  {t('casePage.reminders.snooze')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {(
                  [
                    ['snoozeDay', 1],
                    ['snoozeThreeDays', 3],
                    ['snoozeWeek', 7],
                  ] as const
                ).map(([key, days]) => (
                  <Menu.Item
                    key={key}
                    onClick={() => snooze.mutate(new Date(Math.max(now.getTime(), due.getTime()) + days * DAY))}
                  >
                    {t(`casePage.reminders.${key}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray.8"
            loading={dismiss.isPending}
            disabled={busy}
            onClick={() => dismiss.mutate()}
            aria-label={t('casePage.reminders.dismissLabel', { reminder: title })}
          >
            {t('casePage.reminders.dismiss')}
          </Button>
        </Group>
      )}
      {error && (
        <Alert color="red" variant="light" p="xs">
          {error.message}
        </Alert>
      )}
    </Stack>
  );
};

const AddReminderForm = ({ caseId }: { caseId: string }) => {
  const { t } = useCasesTranslation();
  const queryClient = useQueryClient();
  const [dueAt, setDueAt] = useState('');
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: (input: { dueAt: Date; note: string }) =>
      remindersApi.create(caseId, { dueAt: input.dueAt.toISOString(), note: input.note }),
    onSuccess: () => {
      setDueAt('');
      setNote('');
      void queryClient.invalidateQueries({ queryKey: caseKeys.reminders(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    },
  });
  const when = fromDateTimeLocalValue(dueAt);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (when && note.trim() !== '') add.mutate({ dueAt: when, note: note.trim() });
  };
  return (
    <form onSubmit={submit} aria-label={t('casePage.reminders.add')}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          type="datetime-local"
          label={t('casePage.reminders.dueAt')}
          value={dueAt}
          onChange={(event) => setDueAt(event.currentTarget.value)}
          required
          size="xs"
        />
        <TextInput
          label={t('casePage.reminders.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={500}
          required
          size="xs"
          style={{ flex: '1 1 10rem' }}
        />
        <Button type="submit" size="xs" loading={add.isPending} disabled={!when || note.trim() === ''}>
          {t('casePage.reminders.add')}
        </Button>
      </Group>
      {add.isError && (
        <Alert color="red" variant="light" p="xs" mt="xs">
          {add.error.message}
        </Alert>
      )}
    </form>
  );
};

export type RemindersPanelProps = { caseId: string; canEdit: boolean; now?: Date };

/** The case's reminders (planned from its deadlines, or added by hand): snooze, dismiss, add. */
export const RemindersPanel = ({ caseId, canEdit, now = new Date() }: RemindersPanelProps) => {
  const { t } = useCasesTranslation();
  const reminders = useReminders(caseId);
  return (
    <Panel title={t('casePage.reminders.title')} testId="reminders">
      <QueryState query={reminders}>
        {() => {
          const items = [...(reminders.data?.items ?? [])].sort((a, b) =>
            a.effectiveDueAt.localeCompare(b.effectiveDueAt),
          );
          return items.length === 0 ? (
            <Text size="sm">{t('casePage.reminders.empty')}</Text>
          ) : (
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((reminder) => (
                <ReminderRow key={reminder.id} caseId={caseId} reminder={reminder} canEdit={canEdit} now={now} />
              ))}
            </Stack>
          );
        }}
      </QueryState>
      {canEdit && <AddReminderForm caseId={caseId} />}
    </Panel>
  );
};
