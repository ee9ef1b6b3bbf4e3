import { Stack, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useSession } from '../../session/hooks/useSession';
import { sectionsFor, settingsSections } from '../utils/sections';
import classes from './SettingsLayout.module.css';

/** Settings with their sections as a side list (a scrolling row on phones). */
export const SettingsLayout = () => {
  const { t } = useAccountTranslation();
  const { canManage, isPersonal, isClient } = useSession();
  const { pathname } = useLocation();
  const sections = sectionsFor({ canManage, isPersonal, isClient });
  const current = pathname.slice(paths.settings.length + 1).split('/')[0] ?? '';
  const nav = useRef<HTMLElement>(null);

  // On a phone the sections are a row that scrolls sideways: bring the open one into view (e.g. Security, last).
  useEffect(() => {
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [current]);

  // A section this user may not open (typed in, or an old bookmark) and bare /settings go to the first one they may.
  const known = settingsSections.some((section) => section.path === current);
  const first = sections[0];
  if (first && (current === '' || (known && !sections.some((section) => section.path === current))))
    return <Navigate to={paths.settingsSection(first.path)} replace />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('settings.title')}</Title>
      <div className={classes.layout}>
        <nav aria-label={t('settings.sectionsLabel')} className={classes.sections} ref={nav}>
          <ul className={classes.list}>
            {sections.map((section) => (
              <li key={section.path}>
                <NavLink to={section.path} className={classes.link}>
                  {t(section.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <section className={classes.content}>
          <Outlet />
        </section>
      </div>
    </Stack>
  );
};
