import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { CaseState } from '@waiji/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { ApiError } from '../../api/ApiError';
import { PortalConversation } from '../../conversations/components/ConversationPanel';
import { PortalDocumentsSection } from '../../documents/lazy';
import { ReportWhatHappened } from '../../proposals/components/ReportWhatHappened';
import { PortalForwardAddress } from '../../inbox/components/PortalForwardAddress';
import { useSession } from '../../session/hooks/useSession';
import type { PortalCaseDetail } from '../api/portalApi';
import { usePortalCase } from '../hooks/usePortal';
import { CaseProgress } from './CaseProgress';
import { HelpContacts } from './HelpContacts';
import { PortalCalendar } from './PortalCalendar';
import { NextSteps } from './NextSteps';
import classes from './Portal.module.css';
import { PortalTimeline } from './PortalTimeline';
import { WhatHappensNext } from './WhatHappensNext';
import { useClientLanguage } from '../../../i18n/useBilingual';
import { useClientWords } from '../../../i18n/useClientWords';
import { PortalLanguageChooser } from './PortalLanguageChooser';

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

const Section = ({ title, id, children }: { title: string; id: string; children: ReactNode }) => (
  <Paper component="section" aria-labelledby={id} withBorder radius="md" p={{ base: 'sm', xs: 'md' }}>
    <Title order={2} size="h4" id={id} mb="sm">
      {title}
    </Title>
    {children}
  </Paper>
);

export const PortalCaseDetailView = ({ detail, showBack }: { detail: PortalCaseDetail; showBack: boolean }) => {
  const words = useClientWords();
  const { dir } = useClientLanguage();
  const { t } = useAccountTranslation();
  const { organization, isPersonal, canEdit, isClient } = useSession();

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
        <Section title={t('portal.update.title')} id="portal-update">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('portal.update.body')}</Text>
            <Button component={Link} to={paths.case(detail.id)} size="md">
              {t('portal.update.open')}
            </Button>
          </Stack>
        </Section>
      ) : null}

      <Section title={t('portal.sections.todo')} id="portal-todo">
        <NextSteps steps={detail.nextSteps} />
      </Section>
      <PortalDocumentsSection caseId={detail.id} />
      <ReportWhatHappened caseId={detail.id} type={detail.type} state={detail.state} />
      <PortalForwardAddress caseId={detail.id} />
      <Section title={t('portal.sections.when')} id="portal-when">
        <WhatHappensNext detail={detail} />
      </Section>
      {/* Individuals find their feed in settings, as helpers do. */}
      {isClient ? (
        <Section title={t('portal.calendar.title')} id="portal-calendar">
          <PortalCalendar />
        </Section>
      ) : null}
      <Section title={t('portal.sections.progress')} id="portal-progress">
        <CaseProgress type={detail.type} state={detail.state} />
      </Section>
      <PortalConversation caseId={detail.id} />
      <Section title={t('portal.sections.timeline')} id="portal-timeline">
        <PortalTimeline entries={detail.timeline} caseType={detail.type} />
      </Section>
      <Section title={t('portal.sections.help')} id="portal-help">
        <HelpContacts organizationName={organization?.kind === 'PERSONAL' ? null : (organization?.name ?? null)} />
      </Section>
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
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={notFound ? t('portal.notFoundTitle') : t('portal.errorTitle')}
        >
          {notFound ? t('portal.notFound') : detail.error.message}
        </Alert>
        {notFound ? (
          <Button component={Link} to={paths.portal} variant="light">
            {t('portal.backToCases')}
          </Button>
        ) : (
          <Button variant="light" onClick={() => void detail.refetch()}>
            {t('accountCommon.retry')}
          </Button>
        )}
      </Stack>
    );
  }
  return <PortalCaseDetailView detail={detail.data} showBack={showBack} />;
};
