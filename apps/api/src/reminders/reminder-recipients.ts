import {
  clientLanguageOf,
  adminReminderKinds,
  ALIPAY_TIME_ZONE,
  type CaseRelation,
  isValidTimeZone,
  nextSteps,
  type NotifyScope,
  oneOf,
  scopeCovers,
} from '@waiji/domain';
import { kindLabel, languageOf } from '../notifications/content';
import { clientInAppNotification, clientReminderEmail } from '../notifications/client-reminder-content';
import { helperEmail, inAppNotification, type ReminderFacts } from '../notifications/reminder-content';
import type { OutboundDraft } from '../database/outbox';
import { formatLocal, quietHoursEnd } from '../scheduler/local-time';
import { type CaseFacts, snapshotOf } from './reminder-snapshot';

// Who hears of a case — the one place for the recipient rules of reminders, messages, client reports and
// assignments (staffRecipients, channelsFor, mayEmailClient) — and who gets what when a reminder fires: in-app
// notifications, emails and the client's unsubscribe hash. Pure (no I/O, the clock is a parameter), so every rule
// is a table in reminder-recipients.spec.ts; notification-rules.spec.ts runs them through the API.

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

/**
 * A case's client and organization as every notice about the case reads them: whom to address, whether they may be
 * emailed, in which language, and the organization's clock (time zone and quiet hours).
 */
export type CaseContact = {
  passportName: string;
  clientEmail: string | null;
  emailConsent: boolean;
  preferredLanguage: string;
  organizationName: string;
  timezone: string;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
};

/** A reminder's case with its client and organization, as the plan reads it. */
export type ReminderCase = CaseFacts &
  CaseContact & {
    id: string;
    organizationId: string;
    clientId: string;
    assigneeId: string | null;
    passportExpiry: Date | null;
    visaExpiry: Date | null;
  };

/** The organization's time zone; Alipay's when it holds none that is valid. */
export function organizationTimeZone(organization: Pick<CaseContact, 'timezone'>): string {
  return isValidTimeZone(organization.timezone) ? organization.timezone : ALIPAY_TIME_ZONE;
}

/** When an email about a case may go: the end of the organization's quiet hours if `now` is inside them, else null. */
export function emailSendAt(
  organization: Pick<CaseContact, 'timezone' | 'quietHoursStart' | 'quietHoursEnd'>,
  now: Date,
): Date | null {
  return quietHoursEnd(
    now,
    organizationTimeZone(organization),
    organization.quietHoursStart,
    organization.quietHoursEnd,
  );
}

/** A member who may hear of cases (every role but CLIENT), with their in-app and email scopes, in membership order. */
export type StaffMember = {
  organizationId: string;
  userId: string;
  role: 'OWNER' | 'ADMIN' | 'HELPER' | 'VIEWER';
  notifyInApp: NotifyScope;
  notifyEmail: NotifyScope;
  email: string;
  locale: string;
};
export type PortalUser = { userId: string; clientId: string };

