import { Injectable } from '@nestjs/common';
import {
  type ActionPayload,
  applyAction,
  type CaseAction,
  type CaseSnapshot,
  caseStateLabels,
  type CaseState,
  type CaseType,
  interpretAlipayMessage,
  offeredProposalKinds,
  parseDepositAmount,
  type ProposalKind,
  proposalKindLabels,
  type ProposalStatus,
  proposalSteps,
} from '@waiji/domain';
import type {
  CreateProposalRequest,
  PortalProposalListResponse,
  PortalProposalResponse,
  ProposalDecisionResponse,
  ProposalListResponse,
  ProposalPayload,
  ProposalResponse,
  RejectProposalRequest,
} from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import type { EventRow } from '../database/case-events';
import type { SqlRunner } from '../database/sql-runner';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';
import { languageOf } from '../notifications/content';
import { proposalNotification } from '../notifications/proposal-content';
import { staffRecipients } from '../reminders/reminder-recipients';
import { snapshotOf } from '../reminders/reminder-snapshot';
import { loadStaff, loadWatchers } from '../reminders/reminder-statements';
import {
  type CaseRow,
  loadCase,
  loadForTransition,
  toCaseResponse,
  toInterpretationResponse,
  toTimelineEntry,
} from './case-rows';
import { ClientNotices } from './client-notices';
import {
  conflictDetails,
  machineRefusal,
  messageSuggestion,
  performTransition,
  recordMessage,
  staleMessageDate,
} from './transitions.service';

/** Notification.kind of a client's report. */
export const CLIENT_REPORT_NOTIFICATION = 'CLIENT_REPORT';

type ProposalRow = {
  id: string;
  caseId: string;
  // kind and payload are written only by create() below, from the contract's request.
  kind: ProposalKind;
  payload: ProposalPayload;
  status: ProposalStatus;
  proposedById: string | null;
  proposedByName: string | null;
  decidedById: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
  appliedVersion: number | null;
  createdAt: Date;
  caseType: CaseType;
  caseState: CaseState;
  caseVersion: number;
  clientName: string;
};

const PROPOSAL_COLUMNS = Prisma.sql`
  p.id, p."caseId", p.kind, p.payload, p.status, p."proposedById", pu."displayName" AS "proposedByName",
  p."decidedById", du."displayName" AS "decidedByName", p."decidedAt", p."rejectionReason", p."appliedVersion",
  p."createdAt", c.type AS "caseType", c.state AS "caseState", c.version AS "caseVersion", cl."passportName" AS "clientName"`;

const PROPOSAL_FROM = Prisma.sql`
  FROM "case_proposal" p
  JOIN "case" c ON c.id = p."caseId" AND c."organizationId" = p."organizationId"
  JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
  LEFT JOIN "user" pu ON pu.id = p."proposedById"
  LEFT JOIN "user" du ON du.id = p."decidedById"`;

const LIST_LIMIT = 100;

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** When the client says the message arrived; else when they reported it (not when a helper confirms it). */
const receivedAtOf = (row: Pick<ProposalRow, 'payload' | 'createdAt'>): Date => {
  const given = row.payload.receivedAt ? new Date(row.payload.receivedAt) : null;
  return given && !Number.isNaN(given.getTime()) ? given : row.createdAt;
};

function interpretationsOf(row: ProposalRow) {
  return row.kind === 'MESSAGE' && row.payload.text
    ? interpretAlipayMessage(row.payload.text, { receivedAt: receivedAtOf(row) })
    : [];
}

/** A reported message that would move the case on dates far in the past (transitions.service: staleMessageDate). */
function staleReport(row: ProposalRow, now: Date): boolean {
  if (row.kind !== 'MESSAGE' || stepsOf(row).length === 0) return false;
  return staleMessageDate(interpretationsOf(row), receivedAtOf(row), now) !== null;
}

/** What confirming would do now: the machine's steps, or for a message the action the interpreter suggests. */
function stepsOf(row: ProposalRow): CaseAction[] {
  if (row.kind !== 'MESSAGE') return proposalSteps(row.kind, row.caseType, row.caseState);
  const chosen = messageSuggestion(interpretationsOf(row), row.caseType, row.caseState);
  return chosen ? [chosen.suggestedAction] : [];
}

