import { Alert, Button, Loader, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { AcceptInvitationRequest } from '@waiji/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { roleLabels } from '@waiji/domain';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { storeSession, useSession } from '../../session/hooks/useSession';
import { landingPathFor } from '../../session/utils/landing';
import { authApi } from '../api/authApi';
import { describeAuthError, isDeadLink, problemText, serverFieldError } from '../utils/errorText';
import { isLinkToken } from '../utils/tokens';
import { checkName, checkNewPassword, type FieldProblem } from '../utils/validation';
import { AuthCard } from './AuthCard';

type Mode = 'new' | 'existing';

/**
 * /invitations/accept?token=… — a new person chooses a name and password; someone with an account gives its
 * password (or, already signed in as the invited address, just accepts).
 */
export const AcceptInvitationPage = () => {
  const { t } = useAuthTranslation();
  const { locale } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { session } = useSession();
  const [mode, setMode] = useState<Mode>('new');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ displayName?: FieldProblem; password?: FieldProblem }>({});
  const [hint, setHint] = useState<string | undefined>();
  const text = useBilingual();
  // Who invited, to what and as what: the page names them before anyone types a password.
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => authApi.invitationPreview(token, signal),
    enabled: isLinkToken(token),
    retry: false,
    staleTime: Infinity,
  });

  const accept = useMutation({
    mutationFn: (body: AcceptInvitationRequest) => authApi.acceptInvitation(body),
    onSuccess: (accepted) => {
      storeSession(queryClient, accepted);
      void navigate(landingPathFor(accepted), { replace: true });
    },
    onError: (error) => {
      // The server knows whether the invited address has an account; follow its lead.
      if (mode === 'existing' && serverFieldError(error, 'displayName')) {
        setMode('new');
        setHint(t('auth.invitation.noAccountYet'));
      } else {
        setHint(undefined);
      }
    },
  });

  if (!isLinkToken(token)) {
    return (
      <AuthCard title={t('auth.invitation.title')}>
        <Alert color="red" variant="light" role="alert" title={t('auth.linkInvalidTitle')}>
          {t('auth.invitation.noToken')}
        </Alert>
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found =
      mode === 'new'
        ? { displayName: checkName(displayName, 100), password: checkNewPassword(password) }
        : { password: password === '' ? ('required' as const) : undefined };
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    accept.mutate(mode === 'new' ? { token, displayName: displayName.trim(), password } : { token, password });
  };

  if (preview.isPending) {
    return (
      <AuthCard title={t('auth.invitation.title')}>
        <Stack align="center" gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">{t('auth.invitation.previewLoading')}</Text>
        </Stack>
      </AuthCard>
    );
  }

  if (isDeadLink(preview.error)) {
    return (
      <AuthCard title={t('auth.invitation.title')}>
        <Alert color="red" variant="light" role="alert" title={t('auth.linkInvalidTitle')}>
          {t('auth.linkInvalid')}
        </Alert>
      </AuthCard>
    );
  }

  const invited = preview.data;
  const intro = invited
    ? invited.inviterName
      ? t('auth.invitation.invitedBy', {
          inviter: invited.inviterName,
          organization: invited.organizationName,
          role: text(roleLabels[invited.role]),
        })
      : t('auth.invitation.invitedTo', {
          organization: invited.organizationName,
          role: text(roleLabels[invited.role]),
        })
    : t('auth.invitation.intro');

  const linkDead = isDeadLink(accept.error);
  const failure = accept.isError
    ? linkDead
      ? t('auth.linkInvalid')
      : describeAuthError(t, accept.error, locale)
    : undefined;

  return (
    <AuthCard title={t('auth.invitation.title')} intro={intro}>
      <Stack gap="md">
        {preview.isError ? (
          <Alert color="yellow" variant="light" role="status">
            {t('auth.invitation.previewFailed', { message: describeAuthError(t, preview.error, locale) })}
          </Alert>
        ) : null}
        {failure ? (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={linkDead ? t('auth.linkInvalidTitle') : t('auth.invitation.failedTitle')}
          >
            {failure}
          </Alert>
        ) : null}
        {session ? (
          <Stack gap="xs">
            <Text size="sm">{t('auth.invitation.signedInAs', { email: session.user.email })}</Text>
            <Button
              variant="light"
              onClick={() => accept.mutate({ token })}
              loading={accept.isPending && accept.variables?.password === undefined}
            >
              {t('auth.invitation.acceptAsCurrent')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('auth.invitation.otherAccount')}
            </Text>
          </Stack>
        ) : null}
        <SegmentedControl
          fullWidth
          aria-label={t('auth.invitation.modeLabel')}
          value={mode}
          onChange={(value) => {
            setMode(value === 'existing' ? 'existing' : 'new');
            setProblems({});
            setHint(undefined);
          }}
          data={[
            { value: 'new', label: t('auth.invitation.modeNew') },
            { value: 'existing', label: t('auth.invitation.modeExisting') },
          ]}
        />
        {hint ? (
          <Alert color="blue" variant="light" role="status">
            {hint}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {mode === 'new' ? (
              <TextInput
                label={t('auth.fields.displayName')}
                autoComplete="name"
                required
                maxLength={100}
                value={displayName}
                onChange={(event) => setDisplayName(event.currentTarget.value)}
                error={problemText(t, problems.displayName) ?? serverFieldError(accept.error, 'displayName')}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('auth.invitation.existingHint')}
              </Text>
            )}
            <PasswordInput
              label={mode === 'new' ? t('auth.fields.newPassword') : t('auth.fields.password')}
              description={mode === 'new' ? t('auth.passwordHint') : undefined}
              autoComplete={mode === 'new' ? 'new-password' : 'current-password'}
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={problemText(t, problems.password) ?? serverFieldError(accept.error, 'password')}
            />
            <Button type="submit" loading={accept.isPending && accept.variables?.password !== undefined} fullWidth>
              {mode === 'new' ? t('auth.invitation.submitNew') : t('auth.invitation.submitExisting')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </AuthCard>
  );
};
