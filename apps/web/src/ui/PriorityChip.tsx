import type { Priority } from '@waiji/domain';
import classes from './PriorityChip.module.css';

/** The priority chip of the case list and the board; `className` sets its size where it stands. */
export const PriorityChip = ({
  priority,
  label,
  className,
}: {
  priority: Priority;
  label: string;
  className?: string | undefined;
}) =>
  priority === 'NORMAL' ? null : (
    <span className={className ? `${className} ${classes.chip}` : classes.chip} data-priority={priority}>
      {label}
    </span>
  );
