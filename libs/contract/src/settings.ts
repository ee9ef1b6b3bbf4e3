import { z } from 'zod';
import { durationUnits, type PolicyField, policyFields } from '@waiji/domain';

export { durationUnits };

export const policyDuration = z.strictObject({
  amount: z.number().min(0).max(3650),
  unit: z.enum(durationUnits),
});
export type PolicyDuration = z.infer<typeof policyDuration>;

/** One schema per field of the domain's policy, in its order: the chase limit a count, every other field a duration. */
function policyShape<D extends z.ZodType, L extends z.ZodType>(
  duration: D,
  limit: L,
): { [F in PolicyField]: F extends 'depositChaseLimit' ? L : D } {
  // Object.fromEntries cannot type a mapped object; the annotation above is what it builds.
  return Object.fromEntries(policyFields.map((field) => [field, field === 'depositChaseLimit' ? limit : duration])) as {
    [F in PolicyField]: F extends 'depositChaseLimit' ? L : D;
  };
}

/** Overrides of the domain's defaultPolicy; a missing field means the default. */
export const policyOverrides = z.strictObject(
  policyShape(policyDuration.optional(), z.number().int().min(0).max(100).optional()),
);
export type PolicyOverrides = z.infer<typeof policyOverrides>;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (00:00–23:59)');

/** No email goes out between start and end (local time of the organization); may span midnight. */
export const quietHours = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((value) => value.start !== value.end, { message: 'start and end must differ', path: ['end'] });
export type QuietHours = z.infer<typeof quietHours>;

export const organizationPolicyRequest = z.strictObject({
  /** IANA time zone, e.g. Asia/Shanghai or Europe/Berlin. */
  timeZone: z.string().min(1).max(100),
  quietHours: quietHours.nullable(),
  policy: policyOverrides,
  /** Days after a case closes (approved or archived) that its document files are deleted; unchanged when absent. */
  documentRetentionDays: z.number().int().min(1).max(3650).optional(),
});
export type OrganizationPolicyRequest = z.infer<typeof organizationPolicyRequest>;

const fullPolicy = z.object({ timeZone: z.string(), ...policyShape(policyDuration, z.number().int()) });

export const organizationPolicyResponse = z.object({
  timeZone: z.string(),
  quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  policy: policyOverrides,
  /** The overrides merged over the defaults: what deadlines are computed with. */
  effective: fullPolicy,
  defaults: fullPolicy,
  /** Days after a case closes that its document files are deleted (default 90). */
  documentRetentionDays: z.number().int(),
  /** After a change: how many open cases had their pending reminders recomputed. */
  replannedCases: z.number().int().optional(),
});
export type OrganizationPolicyResponse = z.infer<typeof organizationPolicyResponse>;