function toPortalProposal(row: ProposalRow): PortalProposalResponse {
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    status: row.status,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
    decidedAt: iso(row.decidedAt),
    rejectionReason: row.rejectionReason,
    interpretations: interpretationsOf(row).map(toInterpretationResponse),
  };
}

function toProposal(row: ProposalRow): ProposalResponse {
  const person = (id: string | null, name: string | null) => (id ? { id, displayName: name ?? '' } : null);
  return {
    ...toPortalProposal(row),
    proposedBy: person(row.proposedById, row.proposedByName),
    decidedBy: person(row.decidedById, row.decidedByName),
    appliedVersion: row.appliedVersion,
    case: {
      id: row.caseId,
      clientName: row.clientName,
      type: row.caseType,
      state: row.caseState,
      version: row.caseVersion,
    },
    steps: row.status === 'PENDING' ? stepsOf(row) : [],
  };
}

function notPossibleNow(kind: ProposalKind, row: CaseRow, reported: boolean): ApiError {
  const label = proposalKindLabels[kind].en;
  const state = caseStateLabels[row.state].en;
  const message = reported
    ? `The client reported “${label}”, but the case is now “${state}”, where the case does not allow it: reject the report or record what happened yourself`
    : `“${label}” cannot be reported while the case is “${state}”`;
  return new ApiError('ILLEGAL_TRANSITION', message, {
    ...conflictDetails(row),
    offered: offeredProposalKinds(row.type, row.state),
  });
}

/** The machine payload of each step of a report. */
function payloadFor(action: CaseAction, payload: ProposalPayload): ActionPayload {
  if ((action === 'submit' || action === 'resubmit') && payload.cardLast4) return { cardLast4: payload.cardLast4 };
  if (action === 'confirm_deposit') return { amount: payload.amount ?? '' };
  return {};
}

/** The report's details as stored: amounts normalised, nothing the kind does not carry. */
function payloadOf(input: CreateProposalRequest, now: Date): ProposalPayload {
  switch (input.kind) {
    case 'SUBMITTED':
      return input.cardLast4 ? { cardLast4: input.cardLast4 } : {};
    case 'DEPOSIT_ARRIVED': {
      const amount = parseDepositAmount(input.amount);
      if (amount === null) throw new ApiError('DOMAIN_RULE', 'amount must be between 0 and 1 CNY', { field: 'amount' });
      // A day in Beijing that has not begun anywhere yet is in the future.
      if (new Date(`${input.arrivedOn}T00:00:00+14:00`).getTime() > now.getTime())
        throw new ApiError('DOMAIN_RULE', 'arrivedOn is in the future', { field: 'arrivedOn' });
      return { amount, arrivedOn: input.arrivedOn };
    }
    case 'MESSAGE':
      return {
        text: input.text,
        ...(input.receivedAt ? { receivedAt: new Date(input.receivedAt).toISOString() } : {}),
      };
    case 'APPROVED':
      return {};
  }
}

async function loadProposals(tx: SqlRunner, organizationId: string, where: Prisma.Sql, order: Prisma.Sql) {
  return tx.$queryRaw<ProposalRow[]>`
    SELECT ${PROPOSAL_COLUMNS} ${PROPOSAL_FROM}
    WHERE p."organizationId" = ${organizationId}::uuid AND ${where}
    ORDER BY ${order}
    LIMIT ${LIST_LIMIT}`;
}

async function loadProposal(tx: SqlRunner, organizationId: string, id: string, lock = false): Promise<ProposalRow> {
  const rows = await tx.$queryRaw<ProposalRow[]>`
    SELECT ${PROPOSAL_COLUMNS} ${PROPOSAL_FROM}
    WHERE p."organizationId" = ${organizationId}::uuid AND p.id = ${id}::uuid
    ${lock ? Prisma.sql`FOR UPDATE OF p` : Prisma.empty}`;
  const row = rows[0];
  if (!row) throw new ApiError('NOT_FOUND', 'No such report');
  return row;
}

