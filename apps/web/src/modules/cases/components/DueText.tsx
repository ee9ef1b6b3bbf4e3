import type { CSSProperties } from 'react';
import { type CasesT, useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { formatRelative } from '../utils/relativeTime';

export type DueDescription = { text: string; title?: string; overdue: boolean };

/** What a deadline reads as: relative ("in 2 days", "overdue since 3 hours ago"), the exact moment as a title. */
export const describeDue = (dueAt: string | null, now: Date, locale: string, t: CasesT): DueDescription => {
  if (!dueAt) return { text: t('caseCommon.noDeadline'), overdue: false };
  const date = new Date(dueAt);
  const overdue = date.getTime() < now.getTime();
  const when = formatRelative(date, now, locale);
  return { text: overdue ? t('caseCommon.overdueSince', { when }) : t('caseCommon.dueAt', { when }), title: formatMoment(date, locale), overdue };
};

type DueTextProps = { dueAt: string | null; now?: Date; size?: 'xs' | 'sm' | 'md' };

/**
 * The next deadline at a glance, red once passed. A plain span on Mantine's type scale: the case table draws
 * one per row (through `describeDue`, without this component's two translation hooks).
 */
export const DueText = ({ dueAt, now = new Date(), size = 'sm' }: DueTextProps) => {
  const { t } = useCasesTranslation();
  const { locale } = useLanguage();
  const due = describeDue(dueAt, now, locale, t);
  const style: CSSProperties = {
    fontSize: `var(--mantine-font-size-${size})`,
    lineHeight: `var(--mantine-line-height-${size})`,
    ...(dueAt ? {} : { color: 'var(--mantine-color-dimmed)' }),
    ...(due.overdue ? { color: 'var(--mantine-color-red-9)', fontWeight: 600 } : {}),
  };
  return (
    <span style={style} title={due.title} data-overdue={dueAt ? due.overdue : undefined}>
      {due.text}
    </span>
  );
};
