import { ALIPAY_TIME_ZONE, isValidTimeZone, nextSteps } from '@waiji/domain';
import { kindLabel, languageOf } from '../notifications/content';
import { clientEmail, helperEmail, inAppNotification, type ReminderFacts } from '../notifications/reminder-content';
import type { OutboundDraft } from '../database/outbox';
import { formatLocal, quietHoursEnd } from '../scheduler/local-time';
import { type CaseFacts, snapshotOf } from './reminder-snapshot';

// Who gets what when a reminder fires: in-app notifications, emails and the client's unsubscribe hash.
// Pure (no I/O, the clock is a parameter), so every recipient rule is a table in reminder-recipients.spec.ts.

export type ClaimedReminder = {
  id: string;
  organizationId: string;
  caseId: string;
  kind: string;
  audience: string;
  dueAt: Date;
  snoozedUntil: Date | null;
  reason: string | null;
  reasonZh: string | null;
  manual: boolean;
  createdById: string | null;
  /** The case's version when the reminder was claimed; a transition after it makes the reminder suspect. */
  caseVersion: number | null;
  /** Claimed from an instance whose lease ran out: the case may have moved on meanwhile. */
  takenOver: boolean;
};

/** A reminder's case with its client and organization, as the plan reads it. */
export type ReminderCase = CaseFacts & {
  id: string;
  organizationId: string;
  clientId: string;
  assigneeId: string | null;
  passportName: string;
  clientEmail: string | null;
  emailConsent: boolean;
  preferredLanguage: string;
  passportExpiry: Date | null;
  visaExpiry: Date | null;
  organizationName: string;
  timezone: string;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
};

/** A member who may receive helper reminders (OWNER, ADMIN, HELPER), in membership order. */
export type StaffMember = {
  organizationId: string;
  userId: string;
  notifyMode: 'IMMEDIATE' | 'DIGEST';
  email: string;
  locale: string;
};
export type PortalUser = { userId: string; clientId: string };

/** Everything a batch of claimed reminders needs, keyed by case id, organization id and client id. */
export type RecipientContext = {
  cases: Map<string, ReminderCase>;
  staff: Map<string, StaffMember[]>;
  portal: Map<string, PortalUser[]>;
};

export type ReminderNotification = { userId: string; title: string; body: string };

export type FirePlan = {
  reminder: ClaimedReminder;
  notifications: ReminderNotification[];
  emails: OutboundDraft[];
  unsubscribe: { clientId: string; hash: string } | null;
};

/** Where links point: the public address, and the client's one-click unsubscribe token and its stored hash. */
export type RecipientLinks = {
  publicUrl: string;
  unsubscribe: { tokenFor(clientId: string): string; hashFor(clientId: string): string };
};

function factsFor(
  reminder: ClaimedReminder,
  kase: ReminderCase,
  timeZone: string,
  now: Date,
  publicUrl: string,
): ReminderFacts {
  const fallback = { en: kindLabel(reminder.kind, 'en'), zh: kindLabel(reminder.kind, 'zh') };
  return {
    caseId: kase.id,
    caseType: kase.type,
    state: kase.state,
    clientName: kase.passportName,
    organizationName: kase.organizationName,
    kind: reminder.kind,
    manual: reminder.manual,
    dueAt: reminder.snoozedUntil ?? reminder.dueAt,
    dueLocal: formatLocal(reminder.snoozedUntil ?? reminder.dueAt, timeZone),
    timeZone,
    reason: { en: reminder.reason ?? fallback.en, zh: reminder.reasonZh ?? reminder.reason ?? fallback.zh },
    steps: nextSteps(snapshotOf(kase), now),
    caseUrl: `${publicUrl}/cases/${kase.id}`,
  };
}

