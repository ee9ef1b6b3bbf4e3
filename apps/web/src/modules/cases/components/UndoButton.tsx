import { Alert, Button, CloseButton, Group, Text } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import { caseActionLabels, caseStateLabels } from '@waiji/domain';
import { useEffect, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { isApiError } from '../../api';
import { useSession } from '../../session';
import { useCaseUndo } from '../hooks/useCaseEdits';

/** "9:41": minutes and seconds left. */
const formatLeft = (ms: number): string => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** The clock, once a second while `running` (the time left on the button). */
const useNow = (running: boolean, now: () => Date): Date => {
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    if (!running) return undefined;
    setCurrent(now());
    const timer = setInterval(() => setCurrent(now()), 1000);
    return () => clearInterval(timer);
  }, [running, now]);
  return current;
};

export type UndoButtonProps = {
  caseRecord: CaseResponse;
  /** For tests. */
  now?: () => Date;
};

const systemNow = () => new Date();

/**
 * After a transition: what just happened, and "Undo “Approved”" with the time left, for as long as the API says the
 * caller may undo it (they made it, or they are an admin; 10 minutes). Afterwards: where the case is back to.
 */
export const UndoButton = ({ caseRecord, now = systemNow }: UndoButtonProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const session = useSession();
  const undo = useCaseUndo();
  const [result, setResult] = useState<{ version: number; message: string; ok: boolean } | null>(null);
  const offer = caseRecord.undo?.available ? caseRecord.undo : null;
  const current = useNow(offer !== null, now);
  const left = offer ? new Date(offer.until).getTime() - current.getTime() : 0;

  // A success belongs to the version it produced (a later change of the case makes it old news); a refusal stays
  // until dismissed, as the case may have been reloaded under it.
  const shown = result && (!result.ok || result.version === caseRecord.version) ? result : null;
  const resultAlert = shown && (
    <Alert
      color={shown.ok ? 'teal' : 'orange'}
      variant="light"
      role={shown.ok ? 'status' : 'alert'}
      data-testid="undo-result"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{shown.message}</Text>
        <CloseButton size="sm" onClick={() => setResult(null)} aria-label={t('board.dismiss')} />
      </Group>
    </Alert>
  );
  if (!offer || left <= 0) return resultAlert || null;

  const action = text(caseActionLabels[offer.action]);
  const mine = offer.actor?.id === session.user?.id;
  const run = async () => {
    try {
      const done = await undo.mutateAsync(caseRecord);
      setResult({
        version: done.case.version,
        ok: true,
        message: t('casePage.undo.done', { state: text(caseStateLabels[done.case.state]) }),
      });
    } catch (error) {
      const message = !isApiError(error)
        ? t('casePage.undo.failed', { message: String(error) })
        : error.code === 'UNDO_WINDOW_PASSED'
          ? t('casePage.undo.windowPassed')
          : error.code === 'NOT_YOUR_TRANSITION'
            ? t('casePage.undo.notYours', { name: offer.actor?.displayName ?? '' })
            : error.isConflict
              ? t('casePage.undo.changed', { message: error.message })
              : t('casePage.undo.failed', { message: error.message });
      // The case is reloaded after a 409 and may have a new version: keep the message for this one.
      setResult({ version: caseRecord.version, ok: false, message });
    }
  };

  return (
    <>
      {/* Not a live region: the time left changes every second. */}
      <Alert color="blue" variant="light" role="group" aria-label={t('casePage.undo.label')} data-testid="undo">
        <Group gap="sm" wrap="wrap" justify="space-between">
          <Text size="sm">
            {mine
              ? t('casePage.undo.movedByYou', { action })
              : t('casePage.undo.movedBy', { name: offer.actor?.displayName ?? '', action })}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" onClick={() => void run()} loading={undo.isPending}>
              {t('casePage.undo.button', { action })}
            </Button>
            <Text size="xs" c="dimmed" data-testid="undo-left">
              <time dateTime={offer.until}>{t('casePage.undo.timeLeft', { time: formatLeft(left) })}</time>
            </Text>
          </Group>
        </Group>
      </Alert>
      {resultAlert}
    </>
  );
};
