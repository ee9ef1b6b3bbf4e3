import { Alert, Anchor, Button, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths, returnToParam, safeReturnPath } from '../../../app/paths';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { authApi } from '../api/authApi';
import { describeAuthError, problemText, serverFieldError } from '../utils/errorText';
import {
  type OrganizationKind,
  type SignUpProblems,
  type SignUpValues,
  toSignupRequest,
  validateSignUp,
} from '../utils/validation';
import { AuthCard } from './AuthCard';
import { MailCapturedNote } from './MailCapturedNote';

const kinds: readonly OrganizationKind[] = ['AGENCY', 'UNIVERSITY', 'PERSONAL'];

export const SignUpPage = () => {
  const { t } = useAuthTranslation();
  const { language, locale } = useLanguage();
  const [searchParams] = useSearchParams();
  const next = safeReturnPath(searchParams.get(returnToParam));
  const [values, setValues] = useState<SignUpValues>({
    kind: 'AGENCY',
    organizationName: '',
    displayName: '',
    email: '',
    password: '',
  });
  const [problems, setProblems] = useState<SignUpProblems>({});

  // The answer is the same whether or not the address already has an account (the owner of a taken one is
  // emailed instead), so the page can only say "check your email"; the link confirms, then the user signs in.
  const signup = useMutation({ mutationFn: authApi.signup });
  const signInPath = next ? `${paths.signIn}?${returnToParam}=${encodeURIComponent(next)}` : paths.signIn;

  const set = <K extends keyof SignUpValues>(key: K, value: SignUpValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSignUp(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      // Focus the first field that needs attention, so keyboard and screen-reader users land on it.
      const first = (['displayName', 'organizationName', 'email', 'password'] as const).find((key) => found[key]);
      if (first) document.getElementById(`sign-up-${first}`)?.focus();
      return;
    }
    signup.mutate(toSignupRequest(values, language));
  };

  const fieldError = (key: keyof SignUpValues) => problemText(t, problems[key]) ?? serverFieldError(signup.error, key);
  const isPersonal = values.kind === 'PERSONAL';

  if (signup.isSuccess) {
    return (
      <AuthCard title={t('auth.signUp.sentTitle')}>
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" title={t('auth.signUp.sentTitle')}>
            {t('auth.signUp.sent', { email: signup.variables.email })}
          </Alert>
          <MailCapturedNote captured={signup.data.mailCaptured} />
          <Text size="sm">{t('auth.signUp.sentHelp')}</Text>
          <Button component={Link} to={signInPath}>
            {t('auth.signUp.signIn')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('auth.signUp.title')}
      intro={t('auth.signUp.intro')}
      footer={
        <Text size="sm">
          {t('auth.signUp.haveAccount')}{' '}
          <Anchor component={Link} to={paths.signIn} underline="always">
            {t('auth.signUp.signIn')}
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {signup.isError ? (
            <Alert color="red" variant="light" role="alert" title={t('auth.signUp.failedTitle')}>
              {describeAuthError(t, signup.error, locale)}
            </Alert>
          ) : null}
          <Radio.Group
            label={t('auth.signUp.kindLabel')}
            value={values.kind}
            onChange={(value) => set('kind', value as OrganizationKind)}
            required
          >
            <Stack gap="sm" mt="xs">
              {kinds.map((kind) => (
                <Radio
                  key={kind}
                  value={kind}
                  label={t(`auth.signUp.kinds.${kind}.label`)}
                  description={t(`auth.signUp.kinds.${kind}.description`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            id="sign-up-displayName"
            label={t('auth.fields.displayName')}
            autoComplete="name"
            required
            maxLength={100}
            value={values.displayName}
            onChange={(event) => set('displayName', event.currentTarget.value)}
            error={fieldError('displayName')}
          />
          {isPersonal ? null : (
            <TextInput
              id="sign-up-organizationName"
              label={values.kind === 'UNIVERSITY' ? t('auth.fields.universityName') : t('auth.fields.agencyName')}
              description={t('auth.signUp.organizationHint')}
              autoComplete="organization"
              required
              maxLength={120}
              value={values.organizationName}
              onChange={(event) => set('organizationName', event.currentTarget.value)}
              error={fieldError('organizationName')}
            />
          )}
          <TextInput
            id="sign-up-email"
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            value={values.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={fieldError('email')}
          />
          <PasswordInput
            id="sign-up-password"
            label={t('auth.fields.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            value={values.password}
            onChange={(event) => set('password', event.currentTarget.value)}
            error={fieldError('password')}
          />
          <Button type="submit" loading={signup.isPending} fullWidth>
            {t('auth.signUp.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
};
