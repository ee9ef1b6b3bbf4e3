export type SettingsSection = {
  path: string;
  label:
    | 'settings.nav.members'
    | 'settings.nav.invitations'
    | 'settings.nav.organization'
    | 'settings.nav.deadlines'
    | 'settings.nav.notifications'
    | 'settings.nav.calendar'
    | 'settings.nav.profile'
    | 'settings.nav.language'
    | 'settings.nav.security'
    | 'settings.nav.email'
    | 'settings.nav.incomingMail'
    | 'settings.nav.apiTokens'
    | 'settings.nav.webhooks'
    | 'settings.nav.audit';
  /** The API answers these to OWNER and ADMIN only; others do not see them in the list. */
  managersOnly?: boolean;
  /**
   * About working with others; an individual's own organization (kind PERSONAL) has no one else, so no such section.
   * Deadlines too: the defaults come from the sources, and tuning them is an organization's policy, not one person's.
   */
  teamOnly?: boolean;
  /**
   * A CLIENT (portal user) has these too: their own name, language and password. Not notifications (a client's notices
   * do not follow the per-channel scopes) nor the calendar (the portal's case page has their feed).
   */
  clients?: boolean;
};

export const settingsSections: readonly SettingsSection[] = [
  { path: 'members', label: 'settings.nav.members', teamOnly: true },
  { path: 'invitations', label: 'settings.nav.invitations', managersOnly: true, teamOnly: true },
  { path: 'organization', label: 'settings.nav.organization', teamOnly: true },
  { path: 'deadlines', label: 'settings.nav.deadlines', teamOnly: true },
  // The person's own: everyone has them, and they are all an individual needs.
  { path: 'profile', label: 'settings.nav.profile', clients: true },
  { path: 'notifications', label: 'settings.nav.notifications' },
  { path: 'language', label: 'settings.nav.language', clients: true },
  { path: 'calendar', label: 'settings.nav.calendar' },
  { path: 'security', label: 'settings.nav.security', clients: true },
  // The organization's outbound email and the failed ones: its managers', an individual's too (their own mail).
  { path: 'email', label: 'settings.nav.email', managersOnly: true },
  // Mail in: the inbound addresses, an IMAP mailbox, trusted senders, parked mail.
  { path: 'incoming-mail', label: 'settings.nav.incomingMail', managersOnly: true },
  // Integrations: every staff member's own API tokens (admins: the organization's too); the organization's webhooks.
  { path: 'api-tokens', label: 'settings.nav.apiTokens' },
  { path: 'webhooks', label: 'settings.nav.webhooks', managersOnly: true },
  { path: 'audit', label: 'settings.nav.audit', managersOnly: true, teamOnly: true },
];

/** The sections this user may open, in list order. */
export const sectionsFor = ({
  canManage,
  isPersonal,
  isClient = false,
}: {
  canManage: boolean;
  isPersonal: boolean;
  isClient?: boolean;
}) =>
  settingsSections.filter(
    (section) =>
      (canManage || !section.managersOnly) && (!isPersonal || !section.teamOnly) && (!isClient || section.clients),
  );
