import {
  type AccountTier,
  accountTiers,
  type CaseState,
  type CaseType,
  higherTier,
  machines,
  oneOf,
  tierFromApproval,
} from '@waiji/domain';
import type { SqlRunner } from '../database/sql-runner';

// The client's account tier follows its approved cases (issue 18): an approval raises it, never lowers it, and the
// approval's event records the raise ({ from, to } as `tierRaised`) so that an undo of that approval can lower it again.

/** What an approval did to the client's tier, as its event's `tierRaised` records it. */
export type TierRaise = { from: AccountTier; to: AccountTier };

/** The tier an approved case warrants: a passport scan approved after the face check of its attempt is face-verified. */
async function warranted(
  tx: SqlRunner,
  organizationId: string,
  item: { id: string; type: CaseType; attempt: number },
): Promise<AccountTier | null> {
  const faced =
    item.type === 'PASSPORT_SCAN_VERIFICATION'
      ? (
          await tx.$queryRaw<{ faced: boolean }[]>`
            SELECT EXISTS (SELECT 1 FROM "case_event" WHERE "organizationId" = ${organizationId}::uuid
              AND "caseId" = ${item.id}::uuid AND "toState" = 'FACE_CHECK'::"CaseState"
              AND (data ->> 'attempt')::int = ${item.attempt}) AS faced`
        )[0]?.faced === true
      : false;
  return tierFromApproval(item.type, faced);
}

/**
 * Before a transition is stored: whether it is an approval that raises the client's tier, and from what. Locks the
 * client's row, so two approvals for the same client at once raise it one after the other.
 */
export async function tierRaiseFor(
  tx: SqlRunner,
  organizationId: string,
  item: { id: string; clientId: string; type: CaseType; state: CaseState; attempt: number },
): Promise<TierRaise | undefined> {
  if (!machines[item.type].finalStates.includes(item.state)) return undefined;
  const tier = await warranted(tx, organizationId, item);
  if (!tier) return undefined;
  const rows = await tx.$queryRaw<{ accountTier: string }[]>`
    SELECT "accountTier" FROM "client"
    WHERE "organizationId" = ${organizationId}::uuid AND id = ${item.clientId}::uuid FOR UPDATE`;
  const from = rows[0]?.accountTier;
  if (!oneOf(accountTiers, from) || higherTier(from, tier) === from) return undefined;
  return { from, to: tier };
}

/** After the transition is stored: the raise, if the tier is still below it. */
export async function raiseTier(
  tx: SqlRunner,
  organizationId: string,
  clientId: string,
  raise: TierRaise,
  now: Date,
): Promise<void> {
  await tx.$queryRaw`
    UPDATE "client" SET "accountTier" = ${raise.to}::"AccountTier", "updatedAt" = ${now}
    WHERE "organizationId" = ${organizationId}::uuid AND id = ${clientId}::uuid
      AND array_position(enum_range(NULL::"AccountTier"), "accountTier")
        < array_position(enum_range(NULL::"AccountTier"), ${raise.to}::"AccountTier")
    RETURNING id`;
}

const isTierRaise = (value: unknown): value is TierRaise =>
  value !== null &&
  typeof value === 'object' &&
  oneOf(accountTiers, (value as Record<string, unknown>)['from']) &&
  oneOf(accountTiers, (value as Record<string, unknown>)['to']);

/**
 * An undo of an approval that raised the tier: back to the tier before, unless the client's other approved cases
 * warrant more (then to theirs), and only while the tier is still the one the approval set (something else — a later
 * approval, a helper's edit — that changed it since is kept). Returns the change made, if any.
 */
export async function lowerTierOnUndo(
  tx: SqlRunner,
  organizationId: string,
  undone: { caseId: string; clientId: string; data: Record<string, unknown> },
  now: Date,
): Promise<TierRaise | undefined> {
  const raised = undone.data['tierRaised'];
  if (!isTierRaise(raised)) return undefined;
  const others = await tx.$queryRaw<{ id: string; type: CaseType; state: CaseState; attempt: number }[]>`
    SELECT id, type, state, attempt FROM "case"
    WHERE "organizationId" = ${organizationId}::uuid AND "clientId" = ${undone.clientId}::uuid
      AND id <> ${undone.caseId}::uuid`;
  let target: AccountTier = raised.from;
  for (const other of others) {
    if (machines[other.type].finalStates.includes(other.state))
      target = higherTier(target, await warranted(tx, organizationId, other));
  }
  if (accountTiers.indexOf(target) >= accountTiers.indexOf(raised.to)) return undefined;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "client" SET "accountTier" = ${target}::"AccountTier", "updatedAt" = ${now}
    WHERE "organizationId" = ${organizationId}::uuid AND id = ${undone.clientId}::uuid
      AND "accountTier" = ${raised.to}::"AccountTier"
    RETURNING id`;
  return rows.length > 0 ? { from: raised.to, to: target } : undefined;
}
