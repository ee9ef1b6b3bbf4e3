import { Inject, Injectable } from '@nestjs/common';
import type {
  BulkPortalInvitationRequest,
  BulkPortalInvitationResponse,
  CreateInvitationRequest,
  InvitationResponse,
  InvitationsResponse,
  PortalInvitationSkipReason,
} from '@waiji/contract';
import { CONFIG, type Config } from '../config/config';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import { type AuthContext, hasRole } from '../auth/auth-context';
import { AccountMail } from '../auth/account-mail';
import { newToken, sha256 } from '../auth/tokens';
import { dailyAllowance, takeDailyAllowance } from './invitation-allowance';

type InvitationRow = {
  id: string;
  email: string;
  role: InvitationResponse['role'];
  clientId: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  invitedById: string | null;
};

/** Who sends an invitation, as its email names them. */
type Inviter = { displayName: string; email: string; locale: string };
/** The organization as an invitation email shows it. */
type Sender = Inviter & { organizationName: string; timeZone: string };
/** One email to send after the commit. */
type Outgoing = { email: string; token: string; role: InvitationResponse['role']; expiresAt: Date; locale: string };

function statusOf(row: InvitationRow, now = Date.now()): InvitationResponse['status'] {
  if (row.acceptedAt) return 'ACCEPTED';
  if (row.revokedAt) return 'REVOKED';
  return row.expiresAt.getTime() <= now ? 'EXPIRED' : 'PENDING';
}

function toInvitation(
  row: InvitationRow,
  inviters: Map<string, string>,
  clients: Map<string, string>,
): InvitationResponse {
  const inviterName = row.invitedById ? inviters.get(row.invitedById) : undefined;
  const clientName = row.clientId ? clients.get(row.clientId) : undefined;
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    clientId: row.clientId,
    client: row.clientId && clientName !== undefined ? { id: row.clientId, name: clientName } : null,
    status: statusOf(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    invitedBy:
      row.invitedById && inviterName !== undefined ? { userId: row.invitedById, displayName: inviterName } : null,
  };
}

