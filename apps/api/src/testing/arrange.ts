// What tests arrange through the real API (members, clients, cases, transitions, a scheduler pass), and superuser SQL
// for what the API does not do. Specs import these through testing/kit.ts.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import type { CaseResponse, ClientResponse, RoleName } from '@waiji/contract';
import type { ClientLanguage } from '@waiji/domain';
import { DigestService } from '../notifications/digest.service';
import { OutboxService } from '../outbox/outbox.service';
import { ReminderDispatcher } from '../reminders/reminder-dispatcher.service';
import { signUp, TEST_PASSWORD, TestUser, uniqueEmail } from './http';
import { tokenFromMail } from './mail';

/**
 * Runs SQL as the database owner (a superuser here, so RLS does not apply), on a connection of its own: for arranging
 * and inspecting. The app never connects like this.
 */
export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(
  databaseUrl: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A new user who is a member of `owner`'s organization with `role` (and, for CLIENT, linked to `clientId`), working
 * in it: a PERSONAL account of their own, given the membership by SQL. `inviteMember` goes the way a person does.
 */
export async function addMember(
  kit: { app: NestFastifyApplication; db: { url: string } },
  owner: TestUser,
  role: 'ADMIN' | 'HELPER' | 'VIEWER' | 'CLIENT',
  clientId: string | null = null,
): Promise<TestUser> {
  const member = await signUp(kit.app, { kind: 'PERSONAL' });
  await sql(
    kit.db.url,
    `INSERT INTO "membership" ("organizationId", "userId", role, "clientId", "updatedAt") VALUES ($1, $2, $3, $4, now())`,
    [owner.organizationId, member.me?.user.id, role, clientId],
  );
  const switched = await member.post('/api/auth/switch-organization', { organizationId: owner.organizationId });
  if (switched.status !== 200) throw new Error(`switch failed: ${switched.status} ${switched.text}`);
  await member.get('/api/auth/me');
  return member;
}

/** Invites a new person into `admin`'s organization with this role, accepts through the mailed link, returns them signed in. */
export async function inviteMember(
  app: NestFastifyApplication,
  admin: TestUser,
  role: RoleName,
  options: { clientId?: string; email?: string; displayName?: string } = {},
): Promise<TestUser> {
  const email = options.email ?? uniqueEmail(role.toLowerCase());
  const invited = await admin.post('/api/organization/invitations', {
    email,
    role,
    ...(options.clientId ? { clientId: options.clientId } : {}),
  });
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${invited.text}`);
  const token = await tokenFromMail(app, email, '/accept-invitation');
  const member = new TestUser(app);
  const accepted = await member.post('/api/auth/invitations/accept', {
    token,
    password: TEST_PASSWORD,
    displayName: options.displayName ?? `Test ${role}`,
  });
  if (accepted.status !== 200) throw new Error(`accepting failed: ${accepted.status} ${accepted.text}`);
  return member;
}

let counter = 0;

export async function createClient(user: TestUser, fields: Record<string, unknown> = {}): Promise<ClientResponse> {
  counter += 1;
  const response = await user.post('/api/clients', { passportName: `Test Client ${counter}`, ...fields });
  if (response.status !== 201) throw new Error(`create client: ${response.status} ${response.text}`);
  return response.json<ClientResponse>();
}

export async function createCase(
  user: TestUser,
  clientId: string,
  fields: Record<string, unknown> = {},
): Promise<CaseResponse> {
  const response = await user.post('/api/cases', { clientId, type: 'BANK_CARD_VERIFICATION', ...fields });
  if (response.status !== 201) throw new Error(`create case: ${response.status} ${response.text}`);
  return response.json<CaseResponse>();
}

/** Applies a transition at the case's current version and returns the case after it. */
export async function move(
  user: TestUser,
  found: { id: string; version: number },
  action: string,
  payload: Record<string, unknown> = {},
): Promise<CaseResponse> {
  const response = await user.post(`/api/cases/${found.id}/transitions`, { action, version: found.version, payload });
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${response.text}`);
  return response.json<{ case: CaseResponse }>().case;
}

/** `move` by id and version: the case's version after the transition. */
export async function transition(
  user: TestUser,
  caseId: string,
  version: number,
  action: string,
  payload?: Record<string, unknown>,
): Promise<number> {
  return (await move(user, { id: caseId, version }, action, payload)).version;
}

export type CaseOptions = {
  email?: string | null;
  consent?: boolean;
  language?: ClientLanguage;
  name?: string;
  submit?: boolean;
  assigneeId?: string;
};

/** A client and a bank-card case through the real API, submitted unless told otherwise. */
export async function createClientAndCase(
  user: TestUser,
  options: CaseOptions = {},
): Promise<{ caseId: string; clientId: string; version: number }> {
  const client = await createClient(user, {
    passportName: options.name ?? 'SMITH JOHN',
    email: options.email ?? null,
    emailConsent: options.consent ?? false,
    preferredLanguage: options.language ?? 'en',
  });
  const created = await createCase(user, client.id, options.assigneeId ? { assigneeId: options.assigneeId } : {});
  let version = created.version;
  if (options.submit !== false) {
    version = await transition(user, created.id, version, 'submit', { bank: 'BOC', cardLast4: '1234' });
  }
  return { caseId: created.id, clientId: client.id, version };
}

/** One scheduler pass by hand: reminders, then the outbox. */
export async function tick(app: NestFastifyApplication): Promise<void> {
  await app.get(ReminderDispatcher).dispatchDue();
  await app.get(OutboxService).deliverDue();
}

export const services = (app: NestFastifyApplication) => ({
  reminders: app.get(ReminderDispatcher),
  outbox: app.get(OutboxService),
  digests: app.get(DigestService),
});
