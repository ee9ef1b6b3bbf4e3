import { Alert, Button, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { returnToParam, safeReturnPath, signInPathFor } from '../../../app/paths';
import { RouteFallback } from '../../shell/components/RouteFallback';
import type { Session } from '../api/sessionApi';
import { useSession } from '../hooks/useSession';
import { landingPathFor, mayUsePortal, mayUseStaffPages, noOrganizationPath } from '../utils/landing';

const SessionError = ({ message, onRetry }: { message: string; onRetry: () => void }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('session.errorTitle')}</Title>
      <Alert color="red" variant="light" role="alert">
        {t('session.errorBody', { message })}
      </Alert>
      <Button onClick={onRetry}>{t('session.retry')}</Button>
    </Stack>
  );
};

type GuardProps = {
  /** Who may see the page; those who may not are sent to their own landing page. */
  allow?: (session: Session) => boolean;
  children?: ReactNode;
};

/**
 * Signed-out visitors go to sign-in with the page they asked for kept in `?next=`; signed-in users the page is
 * not for go to their landing page (staff → Today, clients and individuals → the portal).
 */
export const RequireSession = ({ allow, children }: GuardProps) => {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <RouteFallback />;
  if (state.status === 'error') {
    return (
      <SessionError
        message={state.error instanceof Error ? state.error.message : String(state.error)}
        onRetry={() => void state.refetch()}
      />
    );
  }
  if (!state.session)
    return <Navigate to={signInPathFor(`${location.pathname}${location.search}${location.hash}`)} replace />;
  if (!state.session.organization && location.pathname !== noOrganizationPath)
    return <Navigate to={noOrganizationPath} replace />;
  if (allow && !allow(state.session)) return <Navigate to={landingPathFor(state.session)} replace />;
  return children ?? <Outlet />;
};

export const RequireStaff = () => <RequireSession allow={mayUseStaffPages} />;

export const RequirePortal = () => <RequireSession allow={mayUsePortal} />;

/** Sign-in and sign-up: a signed-in user goes where `?next=` says, or to their landing page. */
export const RequireSignedOut = () => {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <RouteFallback />;
  if (state.session) {
    const next = safeReturnPath(new URLSearchParams(location.search).get(returnToParam));
    return <Navigate to={next ?? landingPathFor(state.session)} replace />;
  }
  return <Outlet />;
};

/** `/`: the public start page for visitors, the landing page for anyone signed in. */
export const HomeRoute = ({ publicPage }: { publicPage: ReactNode }) => {
  const state = useSession();
  if (state.status === 'loading') return <RouteFallback />;
  if (state.session) return <Navigate to={landingPathFor(state.session)} replace />;
  return publicPage;
};
