import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  PasswordInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { InboundSettingsResponse } from '@waiji/contract';
import { type FormEvent, useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useInboxTranslation } from '../../../i18n/useInboxTranslation';
import { Panel } from '../../../ui/Panel';
import { isApiError } from '../../api';
import { useInboundSettings, useInboundSettingsActions } from '../hooks/useInbox';
import { ActionError } from './EmailMessageCard';
import { CopyField } from '../../settings/components/CopyField';

const errorText = (error: unknown) => (isApiError(error) ? error.message : String(error));

type Actions = ReturnType<typeof useInboundSettingsActions>;

/** The IMAP mailbox form: host, port, TLS, user, password (write-only), folder; saved as one request. */
const ImapForm = ({ settings, actions }: { settings: InboundSettingsResponse; actions: Actions }) => {
  const { t } = useInboxTranslation();
  const { locale } = useLanguage();
  const imap = settings.imap;
  const [enabled, setEnabled] = useState(imap?.enabled ?? true);
  const [host, setHost] = useState(imap?.host ?? '');
  const [port, setPort] = useState<number | string>(imap?.port ?? 993);
  const [tls, setTls] = useState(imap?.tls ?? true);
  const [user, setUser] = useState(imap?.user ?? '');
  const [password, setPassword] = useState('');
  const [folder, setFolder] = useState(imap?.folder ?? 'INBOX');
  const [touched, setTouched] = useState(false);
  const hostError = touched && !/^[A-Za-z0-9.-]+$/.test(host.trim()) ? t('settings.invalidHost') : null;
  const portNumber = typeof port === 'number' ? port : Number(port);
  const portError =
    touched && !(Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535)
      ? t('settings.invalidPort')
      : null;
  const userError = touched && user.trim() === '' ? t('settings.required') : null;
  const passwordError = touched && password === '' && !imap?.passwordSet ? t('settings.required') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!/^[A-Za-z0-9.-]+$/.test(host.trim()) || user.trim() === '' || (password === '' && !imap?.passwordSet)) return;
    if (!(Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535)) return;
    actions.update.mutate(
      {
        imap: {
          enabled,
          host: host.trim(),
          port: portNumber,
          tls,
          user: user.trim(),
          folder: folder.trim() || 'INBOX',
          ...(password ? { password } : {}),
        },
      },
      { onSuccess: () => setPassword('') },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('settings.imapIntro')}
        </Text>
        {imap && (
          <Text size="sm" data-testid="imap-status">
            {imap.lastPolledAt
              ? t('settings.lastPolled', { when: formatMoment(new Date(imap.lastPolledAt), locale) })
              : t('settings.neverPolled')}
          </Text>
        )}
        {imap?.lastError && (
          <Alert color="red" variant="light" role="alert" p="xs">
            <Text size="sm">{t('settings.lastError', { error: imap.lastError })}</Text>
          </Alert>
        )}
        <Switch
          label={t('settings.imapEnabled')}
          checked={enabled}
          onChange={(event) => setEnabled(event.currentTarget.checked)}
        />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            label={t('settings.host')}
            value={host}
            onChange={(event) => setHost(event.currentTarget.value)}
            error={hostError}
            required
            style={{ flex: '1 1 220px' }}
            placeholder="imap.example.com"
          />
          <NumberInput
            label={t('settings.port')}
            value={port}
            onChange={setPort}
            error={portError}
            min={1}
            max={65535}
            w={110}
          />
        </Group>
        <Checkbox label={t('settings.tls')} checked={tls} onChange={(event) => setTls(event.currentTarget.checked)} />
        <TextInput
          label={t('settings.user')}
          value={user}
          onChange={(event) => setUser(event.currentTarget.value)}
          error={userError}
          required
          autoComplete="off"
        />
        <PasswordInput
          label={t('settings.password')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordError}
          placeholder={imap?.passwordSet ? t('settings.passwordKept') : undefined}
          autoComplete="new-password"
        />
        <TextInput
          label={t('settings.folder')}
          value={folder}
          onChange={(event) => setFolder(event.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" loading={actions.update.isPending}>
            {t('settings.save')}
          </Button>
          {imap && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => actions.update.mutate({ imap: null })}
              disabled={actions.update.isPending}
            >
              {t('settings.disconnect')}
            </Button>
          )}
        </Group>
        {actions.update.isSuccess && (
          <Text size="sm" role="status">
            {t('settings.saved')}
          </Text>
        )}
        {actions.update.isError && <ActionError message={errorText(actions.update.error)} />}
      </Stack>
    </form>
  );
};

