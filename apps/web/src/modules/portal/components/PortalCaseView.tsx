import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { CaseState } from '@waiji/domain';
import { useQueryClient } from '@tanstack/react-query';
import { startTransition, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useClientLanguage } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useClientWords } from '../../../i18n/useClientWords';
import { afterIdle, yieldToMain } from '../../../ui/idle';
import { lazyPage } from '../../../ui/lazyPage';
import { ApiError } from '../../api/ApiError';
import { useSession } from '../../session/hooks/useSession';
import type { PortalCase } from '../api/portalApi';
import { usePortalCase, usePortalSource } from '../hooks/usePortal';
import { NextSteps } from './NextSteps';
import classes from './Portal.module.css';
import { PortalLanguageChooser } from './PortalLanguageChooser';
import { PortalLoadError } from './PortalLoadError';
import { PortalSection } from './PortalSection';

const PortalCaseRest = lazyPage(() => import('./PortalCaseMore'), 'PortalCaseRest');

/**
 * Whether the rest of the case (PortalCaseMore.tsx, below the first screen on a phone) may be drawn: once the first
 * screen is drawn and the browser idle, its code and data (the case's deadlines and timeline among them) are asked
 * for, and when they are in it is drawn in a transition — in slices, instead of one long task per section as each
 * answer arrived.
 */
const useRestOfCase = (caseId: string): boolean => {
  const queryClient = useQueryClient();
  const source = usePortalSource();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const cancel = afterIdle(() => {
      void PortalCaseRest.preload()
        .then(() => import('./PortalCaseMore'))
        // Its code is run (one task); the requests for its data leave in the next, not in the same long one.
        .then(async ({ prefetchCaseMore }) => {
          await yieldToMain();
          return prefetchCaseMore(queryClient, caseId, source);
        })
        .catch(() => undefined) // React.lazy asks again and the error boundary shows a failed load
        .then(() => {
          if (live) startTransition(() => setReady(true));
        });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [queryClient, caseId, source]);
  return ready;
};

const stateColor: Record<CaseState, string> = {
  PREPARING: 'gray.7',
  SUBMITTED: 'blue.8',
  AWAITING_DEPOSIT: 'violet.8',
  MANUAL_REVIEW: 'indigo.8',
  REJECTED: 'red.8',
  APPROVED: 'green',
  SCAN_LOCKED: 'violet.8',
  FACE_CHECK: 'cyan.9',
  THREE_DS_PENDING: 'blue.8',
  ISSUER_DECLINED: 'red.8',
  CARD_UNSUPPORTED: 'red.8',
  RISK_CONTROL: 'pink.9',
  CARD_UNBOUND: 'gray.7',
  AGENT_REQUESTED: 'grape.8',
  UPLOAD_LINK_RECEIVED: 'violet.8',
  RESTRICTION_LIFTED: 'green',
  STILL_RESTRICTED: 'red.8',
};

/**
 * A case in the portal. The first screen needs only what the case list says of it (state, next steps), so /portal
 * draws it from the list without waiting for the case's own answer; the rest follows (useRestOfCase).
 */
export const PortalCaseDetailView = ({ detail, showBack }: { detail: PortalCase; showBack: boolean }) => {
  const words = useClientWords();
  const { dir } = useClientLanguage();
  const { t } = useAccountTranslation();
  const { isPersonal, canEdit } = useSession();
  const restReady = useRestOfCase(detail.id);

  return (
    <Stack gap="md" className={classes.portal}>
      {showBack ? (
        <Anchor component={Link} to={paths.portal} size="sm">
          <span aria-hidden="true">{dir === 'rtl' ? '→' : '←'}</span> {t('portal.backToCases')}
        </Anchor>
      ) : null}
      <Stack gap={6}>
        <Title order={1}>{t('portal.title')}</Title>
        <PortalLanguageChooser />
        <Text c="dimmed">{words.type(detail.type)}</Text>
        <Group gap="xs">
          <Badge size="lg" variant="filled" color={stateColor[detail.state]}>
            {words.state(detail.state)}
          </Badge>
          {detail.attempt > 1 ? (
            <Text size="sm" c="dimmed">
              {t('portal.attempt', { count: detail.attempt })}
            </Text>
          ) : null}
        </Group>
      </Stack>

      {/* An individual is their own helper: the case page records each step with the same machine, guards and
          reminders, so this view sends them there rather than repeating its forms. */}
      {isPersonal && canEdit ? (
        <PortalSection title={t('portal.update.title')} id="portal-update">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('portal.update.body')}</Text>
            <Button component={Link} to={paths.case(detail.id)} size="md">
              {t('portal.update.open')}
            </Button>
          </Stack>
        </PortalSection>
      ) : null}

      <PortalSection title={t('portal.sections.todo')} id="portal-todo">
        <NextSteps steps={detail.nextSteps} />
      </PortalSection>
      {/* The rest of the page is below the first screen on a phone (useRestOfCase). */}
      {restReady ? (
        <Suspense fallback={null}>
          <PortalCaseRest caseId={detail.id} />
        </Suspense>
      ) : null}
    </Stack>
  );
};

/** Loads one case and shows it, with its loading and error states. */
export const PortalCaseView = ({ caseId, showBack }: { caseId: string; showBack: boolean }) => {
  const { t } = useAccountTranslation();
  const detail = usePortalCase(caseId);
  if (detail.isPending) {
    return (
      <Center py="xl" role="status" aria-label={t('portal.loading')}>
        <Loader aria-hidden="true" />
      </Center>
    );
  }
  if (detail.isError) {
    const notFound = detail.error instanceof ApiError && detail.error.isNotFound;
    return (
      <Stack gap="md" align="flex-start">
        {notFound ? (
          <>
            <Alert color="red" variant="light" role="alert" title={t('portal.notFoundTitle')}>
              {t('portal.notFound')}
            </Alert>
            <Button component={Link} to={paths.portal} variant="light">
              {t('portal.backToCases')}
            </Button>
          </>
        ) : (
          <PortalLoadError error={detail.error} onRetry={() => void detail.refetch()} />
        )}
      </Stack>
    );
  }
  return <PortalCaseDetailView detail={detail.data} showBack={showBack} />;
};
