import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { oneOf, staleMessageFields } from '@waiji/domain';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { BEIJING_TIME_ZONE, formatDay } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import type { ApiError } from '../../api';

/** The dates of the answer's details, as the person reads them (Beijing calendar days). */
const staleDates = (error: ApiError, locale: string) => {
  const dates = error.detailRecord['dates'];
  const found = (Array.isArray(dates) ? dates : []).flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, date } = entry as { field?: unknown; date?: unknown };
    if (!oneOf(staleMessageFields, field) || typeof date !== 'string' || Number.isNaN(Date.parse(date))) return [];
    const at = new Date(date);
    // Beijing keeps UTC+8 all year.
    const year = new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
    return [{ field, day: formatDay(at, locale, BEIJING_TIME_ZONE), year }];
  });
  return found;
};

export type StaleDateQuestionProps = {
  error: ApiError;
  busy: boolean;
  /** Send the message again with confirmStaleDate. */
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * "This message is from 2015 — is that right?": the question a message with far-past dates asks before it is applied
 * (the case page's paste panel, a client's reported message). Yes sends it again confirmed; No leaves things as they
 * were.
 */
export const StaleDateQuestion = ({ error, busy, onConfirm, onCancel }: StaleDateQuestionProps) => {
  const { t } = useCasesTranslation();
  const { locale } = useLanguage();
  const dates = staleDates(error, locale);
  const years = [...new Set(dates.map((entry) => entry.year))].join(', ');
  const days = Number(error.detailRecord['staleAfterDays']) || 30;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      title={t('casePage.message.stale.title', { years: years || '?' })}
      data-testid="stale-date"
    >
      <Stack gap="xs" align="flex-start">
        {dates.length > 0 ? (
          <List size="sm" spacing={2}>
            {dates.map((entry) => (
              <List.Item key={`${entry.field}-${entry.day}`}>
                {t(`casePage.message.stale.${entry.field}`, { date: entry.day })}
              </List.Item>
            ))}
          </List>
        ) : null}
        <Text size="sm">{t('casePage.message.stale.body', { days })}</Text>
        <Group gap="xs">
          <Button size="xs" loading={busy} onClick={onConfirm}>
            {t('casePage.message.stale.confirm')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel} disabled={busy}>
            {t('casePage.message.stale.cancel')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
};
