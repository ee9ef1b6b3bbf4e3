import { z } from 'zod';

export const auditQuery = z.strictObject({
  /** From the previous page's nextCursor. */
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be a nextCursor from a previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Exact action, e.g. member.role_changed, or a prefix ending in a dot, e.g. invitation. */
  action: z.string().trim().min(1).max(80).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  action: z.string(),
  actor: z.object({ userId: z.uuid(), displayName: z.string(), email: z.string() }).nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** Newest first; pass nextCursor back as `cursor` for the next page (null at the end). */
export const auditPage = z.object({ entries: z.array(auditEntry), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPage>;
