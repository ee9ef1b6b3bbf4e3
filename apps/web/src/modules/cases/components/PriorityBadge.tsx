import { Badge } from '@mantine/core';
import { type Priority, priorityLabels } from '@waiji/domain';
import { useBilingual } from '../../../i18n/useBilingual';

// The case table draws the same chips as plain spans (CaseTable.module.css); each text stays above 4.5:1.
const look: Record<Exclude<Priority, 'NORMAL'>, { variant: string; color: string; c?: string }> = {
  URGENT: { variant: 'filled', color: 'red.9' },
  HIGH: { variant: 'outline', color: 'orange', c: 'black' },
  LOW: { variant: 'outline', color: 'gray.6', c: 'gray.7' },
};

type PriorityBadgeProps = { priority: Priority; size?: 'xs' | 'sm' };

/** A case's priority as a chip, or nothing for a normal one (most cases: a chip on each would be noise). */
export const PriorityBadge = ({ priority, size = 'xs' }: PriorityBadgeProps) => {
  const text = useBilingual();
  if (priority === 'NORMAL') return null;
  const { variant, color, c } = look[priority];
  return (
    <Badge
      variant={variant}
      color={color}
      {...(c ? { c } : {})}
      size={size}
      tt="none"
      radius="sm"
      w="fit-content"
      data-priority={priority}
    >
      {text(priorityLabels[priority])}
    </Badge>
  );
};
