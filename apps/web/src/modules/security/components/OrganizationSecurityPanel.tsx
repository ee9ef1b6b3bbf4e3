import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganizationSecurityResponse, SsoConfigResponse } from '@waiji/contract';
import { type FormEvent, useId, useState } from 'react';
import { formatDay } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { useSecurityTranslation } from '../../../i18n/useSecurityTranslation';
import { describeAuthError } from '../../auth/utils/errorText';
import { securityApi } from '../api/securityApi';

const policyKey = ['organization-security'] as const;
const ssoKey = ['organization-sso'] as const;

/** Settings → Organization (owners and admins): the two-step rule, each member's state and reset, single sign-on. */
export const OrganizationSecurityPanel = ({ canManage }: { canManage: boolean }) => {
  const { t } = useSecurityTranslation();
  const headingId = useId();
  const policy = useQuery({ queryKey: policyKey, queryFn: securityApi.organization, enabled: canManage });
  const sso = useQuery({ queryKey: ssoKey, queryFn: securityApi.sso, enabled: canManage });
  if (!canManage) return null;
  return (
    <Stack gap="md">
      {policy.isPending ? <Text size="sm">{t('loading')}</Text> : null}
      {policy.isError ? <LoadError retry={() => void policy.refetch()} /> : null}
      {policy.data ? <Policy data={policy.data} headingId={headingId} /> : null}
      {sso.isPending ? <Text size="sm">{t('loading')}</Text> : null}
      {sso.isError ? <LoadError retry={() => void sso.refetch()} /> : null}
      {sso.data ? <Sso data={sso.data} /> : null}
    </Stack>
  );
};

const LoadError = ({ retry }: { retry: () => void }) => {
  const { t } = useSecurityTranslation();
  return (
    <Alert color="red" variant="light" role="alert">
      {t('failed')}{' '}
      <Button variant="subtle" size="compact-sm" onClick={retry}>
        {t('retry')}
      </Button>
    </Alert>
  );
};

const useError = () => {
  const { t } = useAuthTranslation();
  const { locale } = useLanguage();
  return (error: unknown) => describeAuthError(t, error, locale);
};

