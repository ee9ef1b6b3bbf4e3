import { type CSSProperties, useState } from 'react';
import { type CasesT, useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { formatRelative } from '../utils/relativeTime';
import classes from './DueText.module.css';

/** `dueAt` (the deadline, ISO) is there exactly when there is one. */
export type DueDescription = { text: string; dueAt?: string; overdue: boolean };

/** What a deadline reads as: relative ("in 2 days", "overdue since 3 hours ago"), and the moment itself. */
export const describeDue = (dueAt: string | null, now: Date, locale: string, t: CasesT): DueDescription => {
  if (!dueAt) return { text: t('caseCommon.noDeadline'), overdue: false };
  const date = new Date(dueAt);
  const overdue = date.getTime() < now.getTime();
  const when = formatRelative(date, now, locale, t);
  return { text: overdue ? t('caseCommon.overdueSince', { when }) : t('caseCommon.dueAt', { when }), dueAt, overdue };
};

type DueLabelProps = { due: DueDescription; locale: string; style?: CSSProperties };

/**
 * A described deadline: red once passed, dimmed when there is none. Rows of the case table draw it.
 * A deadline is a `<time>` whose tooltip, the exact moment, is formatted once the pointer first comes over it: the
 * first Intl.DateTimeFormat of a page loads ICU data (~80 ms on a phone-class CPU), which every row would otherwise
 * pay for in the task that draws the list, for a tooltip few readers open.
 */
export const DueLabel = ({ due, locale, style }: DueLabelProps) => {
  const [pointedAt, setPointedAt] = useState(false);
  if (due.dueAt === undefined) {
    return (
      <span className={classes.none} style={style}>
        {due.text}
      </span>
    );
  }
  return (
    <time
      dateTime={due.dueAt}
      className={due.overdue ? classes.overdue : undefined}
      style={style}
      // Formatted again with every render from then on, so it follows a changed deadline or language.
      title={pointedAt ? formatMoment(new Date(due.dueAt), locale) : undefined}
      onPointerEnter={() => setPointedAt(true)}
      data-overdue={due.overdue}
    >
      {due.text}
    </time>
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
  return (
    <DueLabel
      due={describeDue(dueAt, now, locale, t)}
      locale={locale}
      style={{ fontSize: `var(--mantine-font-size-${size})`, lineHeight: `var(--mantine-line-height-${size})` }}
    />
  );
};
