/**
 * Every address the app links to, in one place. Pages elsewhere build links with these, so a route moves by
 * editing one line here and its entry in routes.tsx.
 */
export const paths = {
  home: '/',
  tools: '/tools',
  signIn: '/sign-in',
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  verifyEmail: '/verify-email',
  acceptInvitation: '/invitations/accept',
  /** Staff start page. */
  today: '/today',
  cases: '/cases',
  caseNew: '/cases/new',
  case: (caseId: string) => `/cases/${encodeURIComponent(caseId)}`,
  /** The new-case form with a stored client chosen. */
  caseNewFor: (clientId: string) => `/cases/new?clientId=${encodeURIComponent(clientId)}`,
  clients: '/clients',
  client: (clientId: string) => `/clients/${encodeURIComponent(clientId)}`,
  board: '/board',
  reports: '/reports',
  /** Emails Waiji could not put on a case (mail in). */
  inbox: '/inbox',
  settings: '/settings',
  settingsSection: (section: string) => `/settings/${section}`,
  /** CLIENT users and individuals. */
  portal: '/portal',
  portalCase: (caseId: string) => `/portal/cases/${encodeURIComponent(caseId)}`,
} as const;

/** The route of `paths.portalCase` (routes.tsx, and the start-up prefetch that reads the case id from it). */
export const portalCasePattern = '/portal/cases/:caseId';

/** Where staff land after signing in (and at `/`). */
export const staffHomePath = paths.today;

/** Where CLIENT users and individuals (PERSONAL organizations) land. */
export const portalHomePath = paths.portal;

/** The query parameter that carries the page a signed-out user asked for, to return to after sign-in. */
export const returnToParam = 'next';

/** Only same-app paths are followed after sign-in, never another origin. */
export const safeReturnPath = (value: string | null | undefined): string | undefined => {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value.startsWith(paths.signIn) || value.startsWith(paths.signUp)) return undefined;
  return value;
};

export const signInPathFor = (returnTo: string): string =>
  returnTo === '/' || returnTo === ''
    ? paths.signIn
    : `${paths.signIn}?${returnToParam}=${encodeURIComponent(returnTo)}`;
