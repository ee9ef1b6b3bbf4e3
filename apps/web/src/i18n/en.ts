// English is the reference catalogue: `zh` must have exactly these keys (enforced by its type).
// The shell's strings only; feature screens bring theirs in `features.en.ts`, outside the entry chunk.
export const en = {
  app: {
    name: 'Waiji 外籍',
    documentTitle: 'Waiji 外籍 — Alipay verification cases',
    skipToContent: 'Skip to main content',
    skipToResults: 'Skip to results',
    loadingPage: 'Loading page…',
    dismiss: 'Dismiss',
  },
  nav: {
    label: 'Main',
    start: 'Start',
    tools: 'Alipay helper',
    today: 'Today',
    cases: 'Cases',
    clients: 'Clients',
    board: 'Board',
    reports: 'Reports',
    settings: 'Settings',
    myCase: 'My case',
    myCases: 'My cases',
    signIn: 'Sign in',
    signUp: 'Create account',
  },
  roles: {
    OWNER: 'Owner',
    ADMIN: 'Admin',
    HELPER: 'Helper',
    VIEWER: 'Viewer',
    CLIENT: 'Client',
  },
  organizationKinds: {
    AGENCY: 'Agency',
    UNIVERSITY: 'University',
    PERSONAL: 'Personal',
  },
  account: {
    menuLabel: 'account menu',
    signedInAs: 'Signed in as {{email}}',
    organizationLabel: 'Organization',
    switchOrganization: 'Switch organization',
    switchTo: 'Switch to {{name}} ({{role}})',
    current: 'current',
    switchFailed: 'Could not switch: {{message}}',
    settings: 'Settings',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out on all devices',
    signOutFailed: 'Sign-out did not reach the server; you are signed out on this device.',
    verifyBanner: 'Please confirm your email address: we sent a link to {{email}}.',
    resendVerification: 'Send the link again',
    verificationSent: 'Sent. Check your inbox.',
  },
  notifications: {
    bell: 'Notifications',
    bellUnread_one: 'Notifications, {{count}} unread',
    bellUnread_other: 'Notifications, {{count}} unread',
    close: 'Close notifications',
  },
  session: {
    checking: 'Checking your session…',
    errorTitle: 'Could not reach Waiji',
    errorBody: 'Your session could not be checked: {{message}}',
    retry: 'Try again',
    noOrganizationTitle: 'No organization',
    noOrganizationBody:
      'Your account is not a member of any organization any more. Ask for a new invitation, or create an account for yourself.',
  },
  language: {
    label: 'Language',
  },
  start: {
    title: 'Alipay verification, tracked as cases',
    intro:
      'Waiji helps relocation agencies, university international offices and individuals get foreigners through Alipay real-name verification and account-restriction appeals.',
    howTitle: 'How it works',
    howCases:
      'Each verification or appeal is a case that moves through clear states: preparing, submitted, awaiting the micro-deposit, manual review, approved or rejected.',
    howDeadlines:
      'Waiji computes the deadlines that matter — when a deposit is overdue, when a review should be done, when you may retry with the same card — and reminds you in time.',
    howMessages: 'Alipay’s Chinese messages are turned into plain next steps.',
    signUp: 'Create an account',
    signUpHint: 'For a team, or just for yourself and your own case.',
  },
  health: {
    title: 'Service status',
    loading: 'Checking the service…',
    status: {
      ok: 'Operational',
      degraded: 'Degraded',
    },
    db: {
      label: 'Database',
      up: 'Up',
      down: 'Down',
    },
    version: 'Version',
    uptime: 'Uptime',
    degradedHint: 'The database is unreachable; cases cannot be read or changed right now.',
    error: {
      title: 'API unreachable',
      unreachable: 'The Waiji API did not answer. Check that it is running, then try again.',
      invalidResponse: 'The Waiji API answered with something unexpected.',
    },
    retry: 'Try again',
    checkedAt: 'Checked at {{time}}',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min',
    hoursMinutes: '{{hours}} h {{minutes}} min',
    daysHours: '{{days}} d {{hours}} h',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address.',
    home: 'Go to the start page',
  },
  routeError: {
    title: 'Something went wrong',
    body: 'This page could not be shown. Reloading usually helps after an update.',
    reload: 'Reload',
  },
};

export type ShellMessages = typeof en;
