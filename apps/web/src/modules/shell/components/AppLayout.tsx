import { Alert, Anchor, AppShell, Avatar, Button, CloseButton, Container, Group } from '@mantine/core';
import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { paths } from '../../../app/paths';
import { lazyPage } from '../../../ui/lazyPage';
import { SkipLink } from '../../../ui/SkipLink';
import { useSession } from '../../session/hooks/useSession';
import { audienceOf } from '../../session/utils/landing';
import { RouteWidthContext } from '../utils/routeWidth';
import classes from './AppLayout.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { ResultsSkipLink } from './ResultsSkipLink';
import { RouteFallback } from './RouteFallback';
// In the first chunk, not lazy: arriving after the page it would push the page down (a layout shift).
import { VerifyEmailBanner } from './VerifyEmailBanner';

// Only signed-in users need these; visitors' first screen stays without them.
const SignedInHeader = lazyPage(() => import('./SignedInHeader'), 'SignedInHeader');
export const preloadSignedInHeader = SignedInHeader.preload;

export const mainContentId = 'main-content';

export const AppLayout = () => {
  const { t } = useTranslation();
  const { session } = useSession();
  const width = use(RouteWidthContext);
  const [notice, setNotice] = useState<string | null>(null);
  const audience = session ? audienceOf(session) : 'none';
  const caseLink = audience === 'portal' ? paths.portalCase : paths.case;

  return (
    <AppShell header={{ height: { base: 100, md: 60 } }} padding="md">
      <ResultsSkipLink />
      <SkipLink targetId={mainContentId} label={t('app.skipToContent')} />
      <AppShell.Header>
        <div className={classes.bar}>
          <Anchor
            component={Link}
            to={paths.home}
            fw={700}
            size="lg"
            c="var(--mantine-color-text)"
            underline="never"
            className={classes.brand}
          >
            {t('app.name')}
          </Anchor>
          <div className={classes.nav}>
            <MainNav session={session} />
          </div>
          <Group gap="xs" wrap="nowrap" className={classes.actions}>
            {/* The signed-in controls arrive in a chunk of their own and grow leftwards; the language switch stays
                last so their arrival does not move it. */}
            {session ? (
              <Suspense fallback={<Avatar size={32} radius="xl" aria-hidden="true" />}>
                <SignedInHeader session={session} caseLink={caseLink} onError={setNotice} />
              </Suspense>
            ) : (
              <Button component={Link} to={paths.signIn} size="xs" variant="light" className={classes.signIn}>
                {t('nav.signIn')}
              </Button>
            )}
            <LanguageSwitch />
          </Group>
        </div>
      </AppShell.Header>
      <AppShell.Main id={mainContentId} tabIndex={-1}>
        <Container size={width === 'wide' ? 'xl' : 'md'} py="md" px={{ base: 0, xs: 'md' }}>
          {notice ? (
            <Alert color="red" variant="light" mb="md" role="alert" withCloseButton={false}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <span>{notice}</span>
                <CloseButton size="sm" onClick={() => setNotice(null)} aria-label={t('app.dismiss')} />
              </Group>
            </Alert>
          ) : null}
          {session && !session.user.emailVerified ? <VerifyEmailBanner session={session} /> : null}
          <Suspense fallback={<RouteFallback />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
};
