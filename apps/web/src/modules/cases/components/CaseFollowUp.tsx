import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useLanguage } from '../../../i18n/useBilingual';
import { useSession } from '../../session';
import { useCaseSnooze, useCaseWatchers, useSetSnooze, useSetWatching } from '../hooks/useFollowUp';

const DAY = 86_400_000;

/** A local calendar day as the date field writes it (YYYY-MM-DD). */
const dayValue = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export type CaseFollowUpProps = { caseId: string; canEdit: boolean };

/**
 * Under the case's assignee: Follow / Following (anyone but a client; followers hear of the case as of their own)
 * with who follows it, and for helpers "Snooze chases" until a day (09:00 there) or "Wake now" while snoozed.
 */
export const CaseFollowUp = ({ caseId, canEdit }: CaseFollowUpProps) => {
  const { t } = useCasesTranslation();
  const { locale } = useLanguage();
  const { user } = useSession();
  const watchers = useCaseWatchers(caseId);
  const snooze = useCaseSnooze(caseId);
  const setWatching = useSetWatching(caseId);
  const setSnooze = useSetSnooze(caseId);
  const [choosing, setChoosing] = useState(false);
  const [day, setDay] = useState(() => dayValue(new Date(Date.now() + 3 * DAY)));

  const watching = watchers.data?.watching ?? false;
  const others = (watchers.data?.watchers ?? []).filter((watcher) => watcher.id !== user?.id);
  const snoozedUntil = snooze.data?.snoozedUntil ? new Date(snooze.data.snoozedUntil) : null;
  const until = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T09:00:00`) : null;
  const untilValid = until !== null && !Number.isNaN(until.getTime()) && until.getTime() > Date.now();
  const error = setWatching.error ?? setSnooze.error ?? watchers.error ?? snooze.error;

  return (
    <Stack gap={4} data-testid="case-follow-up">
      <Group gap="xs" wrap="wrap" align="center">
        <Button
          size="xs"
          variant={watching ? 'light' : 'default'}
          aria-pressed={watching}
          title={t('casePage.followUp.followHelp')}
          loading={watchers.isPending || setWatching.isPending}
          disabled={watchers.isError}
          onClick={() => setWatching.mutate(!watching)}
        >
          {watching ? `★ ${t('casePage.followUp.following')}` : `☆ ${t('casePage.followUp.follow')}`}
        </Button>
        {snoozedUntil ? (
          <Text size="sm" data-testid="snoozed-until">
            {t('casePage.followUp.snoozed', { date: formatMoment(snoozedUntil, locale) })}
          </Text>
        ) : null}
        {canEdit && snoozedUntil ? (
          <Button size="xs" variant="subtle" loading={setSnooze.isPending} onClick={() => setSnooze.mutate(null)}>
            {t('casePage.followUp.wake')}
          </Button>
        ) : null}
        {canEdit && !snoozedUntil && !choosing && snooze.isSuccess ? (
          <Button size="xs" variant="default" onClick={() => setChoosing(true)}>
            {t('casePage.followUp.snooze')}
          </Button>
        ) : null}
      </Group>
      {others.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('casePage.followUp.followers', { names: others.map((watcher) => watcher.displayName).join(', ') })}
        </Text>
      ) : null}
      {choosing && !snoozedUntil ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!untilValid || !until) return;
            setSnooze.mutate(until, { onSuccess: () => setChoosing(false) });
          }}
        >
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap" align="flex-end">
              <TextInput
                type="date"
                size="xs"
                w={170}
                label={t('casePage.followUp.snoozeUntil')}
                value={day}
                min={dayValue(new Date(Date.now() + DAY))}
                onChange={(event) => setDay(event.currentTarget.value)}
                error={day !== '' && !untilValid}
              />
              <Button size="xs" type="submit" disabled={!untilValid} loading={setSnooze.isPending}>
                {t('casePage.followUp.snoozeSave')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setChoosing(false)} disabled={setSnooze.isPending}>
                {t('casePage.followUp.cancel')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('casePage.followUp.snoozeHelp')}
            </Text>
          </Stack>
        </form>
      ) : null}
      {error ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {t('casePage.followUp.failed', { message: error.message })}
        </Alert>
      ) : null}
    </Stack>
  );
};
