import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { authApi } from '../api/authApi';
import { describeAuthError, isDeadLink, problemText, serverFieldError } from '../utils/errorText';
import { checkNewPassword, type FieldProblem } from '../utils/validation';
import { AuthCard } from './AuthCard';
import { isLinkToken } from '../utils/tokens';

export const ResetPasswordPage = () => {
  const { t } = useAuthTranslation();
  const { locale } = useLanguage();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<{ password?: FieldProblem; confirm?: FieldProblem }>({});
  const reset = useMutation({ mutationFn: (value: string) => authApi.confirmPasswordReset(token, value) });

  const forgotLink = (
    <Anchor component={Link} to={paths.forgotPassword} underline="always">
      {t('auth.reset.requestNew')}
    </Anchor>
  );

  if (!isLinkToken(token)) {
    return (
      <AuthCard title={t('auth.reset.title')} footer={forgotLink}>
        <Alert color="red" variant="light" role="alert" title={t('auth.linkInvalidTitle')}>
          {t('auth.reset.noToken')}
        </Alert>
      </AuthCard>
    );
  }

  if (reset.isSuccess) {
    return (
      <AuthCard title={t('auth.reset.title')}>
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" title={t('auth.reset.doneTitle')}>
            {t('auth.reset.done')}
          </Alert>
          <Button component={Link} to={paths.signIn}>
            {t('auth.reset.signIn')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      password: checkNewPassword(password),
      confirm: confirm !== password ? ('mismatch' as const) : undefined,
    };
    setProblems(found);
    if (!found.password && !found.confirm) reset.mutate(password);
  };

  // An expired or used link is refused on the token field, not the password.
  const linkDead = isDeadLink(reset.error);

  return (
    <AuthCard title={t('auth.reset.title')} intro={t('auth.reset.intro')} footer={linkDead ? forgotLink : undefined}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {reset.isError ? (
            <Alert color="red" variant="light" role="alert" title={linkDead ? t('auth.linkInvalidTitle') : undefined}>
              {linkDead ? t('auth.linkInvalid') : describeAuthError(t, reset.error, locale)}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('auth.fields.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={problemText(t, problems.password) ?? serverFieldError(reset.error, 'password')}
          />
          <PasswordInput
            label={t('auth.fields.confirmPassword')}
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(event) => setConfirm(event.currentTarget.value)}
            error={problemText(t, problems.confirm)}
          />
          <Button type="submit" loading={reset.isPending} fullWidth>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
};
