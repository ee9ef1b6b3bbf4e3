import { Button, Group, Stack, Text } from '@mantine/core';
import {
  type AllowedActionsContext,
  allowedActions,
  type CaseAction,
  type CaseSnapshot,
  type CaseState,
  type CaseType,
  machineFor,
} from '@waiji/domain';
import { useState } from 'react';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { BEIJING_TIME_ZONE, formatDay } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import type { ActionFormValues } from '../utils/actionForm';
import { ActionForm, type ActionSubmit } from './ActionForm';

export type ActionButtonsProps = {
  caseType: CaseType;
  state: CaseState;
  /** Passed to the domain's `allowedActions` (e.g. same card before its retry date hides resubmit). */
  context?: AllowedActionsContext;
  /** Saves an action; reject to keep its form open with the reason (e.g. the API's 409 message). */
  onSubmit: ActionSubmit;
  snapshot?: CaseSnapshot;
  /** Starting values per action, e.g. a reject form filled from a pasted Alipay message. */
  prefill?: Partial<Record<CaseAction, Partial<ActionFormValues>>>;
  disabled?: boolean;
  now?: () => Date;
  /** Smaller buttons for dense lists (Today). */
  size?: 'xs' | 'sm';
};

// Colour carries meaning only alongside the label; shade 9 keeps outline text above 4.5:1.
const buttonStyle: Partial<Record<CaseAction, { variant: string; color?: string }>> = {
  reject: { variant: 'outline', color: 'red.9' },
  approve: { variant: 'filled', color: 'teal.9' },
};

/** The actions the machine allows now, as buttons; each opens its form. No requests are made here. */
export const ActionButtons = ({
  caseType,
  state,
  context,
  onSubmit,
  snapshot,
  prefill,
  disabled = false,
  now,
  size = 'sm',
}: ActionButtonsProps) => {
  const { t } = useFeatureTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const [openAction, setOpenAction] = useState<CaseAction | null>(null);
  // The last opened action stays mounted while the modal fades out.
  // and keeps the state it was opened in, so a case that has just moved on does not swap its form.
  const [form, setForm] = useState<{ action: CaseAction; state: CaseState } | null>(null);

  const machine = machineFor(caseType);
  const allowed = allowedActions(caseType, state, context);
  const withoutGuard = allowedActions(caseType, state);
  const heldBack = withoutGuard.filter((action) => !allowed.includes(action));

  if (!machine) return null;

  return (
    <Stack gap="xs">
      {allowed.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actions.none')}
        </Text>
      ) : (
        <Group gap="sm" role="group" aria-label={t('actions.groupLabel')}>
          {allowed.map((action) => {
            const transition = machine.transitions.find(
              (candidate) => candidate.action === action && candidate.from.includes(state),
            );
            const style = buttonStyle[action] ?? { variant: 'filled' };
            return (
              <Button
                key={action}
                variant={style.variant}
                {...(style.color ? { color: style.color } : {})}
                disabled={disabled}
                size={size}
                onClick={() => {
                  setForm({ action, state });
                  setOpenAction(action);
                }}
              >
                {transition ? text(transition.label) : action}
              </Button>
            );
          })}
        </Group>
      )}
      {heldBack.includes('resubmit') && context?.retryAfter && (
        <Text size="sm" c="dimmed">
          {t('actions.cooldown', { date: formatDay(context.retryAfter, locale, BEIJING_TIME_ZONE) })}
        </Text>
      )}
      {form && (
        <ActionForm
          opened={openAction !== null}
          onClose={() => setOpenAction(null)}
          caseType={caseType}
          state={form.state}
          action={form.action}
          onSubmit={onSubmit}
          {...(snapshot ? { snapshot } : {})}
          {...(prefill?.[form.action] ? { initialValues: prefill[form.action] } : {})}
          {...(now ? { now } : {})}
        />
      )}
    </Stack>
  );
};
