import { Text } from '@mantine/core';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { formatRelative } from '../utils/relativeTime';

type DueTextProps = { dueAt: string | null; now?: Date; size?: 'xs' | 'sm' | 'md' };

/** The next deadline at a glance: relative ("in 2 days"), red once passed, the exact moment as a tooltip. */
export const DueText = ({ dueAt, now = new Date(), size = 'sm' }: DueTextProps) => {
  const { t } = useCasesTranslation();
  const { locale } = useLanguage();
  if (!dueAt) {
    return (
      <Text size={size} c="dimmed" span>
        {t('caseCommon.noDeadline')}
      </Text>
    );
  }
  const date = new Date(dueAt);
  const overdue = date.getTime() < now.getTime();
  const when = formatRelative(date, now, locale);
  return (
    <Text size={size} span c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : undefined} title={formatMoment(date, locale)} data-overdue={overdue}>
      {overdue ? t('caseCommon.overdueSince', { when }) : t('caseCommon.dueAt', { when })}
    </Text>
  );
};