/**
 * Client reports from the portal ("I submitted", "the deposit arrived", "Alipay said this", "I was approved"): a
 * CLIENT proposes on their own cases only; helpers confirm (the same performTransition / message path as their own
 * steps, so the same guards, cooldown and reminders) or reject with a reason the client reads. When the organization
 * lets reports apply directly, a report applies as it is made, or is refused with the machine's answer.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly notices: ClientNotices,
  ) {}

  create(auth: AuthContext, caseId: string, input: CreateProposalRequest): Promise<PortalProposalResponse> {
    const clientId = clientOf(auth);
    const now = new Date();
    const payload = payloadOf(input, now);
    return this.db.run(auth, async (tx) => {
      // Locked, so two reports of the same step cannot both pass the duplicate check.
      const row = await loadCase(tx.sql, auth.organizationId, caseId, { clientId, forUpdate: true });
      if (row.archivedAt) throw new ApiError('NOT_FOUND', 'No such case');
      if (input.kind !== 'MESSAGE') {
        const steps = proposalSteps(input.kind, row.type, row.state);
        if (steps.length === 0) throw notPossibleNow(input.kind, row, false);
        // The same machine answers now what it would answer on confirmation (e.g. the same-card cooldown).
        let snapshot: CaseSnapshot = snapshotOf(row);
        for (const action of steps) {
          const result = applyAction(snapshot, action, payloadFor(action, payload), now);
          if (!result.ok) throw machineRefusal(row, result.error);
          snapshot = result.snapshot;
        }
        const [pending] = await tx.sql.$queryRaw<{ id: string }[]>`
          SELECT id FROM "case_proposal"
          WHERE "organizationId" = ${auth.organizationId}::uuid AND "caseId" = ${caseId}::uuid
            AND kind = ${input.kind} AND status = 'PENDING'
          LIMIT 1`;
        if (pending)
          throw new ApiError('CONFLICT', 'You already reported this; your helper has not confirmed it yet', {
            proposalId: pending.id,
          });
      }
      const [organization] = await tx.sql.$queryRaw<{ applyDirectly: boolean }[]>`
        SELECT "clientReportsApplyDirectly" AS "applyDirectly" FROM "organization" WHERE id = ${auth.organizationId}::uuid`;
      const [inserted] = await tx.sql.$queryRaw<{ id: string }[]>`
        INSERT INTO "case_proposal" ("organizationId", "caseId", kind, payload, "proposedById", "createdAt")
        VALUES (${auth.organizationId}::uuid, ${caseId}::uuid, ${input.kind}, ${JSON.stringify(payload)}::jsonb,
                ${auth.userId}::uuid, ${now})
        RETURNING id`;
      if (!inserted) throw new Error('case_proposal insert returned no row');
      let proposal = await loadProposal(tx.sql, auth.organizationId, inserted.id);
      const applyDirectly = organization?.applyDirectly === true;
      // A message with dates far in the past waits for a helper, who is asked whether they are right.
      const waitsForHelper = applyDirectly && staleReport(proposal, now);
      if (applyDirectly && !waitsForHelper) {
        const applied = await applyProposal(tx.sql, auth, proposal, now, this.notices);
        await markApplied(tx.sql, auth, proposal.id, null, applied.row.version, now);
        proposal = await loadProposal(tx.sql, auth.organizationId, proposal.id);
      }
      await notifyHelpers(tx, auth.organizationId, row, proposal, applyDirectly && !waitsForHelper);
      return toPortalProposal(proposal);
    });
  }

  /** The client's reports on one of their cases, newest first. */
  listForClient(auth: AuthContext, caseId: string): Promise<PortalProposalListResponse> {
    const clientId = clientOf(auth);
    return this.db.run(auth, async (tx) => {
      const row = await loadCase(tx.sql, auth.organizationId, caseId, { clientId });
      if (row.archivedAt) throw new ApiError('NOT_FOUND', 'No such case');
      const rows = await loadProposals(
        tx.sql,
        auth.organizationId,
        Prisma.sql`p."caseId" = ${caseId}::uuid`,
        Prisma.sql`p."createdAt" DESC, p.id DESC`,
      );
      return { items: rows.map(toPortalProposal) };
    });
  }

  /** Every pending report of the organization (Today), oldest first; archived cases' reports wait for a restore. */
  listPending(auth: AuthContext): Promise<ProposalListResponse> {
    return this.db.run(auth, async (tx) => {
      const rows = await loadProposals(
        tx.sql,
        auth.organizationId,
        Prisma.sql`p.status = 'PENDING' AND c."archivedAt" IS NULL`,
        Prisma.sql`p."createdAt", p.id`,
      );
      return { items: rows.map(toProposal) };
    });
  }

  /** One case's reports, newest first (pending and decided). */
  listForCase(auth: AuthContext, caseId: string): Promise<ProposalListResponse> {
    return this.db.run(auth, async (tx) => {
      await loadCase(tx.sql, auth.organizationId, caseId);
      const rows = await loadProposals(
        tx.sql,
        auth.organizationId,
        Prisma.sql`p."caseId" = ${caseId}::uuid`,
        Prisma.sql`p."createdAt" DESC, p.id DESC`,
      );
      return { items: rows.map(toProposal) };
    });
  }

  /**
   * Applies a pending report as the confirming helper's step; the machine's refusal leaves it pending (409), as does
   * a message with dates far in the past until the helper confirms them (409 STALE_MESSAGE_DATE; confirmStaleDate).
   */
  confirm(
    auth: AuthContext,
    proposalId: string,
    options: { confirmStaleDate?: boolean } = {},
  ): Promise<ProposalDecisionResponse> {
    const now = new Date();
    return this.db.run(auth, async (tx) => {
      const proposal = await loadPending(tx.sql, auth.organizationId, proposalId);
      const applied = await applyProposal(tx.sql, auth, proposal, now, this.notices, options.confirmStaleDate === true);
      await markApplied(tx.sql, auth, proposal.id, auth.userId, applied.row.version, now);
      await this.audit.recordBy(tx, auth, {
        action: 'proposal.confirmed',
        targetType: 'case_proposal',
        targetId: proposal.id,
        data: { caseId: proposal.caseId, kind: proposal.kind, appliedVersion: applied.row.version },
      });
      return {
        proposal: toProposal(await loadProposal(tx.sql, auth.organizationId, proposal.id)),
        case: toCaseResponse(applied.row, auth, now),
        events: applied.events.map(toTimelineEntry),
      };
    });
  }

  reject(auth: AuthContext, proposalId: string, input: RejectProposalRequest): Promise<ProposalDecisionResponse> {
    const now = new Date();
    const reason = input.reason && input.reason !== '' ? input.reason : null;
    return this.db.run(auth, async (tx) => {
      const proposal = await loadPending(tx.sql, auth.organizationId, proposalId);
      await tx.sql.$queryRaw`
        UPDATE "case_proposal" SET status = 'REJECTED', "decidedById" = ${auth.userId}::uuid, "decidedAt" = ${now},
               "rejectionReason" = ${reason}
        WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${proposal.id}::uuid`;
      await this.audit.recordBy(tx, auth, {
        action: 'proposal.rejected',
        targetType: 'case_proposal',
        targetId: proposal.id,
        data: { caseId: proposal.caseId, kind: proposal.kind, reason },
      });
      return {
        proposal: toProposal(await loadProposal(tx.sql, auth.organizationId, proposal.id)),
        case: toCaseResponse(await loadCase(tx.sql, auth.organizationId, proposal.caseId), auth, now),
        events: [],
      };
    });
  }
}

