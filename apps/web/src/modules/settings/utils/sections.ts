export type SettingsSection = {
  path: string;
  label:
    | 'settings.nav.members'
    | 'settings.nav.invitations'
    | 'settings.nav.organization'
    | 'settings.nav.deadlines'
    | 'settings.nav.notifications'
    | 'settings.nav.calendar'
    | 'settings.nav.audit';
  /** The API answers these to OWNER and ADMIN only; others do not see them in the list. */
  managersOnly?: boolean;
};

export const settingsSections: readonly SettingsSection[] = [
  { path: 'members', label: 'settings.nav.members' },
  { path: 'invitations', label: 'settings.nav.invitations', managersOnly: true },
  { path: 'organization', label: 'settings.nav.organization' },
  { path: 'deadlines', label: 'settings.nav.deadlines' },
  { path: 'notifications', label: 'settings.nav.notifications' },
  { path: 'calendar', label: 'settings.nav.calendar' },
  { path: 'audit', label: 'settings.nav.audit', managersOnly: true },
];
