import { Injectable } from '@nestjs/common';
import type {
  ClientListItem,
  ClientListQuery,
  ClientListResponse,
  ClientResponse,
  CreateClientRequest,
  RevealPassportResponse,
  UpdateClientRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import { appendEvents } from '../database/case-events';
import { afterTime, decodeTimeCursor, timePage } from '../database/keyset';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';
import { replanCases } from '../reminders/reminder-planner';
import { describeMatch, findDuplicateClients } from './client-duplicates';
import { PassportCipher, passportLast4 } from './passport-cipher';

const CLIENT_SELECT = {
  id: true,
  passportName: true,
  bankName: true,
  nationality: true,
  birthDate: true,
  passportNumberEnc: true,
  passportLast4: true,
  passportExpiry: true,
  visaType: true,
  visaExpiry: true,
  phone: true,
  email: true,
  preferredLanguage: true,
  emailConsent: true,
  notes: true,
  externalRef: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  accountTier: true,
  documentType: true,
  passportHistory: true,
} as const;

type ClientRecord = Prisma.ClientGetPayload<{ select: typeof CLIENT_SELECT }>;

const day = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);
/** A calendar date from the API (YYYY-MM-DD) as Postgres `date` wants it. */
export const toDate = (value: string | null | undefined): Date | null | undefined =>
  value === undefined ? undefined : value === null ? null : new Date(`${value}T00:00:00.000Z`);

/** The only shape in which a client leaves the API: the passport number as its last four characters. */
export function toClientResponse(client: ClientRecord): ClientResponse {
  return {
    id: client.id,
    passportName: client.passportName,
    bankName: client.bankName,
    nationality: client.nationality,
    birthDate: day(client.birthDate),
    hasPassportNumber: client.passportNumberEnc !== null,
    passportLast4: client.passportLast4,
    passportExpiry: day(client.passportExpiry),
    visaType: client.visaType,
    visaExpiry: day(client.visaExpiry),
    phone: client.phone,
    email: client.email,
    preferredLanguage: client.preferredLanguage,
    emailConsent: client.emailConsent,
    notes: client.notes,
    externalRef: client.externalRef,
    archivedAt: client.archivedAt?.toISOString() ?? null,
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
    accountTier: client.accountTier,
    documentType: client.documentType,
    passportHistory: passportHistoryOf(client.passportHistory),
  };
}

type PassportHistoryEntry = ClientResponse['passportHistory'][number];

/** The stored history (JSON) as the API answers it; anything malformed is left out. */
function passportHistoryOf(value: Prisma.JsonValue): PassportHistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return [];
    const { last4, expiry, replacedAt } = entry as Record<string, unknown>;
    if (typeof replacedAt !== 'string') return [];
    return [
      {
        last4: typeof last4 === 'string' ? last4 : null,
        expiry: typeof expiry === 'string' ? expiry : null,
        replacedAt,
      },
    ];
  });
}

