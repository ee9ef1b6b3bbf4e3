import {
  type ActionPayload,
  allowedActions,
  type CaseAction,
  type CaseState,
  type CaseType,
  interpretAlipayMessage,
  type Interpretation,
} from '@waiji/domain';
import type { AuthContext } from '../auth/auth-context';
import { appendEvent, type EventRow } from '../database/case-events';
import type { SqlRunner } from '../database/sql-runner';
import type { CaseRow, TransitionRow } from './case-rows';
import type { ClientNotices } from './client-notices';
import { performTransition } from './transitions.service';

/** The first recognised message whose suggested action the case allows now (a rejection, a review), if any. */
export function messageSuggestion(
  interpretations: readonly Interpretation[],
  type: CaseType,
  state: CaseState,
): (Interpretation & { suggestedAction: CaseAction }) | undefined {
  const allowed = allowedActions(type, state);
  return interpretations.find(
    (found): found is Interpretation & { suggestedAction: CaseAction } =>
      found.suggestedAction !== undefined && allowed.includes(found.suggestedAction),
  );
}

export type RecordedMessage = {
  action: CaseAction | null;
  interpretations: Interpretation[];
  row: CaseRow;
  event: EventRow;
};

/**
 * A pasted Alipay message, inside the caller's transaction, as POST /cases/:id/apply-message records it: when the
 * interpreter suggests an action the case allows now, that transition (performTransition: guards, version check,
 * reminders); otherwise a MESSAGE entry on the timeline. `extraData` joins the entry's data (e.g. the client report
 * it came from).
 */
export async function recordMessage(
  tx: SqlRunner,
  auth: AuthContext,
  current: TransitionRow,
  input: { text: string; receivedAt: Date; version: number; extraData?: Record<string, unknown> },
  now: Date,
  notices: ClientNotices,
): Promise<RecordedMessage> {
  const interpretations = interpretAlipayMessage(input.text, { receivedAt: input.receivedAt });
  const data = {
    receivedAt: input.receivedAt.toISOString(),
    messageCodes: interpretations.map((found) => found.code),
    ...input.extraData,
  };
  const chosen = messageSuggestion(interpretations, current.type, current.state);
  if (chosen) {
    const payload: ActionPayload =
      chosen.suggestedAction === 'reject'
        ? { reasonCode: chosen.code, originalMessage: input.text, receivedAt: input.receivedAt }
        : {};
    const done = await performTransition(
      tx,
      auth,
      current,
      {
        action: chosen.suggestedAction,
        version: input.version,
        payload,
        originalMessage: input.text,
        extraData: data,
      },
      now,
      notices,
    );
    return { action: chosen.suggestedAction, interpretations, row: done.row, event: done.event };
  }
  const event = await appendEvent(tx, {
    organizationId: auth.organizationId,
    caseId: current.id,
    action: 'MESSAGE',
    actorId: auth.userId,
    at: now,
    originalMessage: input.text,
    data,
  });
  return { action: null, interpretations, row: current, event };
}
