import { Anchor, AppShell, Container } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { SkipLink } from '../../../ui/SkipLink';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import classes from './AppLayout.module.css';
import { RouteFallback } from './RouteFallback';

export const mainContentId = 'main-content';

export const AppLayout = () => {
  const { t } = useTranslation();

  return (
    <AppShell header={{ height: { base: 96, xs: 60 } }} padding="md">
      <SkipLink targetId={mainContentId} label={t('app.skipToContent')} />
      <AppShell.Header>
        <div className={classes.bar}>
          <Anchor component={Link} to="/" fw={700} size="lg" c="var(--mantine-color-text)" underline="never" className={classes.brand}>
            {t('app.name')}
          </Anchor>
          <div className={classes.nav}>
            <MainNav />
          </div>
          <div className={classes.language}>
            <LanguageSwitch />
          </div>
        </div>
      </AppShell.Header>
      <AppShell.Main id={mainContentId} tabIndex={-1}>
        <Container size="md" py="md">
          <Suspense fallback={<RouteFallback />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
};
