import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import classes from './MainNav.module.css';

export const MainNav = () => {
  const { t } = useTranslation();

  return (
    <Group component="nav" aria-label={t('nav.label')} gap="xs">
      <Anchor component={NavLink} to="/" end className={classes.link}>
        {t('nav.start')}
      </Anchor>
      <Anchor component={NavLink} to="/tools" className={classes.link}>
        {t('nav.tools')}
      </Anchor>
    </Group>
  );
};
