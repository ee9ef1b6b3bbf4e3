import { Alert, Button, Divider, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useLanguage } from '../../../i18n/useBilingual';
import { describeAuthError, problemText } from '../../auth/utils/errorText';
import { checkNewPassword, type FieldProblem } from '../../auth/utils/validation';
import { isApiError } from '../../api';
import { useSignOut } from '../../session/hooks/useSessionActions';
import { useChangePassword } from '../hooks/useAccount';
import { AccountSecurityPanel } from '../../security/lazy';
import { SectionHeader } from './SectionStates';

type Fields = { currentPassword: string; newPassword: string; confirm: string };
type Problems = Partial<Record<keyof Fields, string>>;

const ChangePassword = () => {
  const { t } = useAccountTranslation();
  const { locale } = useLanguage();
  const headingId = useId();
  const change = useChangePassword();
  const empty: Fields = { currentPassword: '', newPassword: '', confirm: '' };
  const [fields, setFields] = useState<Fields>(empty);
  const [problems, setProblems] = useState<Problems>({});

  const set = (key: keyof Fields, value: string) => {
    setFields((previous) => ({ ...previous, [key]: value }));
    setProblems((previous) => ({ ...previous, [key]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const mismatch: FieldProblem | undefined = fields.confirm !== fields.newPassword ? 'mismatch' : undefined;
    const found: Problems = {
      currentPassword: fields.currentPassword === '' ? problemText(t, 'required') : undefined,
      newPassword:
        problemText(t, checkNewPassword(fields.newPassword)) ??
        (fields.newPassword !== '' && fields.newPassword === fields.currentPassword
          ? t('settings.security.samePassword')
          : undefined),
      confirm: problemText(t, mismatch),
    };
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    change.mutate(
      { currentPassword: fields.currentPassword, newPassword: fields.newPassword },
      {
        onSuccess: () => setFields(empty),
        onError: (error) => {
          if (!isApiError(error)) return;
          const server = error.fieldErrors;
          setProblems({
            currentPassword: server['currentPassword'] ? t('settings.security.wrongCurrent') : undefined,
            newPassword: server['newPassword'],
          });
        },
      },
    );
  };

  const inputs = [
    { key: 'currentPassword', label: t('settings.security.current'), autoComplete: 'current-password' },
    {
      key: 'newPassword',
      label: t('settings.security.new'),
      description: t('settings.security.newHint'),
      autoComplete: 'new-password',
    },
    { key: 'confirm', label: t('settings.security.confirm'), autoComplete: 'new-password' },
  ] as const;
  const fieldError = change.isError && isApiError(change.error) ? change.error.fieldErrors : {};
  const showAlert = change.isError && !fieldError['currentPassword'] && !fieldError['newPassword'];

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t('settings.security.passwordTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          {showAlert ? (
            <Alert color="red" variant="light" role="alert">
              {describeAuthError(t, change.error, locale)}
            </Alert>
          ) : null}
          {change.isSuccess ? (
            <Alert color="green" variant="light" role="status">
              {t('settings.security.changed', { count: change.data.sessionsEnded })}
            </Alert>
          ) : null}
          {inputs.map(({ key, ...input }) => (
            <PasswordInput
              key={key}
              {...input}
              required
              value={fields[key]}
              onChange={(event) => set(key, event.currentTarget.value)}
              error={problems[key]}
            />
          ))}
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('settings.security.change')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};

const SignOutEverywhere = () => {
  const { t } = useAccountTranslation();
  const headingId = useId();
  const signOut = useSignOut();
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} maw={520}>
      <Title order={3} size="h4" id={headingId}>
        {t('settings.security.everywhereTitle')}
      </Title>
      <Text size="sm">{t('settings.security.everywhereBody')}</Text>
      {signOut.isError ? (
        <Alert color="red" variant="light" role="alert">
          {signOut.error.message}
        </Alert>
      ) : null}
      <Group gap="sm">
        {confirming ? (
          <>
            <Button color="red" loading={signOut.isPending} onClick={() => signOut.mutate('everywhere')}>
              {t('settings.security.everywhereConfirm')}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('accountCommon.cancel')}
            </Button>
          </>
        ) : (
          <Button variant="light" color="red" onClick={() => setConfirming(true)}>
            {t('settings.security.everywhere')}
          </Button>
        )}
      </Group>
    </Stack>
  );
};

/** The person's own password, and a way to end every session of the account at once. */
export const SecuritySection = () => {
  const { t } = useAccountTranslation();
  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.security.title')} description={t('settings.security.description')} />
      <Stack gap="xl">
        <ChangePassword />
        <Divider />
        <AccountSecurityPanel />
        <Divider />
        <SignOutEverywhere />
      </Stack>
    </Stack>
  );
};
