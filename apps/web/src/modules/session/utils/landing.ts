import { portalHomePath, staffHomePath } from '../../../app/paths';
import type { Session } from '../api/sessionApi';

export type Audience = 'staff' | 'portal' | 'none';

/**
 * Who the signed-in user is for routing: CLIENT users and individuals (their own PERSONAL organization) use the
 * portal; everyone else on a staff role works cases. No organization (removed from the last one) is 'none'.
 */
export const audienceOf = (session: Session): Audience => {
  if (!session.organization || !session.role) return 'none';
  if (session.role === 'CLIENT' || session.organization.kind === 'PERSONAL') return 'portal';
  return 'staff';
};

export const noOrganizationPath = '/no-organization';

/** Where someone lands after signing in, or at `/`. */
export const landingPathFor = (session: Session): string => {
  const audience = audienceOf(session);
  if (audience === 'portal') return portalHomePath;
  if (audience === 'staff') return staffHomePath;
  return noOrganizationPath;
};

/** Individuals are OWNERs of their PERSONAL organization: they use staff pages too (creating their case, settings). */
export const mayUseStaffPages = (session: Session): boolean =>
  session.role !== null && session.role !== 'CLIENT' && session.organization !== null;

/** The portal is for CLIENT users and individuals. */
export const mayUsePortal = (session: Session): boolean => audienceOf(session) === 'portal';
