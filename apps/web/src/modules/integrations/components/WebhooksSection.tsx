import { Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type {
  CreatedWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEventType,
} from '@waiji/contract';
import { type FormEvent, useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useIntegrationsTranslation } from '../../../i18n/useIntegrationsTranslation';
import { useSession } from '../../session/hooks/useSession';
import { CursorPager, useCursorPages } from '../../settings/components/CursorPager';
import { ReadOnlyNote, SectionError, SectionHeader, SectionLoading } from '../../settings/components/SectionStates';
import { useDeliveries, useEndpointActions, useReplay, useWebhookEndpoints } from '../hooks/useIntegrations';
import { FormCard } from './FormCard';
import { SecretShownOnce } from './SecretShownOnce';

/** The contract's event list, in its order (a type there; the values are listed here for the form). */
const allEvents: readonly WebhookEventType[] = [
  'case.created',
  'case.state_changed',
  'document.uploaded',
  'document.reviewed',
  'message.received',
  'reminder.fired',
];

const statusColor: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'blue.8',
  SENDING: 'blue.8',
  SUCCEEDED: 'green',
  FAILED: 'red.9',
};

const useMoment = () => {
  const { locale } = useLanguage();
  return (iso: string) => formatMoment(new Date(iso), locale);
};

const NewEndpointForm = ({ onCreated }: { onCreated: (created: CreatedWebhookEndpoint) => void }) => {
  const { t } = useIntegrationsTranslation();
  const { create } = useEndpointActions();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>(['case.created', 'case.state_changed']);
  const [problem, setProblem] = useState<'url' | 'events' | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (url.trim() === '') return setProblem('url');
    if (events.length === 0) return setProblem('events');
    setProblem(null);
    create.mutate(
      { url: url.trim(), description: description.trim(), events: events as WebhookEventType[] },
      {
        onSuccess: (created) => {
          setUrl('');
          setDescription('');
          onCreated(created);
        },
      },
    );
  };

  return (
    <FormCard
      title={t('webhooks.add')}
      onSubmit={submit}
      error={create.isError ? t('common.failed', { message: create.error.message }) : null}
      submitLabel={t('webhooks.save')}
      pending={create.isPending}
    >
      <TextInput
        label={t('webhooks.url')}
        description={t('webhooks.urlHint')}
        placeholder="https://crm.example.com/hooks/waiji"
        type="url"
        value={url}
        onChange={(event) => setUrl(event.currentTarget.value)}
        error={problem === 'url' ? t('webhooks.urlRequired') : undefined}
      />
      <TextInput
        label={t('webhooks.descriptionLabel')}
        value={description}
        maxLength={200}
        onChange={(event) => setDescription(event.currentTarget.value)}
      />
      <Checkbox.Group
        label={t('webhooks.events')}
        value={events}
        onChange={setEvents}
        error={problem === 'events' ? t('webhooks.eventRequired') : undefined}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
          {allEvents.map((type) => (
            <Checkbox key={type} value={type} label={t(`events.${type}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </FormCard>
  );
};

const DeliveryCard = ({ delivery, endpointId }: { delivery: WebhookDelivery; endpointId: string }) => {
  const { t } = useIntegrationsTranslation();
  const moment = useMoment();
  const replay = useReplay(endpointId);
  const last = delivery.log[0];
  return (
    <Paper component="li" withBorder p="xs" radius="sm" style={{ overflowWrap: 'anywhere' }}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Badge variant="outline" color={statusColor[delivery.status]}>
              {t(`webhooks.status.${delivery.status}`)}
            </Badge>
            <Text size="sm" fw={600}>
              {t(`events.${delivery.eventType}`)}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            <time dateTime={delivery.createdAt}>{moment(delivery.createdAt)}</time>
          </Text>
        </Group>
        <Text size="xs">
          {t('webhooks.attempts', { count: delivery.attempts })}
          {delivery.lastStatusCode !== null ? (
            <> · {t('webhooks.httpStatus', { code: delivery.lastStatusCode })}</>
          ) : null}
          {delivery.lastDurationMs !== null ? <> · {t('webhooks.duration', { ms: delivery.lastDurationMs })}</> : null}
          {delivery.status === 'PENDING' && delivery.attempts > 0 ? (
            <> · {t('webhooks.nextAttempt', { when: moment(delivery.nextAttemptAt) })}</>
          ) : null}
          {delivery.deliveredAt ? <> · {t('webhooks.delivered', { when: moment(delivery.deliveredAt) })}</> : null}
        </Text>
        {delivery.lastError && delivery.status !== 'SUCCEEDED' ? (
          <Text size="xs" c={delivery.status === 'FAILED' ? 'red.9' : 'dimmed'}>
            {delivery.lastError}
          </Text>
        ) : null}
        {delivery.log.length > 1 ? (
          <Text size="xs" c="dimmed">
            {delivery.log
              .map((attempt) => (attempt.statusCode !== null ? String(attempt.statusCode) : '—'))
              .join(' ← ')}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" ff="monospace">
          webhook-id {delivery.eventId}
        </Text>
        {delivery.status === 'SUCCEEDED' || delivery.status === 'FAILED' ? (
          <Group>
            <Button
              size="compact-xs"
              variant="light"
              loading={replay.isPending}
              onClick={() => replay.mutate(delivery.id)}
              aria-label={t('webhooks.replayNamed', { event: t(`events.${delivery.eventType}`) })}
            >
              {t('webhooks.replay')}
            </Button>
            {replay.isSuccess ? (
              <Text size="xs" role="status">
                {t('webhooks.replayed')}
              </Text>
            ) : null}
            {replay.isError ? (
              <Text size="xs" c="red.9" role="alert">
                {t('common.failed', { message: replay.error.message })}
              </Text>
            ) : null}
          </Group>
        ) : null}
        {last?.error && last.error !== delivery.lastError ? (
          <Text size="xs" c="dimmed">
            {last.error}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
};

/** An endpoint's deliveries, newest first, ten a page, asked again every few seconds while one is waiting. */
const DeliveryLog = ({ endpoint }: { endpoint: WebhookEndpoint }) => {
  const { t } = useIntegrationsTranslation();
  const pages = useCursorPages();
  const page = useDeliveries(endpoint.id, pages.cursor);
  const items = page.data?.items ?? [];
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t('webhooks.log')}
      </Title>
      {page.isPending ? <SectionLoading label={t('common.loading')} /> : null}
      {page.isError ? <SectionError error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('webhooks.logEmpty')}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Stack
          component="ul"
          gap={6}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('webhooks.logLabel', { url: endpoint.url })}
          aria-busy={page.isFetching}
        >
          {items.map((delivery) => (
            <DeliveryCard key={delivery.id} delivery={delivery} endpointId={endpoint.id} />
          ))}
        </Stack>
      ) : null}
      {page.data && (pages.page > 1 || page.data.nextCursor) ? (
        <CursorPager
          pages={pages}
          nextCursor={page.data.nextCursor}
          waiting={page.isPlaceholderData}
          labels={{
            page: t('webhooks.page', { page: pages.page }),
            newer: t('webhooks.newer'),
            older: t('webhooks.older'),
          }}
        />
      ) : null}
    </Stack>
  );
};

type Confirm = 'rotate' | 'remove' | null;

/** The endpoint's events, changed in place (the URL: delete and add again, so its secret goes with it). */
const EventsEditor = ({ endpoint, onDone }: { endpoint: WebhookEndpoint; onDone: () => void }) => {
  const { t } = useIntegrationsTranslation();
  const { update } = useEndpointActions();
  const [events, setEvents] = useState<string[]>(endpoint.events);
  return (
    <Stack gap={6}>
      <Checkbox.Group
        label={t('webhooks.events')}
        value={events}
        onChange={setEvents}
        error={events.length === 0 ? t('webhooks.eventRequired') : undefined}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
          {allEvents.map((type) => (
            <Checkbox key={type} value={type} label={t(`events.${type}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group gap="xs">
        <Button
          size="xs"
          disabled={events.length === 0}
          loading={update.isPending}
          onClick={() =>
            update.mutate({ id: endpoint.id, body: { events: events as WebhookEventType[] } }, { onSuccess: onDone })
          }
        >
          {t('webhooks.saveEvents')}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
      {update.isError ? (
        <Text size="xs" c="red.9" role="alert">
          {t('common.failed', { message: update.error.message })}
        </Text>
      ) : null}
    </Stack>
  );
};

const EndpointCard = ({ endpoint, onSecret }: { endpoint: WebhookEndpoint; onSecret: (secret: string) => void }) => {
  const { t } = useIntegrationsTranslation();
  const moment = useMoment();
  const actions = useEndpointActions();
  const [showLog, setShowLog] = useState(false);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [note, setNote] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const failed = [actions.update, actions.remove, actions.rotate, actions.test].find((action) => action.isError);
  const status = endpoint.enabled
    ? { color: 'green', text: t('webhooks.enabled') }
    : endpoint.disabledReason === 'FAILING' && endpoint.disabledAt
      ? { color: 'red', text: t('webhooks.disabledFailing', { when: moment(endpoint.disabledAt) }) }
      : { color: 'gray', text: t('webhooks.disabledManual') };
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      style={{ overflowWrap: 'anywhere' }}
      data-endpoint={endpoint.url}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" ff="monospace">
              {endpoint.url}
            </Text>
            {endpoint.description ? (
              <Text size="xs" c="dimmed">
                {endpoint.description}
              </Text>
            ) : null}
          </Stack>
          <Badge color={status.color} variant="light" style={{ whiteSpace: 'normal', height: 'auto' }}>
            {status.text}
          </Badge>
        </Group>
        <Group gap={6} wrap="wrap">
          {endpoint.events.map((type) => (
            <Badge key={type} variant="outline" size="sm">
              {t(`events.${type}`)}
            </Badge>
          ))}
        </Group>
        {endpoint.consecutiveFailures > 0 ? (
          <Text size="xs" c="orange.9">
            {t('webhooks.failures', { count: endpoint.consecutiveFailures })}
          </Text>
        ) : null}
        {editing ? (
          <EventsEditor endpoint={endpoint} onDone={() => setEditing(false)} />
        ) : confirm ? (
          <Stack gap={6}>
            <Text size="sm">{confirm === 'rotate' ? t('webhooks.rotateConfirm') : t('webhooks.removeConfirm')}</Text>
            <Group gap="xs">
              <Button
                size="xs"
                color={confirm === 'remove' ? 'red' : undefined}
                loading={confirm === 'rotate' ? actions.rotate.isPending : actions.remove.isPending}
                onClick={() => {
                  if (confirm === 'rotate')
                    actions.rotate.mutate(endpoint.id, {
                      onSuccess: (created) => onSecret(created.secret),
                      onSettled: () => setConfirm(null),
                    });
                  else actions.remove.mutate(endpoint.id, { onSettled: () => setConfirm(null) });
                }}
              >
                {confirm === 'rotate' ? t('webhooks.rotate') : t('webhooks.remove')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirm(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant="light"
              loading={actions.update.isPending}
              onClick={() => actions.update.mutate({ id: endpoint.id, body: { enabled: !endpoint.enabled } })}
            >
              {endpoint.enabled ? t('webhooks.switchOff') : t('webhooks.switchOn')}
            </Button>
            <Button
              size="xs"
              variant="light"
              loading={actions.test.isPending}
              disabled={!endpoint.enabled}
              onClick={() =>
                actions.test.mutate(endpoint.id, {
                  onSuccess: () => {
                    setNote(t('webhooks.testQueued'));
                    setShowLog(true);
                  },
                })
              }
            >
              {t('webhooks.test')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setShowLog((open) => !open)} aria-expanded={showLog}>
              {showLog ? t('webhooks.hideLog') : t('webhooks.showLog')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('webhooks.editEvents')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setConfirm('rotate')}>
              {t('webhooks.rotate')}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirm('remove')}>
              {t('webhooks.remove')}
            </Button>
          </Group>
        )}
        {note ? (
          <Text size="xs" role="status">
            {note}
          </Text>
        ) : null}
        {failed?.error ? (
          <Text size="xs" c="red.9" role="alert">
            {t('common.failed', { message: failed.error.message })}
          </Text>
        ) : null}
        {showLog ? <DeliveryLog endpoint={endpoint} /> : null}
      </Stack>
    </Paper>
  );
};

/**
 * Settings → Webhooks (owners and admins): add an endpoint with its events (the signing secret shown once), switch
 * it on or off, send a test, a new secret, delete; each endpoint's delivery log with answers, times and Send again.
 */
export const WebhooksSection = () => {
  const { t } = useIntegrationsTranslation();
  const { canManage } = useSession();
  const endpoints = useWebhookEndpoints(canManage);
  const [secret, setSecret] = useState<string | null>(null);

  if (!canManage) {
    return (
      <Stack gap={0}>
        <SectionHeader title={t('webhooks.title')} />
        <ReadOnlyNote>{t('webhooks.managersOnly')}</ReadOnlyNote>
      </Stack>
    );
  }

  const items = endpoints.data?.items ?? [];
  return (
    <Stack gap="md">
      <SectionHeader title={t('webhooks.title')} description={t('webhooks.description')} />
      {secret ? (
        <SecretShownOnce
          note={t('webhooks.secretNote')}
          label={t('webhooks.secretTitle')}
          value={secret}
          onDone={() => setSecret(null)}
        />
      ) : null}
      <NewEndpointForm onCreated={(created) => setSecret(created.secret)} />
      {endpoints.isPending ? <SectionLoading label={t('common.loading')} /> : null}
      {endpoints.isError ? <SectionError error={endpoints.error} onRetry={() => void endpoints.refetch()} /> : null}
      {endpoints.data && items.length === 0 ? <Text c="dimmed">{t('webhooks.empty')}</Text> : null}
      {items.length > 0 ? (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('webhooks.listLabel')}>
          {items.map((endpoint) => (
            <EndpointCard key={endpoint.id} endpoint={endpoint} onSecret={setSecret} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
};
