import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import type { OutboxItem } from '@waiji/contract';
import { type EmailStatus, emailStatuses, emailStatusLabels } from '@waiji/domain';
import { useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useSession } from '../../session/hooks/useSession';
import { useOutboxPage, useRetryEmail } from '../hooks/useSettings';
import { CursorPager, useCursorPages } from './CursorPager';
import { ReadOnlyNote, SectionError, SectionHeader, SectionLoading } from './SectionStates';

type Filter = EmailStatus | 'ALL';

/** Failed first: what an admin comes here for; then every email, then each other status. */
const filters: readonly Filter[] = [
  'FAILED',
  'ALL',
  ...emailStatuses.filter((status): status is Exclude<EmailStatus, 'FAILED'> => status !== 'FAILED'),
];

const statusColor: Record<EmailStatus, string> = {
  PENDING: 'blue.8',
  SENDING: 'blue.8',
  SENT: 'green',
  FAILED: 'red.9',
};

type Feedback = { kind: 'error' | 'success'; text: string } | null;

/** One email as a card: fits a phone, and long addresses, subjects and errors wrap instead of widening the page. */
const EmailCard = ({
  email,
  onRetry,
  retrying,
}: {
  email: OutboxItem;
  onRetry: (email: OutboxItem) => void;
  retrying: boolean;
}) => {
  const { t } = useAccountTranslation();
  const { locale } = useLanguage();
  const text = useBilingual();
  const moment = (iso: string) => <time dateTime={iso}>{formatMoment(new Date(iso), locale)}</time>;
  return (
    <Paper component="li" withBorder p="sm" radius="sm" style={{ overflowWrap: 'anywhere' }}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Badge variant="outline" color={statusColor[email.status]}>
            {text(emailStatusLabels[email.status])}
          </Badge>
          <Text size="xs" c="dimmed">
            {email.sentAt ? (
              <>
                {t('settings.email.sent')} {moment(email.sentAt)}
              </>
            ) : (
              <>
                {t('settings.email.queued')} {moment(email.createdAt)}
              </>
            )}
          </Text>
        </Group>
        <Text size="sm" fw={600}>
          {email.subject}
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('settings.email.to')}
          </Text>{' '}
          {email.toAddress}
        </Text>
        <Text size="xs">
          <Text span c="dimmed" size="xs">
            {t('settings.email.attempts')}
          </Text>{' '}
          {email.attempts}
          {email.status === 'PENDING' ? (
            <>
              {' · '}
              <Text span c="dimmed" size="xs">
                {t('settings.email.nextAttempt')}
              </Text>{' '}
              {moment(email.nextAttemptAt)}
            </>
          ) : null}
        </Text>
        {email.lastError ? (
          <Text size="xs" c={email.status === 'FAILED' ? 'red.9' : 'dimmed'}>
            <Text span size="xs" fw={600}>
              {t('settings.email.lastError')}
            </Text>{' '}
            {email.lastError}
          </Text>
        ) : null}
        {email.status === 'FAILED' ? (
          <Group>
            <Button
              size="xs"
              variant="light"
              loading={retrying}
              onClick={() => onRetry(email)}
              aria-label={t('settings.email.retryNamed', { subject: email.subject, to: email.toAddress })}
            >
              {t('settings.email.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
};

/**
 * The organization's outbound email, newest first, 50 a page, failed ones first by default; a failed one can be sent
 * again (the list is asked again afterwards). Owners and admins, and an individual (the owner of their own).
 */
export const EmailDeliverySection = () => {
  const { t } = useAccountTranslation();
  const text = useBilingual();
  const { canManage } = useSession();
  const [filter, setFilter] = useState<Filter>('FAILED');
  const pages = useCursorPages();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const page = useOutboxPage(pages.cursor, filter, canManage);
  const retry = useRetryEmail();

  if (!canManage) {
    return (
      <Stack gap={0}>
        <SectionHeader title={t('settings.email.title')} />
        <ReadOnlyNote>{t('settings.email.managersOnly')}</ReadOnlyNote>
      </Stack>
    );
  }

  const onRetry = (email: OutboxItem) => {
    setFeedback(null);
    retry.mutate(email.id, {
      onSuccess: () =>
        setFeedback({
          kind: 'success',
          text: t('settings.email.retried', { subject: email.subject, to: email.toAddress }),
        }),
      onError: (error) =>
        setFeedback({ kind: 'error', text: t('settings.email.retryError', { message: error.message }) }),
    });
  };

  const emails = page.data?.items ?? [];
  const empty =
    filter === 'ALL'
      ? t('settings.email.emptyAll')
      : filter === 'FAILED'
        ? t('settings.email.emptyFailed')
        : t('settings.email.emptyStatus');
  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.email.title')} description={t('settings.email.description')} id="email-title" />
      <NativeSelect
        label={t('settings.email.filter')}
        value={filter}
        onChange={(event) => {
          setFilter(event.currentTarget.value as Filter);
          pages.reset();
          setFeedback(null);
        }}
        data={filters.map((value) => ({
          value,
          label: value === 'ALL' ? t('settings.email.all') : text(emailStatusLabels[value]),
        }))}
        maw={280}
        mb="md"
      />
      {feedback ? (
        <Alert
          color={feedback.kind === 'error' ? 'red' : 'green'}
          variant="light"
          role={feedback.kind === 'error' ? 'alert' : 'status'}
          mb="md"
          withCloseButton
          onClose={() => setFeedback(null)}
        >
          {feedback.text}
        </Alert>
      ) : null}
      {page.isPending ? <SectionLoading /> : null}
      {page.isError ? <SectionError error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.data && emails.length === 0 ? <Text c="dimmed">{empty}</Text> : null}
      {emails.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('settings.email.listLabel')}
          aria-busy={page.isFetching}
        >
          {emails.map((email) => (
            <EmailCard
              key={email.id}
              email={email}
              onRetry={onRetry}
              retrying={retry.isPending && retry.variables === email.id}
            />
          ))}
        </Stack>
      ) : null}
      {page.data && (pages.page > 1 || page.data.nextCursor) ? (
        <CursorPager
          pages={pages}
          nextCursor={page.data.nextCursor}
          waiting={page.isPlaceholderData}
          labels={{
            page: t('settings.email.page', { page: pages.page }),
            newer: t('settings.email.newer'),
            older: t('settings.email.older'),
          }}
        />
      ) : null}
    </Stack>
  );
};
