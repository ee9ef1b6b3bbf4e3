import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../session/api/sessionApi';
import { useResendVerification } from '../../session/hooks/useSessionActions';

/** Until the address is confirmed, a quiet reminder with a way to get the link again. */
export const VerifyEmailBanner = ({ session }: { session: Session }) => {
  const { t } = useTranslation();
  const resend = useResendVerification();
  if (session.user.emailVerified) return null;
  return (
    <Alert color="yellow" variant="light" mb="md" py="xs">
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Text size="sm">{t('account.verifyBanner', { email: session.user.email })}</Text>
        {resend.isSuccess ? (
          <Text size="sm" role="status">
            {t('account.verificationSent')}
          </Text>
        ) : (
          <Button
            size="compact-sm"
            variant="subtle"
            color="dark"
            onClick={() => resend.mutate()}
            loading={resend.isPending}
          >
            {t('account.resendVerification')}
          </Button>
        )}
      </Group>
      {resend.isError ? (
        <Text size="sm" c="red.9" role="alert">
          {resend.error.message}
        </Text>
      ) : null}
    </Alert>
  );
};
