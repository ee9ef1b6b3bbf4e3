import { accountTiers, clientLanguages, identityDocumentTypes } from '@waiji/domain';
import { z } from 'zod';
import { displayName } from './names';

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

/** Spaces and case do not matter in a passport number; letters and digits only. */
export const passportNumber = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{3,20}$/, 'must be 3–20 letters and digits'));

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullish();

const clientFields = {
  /** Name exactly as on the passport. */
  passportName: displayName(200),
  /** Name exactly as the bank stores it. */
  bankName: displayName(200, { allowEmpty: true }).nullish(),
  nationality: optionalText(100),
  birthDate: calendarDate.nullish(),
  /** Stored encrypted; answers only ever show the last four characters. */
  passportNumber: passportNumber.nullish(),
  passportExpiry: calendarDate.nullish(),
  visaType: optionalText(50),
  visaExpiry: calendarDate.nullish(),
  phone: optionalText(40),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ message: 'must be an email address' }))
    .nullish(),
  /** The language of everything the client reads: the portal, their emails, the invitation. */
  preferredLanguage: z.enum(clientLanguages).optional(),
  emailConsent: z.boolean().optional(),
  notes: optionalText(5000),
  /** Natural key from a school or agency system (student number); unique in the organization. */
  externalRef: text(100).min(1).nullish(),
  /** What the Alipay account can do now (approvals raise it; a helper may set it for an account verified elsewhere). */
  accountTier: z.enum(accountTiers).optional(),
  /** The identity document the account is verified with: a passport or the Foreign Permanent Resident ID card. */
  documentType: z.enum(identityDocumentTypes).optional(),
};

export const createClientRequest = z.strictObject({
  ...clientFields,
  /**
   * Create the client even though the organization has one with the same passport last 4 and name, or the same
   * email; without it such a request answers 409 DUPLICATE_CLIENT with the matching clients.
   */
  allowDuplicate: z.boolean().optional(),
});
export type CreateClientRequest = z.infer<typeof createClientRequest>;

export const updateClientRequest = z.strictObject({
  ...clientFields,
  passportName: clientFields.passportName.optional(),
});
export type UpdateClientRequest = z.infer<typeof updateClientRequest>;

export const clientResponse = z.object({
  id: z.uuid(),
  passportName: z.string(),
  bankName: z.string().nullable(),
  nationality: z.string().nullable(),
  birthDate: z.string().nullable(),
  hasPassportNumber: z.boolean(),
  /** The only part of the passport number an answer ever contains (besides the audited reveal). */
  passportLast4: z.string().nullable(),
  passportExpiry: z.string().nullable(),
  visaType: z.string().nullable(),
  visaExpiry: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredLanguage: z.string(),
  emailConsent: z.boolean(),
  notes: z.string().nullable(),
  externalRef: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  accountTier: z.enum(accountTiers),
  documentType: z.enum(identityDocumentTypes),
  /** Earlier passports, newest first (a renewed passport has a new number): last 4 characters and expiry only. */
  passportHistory: z.array(
    z.object({ last4: z.string().nullable(), expiry: z.string().nullable(), replacedAt: z.string() }),
  ),
});
export type ClientResponse = z.infer<typeof clientResponse>;

/** What made an existing client look like the one being created: passport last 4 with the name, or the email. */
export const duplicateReasons = ['passport', 'email'] as const;

/** An existing client that looks like the one being created or imported. */
export const duplicateClientMatch = z.object({
  id: z.uuid(),
  passportName: z.string(),
  passportLast4: z.string().nullable(),
  email: z.string().nullable(),
  matchedOn: z.array(z.enum(duplicateReasons)),
  /** Cases neither archived nor approved. */
  openCases: z.number().int(),
  archivedAt: z.string().nullable(),
});
export type DuplicateClientMatch = z.infer<typeof duplicateClientMatch>;

/** `details` of a 409 DUPLICATE_CLIENT. */
export const duplicateClientDetails = z.object({ matches: z.array(duplicateClientMatch) });
export type DuplicateClientDetails = z.infer<typeof duplicateClientDetails>;

const limit = z.coerce.number().int().min(1).max(200).default(50);

export const clientListQuery = z.strictObject({
  /** Name (passport or bank), passport last 4, email or external reference; case-insensitive. */
  q: z.string().trim().max(100).optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
  /** Only clients whose Alipay account is in this tier. */
  tier: z.enum(accountTiers).optional(),
  cursor: z.string().max(500).optional(),
  limit,
});
export type ClientListQuery = z.infer<typeof clientListQuery>;

/** A client in the list, with how many cases they have (all, archived included) and how many are open. */
export const clientListItem = clientResponse.extend({ caseCount: z.number().int(), openCases: z.number().int() });
export type ClientListItem = z.infer<typeof clientListItem>;

export const clientListResponse = z.object({ items: z.array(clientListItem), nextCursor: z.string().nullable() });
export type ClientListResponse = z.infer<typeof clientListResponse>;

export const revealPassportResponse = z.object({ passportNumber: z.string().nullable() });
export type RevealPassportResponse = z.infer<typeof revealPassportResponse>;
