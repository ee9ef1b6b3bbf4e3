import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { authApi } from '../api/authApi';
import { describeAuthError, problemText } from '../utils/errorText';
import { checkEmail, type FieldProblem } from '../utils/validation';
import { AuthCard } from './AuthCard';
import { MailCapturedNote } from './MailCapturedNote';

export const ForgotPasswordPage = () => {
  const { t } = useAuthTranslation();
  const { locale } = useLanguage();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const request = useMutation({ mutationFn: authApi.requestPasswordReset });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkEmail(email);
    setProblem(found);
    if (!found) request.mutate(email.trim());
  };

  const back = (
    <Anchor component={Link} to={paths.signIn} size="sm" underline="always">
      {t('auth.backToSignIn')}
    </Anchor>
  );

  if (request.isSuccess) {
    return (
      <AuthCard title={t('auth.forgot.title')} footer={back}>
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" title={t('auth.forgot.sentTitle')}>
            {t('auth.forgot.sent', { email: email.trim() })}
          </Alert>
          <MailCapturedNote captured={request.data.mailCaptured} />
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.forgot.title')} intro={t('auth.forgot.intro')} footer={back}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {request.isError ? (
            <Alert color="red" variant="light" role="alert">
              {describeAuthError(t, request.error, locale)}
            </Alert>
          ) : null}
          <TextInput
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={problemText(t, problem)}
          />
          <Button type="submit" loading={request.isPending} fullWidth>
            {t('auth.forgot.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('auth.forgot.privacy')}
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
};
