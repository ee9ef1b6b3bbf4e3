import { Badge } from '@mantine/core';
import { type CaseState, caseStateLabels } from '@waiji/domain';
import { useBilingual } from '../../../i18n/useBilingual';

// Shade 8–9 keeps white text above 4.5:1; the label, not the colour, carries the meaning.
export const stateColor: Record<CaseState, string> = {
  PREPARING: 'gray.8',
  SUBMITTED: 'blue.9',
  AWAITING_DEPOSIT: 'grape.9',
  MANUAL_REVIEW: 'indigo.9',
  REJECTED: 'red.9',
  APPROVED: 'teal.9',
};

/** The state's colour as a CSS value, for plain elements that draw the same chip (the case table's rows). */
export const stateColorVar = (state: CaseState): string =>
  `var(--mantine-color-${stateColor[state].replace('.', '-')})`;

type StateBadgeProps = { state: CaseState; size?: 'xs' | 'sm' | 'md' | 'lg' };

/** A case's state as a chip: the same colours on every screen. */
export const StateBadge = ({ state, size = 'sm' }: StateBadgeProps) => {
  const text = useBilingual();
  return (
    <Badge variant="filled" color={stateColor[state]} size={size} tt="none" radius="sm" data-state={state}>
      {text(caseStateLabels[state])}
    </Badge>
  );
};