const Policy = ({ data, headingId }: { data: OrganizationSecurityResponse; headingId: string }) => {
  const { t } = useSecurityTranslation();
  const { locale } = useLanguage();
  const errorText = useError();
  const queryClient = useQueryClient();
  const [required, setRequired] = useState(data.requireStaff2fa);
  const [graceDays, setGraceDays] = useState<number>(data.graceDays);
  const save = useMutation({
    mutationFn: securityApi.updateOrganization,
    onSuccess: (next) => queryClient.setQueryData(policyKey, next),
  });
  const reset = useMutation({
    mutationFn: securityApi.resetMember,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: policyKey }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ requireStaff2fa: required, graceDays });
  };
  return (
    <Paper withBorder p="md" maw={520} component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={3} size="h5" id={headingId}>
          {t('org.title')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Checkbox
              label={t('org.require')}
              description={t('org.requireHint')}
              checked={required}
              onChange={(event) => setRequired(event.currentTarget.checked)}
            />
            <NumberInput
              label={t('org.grace')}
              description={t('org.graceHint')}
              min={0}
              max={90}
              value={graceDays}
              onChange={(value) => setGraceDays(typeof value === 'number' ? value : Number(value) || 0)}
              disabled={!required}
              w={200}
            />
            {save.isError ? (
              <Alert color="red" variant="light" role="alert">
                {errorText(save.error)}
              </Alert>
            ) : null}
            {save.isSuccess ? (
              <Text size="sm" c="teal" role="status">
                {t('org.saved')}
              </Text>
            ) : null}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('org.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        {reset.isSuccess ? (
          <Text size="sm" c="teal" role="status">
            {t('org.resetDone')}
          </Text>
        ) : null}
        {reset.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(reset.error)}
          </Alert>
        ) : null}
        <Stack gap={0} data-testid="member-security">
          <Text size="sm" fw={600}>
            {t('org.members')}
          </Text>
          {data.members.map((member) => (
            <Group key={member.userId} justify="space-between" wrap="nowrap" py={6}>
              <div style={{ minWidth: 0 }}>
                <Text size="sm">{member.displayName}</Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {member.email}
                </Text>
                <Group gap={4} mt={2}>
                  {member.totp ? (
                    <Badge variant="light" size="sm">
                      {t('org.app')}
                    </Badge>
                  ) : null}
                  {member.passkeys > 0 ? (
                    <Badge variant="light" size="sm">
                      {t('org.passkeysCount', { count: member.passkeys })}
                    </Badge>
                  ) : null}
                  {!member.totp && member.passkeys === 0 ? (
                    <Text size="xs" fw={member.deadline ? 600 : undefined} c={member.deadline ? undefined : 'dimmed'}>
                      {t('org.none')}
                      {member.deadline
                        ? ` · ${t('org.due', { date: formatDay(new Date(member.deadline), locale) })}`
                        : ''}
                    </Text>
                  ) : null}
                </Group>
              </div>
              {member.totp || member.passkeys > 0 ? (
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  loading={reset.isPending && reset.variables === member.userId}
                  onClick={() => {
                    if (window.confirm(t('org.resetConfirm', { name: member.displayName })))
                      reset.mutate(member.userId);
                  }}
                >
                  {t('org.reset')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
};

const Sso = ({ data }: { data: SsoConfigResponse }) => {
  const { t } = useSecurityTranslation();
  const errorText = useError();
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(data.configured ? data.enabled : true);
  const [issuer, setIssuer] = useState(data.issuer);
  const [clientId, setClientId] = useState(data.clientId);
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(data.allowedDomains.join(', '));
  const [defaultRole, setDefaultRole] = useState<SsoConfigResponse['defaultRole']>(data.defaultRole);
  const [jit, setJit] = useState(data.jitMembership);
  const save = useMutation({
    mutationFn: securityApi.saveSso,
    onSuccess: (next) => {
      queryClient.setQueryData(ssoKey, next);
      setClientSecret('');
    },
  });
  const remove = useMutation({
    mutationFn: securityApi.removeSso,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ssoKey }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      enabled,
      issuer: issuer.trim(),
      clientId: clientId.trim(),
      ...(clientSecret ? { clientSecret } : {}),
      allowedDomains: domains
        .split(/[\s,]+/)
        .map((d) => d.trim())
        .filter(Boolean),
      defaultRole,
      jitMembership: jit,
    });
  };
  const fieldErrors =
    save.error && 'fieldErrors' in save.error
      ? (save.error as { fieldErrors: Record<string, string> }).fieldErrors
      : {};
  return (
    <Paper withBorder p="md" maw={520}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('sso.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('sso.intro')}
          </Text>
          <Checkbox label={t('sso.enabled')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <TextInput
            label={t('sso.issuer')}
            type="url"
            placeholder="https://login.example.edu"
            value={issuer}
            onChange={(e) => setIssuer(e.currentTarget.value)}
            error={fieldErrors['issuer']}
            required
          />
          <TextInput
            label={t('sso.clientId')}
            value={clientId}
            onChange={(e) => setClientId(e.currentTarget.value)}
            error={fieldErrors['clientId']}
            required
          />
          <PasswordInput
            label={t('sso.clientSecret')}
            description={data.hasClientSecret ? t('sso.secretKept') : undefined}
            value={clientSecret}
            onChange={(e) => setClientSecret(e.currentTarget.value)}
            error={fieldErrors['clientSecret']}
            autoComplete="off"
          />
          <TextInput
            label={t('sso.domains')}
            description={t('sso.domainsHint')}
            value={domains}
            onChange={(e) => setDomains(e.currentTarget.value)}
            error={fieldErrors['allowedDomains'] ?? fieldErrors['allowedDomains.0']}
            required
          />
          <Select
            label={t('sso.role')}
            data={(['VIEWER', 'HELPER', 'ADMIN'] as const).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={defaultRole}
            onChange={(value) => value && setDefaultRole(value as SsoConfigResponse['defaultRole'])}
            allowDeselect={false}
            w={220}
          />
          <Checkbox label={t('sso.jit')} checked={jit} onChange={(e) => setJit(e.currentTarget.checked)} />
          <Text size="sm">
            {t('sso.redirect')}: <code data-testid="sso-redirect">{data.redirectUri}</code>
          </Text>
          {data.configured ? (
            <Text size="sm">
              {t('sso.signInUrl')}: <code data-testid="sso-sign-in-url">{data.signInUrl}</code>
            </Text>
          ) : null}
          {save.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorText(save.error)}
            </Alert>
          ) : null}
          {save.isSuccess ? (
            <Text size="sm" c="teal" role="status">
              {t('sso.saved')}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('sso.save')}
            </Button>
            {data.configured ? (
              <Button
                variant="subtle"
                color="red"
                onClick={() => {
                  if (window.confirm(t('sso.removeConfirm'))) remove.mutate();
                }}
                loading={remove.isPending}
              >
                {t('sso.remove')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
