import { Anchor, AppShell, Container, Group } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { SkipLink } from '../../../ui/SkipLink';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { RouteFallback } from './RouteFallback';

export const mainContentId = 'main-content';

export const AppLayout = () => {
  const { t } = useTranslation();

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <SkipLink targetId={mainContentId} label={t('app.skipToContent')} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to="/" fw={700} size="lg" c="var(--mantine-color-text)" underline="never">
              {t('app.name')}
            </Anchor>
            <MainNav />
          </Group>
          <LanguageSwitch />
        </Group>
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
