import type { CSSProperties } from 'react';
import { type CasesT, useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { formatRelative } from '../utils/relativeTime';
import classes from './DueText.module.css';

/** `title` (the exact moment) is there exactly when there is a deadline. */
export type DueDescription = { text: string; title?: string; overdue: boolean };

/** What a deadline reads as: relative ("in 2 days", "overdue since 3 hours ago"), the exact moment as a title. */
export const describeDue = (dueAt: string | null, now: Date, locale: string, t: CasesT): DueDescription => {
  if (!dueAt) return { text: t('caseCommon.noDeadline'), overdue: false };
  const date = new Date(dueAt);
  const overdue = date.getTime() < now.getTime();
  const when = formatRelative(date, now, locale);
  return { text: overdue ? t('caseCommon.overdueSince', { when }) : t('caseCommon.dueAt', { when }), title: formatMoment(date, locale), overdue };
};

/** A described deadline as a span: red once passed, dimmed when there is none. Rows of the case table draw it. */
export const DueLabel = ({ due, style }: { due: DueDescription; style?: CSSProperties }) => {
  const dated = due.title !== undefined;
  return (
    <span className={due.overdue ? classes.overdue : dated ? undefined : classes.none} style={style} title={due.title} data-overdue={dated ? due.overdue : undefined}>
      {due.text}
    </span>
  );
};

type DueTextProps = { dueAt: string | null; now?: Date; size?: 'xs' | 'sm' | 'md' };

/**
 * The next deadline at a glance, on Mantine's type scale. The case table draws `DueLabel` itself, with the
 * `describeDue` of its own translation hooks rather than this component's two per row.
 */
export const DueText = ({ dueAt, now = new Date(), size = 'sm' }: DueTextProps) => {
  const { t } = useCasesTranslation();
  const { locale } = useLanguage();
  return <DueLabel due={describeDue(dueAt, now, locale, t)} style={{ fontSize: `var(--mantine-font-size-${size})`, lineHeight: `var(--mantine-line-height-${size})` }} />;
};