/** Who answers for a case: its assignee, or every staff member when nobody (or a former member) is assigned. */
export function responsibleStaff(assigneeId: string | null, staff: StaffMember[]): StaffMember[] {
  const assignee = staff.find((s) => s.userId === assigneeId);
  return assignee ? [assignee] : [...staff];
}

/**
 * The helpers a reminder goes to: those who answer for its case (responsibleStaff); a manual reminder also goes to
 * whoever created it.
 */
export function helpersFor(reminder: ClaimedReminder, kase: ReminderCase, staff: StaffMember[]): StaffMember[] {
  const helpers = responsibleStaff(kase.assigneeId, staff);
  const creator = reminder.manual ? staff.find((s) => s.userId === reminder.createdById) : undefined;
  if (creator && !helpers.includes(creator)) helpers.push(creator);
  return helpers;
}

/** A client may be emailed when they gave an address and agreed to receive emails. */
export function mayEmailClient(client: { clientEmail: string | null; emailConsent: boolean }): boolean {
  return client.clientEmail !== null && client.clientEmail !== '' && client.emailConsent;
}

/**
 * The one-click unsubscribe link every email to a client carries (RFC 8058 headers), and the hash the client row must
 * keep for the link to work.
 */
export function clientUnsubscribe(
  clientId: string,
  links: RecipientLinks,
): { url: string; headers: Record<string, string>; record: { clientId: string; hash: string } } {
  const url = `${links.publicUrl}/api/unsubscribe/${links.unsubscribe.tokenFor(clientId)}`;
  return {
    url,
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    record: { clientId, hash: links.unsubscribe.hashFor(clientId) },
  };
}

/** Who gets what for one reminder; null when its case is gone (firing then changes nothing). Throws if it cannot be rendered. */
export function planRecipients(
  reminder: ClaimedReminder,
  context: RecipientContext,
  now: Date,
  links: RecipientLinks,
): FirePlan | null {
  const kase = context.cases.get(reminder.caseId);
  if (!kase) return null;
  const timeZone = isValidTimeZone(kase.timezone) ? kase.timezone : ALIPAY_TIME_ZONE;
  const facts = factsFor(reminder, kase, timeZone, now, links.publicUrl);
  const audience = reminder.audience.toUpperCase();
  const plan: FirePlan = { reminder, notifications: [], emails: [], unsubscribe: null };
  // Emails wait for the end of the organization's quiet hours; in-app notifications do not.
  const sendAt =
    kase.quietHoursStart === null ? null : quietHoursEnd(now, timeZone, kase.quietHoursStart, kase.quietHoursEnd);

  if (audience === 'HELPER' || audience === 'BOTH') {
    for (const helper of helpersFor(reminder, kase, context.staff.get(kase.organizationId) ?? [])) {
      const language = languageOf(helper.locale);
      plan.notifications.push({ userId: helper.userId, ...inAppNotification(facts, language) });
      // DIGEST helpers get these in their 08:00 digest instead.
      if (helper.notifyMode === 'IMMEDIATE') {
        plan.emails.push({
          key: `reminder.${reminder.id}.user.${helper.userId}`,
          address: helper.email,
          ...helperEmail(facts, language),
          headers: {},
          at: sendAt,
        });
      }
    }
  }
  if (audience === 'CLIENT' || audience === 'BOTH') {
    const language = languageOf(kase.preferredLanguage);
    for (const user of context.portal.get(kase.clientId) ?? []) {
      plan.notifications.push({ userId: user.userId, ...inAppNotification(facts, language) });
    }
    if (kase.clientEmail && mayEmailClient(kase)) {
      const unsubscribe = clientUnsubscribe(kase.clientId, links);
      plan.emails.push({
        key: `reminder.${reminder.id}.client.${kase.clientId}`,
        address: kase.clientEmail,
        ...clientEmail(facts, language, unsubscribe.url),
        headers: unsubscribe.headers,
        at: sendAt,
      });
      plan.unsubscribe = unsubscribe.record;
    }
  }
  return plan;
}
