import { isValidElement } from 'react';
import { matchRoutes, Navigate, type RouteObject, useLocation } from 'react-router';
import {
  HomeRoute,
  RequireSession,
  RequireSignedOut,
  RequirePortal,
  RequireStaff,
} from '../modules/session/components/RouteGuards';
import { noOrganizationPath } from '../modules/session/utils/landing';
import { AppLayout } from '../modules/shell/components/AppLayout';
import type { RouteHandle } from '../modules/shell/utils/routeWidth';
import { isPreloadable, lazyPage } from '../ui/lazyPage';
import { paths, portalCasePattern } from './paths';

// One chunk per page keeps the first screen small; the shell and the route guards stay in the entry chunk.
// `preload` starts the download before React asks for the page (see preloadRoute).

const StartPage = lazyPage(() => import('../modules/start/components/StartPage'), 'StartPage');
const ToolsPage = lazyPage(() => import('../modules/tools/components/ToolsPage'), 'ToolsPage');
const NotFoundPage = lazyPage(() => import('../modules/shell/components/NotFoundPage'), 'NotFoundPage');
const NoOrganizationPage = lazyPage(
  () => import('../modules/shell/components/NoOrganizationPage'),
  'NoOrganizationPage',
);

// Sign-in flows
const SignInPage = lazyPage(() => import('../modules/auth/components/SignInPage'), 'SignInPage');
const SignUpPage = lazyPage(() => import('../modules/auth/components/SignUpPage'), 'SignUpPage');
const ForgotPasswordPage = lazyPage(
  () => import('../modules/auth/components/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(() => import('../modules/auth/components/ResetPasswordPage'), 'ResetPasswordPage');
const VerifyEmailPage = lazyPage(() => import('../modules/auth/components/VerifyEmailPage'), 'VerifyEmailPage');
const AcceptInvitationPage = lazyPage(
  () => import('../modules/auth/components/AcceptInvitationPage'),
  'AcceptInvitationPage',
);

// Staff workspace
const TodayPage = lazyPage(() => import('../modules/today/components/TodayPage'), 'TodayPage');
const CaseListPage = lazyPage(() => import('../modules/cases/components/CaseListPage'), 'CaseListPage');
const NewCasePage = lazyPage(() => import('../modules/cases/components/NewCasePage'), 'NewCasePage');
const CasePage = lazyPage(() => import('../modules/cases/components/CasePage'), 'CasePage');
const ClientListPage = lazyPage(() => import('../modules/clients/components/ClientListPage'), 'ClientListPage');
const ClientPage = lazyPage(() => import('../modules/clients/components/ClientPage'), 'ClientPage');
const BoardPage = lazyPage(() => import('../modules/board/components/BoardPage'), 'BoardPage');
const ReportsPage = lazyPage(() => import('../modules/reports/components/ReportsPage'), 'ReportsPage');
const InboxPage = lazyPage(() => import('../modules/inbox/components/InboxPage'), 'InboxPage');

// Settings
const SettingsLayout = lazyPage(() => import('../modules/settings/components/SettingsLayout'), 'SettingsLayout');
const MembersSection = lazyPage(() => import('../modules/settings/components/MembersSection'), 'MembersSection');
const InvitationsSection = lazyPage(
  () => import('../modules/settings/components/InvitationsSection'),
  'InvitationsSection',
);
const OrganizationSection = lazyPage(
  () => import('../modules/settings/components/OrganizationSection'),
  'OrganizationSection',
);
const PolicySection = lazyPage(() => import('../modules/settings/components/PolicySection'), 'PolicySection');
const NotificationSection = lazyPage(
  () => import('../modules/settings/components/NotificationSection'),
  'NotificationSection',
);
const CalendarSection = lazyPage(() => import('../modules/settings/components/CalendarSection'), 'CalendarSection');
const ProfileSection = lazyPage(() => import('../modules/settings/components/ProfileSection'), 'ProfileSection');
const LanguageSection = lazyPage(() => import('../modules/settings/components/LanguageSection'), 'LanguageSection');
const SecuritySection = lazyPage(() => import('../modules/settings/components/SecuritySection'), 'SecuritySection');
const InboundMailSection = lazyPage(
  () => import('../modules/inbox/components/InboundMailSection'),
  'InboundMailSection',
);
const ApiTokensSection = lazyPage(
  () => import('../modules/integrations/components/ApiTokensSection'),
  'ApiTokensSection',
);
const WebhooksSection = lazyPage(() => import('../modules/integrations/components/WebhooksSection'), 'WebhooksSection');
const AuditSection = lazyPage(() => import('../modules/settings/components/AuditSection'), 'AuditSection');
const EmailDeliverySection = lazyPage(
  () => import('../modules/settings/components/EmailDeliverySection'),
  'EmailDeliverySection',
);

// Client portal (CLIENT users and individuals)
const PortalHomePage = lazyPage(() => import('../modules/portal/components/PortalHomePage'), 'PortalHomePage');
const PortalCasePage = lazyPage(() => import('../modules/portal/components/PortalCasePage'), 'PortalCasePage');

const wide: RouteHandle = { width: 'wide' };

/** Keeps `?token=…` when an old link form is redirected. */
const KeepQuery = ({ to }: { to: string }) => {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
};

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRoute publicPage={<StartPage />} /> },
      { path: 'tools', element: <ToolsPage /> },

      // Signed-out only; a signed-in user is sent on.
      {
        element: <RequireSignedOut />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
        ],
      },
      // Emailed links work signed in or out.
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'invitations/accept', element: <AcceptInvitationPage /> },
      { path: 'accept-invitation', element: <KeepQuery to={paths.acceptInvitation} /> },
      { path: noOrganizationPath.slice(1), element: <RequireSession>{<NoOrganizationPage />}</RequireSession> },

      // Staff (and individuals, who own their organization). Workspace pages go here.
      {
        element: <RequireStaff />,
        handle: wide,
        children: [
          { path: 'today', element: <TodayPage /> },
          { path: 'cases', element: <CaseListPage /> },
          { path: 'cases/new', element: <NewCasePage /> },
          { path: 'cases/:caseId', element: <CasePage /> },
          { path: 'clients', element: <ClientListPage /> },
          { path: 'clients/:clientId', element: <ClientPage /> },
          { path: 'board', element: <BoardPage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: 'inbox', element: <InboxPage /> },
        ],
      },

      // Settings: staff and individuals all their sections; a CLIENT their own account's (sections.ts).
      {
        element: <RequireSession />,
        handle: wide,
        children: [
          {
            path: 'settings',
            element: <SettingsLayout />,
            children: [
              { index: true, element: <Navigate to="members" replace /> },
              { path: 'members', element: <MembersSection /> },
              { path: 'invitations', element: <InvitationsSection /> },
              { path: 'organization', element: <OrganizationSection /> },
              { path: 'deadlines', element: <PolicySection /> },
              { path: 'notifications', element: <NotificationSection /> },
              { path: 'calendar', element: <CalendarSection /> },
              { path: 'profile', element: <ProfileSection /> },
              { path: 'language', element: <LanguageSection /> },
              { path: 'security', element: <SecuritySection /> },
              { path: 'email', element: <EmailDeliverySection /> },
              { path: 'incoming-mail', element: <InboundMailSection /> },
              { path: 'api-tokens', element: <ApiTokensSection /> },
              { path: 'webhooks', element: <WebhooksSection /> },
              { path: 'audit', element: <AuditSection /> },
            ],
          },
        ],
      },

      // CLIENT users and individuals.
      {
        element: <RequirePortal />,
        children: [
          { path: 'portal', element: <PortalHomePage /> },
          { path: portalCasePattern.slice(1), element: <PortalCasePage /> },
        ],
      },

      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The lazy pages (lazyPage) of every route matching `pathname`. */
const lazyPagesOf = (pathname: string): { preload: () => Promise<unknown> }[] =>
  (matchRoutes(routes, pathname) ?? [])
    .map((match) => match.route.element)
    .filter((element) => isValidElement(element))
    .map((element): unknown => element.type)
    .filter((type) => isPreloadable(type));

/**
 * Starts downloading the code of the pages `pathname` will show (a lazy page element of any matching route),
 * so it arrives while the session is still being asked for instead of after. Returns how many it started.
 */
export const preloadRoute = (pathname: string): number => {
  const pages = lazyPagesOf(pathname);
  for (const page of pages) void page.preload().catch(() => undefined); // React.lazy will ask again and show the error
  return pages.length;
};

/** The code of the pages `pathname` shows, loaded: for a render that must not wait for it (the server's). */
export const loadRoute = async (pathname: string): Promise<void> => {
  await Promise.all(lazyPagesOf(pathname).map((page) => page.preload()));
};
