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
    | 'settings.nav.audit';
  /** The API answers these to OWNER and ADMIN only; others do not see them in the list. */
  managersOnly?: boolean;
  /**
   * About working with others; an individual's own organization (kind PERSONAL) has no one else, so no such section.
   * Deadlines too: the defaults come from the sources, and tuning them is an organization's policy, not one person's.
   */
  teamOnly?: boolean;
};

export const settingsSections: readonly SettingsSection[] = [
  { path: 'members', label: 'settings.nav.members', teamOnly: true },
  { path: 'invitations', label: 'settings.nav.invitations', managersOnly: true, teamOnly: true },
  { path: 'organization', label: 'settings.nav.organization', teamOnly: true },
  { path: 'deadlines', label: 'settings.nav.deadlines', teamOnly: true },
  // The person's own: everyone has them, and they are all an individual needs.
  { path: 'profile', label: 'settings.nav.profile' },
  { path: 'notifications', label: 'settings.nav.notifications' },
  { path: 'language', label: 'settings.nav.language' },
  { path: 'calendar', label: 'settings.nav.calendar' },
  { path: 'security', label: 'settings.nav.security' },
  { path: 'audit', label: 'settings.nav.audit', managersOnly: true, teamOnly: true },
];

/** The sections this user may open, in list order. */
export const sectionsFor = ({ canManage, isPersonal }: { canManage: boolean; isPersonal: boolean }) =>
  settingsSections.filter((section) => (canManage || !section.managersOnly) && (!isPersonal || !section.teamOnly));
