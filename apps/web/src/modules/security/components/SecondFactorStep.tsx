import { Alert, Anchor, Button, Checkbox, Divider, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { MeResponse, SecondFactorRequiredDetails } from '@waiji/contract';
import { type FormEvent, useEffect, useState } from 'react';
import { useLanguage } from '../../../i18n/useBilingual';
import { useSecurityTranslation } from '../../../i18n/useSecurityTranslation';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { describeAuthError } from '../../auth/utils/errorText';
import { ApiError } from '../../api/ApiError';
import { securityApi } from '../api/securityApi';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpEnrolment } from './TotpEnrolment';
import { assertPasskey } from './webauthn';

type Props = {
  details: SecondFactorRequiredDetails;
  onSignedIn: (session: MeResponse) => void;
  onStartOver: () => void;
};

/** The sign-in's second step: a code, a recovery code or a passkey; or, when the organization requires it, enrolment. */
export const SecondFactorStep = ({ details, onSignedIn, onStartOver }: Props) =>
  details.reason === 'ENROLMENT_REQUIRED' ? (
    <EnrolStep onSignedIn={onSignedIn} onStartOver={onStartOver} />
  ) : (
    <CodeStep details={details} onSignedIn={onSignedIn} onStartOver={onStartOver} />
  );

const useErrorText = () => {
  const { t } = useAuthTranslation();
  const { t: ts } = useSecurityTranslation();
  const { locale } = useLanguage();
  return (error: unknown) =>
    error instanceof ApiError && error.detailRecord['reason'] === 'NO_PENDING_SIGN_IN'
      ? ts('step.expired')
      : describeAuthError(t, error, locale);
};

const CodeStep = ({ details, onSignedIn, onStartOver }: Props) => {
  const { t } = useSecurityTranslation();
  const errorText = useErrorText();
  const [recovery, setRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [remember, setRemember] = useState(false);
  const verify = useMutation({
    mutationFn: () =>
      securityApi.secondFactor(
        recovery ? { recoveryCode: value, rememberDevice: remember } : { code: value, rememberDevice: remember },
      ),
    onSuccess: onSignedIn,
  });
  const passkey = useMutation({
    mutationFn: async () => {
      const options = await securityApi.secondFactorPasskeyOptions();
      return securityApi.secondFactorPasskey(await assertPasskey(options), remember);
    },
    onSuccess: onSignedIn,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() !== '') verify.mutate();
  };
  const failure = verify.error ?? passkey.error;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('step.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" variant="light" role="alert">
              {errorText(failure)}
            </Alert>
          ) : null}
          <Text size="sm">{t('step.intro')}</Text>
          <TextInput
            key={recovery ? 'recovery' : 'code'}
            label={recovery ? t('step.recovery') : t('step.code')}
            inputMode={recovery ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            autoFocus
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            required
          />
          <Anchor
            component="button"
            type="button"
            size="sm"
            underline="always"
            onClick={() => {
              setRecovery(!recovery);
              setValue('');
            }}
          >
            {recovery ? t('step.useCode') : t('step.useRecovery')}
          </Anchor>
          <Checkbox
            label={t('step.remember')}
            checked={remember}
            onChange={(event) => setRemember(event.currentTarget.checked)}
          />
          <Button type="submit" loading={verify.isPending} fullWidth>
            {t('step.submit')}
          </Button>
        </Stack>
      </form>
      {details.methods.includes('passkey') ? (
        <>
          <Divider />
          <Button variant="default" loading={passkey.isPending} onClick={() => passkey.mutate()}>
            {t('step.passkey')}
          </Button>
        </>
      ) : null}
      <Anchor component="button" type="button" size="sm" onClick={onStartOver}>
        {t('step.startOver')}
      </Anchor>
    </Stack>
  );
};

const EnrolStep = ({ onSignedIn, onStartOver }: Omit<Props, 'details'>) => {
  const { t } = useSecurityTranslation();
  const errorText = useErrorText();
  const setup = useMutation({ mutationFn: securityApi.enrolDuringSignIn });
  const confirm = useMutation({ mutationFn: securityApi.confirmEnrolDuringSignIn });
  const start = setup.mutate;
  useEffect(() => start(), [start]);
  if (confirm.data)
    return <RecoveryCodes codes={confirm.data.recoveryCodes} onDone={() => onSignedIn(confirm.data.me)} />;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('enrol.title')}
      </Title>
      <Alert color="blue" variant="light">
        {t('enrol.requiredBy')}
      </Alert>
      {setup.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(setup.error)}
        </Alert>
      ) : null}
      {setup.isPending ? <Text size="sm">{t('loading')}</Text> : null}
      {setup.data ? (
        <TotpEnrolment
          setup={setup.data}
          onConfirm={(code) => confirm.mutate(code)}
          pending={confirm.isPending}
          error={confirm.isError ? errorText(confirm.error) : undefined}
        />
      ) : null}
      <Anchor component="button" type="button" size="sm" onClick={onStartOver}>
        {t('step.startOver')}
      </Anchor>
    </Stack>
  );
};
