/**
 * Inbound addresses: the organization's `org-<token>@<domain>`, a case's `case-<token>@<domain>`, and plus addressing
 * on the organization's address (`org-<token>+case-<token>@<domain>`) for the same case.
 */

const TOKEN = '[0-9a-f]{12}';
const ORG = new RegExp(`^org-(${TOKEN})(?:\\+case-(${TOKEN}))?$`);
const CASE = new RegExp(`^case-(${TOKEN})$`);
const CASE_ANYWHERE = new RegExp(`(?:^|\\+)case-(${TOKEN})$`);

export type AddressTokens = { orgToken: string | null; caseToken: string | null };

export const orgAddress = (token: string, domain: string): string => `org-${token}@${domain}`;
export const caseAddress = (token: string, domain: string): string => `case-${token}@${domain}`;

/** The tokens of an address on our domain, or null for any other address. */
export function addressTokens(address: string, domain: string): AddressTokens | null {
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  if (address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return null;
  const local = address.slice(0, at).toLowerCase();
  const org = ORG.exec(local);
  if (org) return { orgToken: org[1] ?? null, caseToken: org[2] ?? null };
  const kase = CASE.exec(local);
  if (kase) return { orgToken: null, caseToken: kase[1] ?? null };
  return null;
}

/**
 * The case token among a mail's recipients on any domain (a mailbox drained over IMAP receives the organization's own
 * address, perhaps with +case-<token>, or a case address copied in).
 */
export function caseTokenAmong(addresses: readonly string[]): string | null {
  for (const address of addresses) {
    const local = address.slice(0, Math.max(0, address.lastIndexOf('@'))).toLowerCase();
    const match = CASE_ANYWHERE.exec(local);
    if (match?.[1]) return match[1];
  }
  return null;
}
