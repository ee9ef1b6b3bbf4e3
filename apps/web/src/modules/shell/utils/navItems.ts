import type { RoleName } from '@waiji/contract';
import { paths } from '../../../app/paths';
import type { Audience } from '../../session/utils/landing';

export type NavLabel =
  | 'nav.start'
  | 'nav.tools'
  | 'nav.today'
  | 'nav.cases'
  | 'nav.clients'
  | 'nav.board'
  | 'nav.reports'
  | 'nav.settings'
  | 'nav.myCase';

/** `alsoUnder`: a path prefix whose pages count as this item's too (the menu marks it as where you are). */
export type NavItem = { to: string; label: NavLabel; end?: boolean; alsoUnder?: string };

/**
 * Staff get their workspace; CLIENT users and individuals their case plus settings (a client's: profile, language,
 * security). The Alipay helper stays available to everyone.
 */
export const navItemsFor = (audience: Audience, role: RoleName | null): NavItem[] => {
  if (audience === 'staff') {
    return [
      { to: paths.today, label: 'nav.today' },
      { to: paths.cases, label: 'nav.cases', end: false },
      { to: paths.clients, label: 'nav.clients', end: false },
      { to: paths.board, label: 'nav.board' },
      { to: paths.reports, label: 'nav.reports' },
      { to: paths.settings, label: 'nav.settings' },
      { to: paths.tools, label: 'nav.tools' },
    ];
  }
  if (audience === 'portal') {
    return [
      // An individual's case page (/cases/:id, reached from "My case") is still their case.
      role === 'CLIENT'
        ? { to: paths.portal, label: 'nav.myCase' }
        : { to: paths.portal, label: 'nav.myCase', alsoUnder: `${paths.cases}/` },
      { to: paths.settings, label: 'nav.settings' },
      { to: paths.tools, label: 'nav.tools' },
    ];
  }
  return [{ to: paths.tools, label: 'nav.tools' }];
};
