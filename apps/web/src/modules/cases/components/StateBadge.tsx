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
  // The 2026 flows (issue 18): waits in blue/indigo/grape/violet, failures in red/pink, success in teal.
  SCAN_LOCKED: 'violet.9',
  FACE_CHECK: 'cyan.9',
  THREE_DS_PENDING: 'blue.9',
  ISSUER_DECLINED: 'red.9',
  CARD_UNSUPPORTED: 'red.9',
  RISK_CONTROL: 'pink.9',
  CARD_UNBOUND: 'gray.8',
  AGENT_REQUESTED: 'grape.9',
  UPLOAD_LINK_RECEIVED: 'violet.9',
  RESTRICTION_LIFTED: 'teal.9',
  STILL_RESTRICTED: 'red.9',
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
