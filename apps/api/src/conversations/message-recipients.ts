import { type CaseState, type CaseType, clientLanguageOf } from '@waiji/domain';
import type { OutboundDraft } from '../database/outbox';
import { languageOf } from '../notifications/content';
import {
  clientMessageEmail,
  helperMessageEmail,
  type MessageFacts,
  messageNotification,
} from '../notifications/message-content';
import {
  type CaseContact,
  clientUnsubscribe,
  emailSendAt,
  mayEmailClient,
  type PortalUser,
  type RecipientLinks,
  type StaffMember,
  staffRecipients,
} from '../reminders/reminder-recipients';

// Who hears of a new message, by the reminders' rules: the client's message goes to the staff who hear of the case
// (staffRecipients: its assignee and watchers, the team when unassigned, each in-app and by email as they chose); a
// helper's message goes to the client's portal users in-app and to the client's address when they agreed to emails
// (with the one-click unsubscribe link). Emails wait for the end of the organization's quiet hours; the author is
// never told of their own message. Pure: the clock and the links are parameters.

/** The case of a message with its client and organization. */
export type MessageCase = CaseContact & {
  id: string;
  organizationId: string;
  clientId: string;
  type: CaseType;
  state: CaseState;
  assigneeId: string | null;
};

export type NewMessage = { id: string; authorId: string; authorName: string | null; fromClient: boolean; body: string };

export type MessagePlan = {
  notifications: { userId: string; title: string; body: string }[];
  emails: OutboundDraft[];
  /** The unsubscribe hash the client row must keep, when the client is emailed. */
  unsubscribe: { clientId: string; hash: string } | null;
};

export function planMessageRecipients(
  message: NewMessage,
  kase: MessageCase,
  people: { staff: StaffMember[]; watcherIds?: readonly string[]; portal: PortalUser[] },
  now: Date,
  links: RecipientLinks,
): MessagePlan {
  const sendAt = emailSendAt(kase, now);
  const facts = (url: string | null): MessageFacts => ({
    caseType: kase.type,
    state: kase.state,
    clientName: kase.passportName,
    organizationName: kase.organizationName,
    authorName: message.authorName,
    body: message.body,
    url,
  });
  const plan: MessagePlan = { notifications: [], emails: [], unsubscribe: null };

  if (message.fromClient) {
    const helperFacts = facts(`${links.publicUrl}/cases/${kase.id}`);
    const heard = staffRecipients({ assigneeId: kase.assigneeId, watcherIds: people.watcherIds ?? [] }, people.staff, {
      exclude: message.authorId,
    });
    for (const { member: helper, inApp, email } of heard) {
      const language = languageOf(helper.locale);
      if (inApp)
        plan.notifications.push({ userId: helper.userId, ...messageNotification(helperFacts, language, 'helper') });
      // Without email at once they see it in-app; the daily digest is about deadlines.
      if (email) {
        plan.emails.push({
          key: `message.${message.id}.user.${helper.userId}`,
          address: helper.email,
          ...helperMessageEmail(helperFacts, language),
          headers: {},
          at: sendAt,
        });
      }
    }
    return plan;
  }

  const language = clientLanguageOf(kase.preferredLanguage);
  const portalUsers = people.portal.filter((user) => user.clientId === kase.clientId);
  const clientFacts = facts(portalUsers.length > 0 ? `${links.publicUrl}/portal/cases/${kase.id}` : null);
  for (const user of portalUsers) {
    if (user.userId === message.authorId) continue;
    plan.notifications.push({ userId: user.userId, ...messageNotification(clientFacts, language, 'client') });
  }
  if (kase.clientEmail && mayEmailClient(kase)) {
    const unsubscribe = clientUnsubscribe(kase.clientId, links);
    plan.emails.push({
      key: `message.${message.id}.client.${kase.clientId}`,
      address: kase.clientEmail,
      ...clientMessageEmail(clientFacts, language, unsubscribe.url),
      headers: unsubscribe.headers,
      at: sendAt,
    });
    plan.unsubscribe = unsubscribe.record;
  }
  return plan;
}
