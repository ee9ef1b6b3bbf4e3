import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import type { CaseResponse, ClientResponse } from '@waiji/contract';
import { signUp, type TestUser } from './http';

/** Runs SQL as the database owner (a superuser here, so RLS does not apply): for arranging and inspecting. */
export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A new user who is a member of `owner`'s organization with `role` (and, for CLIENT, linked to `clientId`), working in it. */
export async function addMember(
  app: NestFastifyApplication,
  databaseUrl: string,
  owner: TestUser,
  role: 'ADMIN' | 'HELPER' | 'VIEWER' | 'CLIENT',
  clientId: string | null = null,
): Promise<TestUser> {
  const member = await signUp(app, { kind: 'PERSONAL' });
  await sql(databaseUrl, `INSERT INTO "membership" ("organizationId", "userId", role, "clientId", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    owner.organizationId,
    member.me?.user.id,
    role,
    clientId,
  ]);
  const switched = await member.post('/api/auth/switch-organization', { organizationId: owner.organizationId });
  if (switched.status !== 200) throw new Error(`switch failed: ${switched.status} ${switched.text}`);
  await member.get('/api/auth/me');
  return member;
}

let counter = 0;

export async function createClient(user: TestUser, fields: Record<string, unknown> = {}): Promise<ClientResponse> {
  counter += 1;
  const response = await user.post('/api/clients', { passportName: `Test Client ${counter}`, ...fields });
  if (response.status !== 201) throw new Error(`create client: ${response.status} ${response.text}`);
  return response.json<ClientResponse>();
}

export async function createCase(user: TestUser, clientId: string, fields: Record<string, unknown> = {}): Promise<CaseResponse> {
  const response = await user.post('/api/cases', { clientId, type: 'BANK_CARD_VERIFICATION', ...fields });
  if (response.status !== 201) throw new Error(`create case: ${response.status} ${response.text}`);
  return response.json<CaseResponse>();
}

/** Applies a transition at the case's current version and returns the case after it. */
export async function move(user: TestUser, found: { id: string; version: number }, action: string, payload: Record<string, unknown> = {}): Promise<CaseResponse> {
  const response = await user.post(`/api/cases/${found.id}/transitions`, { action, version: found.version, payload });
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${response.text}`);
  return response.json<{ case: CaseResponse }>().case;
}
