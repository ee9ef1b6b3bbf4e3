import { Alert, Button, Code, Image, Stack, Text, TextInput } from '@mantine/core';
import type { TotpSetupResponse } from '@waiji/contract';
import { type FormEvent, useState } from 'react';
import { useSecurityTranslation } from '../../../i18n/useSecurityTranslation';

/** The QR code and key of a new authenticator-app secret, and the first code that turns it on. */
export const TotpEnrolment = ({
  setup,
  onConfirm,
  pending,
  error,
}: {
  setup: TotpSetupResponse;
  onConfirm: (code: string) => void;
  pending: boolean;
  error: string | undefined;
}) => {
  const { t } = useSecurityTranslation();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(code.replace(/\s+/g, ''));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <Text size="sm">{t('enrol.scan')}</Text>
        <Image src={setup.qrCode} alt={t('enrol.qrAlt')} w={200} h={200} bg="white" />
        <Text size="sm">
          {t('enrol.manual')}{' '}
          <Code data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
            {setup.secret}
          </Code>
        </Text>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <TextInput
          label={t('step.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          required
        />
        <Button type="submit" loading={pending}>
          {t('enrol.confirm')}
        </Button>
      </Stack>
    </form>
  );
};