/** Trusted senders and the auto-apply switch, with the warning that mail is easily forged. */
const Senders = ({ settings, actions }: { settings: InboundSettingsResponse; actions: Actions }) => {
  const { t } = useInboxTranslation();
  const [email, setEmail] = useState('');
  const [touched, setTouched] = useState(false);
  const valid = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light">
        <Text size="sm">{t('settings.autoWarning')}</Text>
      </Alert>
      <Switch
        label={t('settings.autoApply')}
        checked={settings.autoApplyTrusted}
        onChange={(event) => actions.update.mutate({ autoApplyTrusted: event.currentTarget.checked })}
        data-testid="auto-apply"
      />
      <Title order={3} size="h5">
        {t('settings.sendersTitle')}
      </Title>
      {settings.senders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('settings.sendersEmpty')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {settings.senders.map((sender) => (
            <Group component="li" key={sender.email} justify="space-between" gap="xs" wrap="wrap">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {sender.email}
                </Text>
                {sender.trusted && (
                  <Badge color="teal" variant="light" tt="none">
                    {t('settings.trusted')}
                  </Badge>
                )}
              </Group>
              <Button
                size="xs"
                variant="light"
                color={sender.trusted ? 'gray.8' : 'teal'}
                disabled={actions.sender.isPending}
                onClick={() => actions.sender.mutate({ email: sender.email, trusted: !sender.trusted })}
              >
                {sender.trusted ? t('settings.untrust') : t('settings.trust')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setTouched(true);
          if (!valid) return;
          actions.sender.mutate(
            { email: email.trim(), trusted: true },
            {
              onSuccess: () => {
                setEmail('');
                setTouched(false);
              },
            },
          );
        }}
      >
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            label={t('settings.addSender')}
            value={email}
            type="email"
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={touched && !valid ? t('settings.invalidEmail') : null}
            style={{ flex: '1 1 240px' }}
          />
          <Button type="submit" mt={24} variant="light" loading={actions.sender.isPending}>
            {t('settings.addTrusted')}
          </Button>
        </Group>
      </form>
      {actions.sender.isError && <ActionError message={errorText(actions.sender.error)} />}
    </Stack>
  );
};

const sizeText = (size: number) =>
  size < 1024 * 1024 ? `${Math.round(size / 1024)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;

/** Mails that failed every attempt: their error for admins, and Try again. */
const Parked = ({ settings, actions }: { settings: InboundSettingsResponse; actions: Actions }) => {
  const { t } = useInboxTranslation();
  const { locale } = useLanguage();
  return (
    <Stack gap="xs" data-testid="parked-mail">
      {settings.parked.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('settings.parkedEmpty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {settings.parked.map((row) => (
            <Stack
              component="li"
              key={row.id}
              gap={2}
              p="xs"
              style={{ border: '1px solid var(--mantine-color-red-3)', borderRadius: 4 }}
            >
              <Text size="xs" c="dimmed">
                {t('settings.parkedItem', {
                  source: row.source,
                  size: sizeText(row.size),
                  attempts: row.attempts,
                  when: formatMoment(new Date(row.createdAt), locale),
                })}
              </Text>
              <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                {row.lastError}
              </Text>
              {!/^refused:/.test(row.lastError ?? '') && (
                <Group>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => actions.retry.mutate(row.id)}
                    disabled={actions.retry.isPending}
                  >
                    {t('settings.retry')}
                  </Button>
                </Group>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      {actions.retry.isError && <ActionError message={errorText(actions.retry.error)} />}
    </Stack>
  );
};

/** Settings › Incoming email (owners and admins): addresses, the IMAP mailbox, trusted senders and auto-apply, parked mail. */
export const InboundMailSection = () => {
  const { t } = useInboxTranslation();
  const query = useInboundSettings();
  const actions = useInboundSettingsActions();
  return (
    <Stack gap="md" data-testid="inbound-mail-settings">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('settings.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('settings.intro')}
        </Text>
      </Stack>
      {query.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : query.isError ? (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('common.error')}</Text>
            <Button size="xs" variant="light" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <Panel title={t('settings.addressTitle')} testId="inbound-address-panel">
            <Stack gap="xs">
              <CopyField
                label={t('settings.addressLabel')}
                value={query.data.address}
                description={t('settings.plusHint')}
                testId="inbound-address"
              />
              <Text size="sm">
                {query.data.smtpListening ? t('settings.smtpOn', { domain: query.data.domain }) : t('settings.smtpOff')}
              </Text>
            </Stack>
          </Panel>
          <Panel title={t('settings.imapTitle')} testId="imap-panel">
            <ImapForm key={query.data.imap ? 'connected' : 'none'} settings={query.data} actions={actions} />
          </Panel>
          <Panel title={t('settings.autoTitle')} testId="senders-panel">
            <Senders settings={query.data} actions={actions} />
          </Panel>
          <Panel title={t('settings.parkedTitle')} testId="parked-panel">
            <Parked settings={query.data} actions={actions} />
          </Panel>
        </>
      )}
    </Stack>
  );
};