function duplicateRef(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

@Injectable()
export class ClientsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PassportCipher,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: ClientListQuery): Promise<ClientListResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const where: Prisma.ClientWhereInput[] = [{ organizationId: auth.organizationId }];
      if (query.archived === 'exclude') where.push({ archivedAt: null });
      if (query.archived === 'only') where.push({ archivedAt: { not: null } });
      if (query.tier) where.push({ accountTier: query.tier });
      if (query.q) {
        const q = query.q;
        where.push({
          OR: [
            { passportName: { contains: q, mode: 'insensitive' } },
            { bankName: { contains: q, mode: 'insensitive' } },
            { passportLast4: { equals: q.toUpperCase() } },
            { email: { contains: q, mode: 'insensitive' } },
            { externalRef: { contains: q, mode: 'insensitive' } },
          ],
        });
      }
      if (query.cursor) where.push(afterTime('createdAt', decodeTimeCursor(query.cursor)));
      const rows = await tx.client.findMany({
        where: { AND: where },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
        select: CLIENT_SELECT,
      });
      const { page, nextCursor } = timePage(rows, query.limit, (row) => row.createdAt);
      const counts = await this.caseCounts(
        tx,
        auth.organizationId,
        page.map((row) => row.id),
      );
      const items: ClientListItem[] = page.map((row) => ({
        ...toClientResponse(row),
        caseCount: counts.get(row.id)?.caseCount ?? 0,
        openCases: counts.get(row.id)?.openCases ?? 0,
      }));
      return { items, nextCursor };
    });
  }

  /** Per client: all their cases (archived too) and the open ones (neither archived nor approved). */
  private async caseCounts(
    tx: Tx,
    organizationId: string,
    clientIds: string[],
  ): Promise<Map<string, { caseCount: number; openCases: number }>> {
    if (clientIds.length === 0) return new Map();
    const rows = await tx.$queryRaw<{ clientId: string; caseCount: number; openCases: number }[]>`
      SELECT "clientId", count(*)::int AS "caseCount",
             (count(*) FILTER (WHERE "archivedAt" IS NULL AND state NOT IN ('APPROVED', 'RESTRICTION_LIFTED')))::int AS "openCases"
      FROM "case" WHERE "organizationId" = ${organizationId}::uuid AND "clientId" = ANY(${clientIds}::uuid[])
      GROUP BY "clientId"`;
    return new Map(rows.map((row) => [row.clientId, row]));
  }

  get(auth: AuthContext, clientId: string): Promise<ClientResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) =>
      toClientResponse(await this.find(tx, auth.organizationId, clientId)),
    );
  }

  async create(auth: AuthContext, input: CreateClientRequest): Promise<ClientResponse> {
    try {
      return await this.db.run({ organizationId: auth.organizationId }, async (tx) => {
        const candidate = {
          key: 0,
          passportName: input.passportName,
          passportLast4: input.passportNumber ? passportLast4(input.passportNumber) : null,
          email: input.email ?? null,
          externalRef: input.externalRef ?? null,
        };
        const matches = (await findDuplicateClients(tx, auth.organizationId, [candidate])).get(0) ?? [];
        if (matches.length > 0 && !input.allowDuplicate) {
          throw new ApiError(
            'DUPLICATE_CLIENT',
            `This looks like a client you already have: ${matches.map(describeMatch).join(', ')}. Open it, or create the client anyway`,
            { matches },
          );
        }
        const created = await tx.client.create({
          data: {
            organizationId: auth.organizationId,
            passportName: input.passportName,
            bankName: input.bankName ?? null,
            nationality: input.nationality ?? null,
            birthDate: toDate(input.birthDate) ?? null,
            ...this.passportFields(input.passportNumber ?? null, auth.organizationId),
            passportExpiry: toDate(input.passportExpiry) ?? null,
            visaType: input.visaType ?? null,
            visaExpiry: toDate(input.visaExpiry) ?? null,
            phone: input.phone ?? null,
            email: input.email ?? null,
            preferredLanguage: input.preferredLanguage ?? 'en',
            emailConsent: input.emailConsent ?? false,
            notes: input.notes ?? null,
            externalRef: input.externalRef ?? null,
            ...(input.accountTier ? { accountTier: input.accountTier } : {}),
            ...(input.documentType ? { documentType: input.documentType } : {}),
          },
          select: CLIENT_SELECT,
        });
        // Someone saw the existing clients and created this one all the same: worth finding later.
        if (matches.length > 0)
          await this.audit.recordBy(tx, auth, {
            action: 'client.duplicate_created',
            targetType: 'client',
            targetId: created.id,
            data: { matches: matches.map((match) => match.id) },
          });
        return toClientResponse(created);
      });
    } catch (error) {
      if (duplicateRef(error))
        throw new ApiError('CONFLICT', 'Another client already has this external reference', { field: 'externalRef' });
      throw error;
    }
  }

  async update(auth: AuthContext, clientId: string, input: UpdateClientRequest): Promise<ClientResponse> {
    const now = new Date();
    try {
      return await this.db.run({ organizationId: auth.organizationId }, async (tx) => {
        const before = await this.find(tx, auth.organizationId, clientId);
        const data: Prisma.ClientUpdateInput = {};
        if (input.passportName !== undefined) data.passportName = input.passportName;
        if (input.bankName !== undefined) data.bankName = input.bankName;
        if (input.nationality !== undefined) data.nationality = input.nationality;
        if (input.birthDate !== undefined) data.birthDate = toDate(input.birthDate);
        if (input.passportNumber !== undefined)
          Object.assign(data, this.passportFields(input.passportNumber, auth.organizationId));
        if (input.passportExpiry !== undefined) data.passportExpiry = toDate(input.passportExpiry);
        if (input.visaType !== undefined) data.visaType = input.visaType;
        if (input.visaExpiry !== undefined) data.visaExpiry = toDate(input.visaExpiry);
        if (input.phone !== undefined) data.phone = input.phone;
        if (input.email !== undefined) data.email = input.email;
        if (input.preferredLanguage !== undefined) data.preferredLanguage = input.preferredLanguage;
        if (input.emailConsent !== undefined) data.emailConsent = input.emailConsent;
        if (input.notes !== undefined) data.notes = input.notes;
        if (input.externalRef !== undefined) data.externalRef = input.externalRef;
        if (input.accountTier !== undefined) data.accountTier = input.accountTier;
        if (input.documentType !== undefined) data.documentType = input.documentType;
        // A renewed passport has a new number (issue 18): the old one's last 4 and expiry stay in the history.
        if (
          input.passportNumber !== undefined &&
          input.passportNumber !== null &&
          before.passportNumberEnc !== null &&
          this.cipher.decrypt(before.passportNumberEnc, auth.organizationId) !== input.passportNumber
        ) {
          const previous = {
            last4: before.passportLast4,
            expiry: day(before.passportExpiry),
            replacedAt: now.toISOString(),
          };
          data.passportHistory = [previous, ...passportHistoryOf(before.passportHistory)];
        }
        const after = await tx.client.update({
          where: { id: clientId, organizationId: auth.organizationId },
          data,
          select: CLIENT_SELECT,
        });
        if (
          day(before.passportExpiry) !== day(after.passportExpiry) ||
          day(before.visaExpiry) !== day(after.visaExpiry)
        ) {
          await this.replanClient(tx, auth.organizationId, clientId, now);
        }
        const fields = this.changedFields(before, after, input, auth.organizationId);
        // Field names only: the audit log is append-only, so it must not become a second copy of personal data.
        if (fields.length > 0)
          await this.audit.recordBy(tx, auth, {
            action: 'client.updated',
            targetType: 'client',
            targetId: clientId,
            data: { fields },
          });
        return toClientResponse(after);
      });
    } catch (error) {
      if (duplicateRef(error))
        throw new ApiError('CONFLICT', 'Another client already has this external reference', { field: 'externalRef' });
      throw error;
    }
  }

  /** Archiving a client archives its live cases with it (same instant), and restoring brings exactly those back. */
  setArchived(auth: AuthContext, clientId: string, archived: boolean): Promise<ClientResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const before = await this.find(tx, auth.organizationId, clientId);
      if ((before.archivedAt !== null) === archived) return toClientResponse(before);
      const after = await tx.client.update({
        where: { id: clientId, organizationId: auth.organizationId },
        data: { archivedAt: archived ? now : null },
        select: CLIENT_SELECT,
      });
      const cases = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "case" SET "archivedAt" = ${archived ? now : null}::timestamptz, "updatedAt" = ${now}
        WHERE "organizationId" = ${auth.organizationId}::uuid AND "clientId" = ${clientId}::uuid
          AND ${archived ? Prisma.sql`"archivedAt" IS NULL` : Prisma.sql`"archivedAt" = ${before.archivedAt}::timestamptz`}
        RETURNING id`;
      if (cases.length > 0) {
        await appendEvents(
          tx.sql,
          cases.map((c) => ({
            organizationId: auth.organizationId,
            caseId: c.id,
            action: archived ? 'ARCHIVED' : 'RESTORED',
            actorId: auth.userId,
            at: now,
            data: { withClient: true },
          })),
        );
        await replanCases(
          tx,
          auth.organizationId,
          cases.map((c) => c.id),
          now,
        );
      }
      await this.audit.recordBy(tx, auth, {
        action: archived ? 'client.archived' : 'client.restored',
        targetType: 'client',
        targetId: clientId,
        data: { cases: cases.length },
      });
      return toClientResponse(after);
    });
  }

  /** The fields a PATCH really changed (a passport number re-sent unchanged is not a change). */
  private changedFields(
    before: ClientRecord,
    after: ClientRecord,
    input: UpdateClientRequest,
    organizationId: string,
  ): string[] {
    const was = toClientResponse(before);
    const is = toClientResponse(after);
    const fields = (Object.keys(input) as (keyof UpdateClientRequest)[]).filter(
      (field) =>
        field !== 'passportNumber' &&
        field in is &&
        was[field as keyof ClientResponse] !== is[field as keyof ClientResponse],
    );
    if (input.passportNumber !== undefined) {
      const previous = before.passportNumberEnc ? this.cipher.decrypt(before.passportNumberEnc, organizationId) : null;
      if (previous !== input.passportNumber) fields.push('passportNumber');
    }
    return fields;
  }

  /** The full passport number, for the one screen that needs it; every reveal is audited. */
  revealPassport(auth: AuthContext, clientId: string): Promise<RevealPassportResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const client = await this.find(tx, auth.organizationId, clientId);
      await this.audit.record(tx, {
        organizationId: auth.organizationId,
        actorId: auth.userId,
        action: 'client.pii_revealed',
        targetType: 'client',
        targetId: clientId,
        ip: auth.ip,
        data: { field: 'passportNumber' },
      });
      return {
        passportNumber: client.passportNumberEnc
          ? this.cipher.decrypt(client.passportNumberEnc, auth.organizationId)
          : null,
      };
    });
  }

  async replanClient(tx: Tx, organizationId: string, clientId: string, now: Date): Promise<void> {
    const cases = await tx.case.findMany({ where: { organizationId, clientId }, select: { id: true } });
    await replanCases(
      tx,
      organizationId,
      cases.map((c) => c.id),
      now,
    );
  }

  private passportFields(
    passportNumber: string | null,
    organizationId: string,
  ): { passportNumberEnc: string | null; passportLast4: string | null } {
    if (passportNumber === null) return { passportNumberEnc: null, passportLast4: null };
    return {
      passportNumberEnc: this.cipher.encrypt(passportNumber, organizationId),
      passportLast4: passportLast4(passportNumber),
    };
  }

  private async find(tx: Tx, organizationId: string, clientId: string): Promise<ClientRecord> {
    const client = await tx.client.findFirst({ where: { id: clientId, organizationId }, select: CLIENT_SELECT });
    if (!client) throw new ApiError('NOT_FOUND', 'No such client');
    return client;
  }
}
