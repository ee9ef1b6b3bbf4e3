import { Stack, Title } from '@mantine/core';
import { NavLink, Outlet } from 'react-router';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useSession } from '../../session/hooks/useSession';
import { settingsSections } from '../utils/sections';
import classes from './SettingsLayout.module.css';

/** Settings with their sections as a side list (a scrolling row on phones). */
export const SettingsLayout = () => {
  const { t } = useAccountTranslation();
  const { canManage } = useSession();
  const sections = settingsSections.filter((section) => canManage || !section.managersOnly);

  return (
    <Stack gap="md">
      <Title order={1}>{t('settings.title')}</Title>
      <div className={classes.layout}>
        <nav aria-label={t('settings.sectionsLabel')} className={classes.sections}>
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
