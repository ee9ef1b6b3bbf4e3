import { enqueueEmails } from '../database/outbox';
import type { Sql } from '../database/sql-runner';

/** Notification.kind when an endpoint is switched off after persistent failure. */
export const WEBHOOK_DISABLED_NOTIFICATION = 'WEBHOOK_DISABLED';

function wording(locale: string, url: string): { title: string; body: string; subject: string; text: string } {
  if (locale === 'zh') {
    const title = 'Webhook 已停用';
    const body = `${url} 持续无法接收事件，已自动停用。请检查接收端后在「设置 → Webhooks」中重新启用；停用前未送达的事件会在启用后补发，停用期间的事件不会记录。`;
    return { title, body, subject: `Waiji：${title}`, text: `${body}\n` };
  }
  const title = 'Webhook endpoint switched off';
  const body = `${url} kept failing to accept events and has been switched off. Fix the receiver, then switch it on again in Settings → Webhooks: what it had not received by then is delivered; events while it is off are not kept for it.`;
  return { title, body, subject: `Waiji: ${title}`, text: `${body}\n` };
}

/**
 * Tells the organization's owners and admins that an endpoint was switched off: an in-app notification and an email
 * (through the outbox, key webhook-disabled.<endpoint>.<time>), in each reader's language. Runs in the statement
 * session that switched it off.
 */
export async function tellAdminsEndpointDisabled(
  sql: Pick<Sql, 'query'>,
  organizationId: string,
  endpoint: { id: string; url: string },
): Promise<void> {
  const { rows } = await sql.query<{ userId: string; email: string; locale: string }>(
    `SELECT m."userId", u.email, u.locale FROM "membership" m JOIN "user" u ON u.id = m."userId"
      WHERE m."organizationId" = $1 AND m.role IN ('OWNER', 'ADMIN')`,
    [organizationId],
  );
  if (rows.length === 0) return;
  const at = Date.now();
  const texts = rows.map((row) => ({ row, words: wording(row.locale, endpoint.url) }));
  await sql.query(
    `INSERT INTO "notification" ("organizationId", "userId", kind, title, body)
     SELECT $1, x."userId", $2, x.title, x.body FROM jsonb_to_recordset($3::jsonb) AS x("userId" uuid, title text, body text)`,
    [
      organizationId,
      WEBHOOK_DISABLED_NOTIFICATION,
      JSON.stringify(texts.map(({ row, words }) => ({ userId: row.userId, title: words.title, body: words.body }))),
    ],
  );
  await enqueueEmails(
    sql,
    organizationId,
    texts.map(({ row, words }) => ({
      key: `webhook-disabled.${endpoint.id}.${at}.${row.userId}`,
      address: row.email,
      subject: words.subject,
      text: words.text,
      html: null,
      at: null,
    })),
  );
}
