import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import type { Session } from '../../session/api/sessionApi';
import { audienceOf } from '../../session/utils/landing';
import { navItemsFor, type NavItem } from '../utils/navItems';
import classes from './MainNav.module.css';

type MainNavProps = { session: Session | null };

/** Links by who is signed in: visitors see the public pages, staff their workspace, clients their case. */
export const MainNav = ({ session }: MainNavProps) => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items: readonly NavItem[] = session
    ? navItemsFor(audienceOf(session), session.role)
    : [
        { to: paths.home, label: 'nav.start', end: true },
        { to: paths.tools, label: 'nav.tools' },
      ];

  return (
    <Group component="nav" aria-label={t('nav.label')} gap={4} wrap="nowrap" className={classes.nav}>
      {items.map((item) =>
        item.alsoUnder && pathname.startsWith(item.alsoUnder) ? (
          <Anchor key={item.to} component={Link} to={item.to} aria-current="page" className={classes.link}>
            {t(item.label)}
          </Anchor>
        ) : (
          <Anchor key={item.to} component={NavLink} to={item.to} end={item.end ?? false} className={classes.link}>
            {t(item.label)}
          </Anchor>
        ),
      )}
    </Group>
  );
};
