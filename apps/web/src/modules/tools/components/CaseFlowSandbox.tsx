import { Button, Group, List, Stack, Tabs, Text } from '@mantine/core';
import {
  type ActionPayload,
  applyAction,
  type CaseAction,
  type CaseEventRecord,
  type CaseSnapshot,
  caseStateLabels,
  type CaseType,
  caseTypes,
  initialSnapshot,
  machineFor,
} from '@waiji/domain';
import { useState } from 'react';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { ActionButtons, CaseStateDiagram } from '../../cases';

type SandboxCaseProps = { caseType: CaseType; now: () => Date };

/** One case type played out in memory with the domain's own `applyAction`: the diagram follows each step. */
const SandboxCase = ({ caseType, now }: SandboxCaseProps) => {
  const { t } = useFeatureTranslation();
  const text = useBilingual();
  const [snapshot, setSnapshot] = useState<CaseSnapshot>(() => initialSnapshot(caseType, now()));
  const [events, setEvents] = useState<CaseEventRecord[]>([]);

  const submit = async (action: CaseAction, payload: ActionPayload): Promise<void> => {
    const result = applyAction(snapshot, action, payload, now());
    if (!result.ok) {
      // Shaped like the API's refusal, so the form shows it the way it will show the server's.
      const { error } = result;
      throw Object.assign(new Error(error.message), {
        status: error.code === 'INVALID_PAYLOAD' ? 400 : 409,
        code: error.code,
        ...(error.code === 'INVALID_PAYLOAD' ? { field: error.field } : {}),
        ...(error.code === 'COOLDOWN_ACTIVE' ? { retryAfter: error.retryAfter } : {}),
      });
    }
    setSnapshot(result.snapshot);
    setEvents((previous) => [...previous, result.event]);
  };

  const reset = () => {
    setSnapshot(initialSnapshot(caseType, now()));
    setEvents([]);
  };

  return (
    <Stack gap="md" pt="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text>
          {t('tools.flow.current')}{' '}
          <Text span fw={700}>
            {text(caseStateLabels[snapshot.state])}
          </Text>
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={reset} disabled={events.length === 0}>
          {t('tools.flow.reset')}
        </Button>
      </Group>
      <ActionButtons caseType={caseType} state={snapshot.state} snapshot={snapshot} onSubmit={submit} now={now} />
      {events.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('tools.flow.history')}
          </Text>
          <List type="ordered" size="sm" spacing={2}>
            {events.map((event, index) => (
              <List.Item key={index}>
                {t('tools.flow.event', {
                  action: text(
                    machineFor(caseType)?.transitions.find((candidate) => candidate.action === event.action)?.label ?? {
                      en: event.action,
                      zh: event.action,
                    },
                  ),
                  from: text(caseStateLabels[event.fromState]),
                  to: text(caseStateLabels[event.toState]),
                })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <CaseStateDiagram caseType={caseType} currentState={snapshot.state} />
    </Stack>
  );
};

export type CaseFlowSandboxProps = { now?: () => Date };

const systemClock = (): Date => new Date();

/** The three case machines, one tab each, with buttons to walk a pretend case through them. Nothing is saved. */
export const CaseFlowSandbox = ({ now = systemClock }: CaseFlowSandboxProps) => {
  const { t } = useFeatureTranslation();
  const [active, setActive] = useState<string | null>(caseTypes[0]);

  return (
    <Tabs value={active} onChange={setActive}>
      <Tabs.List>
        {caseTypes.map((type) => (
          <Tabs.Tab key={type} value={type}>
            {t(`tools.flow.tab.${type}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {caseTypes.map((type) => (
        <Tabs.Panel key={type} value={type}>
          <SandboxCase caseType={type} now={now} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
};