function clientOf(auth: AuthContext): string {
  if (auth.role !== 'CLIENT')
    throw new ApiError('FORBIDDEN', 'The portal is for clients; staff use /api/cases', { reason: 'ROLE' });
  if (!auth.clientId) throw new ApiError('NOT_FOUND', 'No client record is linked to this account');
  return auth.clientId;
}

async function loadPending(tx: SqlRunner, organizationId: string, id: string): Promise<ProposalRow> {
  const proposal = await loadProposal(tx, organizationId, id, true);
  if (proposal.status !== 'PENDING')
    throw new ApiError(
      'CONFLICT',
      `This report was already ${proposal.status === 'APPLIED' ? 'confirmed' : 'rejected'}${proposal.decidedByName ? ` by ${proposal.decidedByName}` : ''}`,
      { status: proposal.status },
    );
  return proposal;
}

/**
 * The report's steps on the case as it is now, each through performTransition (or, for a message, the same path
 * as apply-message), as `auth`'s steps; every entry says which report it came from and that the client reported it.
 */
async function applyProposal(
  tx: SqlRunner,
  auth: AuthContext,
  proposal: ProposalRow,
  now: Date,
  notices: ClientNotices,
  confirmStaleDate = false,
): Promise<{ row: CaseRow; events: EventRow[] }> {
  let current = await loadForTransition(tx, auth.organizationId, proposal.caseId, auth.userId);
  if (current.archivedAt) throw new ApiError('DOMAIN_RULE', 'The case is archived; restore it first');
  const extraData: Record<string, unknown> = {
    proposalId: proposal.id,
    reportedBy: 'CLIENT',
    ...(proposal.proposedById ? { reportedById: proposal.proposedById } : {}),
    ...(proposal.payload.arrivedOn ? { depositArrivedOn: proposal.payload.arrivedOn } : {}),
  };
  if (proposal.kind === 'MESSAGE') {
    const done = await recordMessage(
      tx,
      auth,
      current,
      {
        text: proposal.payload.text ?? '',
        receivedAt: receivedAtOf(proposal),
        version: current.version,
        confirmStaleDate,
        extraData,
      },
      now,
      notices,
    );
    return { row: done.row, events: [done.event] };
  }
  const steps = proposalSteps(proposal.kind, current.type, current.state);
  if (steps.length === 0) throw notPossibleNow(proposal.kind, current, true);
  const events: EventRow[] = [];
  let row: CaseRow = current;
  for (const [index, action] of steps.entries()) {
    // The step before the reported one reads the case as that step left it (its events, its reminders).
    if (index > 0) current = await loadForTransition(tx, auth.organizationId, proposal.caseId, auth.userId);
    const done = await performTransition(
      tx,
      auth,
      current,
      { action, version: current.version, payload: payloadFor(action, proposal.payload), extraData },
      now,
      notices,
    );
    events.push(done.event);
    row = done.row;
  }
  return { row, events };
}

