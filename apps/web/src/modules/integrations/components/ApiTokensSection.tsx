import {
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { ApiToken, ApiTokenKind, ApiTokenScope, CreatedApiToken } from '@waiji/contract';
import { type FormEvent, useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useIntegrationsTranslation } from '../../../i18n/useIntegrationsTranslation';
import { useSession } from '../../session/hooks/useSession';
import { SectionError, SectionHeader, SectionLoading } from '../../settings/components/SectionStates';
import { useApiTokens, useTokenActions } from '../hooks/useIntegrations';
import { FormCard } from './FormCard';
import { SecretShownOnce } from './SecretShownOnce';

/** The scopes in the order they grow; a contract type, so listed here rather than imported at run time. */
const allScopes: readonly ApiTokenScope[] = ['cases:read', 'cases:write', 'admin'];
const expiryChoices = ['7', '30', '90', '365', 'never'] as const;
/** Catalogue keys without the scope's colon (i18next reads `a:b` as namespace a). */
const scopeKey = { 'cases:read': 'casesRead', 'cases:write': 'casesWrite', admin: 'admin' } as const;

const useMoment = () => {
  const { locale } = useLanguage();
  return (iso: string) => formatMoment(new Date(iso), locale);
};

/** Name, owner, scopes and expiry; the secret comes back once and is shown by the section. */
const NewTokenForm = ({ onCreated }: { onCreated: (created: CreatedApiToken) => void }) => {
  const { t } = useIntegrationsTranslation();
  const { canManage, canEdit } = useSession();
  const { create } = useTokenActions();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ApiTokenKind>('PERSONAL');
  const [scopes, setScopes] = useState<string[]>(['cases:read']);
  const [expiry, setExpiry] = useState<(typeof expiryChoices)[number]>('90');
  const [problem, setProblem] = useState<string | null>(null);
  // What this member's role may grant (the API checks the same).
  const offered = allScopes.filter((scope) => scope === 'cases:read' || (scope === 'admin' ? canManage : canEdit));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem(t('tokens.nameRequired'));
    if (scopes.length === 0) return setProblem(t('tokens.scopeRequired'));
    setProblem(null);
    create.mutate(
      {
        name: name.trim(),
        kind,
        scopes: scopes as ApiTokenScope[],
        expiresInDays: expiry === 'never' ? null : Number(expiry),
      },
      {
        onSuccess: (created) => {
          setName('');
          onCreated(created);
        },
      },
    );
  };

  return (
    <FormCard
      title={t('tokens.new')}
      onSubmit={submit}
      error={create.isError ? t('common.failed', { message: create.error.message }) : null}
      submitLabel={t('tokens.create')}
      pending={create.isPending}
    >
      <TextInput
        label={t('tokens.name')}
        placeholder={t('tokens.namePlaceholder')}
        value={name}
        maxLength={80}
        onChange={(event) => setName(event.currentTarget.value)}
        error={problem === t('tokens.nameRequired') ? problem : undefined}
      />
      {canManage ? (
        <Radio.Group label={t('tokens.kind')} value={kind} onChange={(value) => setKind(value as ApiTokenKind)}>
          <Stack gap={6} mt={4}>
            <Radio value="PERSONAL" label={t('tokens.kindPersonal')} />
            <Radio value="ORGANIZATION" label={t('tokens.kindOrganization')} />
          </Stack>
        </Radio.Group>
      ) : null}
      <Checkbox.Group
        label={t('tokens.scopes')}
        value={scopes}
        onChange={setScopes}
        error={problem === t('tokens.scopeRequired') ? problem : undefined}
      >
        <Stack gap={6} mt={4}>
          {offered.map((scope) => (
            <Checkbox
              key={scope}
              value={scope}
              label={t(`scopes.${scopeKey[scope]}`)}
              description={t(`scopeHints.${scopeKey[scope]}`)}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <NativeSelect
        label={t('tokens.expiry')}
        value={expiry}
        onChange={(event) => setExpiry(event.currentTarget.value as (typeof expiryChoices)[number])}
        data={expiryChoices.map((value) => ({
          value,
          label: value === 'never' ? t('tokens.noExpiry') : t('tokens.expiryDays', { count: Number(value) }),
        }))}
        maw={240}
      />
    </FormCard>
  );
};

const TokenCard = ({ token }: { token: ApiToken }) => {
  const { t } = useIntegrationsTranslation();
  const moment = useMoment();
  const { user } = useSession();
  const { revoke } = useTokenActions();
  const [confirming, setConfirming] = useState(false);
  const expired = token.expiresAt !== null && new Date(token.expiresAt).getTime() < Date.now();
  const live = !token.revokedAt && !expired;
  return (
    <Paper component="li" withBorder p="sm" radius="sm" style={{ overflowWrap: 'anywhere' }} data-token={token.prefix}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm">
              {token.name}
            </Text>
            <Code>{token.prefix}…</Code>
            <Badge variant="light" color={token.kind === 'ORGANIZATION' ? 'grape' : 'blue'}>
              {token.kind === 'ORGANIZATION' ? t('tokens.organization') : t('tokens.personal')}
            </Badge>
          </Group>
          {token.revokedAt ? (
            <Badge color="gray">{t('tokens.revokedOn', { when: moment(token.revokedAt) })}</Badge>
          ) : expired && token.expiresAt ? (
            <Badge color="orange">{t('tokens.expired', { when: moment(token.expiresAt) })}</Badge>
          ) : null}
        </Group>
        <Group gap={6} wrap="wrap">
          {token.scopes.map((scope) => (
            <Badge key={scope} variant="outline" size="sm">
              {t(`scopes.${scopeKey[scope]}`)}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {token.lastUsedAt ? t('tokens.lastUsed', { when: moment(token.lastUsedAt) }) : t('tokens.neverUsed')}
          {' · '}
          {token.expiresAt && !expired
            ? t('tokens.expires', { when: moment(token.expiresAt) })
            : token.expiresAt
              ? null
              : t('tokens.noExpiryShort')}
          {token.userId !== user?.id ? <> · {t('tokens.createdBy', { name: token.userName })}</> : null}
        </Text>
        {live ? (
          confirming ? (
            <Stack gap={6}>
              <Text size="sm">{t('tokens.revokeConfirm', { name: token.name })}</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color="red"
                  loading={revoke.isPending}
                  onClick={() => revoke.mutate(token.id, { onSettled: () => setConfirming(false) })}
                >
                  {t('tokens.revoke')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Group>
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() => setConfirming(true)}
                aria-label={t('tokens.revokeNamed', { name: token.name })}
              >
                {t('tokens.revoke')}
              </Button>
            </Group>
          )
        ) : null}
        {revoke.isError ? (
          <Text size="xs" c="red.9" role="alert">
            {t('common.failed', { message: revoke.error.message })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
};

/**
 * Settings → API tokens: make a token (shown once, with a copy button), see the live and past ones with their last
 * use, revoke. Every staff member has their own; owners and admins also make organization tokens and see everyone's.
 */
export const ApiTokensSection = () => {
  const { t } = useIntegrationsTranslation();
  const tokens = useApiTokens();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const items = tokens.data?.items ?? [];
  return (
    <Stack gap="md">
      <SectionHeader title={t('tokens.title')} description={t('tokens.description')} />
      {created ? (
        <SecretShownOnce
          title={t('tokens.createdTitle')}
          note={t('tokens.createdNote')}
          label={t('tokens.tokenLabel')}
          value={created.token}
          onDone={() => setCreated(null)}
        />
      ) : null}
      <NewTokenForm onCreated={setCreated} />
      {tokens.isPending ? <SectionLoading label={t('common.loading')} /> : null}
      {tokens.isError ? <SectionError error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
      {tokens.data && items.length === 0 ? <Text c="dimmed">{t('tokens.empty')}</Text> : null}
      {items.length > 0 ? (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('tokens.listLabel')}>
          {items.map((token) => (
            <TokenCard key={token.id} token={token} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
};
