export { fetchSession, parseSession, sessionPath, type Session } from './api/sessionApi';
export { SessionBridge } from './components/SessionBridge';
export {
  clearSession,
  sessionQueryKey,
  sessionQueryOptions,
  storeSession,
  useSession,
  type Membership,
  type SessionState,
  type SessionStatus,
} from './hooks/useSession';
export { useSignOut, useSwitchOrganization } from './hooks/useSessionActions';
export { accountLanguageOf } from './utils/accountLanguage';
export { canEditCases, canManageOrganization, isStaffRole, staffRoles } from './utils/roles';
