// Test helpers for the reminder / outbox specs (excluded from the build with the other specs' helpers).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import type { TestUser } from './http';
import { OutboxService } from '../outbox/outbox.service';
import { ReminderDispatcher } from '../reminders/reminder-dispatcher.service';
import { DigestService } from '../notifications/digest.service';

export type CaseOptions = { email?: string | null; consent?: boolean; language?: 'en' | 'zh'; name?: string; submit?: boolean; assigneeId?: string };

/** A client and a bank-card case through the real API, submitted unless told otherwise. */
export async function createCase(user: TestUser, options: CaseOptions = {}): Promise<{ caseId: string; clientId: string; version: number }> {
  const client = await user.post('/api/clients', {
    passportName: options.name ?? 'SMITH JOHN',
    email: options.email ?? null,
    emailConsent: options.consent ?? false,
    preferredLanguage: options.language ?? 'en',
  });
  if (client.status !== 201) throw new Error(`client: ${client.status} ${client.text}`);
  const clientId = client.json<{ id: string }>().id;
  const created = await user.post('/api/cases', { clientId, type: 'BANK_CARD_VERIFICATION', ...(options.assigneeId ? { assigneeId: options.assigneeId } : {}) });
  if (created.status !== 201) throw new Error(`case: ${created.status} ${created.text}`);
  const caseId = created.json<{ id: string }>().id;
  let version = created.json<{ version: number }>().version;
  if (options.submit !== false) version = await transition(user, caseId, version, 'submit', { bank: 'BOC', cardLast4: '1234' });
  return { caseId, clientId, version };
}

export async function transition(user: TestUser, caseId: string, version: number, action: string, payload?: Record<string, unknown>): Promise<number> {
  const response = await user.post(`/api/cases/${caseId}/transitions`, { action, version, ...(payload ? { payload } : {}) });
  if (response.status !== 200 && response.status !== 201) throw new Error(`${action}: ${response.status} ${response.text}`);
  const body = response.json<{ version?: number; case?: { version: number } }>();
  return body.case?.version ?? body.version ?? version + 1;
}

/** Superuser SQL on the test database (setup and assertions only; the app never connects like this). */
export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
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

/** The header block of a raw message, unfolded. */
export function headerOf(raw: string, name: string): string {
  const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
}

/** The decoded text of a raw message (quoted-printable and base64 parts), for content assertions. */
export function bodyOf(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+/);
  return parts
    .map((part) => {
      const [head = '', ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
        const soft = body.replace(/=\r?\n/g, '');
        return Buffer.from(soft.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
      }
      return body;
    })
    .join('\n');
}
