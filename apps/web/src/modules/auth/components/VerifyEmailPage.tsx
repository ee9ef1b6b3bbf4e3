import { Alert, Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { sessionQueryKey, useSession } from '../../session/hooks/useSession';
import { landingPathFor } from '../../session/utils/landing';
import { authApi } from '../api/authApi';
import { describeAuthError, isDeadLink } from '../utils/errorText';
import { isLinkToken } from '../utils/tokens';
import { AuthCard } from './AuthCard';

/** Opened from the emailed link: confirms at once (the token is single-use, so only once per token). */
export const VerifyEmailPage = () => {
  const { t } = useAuthTranslation();
  const { locale } = useLanguage();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const valid = isLinkToken(token);
  const queryClient = useQueryClient();
  const { session } = useSession();
  const verify = useMutation({
    mutationFn: authApi.verifyEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
  const sent = useRef<string | null>(null);
  const { mutate } = verify;

  useEffect(() => {
    if (valid && sent.current !== token) {
      sent.current = token;
      mutate(token);
    }
  }, [mutate, token, valid]);

  const onward = session ? landingPathFor(session) : paths.signIn;
  const onwardLabel = session ? t('auth.verify.continue') : t('auth.verify.signIn');

  let body;
  if (!valid) {
    body = (
      <Alert color="red" variant="light" role="alert" title={t('auth.linkInvalidTitle')}>
        {t('auth.verify.noToken')}
      </Alert>
    );
  } else if (verify.isSuccess) {
    body = (
      <Stack gap="md">
        <Alert color="green" variant="light" role="status" title={t('auth.verify.doneTitle')}>
          {t('auth.verify.done')}
        </Alert>
        <Button component={Link} to={onward}>
          {onwardLabel}
        </Button>
      </Stack>
    );
  } else if (verify.isError) {
    body = (
      <Stack gap="md">
        <Alert color="red" variant="light" role="alert" title={t('auth.linkInvalidTitle')}>
          {isDeadLink(verify.error) ? t('auth.linkInvalid') : describeAuthError(t, verify.error, locale)}
        </Alert>
        <Text size="sm">{session ? t('auth.verify.resendHint') : t('auth.verify.signInToResend')}</Text>
        <Anchor component={Link} to={onward} underline="always">
          {onwardLabel}
        </Anchor>
      </Stack>
    );
  } else {
    body = (
      <Stack align="center" gap="sm" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('auth.verify.checking')}</Text>
      </Stack>
    );
  }

  return <AuthCard title={t('auth.verify.title')}>{body}</AuthCard>;
};
