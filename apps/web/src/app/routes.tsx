import { isValidElement } from 'react';
import { matchRoutes, Navigate, type RouteObject, useLocation } from 'react-router';
import { HomeRoute, RequireSession, RequireSignedOut, RequirePortal, RequireStaff } from '../modules/session/components/RouteGuards';
import { noOrganizationPath } from '../modules/session/utils/landing';
import type { RouteHandle } from '../modules/shell/components/AppLayout';
import { AppLayout } from '../modules/shell/components/AppLayout';
import { RouteErrorPage } from '../modules/shell/components/RouteErrorPage';
import { lazyPage } from '../ui/lazyPage';
import { paths } from './paths';

// One chunk per page keeps the first screen small; the shell and the route guards stay in the entry chunk.
// `preload` starts the download before React asks for the page (see preloadRoute).
const named = lazyPage;

const isPreloadable = (value: unknown): value is { preload: () => Promise<unknown> } =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { preload?: unknown }).preload === 'function';

const StartPage = named(() => import('../modules/start/components/StartPage'), 'StartPage');
const ToolsPage = named(() => import('../modules/tools/components/ToolsPage'), 'ToolsPage');
const NotFoundPage = named(() => import('../modules/shell/components/NotFoundPage'), 'NotFoundPage');
const NoOrganizationPage = named(() => import('../modules/shell/components/NoOrganizationPage'), 'NoOrganizationPage');

// Sign-in flows
const SignInPage = named(() => import('../modules/auth/components/SignInPage'), 'SignInPage');
const SignUpPage = named(() => import('../modules/auth/components/SignUpPage'), 'SignUpPage');
const ForgotPasswordPage = named(() => import('../modules/auth/components/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = named(() => import('../modules/auth/components/ResetPasswordPage'), 'ResetPasswordPage');
const VerifyEmailPage = named(() => import('../modules/auth/components/VerifyEmailPage'), 'VerifyEmailPage');
const AcceptInvitationPage = named(() => import('../modules/auth/components/AcceptInvitationPage'), 'AcceptInvitationPage');

// Staff workspace
const TodayPage = named(() => import('../modules/today/components/TodayPage'), 'TodayPage');
const CaseListPage = named(() => import('../modules/cases/components/CaseListPage'), 'CaseListPage');
const NewCasePage = named(() => import('../modules/cases/components/NewCasePage'), 'NewCasePage');
const CasePage = named(() => import('../modules/cases/components/CasePage'), 'CasePage');
const BoardPage = named(() => import('../modules/board/components/BoardPage'), 'BoardPage');
const ReportsPage = named(() => import('../modules/reports/components/ReportsPage'), 'ReportsPage');

// Settings
const SettingsLayout = named(() => import('../modules/settings/components/SettingsLayout'), 'SettingsLayout');
const MembersSection = named(() => import('../modules/settings/components/MembersSection'), 'MembersSection');
const InvitationsSection = named(() => import('../modules/settings/components/InvitationsSection'), 'InvitationsSection');
const OrganizationSection = named(() => import('../modules/settings/components/OrganizationSection'), 'OrganizationSection');
const PolicySection = named(() => import('../modules/settings/components/PolicySection'), 'PolicySection');
const NotificationSection = named(() => import('../modules/settings/components/NotificationSection'), 'NotificationSection');
const CalendarSection = named(() => import('../modules/settings/components/CalendarSection'), 'CalendarSection');
const AuditSection = named(() => import('../modules/settings/components/AuditSection'), 'AuditSection');

// Client portal (CLIENT users and individuals)
const PortalHomePage = named(() => import('../modules/portal/components/PortalHomePage'), 'PortalHomePage');
const PortalCasePage = named(() => import('../modules/portal/components/PortalCasePage'), 'PortalCasePage');

const wide: RouteHandle = { width: 'wide' };

/** Keeps `?token=…` when an old link form is redirected. */
const KeepQuery = ({ to }: { to: string }) => {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
};

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
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
          { path: 'board', element: <BoardPage /> },
          { path: 'reports', element: <ReportsPage /> },
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
          { path: 'portal/cases/:caseId', element: <PortalCasePage /> },
        ],
      },

      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Starts downloading the code of the pages `pathname` will show (a lazy page element of any matching route),
 * so it arrives while the session is still being asked for instead of after. Returns how many it started.
 */
export const preloadRoute = (pathname: string): number => {
  let started = 0;
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const element = match.route.element;
    if (isValidElement(element) && isPreloadable(element.type)) {
      void element.type.preload().catch(() => undefined); // React.lazy will ask again and show the error
      started += 1;
    }
  }
  return started;
};
