import { type CaseAction, caseActions, oneOf, undoWindowMs } from '@waiji/domain';
import type { CaseUndo } from '@waiji/contract';
import type { ErrorCode } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';

// Whether a case's last transition can be undone, and by whom: the one place both the case answer (`undo`) and
// POST /cases/:id/undo ask. Pure.

/**
 * The timeline entry that produced the case's current version, as CASE_COLUMNS reads it (only while the case
 * entered its state within the window; null otherwise).
 */
export type LastChange = {
  action: string;
  version: number;
  at: string | Date;
  actorId: string | null;
  actorName: string | null;
  /** The entry recorded the case's previous values (`data.before`), which an undo restores. */
  undoable: boolean;
};

export type Viewer = Pick<AuthContext, 'userId' | 'role'>;

type Refusal = { code: Extract<ErrorCode, 'NOTHING_TO_UNDO' | 'UNDO_WINDOW_PASSED' | 'NOT_YOUR_TRANSITION'> };

export type UndoVerdict =
  | { ok: true; undo: CaseUndo & { action: CaseAction } }
  | (Refusal & { ok: false; message: string; undo: CaseUndo | null });

const mayUndoOthers = (viewer: Viewer) => viewer.role === 'ADMIN' || viewer.role === 'OWNER';

/**
 * May `viewer` undo `last` at `now`? Only a machine transition that recorded its previous values (not the case's
 * creation, not an undo: an undo is never undone), within `undoWindowMs` of it, by the person who made it or by
 * an admin or the owner.
 */
export function judgeUndo(last: LastChange | null, viewer: Viewer, now: Date): UndoVerdict {
  if (!last || !oneOf(caseActions, last.action) || !last.undoable)
    return {
      ok: false,
      code: 'NOTHING_TO_UNDO',
      message: 'The case’s last change is not a transition that can be undone',
      undo: null,
    };
  const at = new Date(last.at);
  const until = new Date(at.getTime() + undoWindowMs);
  const mine = last.actorId !== null && last.actorId === viewer.userId;
  const allowed = (mine && viewer.role !== 'VIEWER' && viewer.role !== 'CLIENT') || mayUndoOthers(viewer);
  const undo: CaseUndo & { action: CaseAction } = {
    action: last.action,
    version: last.version,
    actor: last.actorId ? { id: last.actorId, displayName: last.actorName ?? '' } : null,
    at: at.toISOString(),
    until: until.toISOString(),
    available: allowed,
  };
  if (now.getTime() > until.getTime())
    return {
      ok: false,
      code: 'UNDO_WINDOW_PASSED',
      message: `A transition can be undone for ${undoWindowMs / 60_000} minutes; this one was made at ${undo.at}`,
      undo: null,
    };
  if (!allowed)
    return {
      ok: false,
      code: 'NOT_YOUR_TRANSITION',
      message: 'Only the person who made this transition, an admin or the owner can undo it',
      undo: { ...undo, available: false },
    };
  return { ok: true, undo };
}

/** The case answer's `undo`: the last transition while its window is open (available or not to this viewer). */
export function undoOf(last: LastChange | null, viewer: Viewer, now: Date): CaseUndo | null {
  return judgeUndo(last, viewer, now).undo;
}
