import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { formatDay } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { useSecurityTranslation } from '../../../i18n/useSecurityTranslation';
import { describeAuthError } from '../../auth/utils/errorText';
import { securityApi } from '../api/securityApi';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpEnrolment } from './TotpEnrolment';
import { createPasskey, passkeysSupported } from './webauthn';

const statusKey = ['account-security'] as const;

/** Settings → Security: two-step verification with an app, recovery codes, passkeys and remembered devices. */
export const AccountSecurityPanel = () => {
  const { t } = useSecurityTranslation();
  const { locale } = useLanguage();
  const headingId = useId();
  const status = useQuery({ queryKey: statusKey, queryFn: securityApi.status });

  if (status.isPending) return <Text size="sm">{t('loading')}</Text>;
  if (status.isError)
    return (
      <Alert color="red" variant="light" role="alert">
        {t('failed')}{' '}
        <Button variant="subtle" size="compact-sm" onClick={() => void status.refetch()}>
          {t('retry')}
        </Button>
      </Alert>
    );
  const data = status.data;
  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t('settings.title')}
      </Title>
      {data.requirement ? (
        <Alert color={data.requirement.overdue ? 'red' : 'yellow'} variant="light" role="status">
          {data.requirement.overdue
            ? t('settings.overdue', { organization: data.requirement.organizationName })
            : t('settings.requirement', {
                organization: data.requirement.organizationName,
                date: formatDay(new Date(data.requirement.deadline), locale),
              })}
        </Alert>
      ) : null}
      {data.totp ? <TotpOn recoveryCodesLeft={data.recoveryCodesLeft} /> : <TotpOff />}
      <Passkeys passkeys={data.passkeys} />
      {data.rememberedDevices > 0 ? <Devices count={data.rememberedDevices} /> : null}
    </Stack>
  );
};

const useRefresh = () => {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: statusKey });
};

const useError = () => {
  const { t } = useAuthTranslation();
  const { locale } = useLanguage();
  return (error: unknown) => describeAuthError(t, error, locale);
};

const TotpOff = () => {
  const { t } = useSecurityTranslation();
  const refresh = useRefresh();
  const errorText = useError();
  const [codes, setCodes] = useState<string[] | undefined>();
  const setup = useMutation({ mutationFn: securityApi.setupTotp });
  const confirm = useMutation({ mutationFn: securityApi.confirmTotp, onSuccess: (r) => setCodes(r.recoveryCodes) });
  if (codes)
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(undefined);
          refresh();
        }}
      />
    );
  return (
    <Stack gap="sm">
      <Text size="sm">{t('settings.off')}</Text>
      {setup.data ? (
        <TotpEnrolment
          setup={setup.data}
          onConfirm={(code) => confirm.mutate(code)}
          pending={confirm.isPending}
          error={confirm.isError ? errorText(confirm.error) : undefined}
        />
      ) : (
        <Group>
          <Button onClick={() => setup.mutate()} loading={setup.isPending}>
            {t('enrol.start')}
          </Button>
        </Group>
      )}
      {setup.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(setup.error)}
        </Alert>
      ) : null}
    </Stack>
  );
};

const TotpOn = ({ recoveryCodesLeft }: { recoveryCodesLeft: number }) => {
  const { t } = useSecurityTranslation();
  const refresh = useRefresh();
  const errorText = useError();
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | undefined>();
  const disable = useMutation({ mutationFn: securityApi.disableTotp, onSuccess: refresh });
  const regenerate = useMutation({
    mutationFn: securityApi.regenerateRecoveryCodes,
    onSuccess: (r) => setCodes(r.recoveryCodes),
  });
  const act = (event: FormEvent, which: 'disable' | 'regenerate') => {
    event.preventDefault();
    if (code.trim() === '') return;
    (which === 'disable' ? disable : regenerate).mutate(code.replace(/\s+/g, ''));
    setCode('');
  };
  if (codes)
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(undefined);
          refresh();
        }}
      />
    );
  const failure = disable.error ?? regenerate.error;
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="totp-on">
        {t('settings.on')} {t('settings.recoveryLeft', { count: recoveryCodesLeft })}
      </Text>
      {failure ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(failure)}
        </Alert>
      ) : null}
      <form onSubmit={(event) => act(event, 'regenerate')} noValidate>
        <Group align="end" gap="sm" wrap="wrap">
          <TextInput
            label={t('settings.codePrompt')}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            w={160}
          />
          <Button type="submit" variant="default" loading={regenerate.isPending}>
            {t('settings.regenerate')}
          </Button>
          <Button color="red" variant="light" loading={disable.isPending} onClick={(event) => act(event, 'disable')}>
            {t('settings.disable')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
};

const Passkeys = ({ passkeys }: { passkeys: { id: string; name: string; createdAt: string }[] }) => {
  const { t } = useSecurityTranslation();
  const { locale } = useLanguage();
  const refresh = useRefresh();
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: async () => {
      const options = await securityApi.passkeyRegistrationOptions();
      return securityApi.addPasskey(name.trim() || t('passkeys.defaultName'), await createPasskey(options));
    },
    onSuccess: () => {
      setName('');
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: securityApi.removePasskey, onSuccess: refresh });
  return (
    <Stack gap="sm" maw={560}>
      <Title order={4} size="h5">
        {t('passkeys.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('passkeys.intro')}
      </Text>
      {passkeys.length === 0 ? <Text size="sm">{t('passkeys.none')}</Text> : null}
      {passkeys.map((passkey) => (
        <Paper key={passkey.id} withBorder p="xs">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600}>
                {passkey.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t('passkeys.added', { date: formatDay(new Date(passkey.createdAt), locale) })}
              </Text>
            </div>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() => remove.mutate(passkey.id)}
              loading={remove.isPending && remove.variables === passkey.id}
            >
              {t('passkeys.remove')}
            </Button>
          </Group>
        </Paper>
      ))}
      {passkeysSupported() ? (
        <Group align="end" gap="sm" wrap="wrap">
          <TextInput
            label={t('passkeys.name')}
            placeholder={t('passkeys.defaultName')}
            value={name}
            maxLength={60}
            onChange={(event) => setName(event.currentTarget.value)}
            w={220}
          />
          <Button variant="default" onClick={() => add.mutate()} loading={add.isPending}>
            {t('passkeys.add')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('passkeys.unsupported')}
        </Text>
      )}
      {add.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('passkeys.cancelled')}
        </Alert>
      ) : null}
    </Stack>
  );
};

const Devices = ({ count }: { count: number }) => {
  const { t } = useSecurityTranslation();
  const refresh = useRefresh();
  const forget = useMutation({ mutationFn: securityApi.forgetDevices, onSuccess: refresh });
  return (
    <Group gap="sm">
      <Text size="sm">{t('settings.devices', { count })}</Text>
      <Button variant="subtle" size="compact-sm" onClick={() => forget.mutate()} loading={forget.isPending}>
        {t('settings.forget')}
      </Button>
    </Group>
  );
};