/**
 * Invitations by emailed token link: create one, invite clients to the portal in bulk, list, revoke (OWNER/ADMIN);
 * accepting one is InvitationAcceptService. Every invitation email is in its reader's language: a client's
 * preferred one, else the one the inviter chose (their own by default).
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly mail: AccountMail,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Replaces any pending invitation to the same address; only an owner may invite an owner. */
  async create(auth: AuthContext, input: CreateInvitationRequest): Promise<InvitationResponse> {
    if (input.role === 'OWNER' && auth.role !== 'OWNER')
      throw new ApiError('FORBIDDEN', 'Only an owner can invite an owner', { reason: 'ROLE' });
    const created = await this.db.run(auth, async (tx) => {
      const sender = await this.sender(tx, auth);
      const client = input.clientId
        ? await tx.client.findFirst({
            where: { id: input.clientId, organizationId: auth.organizationId },
            select: { passportName: true, preferredLanguage: true },
          })
        : null;
      if (input.clientId && !client) throw new ApiError('NOT_FOUND', 'No such client', { field: 'clientId' });
      const member = await tx.membership.findFirst({
        where: { organizationId: auth.organizationId, user: { email: input.email } },
        select: { id: true },
      });
      if (member) throw new ApiError('CONFLICT', 'This person is already a member', { field: 'email' });
      await takeDailyAllowance(tx, auth.organizationId, this.config.invitationsPerDay);
      const locale = client?.preferredLanguage ?? input.language ?? sender.locale;
      const [issued] = await this.issue(tx, auth, [
        { email: input.email, role: input.role, clientId: input.clientId ?? null, locale },
      ]);
      if (!issued) throw new Error('the invitation was not created');
      return { issued, sender, clientName: client?.passportName };
    });
    this.send(created.sender, [created.issued.outgoing]);
    return toInvitation(
      created.issued.row,
      new Map([[auth.userId, created.sender.displayName]]),
      new Map(input.clientId && created.clientName !== undefined ? [[input.clientId, created.clientName]] : []),
    );
  }

  /**
   * Invites to the portal the clients named, or the clients of the cases named, each at their own address in their
   * own language: one invitation per client, in the order given. Clients without an address, with a portal account
   * here or a pending portal invitation, and a client at an address another invitation waits on (or already chosen
   * in this request) are skipped, each with its reason; past the organization's daily allowance the rest are left out (OVER_QUOTA) with the wait.
   */
  async invitePortal(auth: AuthContext, input: BulkPortalInvitationRequest): Promise<BulkPortalInvitationResponse> {
    const done = await this.db.run(auth, async (tx) => {
      const sender = await this.sender(tx, auth);
      const clients = await this.clientsOf(tx, auth.organizationId, input);
      const ids = clients.map((client) => client.id);
      const emails = [...new Set(clients.flatMap((client) => (client.email ? [client.email] : [])))];
      const [linked, members, pending] = await Promise.all([
        tx.membership.findMany({
          where: { organizationId: auth.organizationId, clientId: { in: ids } },
          select: { clientId: true },
        }),
        tx.membership.findMany({
          where: { organizationId: auth.organizationId, user: { email: { in: emails } } },
          select: { user: { select: { email: true } } },
        }),
        tx.invitation.findMany({
          where: {
            organizationId: auth.organizationId,
            OR: [{ clientId: { in: ids } }, { email: { in: emails } }],
            acceptedAt: null,
            revokedAt: null,
            expiresAt: { gt: new Date() },
          },
          select: { clientId: true, email: true },
        }),
      ]);
      const hasAccount = new Set(linked.map((row) => row.clientId));
      const memberEmails = new Set(members.map((row) => row.user.email));
      const invitedAlready = new Set(pending.map((row) => row.clientId));
      // An address with a pending invitation for someone else is theirs: a new one would revoke it.
      const chosen = new Set(pending.map((row) => row.email));
      const skipped: BulkPortalInvitationResponse['skipped'] = [];
      const skip = (client: (typeof clients)[number], reason: PortalInvitationSkipReason) =>
        skipped.push({ clientId: client.id, clientName: client.passportName, reason });
      const eligible = clients.filter((client) => {
        const reason: PortalInvitationSkipReason | null = !client.email
          ? 'NO_EMAIL'
          : hasAccount.has(client.id) || memberEmails.has(client.email)
            ? 'ALREADY_MEMBER'
            : invitedAlready.has(client.id)
              ? 'ALREADY_INVITED'
              : chosen.has(client.email)
                ? 'SAME_EMAIL'
                : null;
        if (reason) skip(client, reason);
        else if (client.email) chosen.add(client.email);
        return reason === null;
      });
      const { remaining } = await dailyAllowance(tx, auth.organizationId, this.config.invitationsPerDay);
      const inviting = eligible.slice(0, remaining);
      for (const client of eligible.slice(remaining)) skip(client, 'OVER_QUOTA');
      const issued = await this.issue(
        tx,
        auth,
        inviting.map((client) => ({
          email: client.email ?? '',
          role: 'CLIENT' as const,
          clientId: client.id,
          locale: client.preferredLanguage,
        })),
      );
      const after = await dailyAllowance(tx, auth.organizationId, this.config.invitationsPerDay);
      return {
        sender,
        outgoing: issued.map((one) => one.outgoing),
        answer: {
          invited: issued.map((one, i) => ({
            invitationId: one.row.id,
            clientId: one.row.clientId ?? '',
            clientName: inviting[i]?.passportName ?? '',
            email: one.row.email,
          })),
          skipped,
          remaining: after.remaining,
          retryAfterSeconds: skipped.some((row) => row.reason === 'OVER_QUOTA') ? after.retryAfterSeconds : null,
        },
      };
    });
    this.send(done.sender, done.outgoing);
    return done.answer;
  }

  /**
   * Refuses (403) someone who may not send invitations: below ADMIN, or without a confirmed address. For work that
   * invites afterwards (an import's `invitePortal`), so it is refused before anything is created.
   */
  async assertMayInvite(auth: AuthContext): Promise<void> {
    if (!hasRole(auth.role, 'ADMIN'))
      throw new ApiError('FORBIDDEN', 'Only owners and admins invite clients to the portal', { reason: 'ROLE' });
    await this.db.run(auth, (tx) => this.sender(tx, auth));
  }

  list(auth: AuthContext): Promise<InvitationsResponse> {
    return this.db.run(auth, async (tx) => {
      const rows = await tx.invitation.findMany({
        where: { organizationId: auth.organizationId },
        orderBy: { createdAt: 'desc' },
        take: 500,
      });
      const inviterIds = [...new Set(rows.flatMap((row) => (row.invitedById ? [row.invitedById] : [])))];
      const clientIds = [...new Set(rows.flatMap((row) => (row.clientId ? [row.clientId] : [])))];
      const [inviters, clients] = await Promise.all([
        tx.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, displayName: true } }),
        tx.client.findMany({
          where: { organizationId: auth.organizationId, id: { in: clientIds } },
          select: { id: true, passportName: true },
        }),
      ]);
      const names = new Map(inviters.map((user) => [user.id, user.displayName]));
      const clientNames = new Map(clients.map((client) => [client.id, client.passportName]));
      return { invitations: rows.map((row) => toInvitation(row, names, clientNames)) };
    });
  }

  revoke(auth: AuthContext, invitationId: string): Promise<void> {
    return this.db.run(auth, async (tx) => {
      const row = await tx.invitation.findFirst({ where: { id: invitationId, organizationId: auth.organizationId } });
      if (!row) throw new ApiError('NOT_FOUND', 'No such invitation');
      if (row.acceptedAt)
        throw new ApiError('CONFLICT', 'This invitation was already accepted; remove the member instead');
      if (row.revokedAt) return;
      await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
      await this.audit.recordBy(tx, auth, {
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: row.id,
        data: { email: row.email, role: row.role },
      });
    });
  }

  /**
   * The inviter and their organization. The email goes to an address nobody has confirmed, carrying names the
   * inviter chose: only a confirmed account may send it, so a throw-away sign-up cannot use Waiji to mail strangers.
   */
  private async sender(tx: Tx, auth: AuthContext): Promise<Sender> {
    const [inviter, organization] = await Promise.all([
      tx.user.findUniqueOrThrow({
        where: { id: auth.userId },
        select: { displayName: true, email: true, emailVerifiedAt: true, locale: true },
      }),
      tx.organization.findUniqueOrThrow({ where: { id: auth.organizationId }, select: { name: true, timezone: true } }),
    ]);
    if (!inviter.emailVerifiedAt) {
      throw new ApiError(
        'FORBIDDEN',
        'Confirm your email address before inviting anyone: open the link we emailed you, or ask for a new one',
        { reason: 'EMAIL_NOT_VERIFIED' },
      );
    }
    return {
      displayName: inviter.displayName,
      email: inviter.email,
      locale: inviter.locale,
      organizationName: organization.name,
      timeZone: organization.timezone,
    };
  }

  /** The distinct clients of the request, in its order (a case's client where its first case stands). */
  private async clientsOf(tx: Tx, organizationId: string, input: BulkPortalInvitationRequest) {
    let order: string[];
    if (input.caseIds) {
      const cases = await tx.case.findMany({
        where: { organizationId, id: { in: input.caseIds } },
        select: { id: true, clientId: true },
      });
      const clientOfCase = new Map(cases.map((kase) => [kase.id, kase.clientId]));
      order = input.caseIds.flatMap((id) => clientOfCase.get(id) ?? []);
    } else {
      order = input.clientIds ?? [];
    }
    const ids = [...new Set(order)];
    const found = await tx.client.findMany({
      where: { organizationId, id: { in: ids } },
      select: { id: true, passportName: true, email: true, preferredLanguage: true },
    });
    const byId = new Map(
      found.map((client) => [client.id, { ...client, email: client.email?.trim().toLowerCase() || null }]),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Creates the invitations (each replacing any pending one to its address) and their audit entries; the tokens
   * travel only in the emails sent after the commit.
   */
  private async issue(
    tx: Tx,
    auth: AuthContext,
    wanted: { email: string; role: InvitationResponse['role']; clientId: string | null; locale: string }[],
  ): Promise<{ row: InvitationRow; outgoing: Outgoing }[]> {
    if (wanted.length === 0) return [];
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.links.invitationDays * 86_400_000);
    await tx.invitation.updateMany({
      where: {
        organizationId: auth.organizationId,
        email: { in: wanted.map((one) => one.email) },
        acceptedAt: null,
        revokedAt: null,
      },
      data: { revokedAt: now },
    });
    const tokens = wanted.map(() => newToken());
    const rows = await tx.invitation.createManyAndReturn({
      data: wanted.map((one, i) => ({
        organizationId: auth.organizationId,
        email: one.email,
        role: one.role,
        clientId: one.clientId,
        tokenHash: sha256(tokens[i] ?? ''),
        invitedById: auth.userId,
        expiresAt,
      })),
    });
    const byHash = new Map(rows.map((row) => [row.tokenHash, row]));
    const issued = wanted.flatMap((one, i) => {
      const token = tokens[i] ?? '';
      const row = byHash.get(sha256(token));
      return row ? [{ row, outgoing: { email: one.email, token, role: one.role, expiresAt, locale: one.locale } }] : [];
    });
    for (const { row } of issued) {
      await this.audit.recordBy(tx, auth, {
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: row.id,
        data: { email: row.email, role: row.role, clientId: row.clientId },
      });
    }
    return issued;
  }

  private send(sender: Sender, outgoing: Outgoing[]): void {
    for (const one of outgoing) {
      this.mail.invitation(one.email, one.token, {
        organizationName: sender.organizationName,
        inviterName: sender.displayName,
        inviterEmail: sender.email,
        role: one.role,
        expiresAt: one.expiresAt,
        timeZone: sender.timeZone,
        locale: one.locale,
      });
    }
  }
}
