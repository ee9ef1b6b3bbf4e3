import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths, returnToParam, safeReturnPath } from '../../../app/paths';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import type { Session } from '../../session/api/sessionApi';
import { storeSession } from '../../session/hooks/useSession';
import { pendingSecondFactor } from '../../security/api/securityApi';
import { SecondFactorStep, SignInOptions } from '../../security/lazy';
import { landingPathFor } from '../../session/utils/landing';
import { ApiError } from '../../api/ApiError';
import { authApi } from '../api/authApi';
import { describeAuthError, problemText } from '../utils/errorText';
import { checkEmail, type FieldProblem } from '../utils/validation';
import { AuthCard } from './AuthCard';

export const SignInPage = () => {
  const { t } = useAuthTranslation();
  const { locale } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const next = safeReturnPath(searchParams.get(returnToParam));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ email?: FieldProblem; password?: FieldProblem }>({});

  const signedIn = (session: Session) => {
    storeSession(queryClient, session);
    void navigate(next ?? landingPathFor(session), { replace: true });
  };
  const login = useMutation({ mutationFn: authApi.login, onSuccess: signedIn });
  // A right password of an account with a second factor (or that must set one up): the second step.
  const secondStep = pendingSecondFactor(login.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = { email: checkEmail(email), password: password === '' ? ('required' as const) : undefined };
    setProblems(found);
    if (found.email || found.password) return;
    login.mutate({ email: email.trim(), password });
  };

  const withNext = (path: string) => (next ? `${path}?${returnToParam}=${encodeURIComponent(next)}` : path);

  return (
    <AuthCard
      title={t('auth.signIn.title')}
      intro={next ? t('auth.signIn.introNext') : t('auth.signIn.intro')}
      footer={
        <>
          <Text size="sm">
            {t('auth.signIn.noAccount')}{' '}
            <Anchor component={Link} to={withNext(paths.signUp)} underline="always">
              {t('auth.signIn.createAccount')}
            </Anchor>
          </Text>
          <Text size="sm" c="dimmed">
            {t('auth.signIn.invited')}
          </Text>
        </>
      }
    >
      {secondStep ? (
        <SecondFactorStep details={secondStep} onSignedIn={signedIn} onStartOver={() => login.reset()} />
      ) : (
        <form onSubmit={submit} noValidate aria-describedby={login.isError ? 'sign-in-error' : undefined}>
          <Stack gap="md">
            {login.isError ? (
              <Alert color="red" variant="light" role="alert" id="sign-in-error" title={t('auth.signIn.failedTitle')}>
                {describeAuthError(t, login.error, locale)}
                {/* The API answers an unconfirmed account exactly as a wrong password (so sign-up tells nobody whether
                  an address is taken); this says what a brand-new user should do. */}
                {login.error instanceof ApiError && login.error.code === 'UNAUTHENTICATED' ? (
                  <Text size="sm" mt="xs">
                    {t('auth.signIn.unconfirmedHint')}
                  </Text>
                ) : null}
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
              error={problemText(t, problems.email)}
            />
            <PasswordInput
              label={t('auth.fields.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={problemText(t, problems.password)}
            />
            <Anchor component={Link} to={paths.forgotPassword} size="sm" underline="always">
              {t('auth.signIn.forgot')}
            </Anchor>
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('auth.signIn.submit')}
            </Button>
            <SignInOptions onSignedIn={signedIn} />
          </Stack>
        </form>
      )}
    </AuthCard>
  );
};