async function markApplied(
  tx: SqlRunner,
  auth: AuthContext,
  proposalId: string,
  decidedById: string | null,
  appliedVersion: number,
  now: Date,
): Promise<void> {
  await tx.$queryRaw`
    UPDATE "case_proposal" SET status = 'APPLIED', "decidedById" = ${decidedById}::uuid, "decidedAt" = ${now},
           "appliedVersion" = ${appliedVersion}
    WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${proposalId}::uuid`;
}

/**
 * An undo of the transition a report became (its entry's data.proposalId; undo.service.ts), in the undo's
 * transaction: the report is PENDING again, as if nobody had decided it, so a helper decides again. Only a report
 * APPLIED at exactly the undone version; returns it, or undefined when there is none.
 */
export async function reopenProposal(
  tx: SqlRunner,
  organizationId: string,
  caseId: string,
  proposalId: string,
  undoneVersion: number,
): Promise<{ id: string; kind: ProposalKind } | undefined> {
  const rows = await tx.$queryRaw<{ id: string; kind: ProposalKind }[]>`
    UPDATE "case_proposal" SET status = 'PENDING', "decidedById" = NULL, "decidedAt" = NULL, "appliedVersion" = NULL
    WHERE "organizationId" = ${organizationId}::uuid AND id = ${proposalId}::uuid AND "caseId" = ${caseId}::uuid
      AND status = 'APPLIED' AND "appliedVersion" = ${undoneVersion}
    RETURNING id, kind`;
  return rows[0];
}

/** An in-app notification to those who hear of the case in the app (reminder-recipients.ts: staffRecipients). */
async function notifyHelpers(
  tx: Tx,
  organizationId: string,
  kase: CaseRow,
  proposal: ProposalRow,
  applied: boolean,
): Promise<void> {
  const staff = await loadStaff(tx.sql, [organizationId]);
  const watcherIds = (await loadWatchers(tx.sql, [kase.id])).map((watcher) => watcher.userId);
  const recipients = staffRecipients({ assigneeId: kase.assigneeId, watcherIds }, staff)
    .filter((recipient) => recipient.inApp)
    .map((recipient) => recipient.member);
  if (recipients.length === 0) return;
  const facts = {
    clientName: kase.passportName,
    kind: proposal.kind,
    amount: proposal.payload.amount,
    arrivedOn: proposal.payload.arrivedOn,
    cardLast4: proposal.payload.cardLast4,
    text: proposal.payload.text,
    applied,
  };
  await tx.notification.createMany({
    data: recipients.map((member) => ({
      organizationId,
      userId: member.userId,
      caseId: kase.id,
      kind: CLIENT_REPORT_NOTIFICATION,
      ...proposalNotification(facts, languageOf(member.locale)),
    })),
  });
}