/** Everything a batch of claimed reminders needs, keyed by case id (cases, watchers), organization id and client id. */
export type RecipientContext = {
  cases: Map<string, ReminderCase>;
  staff: Map<string, StaffMember[]>;
  watchers: Map<string, string[]>;
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

/** The roles that make up the team inbox: they hear of unassigned cases unless they chose only their own. */
const TEAM_ROLES: readonly StaffMember['role'][] = ['OWNER', 'ADMIN', 'HELPER'];
const ADMIN_ROLES: readonly StaffMember['role'][] = ['OWNER', 'ADMIN'];

/** The people of a case, as far as notices go. */
export type CasePeople = { assigneeId: string | null; watcherIds: readonly string[] };

/** A member a notice reaches, and on which channels. */
export type StaffRecipient = { member: StaffMember; inApp: boolean; email: boolean };

/** The channels on which a notice about a case reaches `member`, who stands to it as `relation`. */
export function channelsFor(member: StaffMember, relation: CaseRelation): { inApp: boolean; email: boolean } {
  return { inApp: scopeCovers(member.notifyInApp, relation), email: scopeCovers(member.notifyEmail, relation) };
}

/**
 * Who hears of something about a case, and how. Each member by their own choice per channel (scopeCovers): the
 * assignee and the case's watchers as their own case; when nobody is assigned (or the assignee left), the team
 * (OWNER, ADMIN, HELPER) as an unassigned case; everyone else only if they chose all cases. `addressed` members
 * (the owner and admins of an escalation, a manual reminder's creator) hear of it as their own. If an unassigned
 * case would reach nobody in the app (the whole team chose only their own), the owner and admins hear of it there,
 * so no case goes unheard. `exclude` (the author of a message, the maker of a change) never hears of their own act.
 */
export function staffRecipients(
  kase: CasePeople,
  staff: readonly StaffMember[],
  options: { addressed?: readonly string[]; exclude?: string | null } = {},
): StaffRecipient[] {
  const assigned = staff.some((member) => member.userId === kase.assigneeId);
  const relationOf = (member: StaffMember): CaseRelation => {
    if (assigned && member.userId === kase.assigneeId) return 'assignee';
    if (kase.watcherIds.includes(member.userId) || options.addressed?.includes(member.userId)) return 'watcher';
    return !assigned && TEAM_ROLES.includes(member.role) ? 'unassigned' : 'other';
  };
  const recipients = staff
    .filter((member) => member.userId !== options.exclude)
    .map((member) => ({ member, ...channelsFor(member, relationOf(member)) }));
  if (!assigned && !recipients.some((r) => r.inApp && relationOf(r.member) !== 'other')) {
    for (const recipient of recipients) if (ADMIN_ROLES.includes(recipient.member.role)) recipient.inApp = true;
  }
  return recipients.filter((recipient) => recipient.inApp || recipient.email);
}

/**
 * The staff a reminder goes to: staffRecipients of its case; a manual reminder is addressed to its creator too, an
 * escalation (the domain's adminReminderKinds) to the owner and admins.
 */
export function helpersFor(
  reminder: ClaimedReminder,
  kase: ReminderCase,
  staff: readonly StaffMember[],
  watcherIds: readonly string[] = [],
): StaffRecipient[] {
  const addressed: string[] = [];
  if (reminder.manual && reminder.createdById) addressed.push(reminder.createdById);
  if (oneOf(adminReminderKinds, reminder.kind))
    addressed.push(...staff.filter((member) => ADMIN_ROLES.includes(member.role)).map((member) => member.userId));
  return staffRecipients({ assigneeId: kase.assigneeId, watcherIds }, staff, { addressed });
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
  const facts = factsFor(reminder, kase, organizationTimeZone(kase), now, links.publicUrl);
  const audience = reminder.audience.toUpperCase();
  const plan: FirePlan = { reminder, notifications: [], emails: [], unsubscribe: null };
  // Emails wait for the end of the organization's quiet hours; in-app notifications do not.
  const sendAt = emailSendAt(kase, now);

  if (audience === 'HELPER' || audience === 'BOTH') {
    const staff = context.staff.get(kase.organizationId) ?? [];
    for (const { member: helper, inApp, email } of helpersFor(reminder, kase, staff, context.watchers.get(kase.id))) {
      const language = languageOf(helper.locale);
      if (inApp) plan.notifications.push({ userId: helper.userId, ...inAppNotification(facts, language) });
      // Without email at once, the 08:00 digest (when chosen) lists it.
      if (email) {
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
    // The email and the in-app notice in the client's language.
    const clientLanguage = clientLanguageOf(kase.preferredLanguage);
    for (const user of context.portal.get(kase.clientId) ?? []) {
      plan.notifications.push({ userId: user.userId, ...clientInAppNotification(facts, clientLanguage) });
    }
    if (kase.clientEmail && mayEmailClient(kase)) {
      const unsubscribe = clientUnsubscribe(kase.clientId, links);
      plan.emails.push({
        key: `reminder.${reminder.id}.client.${kase.clientId}`,
        address: kase.clientEmail,
        ...clientReminderEmail(facts, clientLanguage, unsubscribe.url),
        headers: unsubscribe.headers,
        at: sendAt,
      });
      plan.unsubscribe = unsubscribe.record;
    }
  }
  return plan;
}
