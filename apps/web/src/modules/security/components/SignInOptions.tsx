import { Alert, Button, Divider, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { MeResponse, SsoError } from '@waiji/contract';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSecurityTranslation } from '../../../i18n/useSecurityTranslation';
import { securityApi } from '../api/securityApi';
import { assertPasskey, passkeysSupported } from './webauthn';

// The contract's ssoErrors, as types only (a runtime import would bring the contract's zod schemas to the page).
const ssoErrors = [
  'SSO_FAILED',
  'SSO_EXPIRED',
  'SSO_DOMAIN_NOT_ALLOWED',
  'SSO_EMAIL_UNVERIFIED',
  'SSO_NOT_A_MEMBER',
  'SSO_ACCOUNT_ELSEWHERE',
] as const satisfies readonly SsoError[];
const isSsoError = (value: string | null): value is SsoError =>
  value !== null && (ssoErrors as readonly string[]).includes(value);

/**
 * The sign-in page's other ways in: the organization's "Sign in with …" button (`?sso=<organization>`), single
 * sign-on found by the email's domain, and a passkey alone. Also says why an SSO round trip came back refused.
 */
export const SignInOptions = ({ onSignedIn }: { onSignedIn: (session: MeResponse) => void }) => {
  const { t } = useSecurityTranslation();
  const [params] = useSearchParams();
  const ssoOrganization = params.get('sso');
  const ssoError = params.get('sso_error');
  const [askEmail, setAskEmail] = useState(false);
  const [email, setEmail] = useState('');
  const organization = useQuery({
    queryKey: ['sso-organization', ssoOrganization],
    queryFn: () => securityApi.ssoOrganization(ssoOrganization ?? ''),
    enabled: ssoOrganization !== null && /^[0-9a-f-]{36}$/i.test(ssoOrganization),
    retry: false,
  });
  const discover = useMutation({
    mutationFn: () => securityApi.discoverSso(email.trim()),
    onSuccess: (found) => window.location.assign(securityApi.ssoStartUrl(found.organizationId)),
  });
  const passkey = useMutation({
    mutationFn: async () => securityApi.passkeySignIn(await assertPasskey(await securityApi.passkeySignInOptions())),
    onSuccess: onSignedIn,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.includes('@')) discover.mutate();
  };

  return (
    <Stack gap="sm">
      {isSsoError(ssoError) ? (
        <Alert color="red" variant="light" role="alert">
          {t(`sso.errors.${ssoError}`)}
        </Alert>
      ) : null}
      {organization.data ? (
        <Button
          component="a"
          href={securityApi.ssoStartUrl(organization.data.organizationId)}
          size="md"
          fullWidth
          h="auto"
          py="xs"
          styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
        >
          {t('sso.signInWith', { organization: organization.data.organizationName })}
        </Button>
      ) : null}
      <Divider />
      {passkeysSupported() ? (
        <Button variant="default" loading={passkey.isPending} onClick={() => passkey.mutate()} fullWidth>
          {t('passkeys.signIn')}
        </Button>
      ) : null}
      {passkey.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('passkeys.cancelled')}
        </Alert>
      ) : null}
      <Button variant="subtle" onClick={() => setAskEmail(!askEmail)} aria-expanded={askEmail} fullWidth>
        {t('sso.orSso')}
      </Button>
      {askEmail ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('sso.ssoEmail')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={discover.isError ? t('sso.noSso') : undefined}
            />
            <Button type="submit" variant="default" loading={discover.isPending}>
              {t('sso.continue')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
};
