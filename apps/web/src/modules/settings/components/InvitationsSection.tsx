import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import type { InvitationResponse, RoleName } from '@waiji/contract';
import { clientLanguageInfo, clientLanguages, type Language, languageLabels, languages, oneOf } from '@waiji/domain';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useTranslation } from 'react-i18next';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { ApiError } from '../../api/ApiError';
import { checkEmail } from '../../auth/utils/validation';
import { useSession } from '../../session/hooks/useSession';
import { useResendVerification } from '../../session/hooks/useSessionActions';
import { useInvitations, useInvite, useRevokeInvitation } from '../hooks/useSettings';
import { ClientPicker, type PickedClient } from './ClientPicker';
import { ReadOnlyNote, SectionError, SectionHeader, SectionLoading } from './SectionStates';

const statusColor: Record<InvitationResponse['status'], string> = {
  PENDING: 'blue.8',
  ACCEPTED: 'green',
  REVOKED: 'gray.7',
  EXPIRED: 'orange',
};

/** `resend`: the refusal was for an unconfirmed email address, so the alert offers the confirmation link again. */
type Feedback = { kind: 'error' | 'success'; text: string; resend?: boolean } | null;

export const InvitationsSection = () => {
  const { t } = useAccountTranslation();
  const { t: tShell } = useTranslation();
  const { locale, language } = useLanguage();
  const text = useBilingual();
  const { canManage, role: myRole, user } = useSession();
  const invitations = useInvitations(canManage);
  const invite = useInvite();
  const revoke = useRevokeInvitation();
  const resend = useResendVerification();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<RoleName>('HELPER');
  const [clientId, setClientId] = useState<string | null>(null);
  const [client, setClient] = useState<PickedClient | null>(null);
  // The address the chosen client brought: replaced by the next client's, never a typed one.
  const [prefilled, setPrefilled] = useState<string | null>(null);
  const [mailLanguage, setMailLanguage] = useState<Language>(language);
  const [problems, setProblems] = useState<{ email?: string; clientId?: string }>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const roleChoices: RoleName[] = (['OWNER', 'ADMIN', 'HELPER', 'VIEWER', 'CLIENT'] as const).filter(
    (choice) => choice !== 'OWNER' || myRole === 'OWNER',
  );

  if (!canManage) {
    return (
      <Stack gap={0}>
        <SectionHeader title={t('settings.invitations.title')} />
        <ReadOnlyNote>{t('settings.invitations.managersOnly')}</ReadOnlyNote>
      </Stack>
    );
  }

  const pickClient = (id: string | null, picked: PickedClient | null) => {
    setClientId(id);
    setClient(picked);
    const untouched = email.trim() === '' || email === prefilled;
    if (untouched) {
      setEmail(picked?.email ?? '');
      setPrefilled(picked?.email ?? null);
    }
  };

  const clientLanguage = client && oneOf(clientLanguages, client.preferredLanguage) ? client.preferredLanguage : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const emailProblem = checkEmail(email);
    const found = {
      ...(emailProblem
        ? { email: emailProblem === 'required' ? t('auth.problems.required') : t('auth.problems.email') }
        : {}),
      ...(role === 'CLIENT' && !clientId ? { clientId: t('settings.invitations.clientRequired') } : {}),
    };
    setProblems(found);
    setFeedback(null);
    if (Object.keys(found).length > 0) return;
    const address = email.trim().toLowerCase();
    invite.mutate(
      role === 'CLIENT' && clientId
        ? { email: address, role, clientId }
        : { email: address, role, language: mailLanguage },
      {
        onSuccess: () => {
          setFeedback({ kind: 'success', text: t('settings.invitations.sent', { email: address }) });
          setEmail('');
          setClientId(null);
          setClient(null);
          setPrefilled(null);
        },
        onError: (error) => {
          if (
            error instanceof ApiError &&
            error.code === 'FORBIDDEN' &&
            error.detailRecord['reason'] === 'EMAIL_NOT_VERIFIED'
          ) {
            resend.reset();
            setFeedback({
              kind: 'error',
              text: t('settings.invitations.unverified', { email: user?.email ?? '' }),
              resend: true,
            });
            return;
          }
          if (error instanceof ApiError && error.code === 'THROTTLED') {
            const text = error.retryAfter
              ? t('settings.invitations.throttledUntil', { time: formatMoment(error.retryAfter, locale) })
              : t('settings.invitations.throttled');
            setFeedback({ kind: 'error', text });
            return;
          }
          const field = error instanceof ApiError ? error.fieldErrors : {};
          if (field['email']) setProblems({ email: error.message });
          setFeedback({ kind: 'error', text: t('accountCommon.saveError', { message: error.message }) });
        },
      },
    );
  };

  const onRevoke = (invitation: InvitationResponse) => {
    setFeedback(null);
    revoke.mutate(invitation.id, {
      onSuccess: () =>
        setFeedback({ kind: 'success', text: t('settings.invitations.revoked', { email: invitation.email }) }),
      onError: (error) =>
        setFeedback({
          kind: 'error',
          text: t('settings.invitations.revokeRefused', { email: invitation.email, message: error.message }),
        }),
    });
  };

  return (
    <Stack gap={0}>
      <SectionHeader
        title={t('settings.invitations.title')}
        description={t('settings.invitations.description')}
        id="invitations-title"
      />
      <Paper withBorder p="md" mb="lg">
        <form onSubmit={submit} noValidate aria-label={t('settings.invitations.formLabel')}>
          <Stack gap="sm">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('auth.fields.email')}
                type="email"
                inputMode="email"
                autoComplete="off"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={problems.email}
                style={{ flex: '1 1 240px' }}
              />
              <NativeSelect
                label={t('settings.members.role')}
                value={role}
                onChange={(event) => setRole(event.currentTarget.value as RoleName)}
                data={roleChoices.map((choice) => ({ value: choice, label: tShell(`roles.${choice}`) }))}
                style={{ flex: '0 1 180px' }}
              />
            </Group>
            <Text size="xs" c="dimmed">
              {t(`settings.roleHelp.${role}`)}
            </Text>
            {role === 'CLIENT' ? (
              <Stack gap={4}>
                <ClientPicker value={clientId} onChange={pickClient} error={problems.clientId} />
                {client && !client.email ? (
                  <Text size="xs" c="dimmed">
                    {t('settings.invitations.clientNoEmail')}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {clientLanguage
                    ? t('settings.invitations.clientLanguage', {
                        language: text(clientLanguageInfo[clientLanguage].label),
                      })
                    : t('settings.invitations.clientLanguageUnknown')}
                </Text>
              </Stack>
            ) : (
              <NativeSelect
                label={t('settings.invitations.mailLanguage')}
                value={mailLanguage}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (oneOf(languages, value)) setMailLanguage(value);
                }}
                data={languages.map((choice) => ({ value: choice, label: text(languageLabels[choice]) }))}
                maw={220}
              />
            )}
            <Group>
              <Button type="submit" loading={invite.isPending}>
                {t('settings.invitations.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {feedback ? (
        <Alert
          color={feedback.kind === 'error' ? 'red' : 'green'}
          variant="light"
          mb="md"
          role={feedback.kind === 'error' ? 'alert' : 'status'}
        >
          {feedback.text}
          {feedback.resend ? (
            <Group gap="sm" mt="xs">
              {resend.isSuccess ? (
                <Text size="sm" role="status">
                  {tShell('account.verificationSent')}
                </Text>
              ) : (
                <Button
                  size="compact-sm"
                  variant="light"
                  color="dark"
                  onClick={() => resend.mutate()}
                  loading={resend.isPending}
                >
                  {tShell('account.resendVerification')}
                </Button>
              )}
              {resend.isError ? (
                <Text size="sm" c="red.9">
                  {resend.error.message}
                </Text>
              ) : null}
            </Group>
          ) : null}
        </Alert>
      ) : null}
      {invitations.isPending ? <SectionLoading /> : null}
      {invitations.isError ? (
        <SectionError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : null}
      {invitations.data && invitations.data.invitations.length === 0 ? (
        <Text c="dimmed">{t('settings.invitations.empty')}</Text>
      ) : null}
      {invitations.data && invitations.data.invitations.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-labelledby="invitations-title" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('auth.fields.email')}</Table.Th>
                <Table.Th scope="col">{t('settings.members.role')}</Table.Th>
                <Table.Th scope="col">{t('settings.invitations.client')}</Table.Th>
                <Table.Th scope="col">{t('settings.invitations.status')}</Table.Th>
                <Table.Th scope="col">{t('settings.invitations.expires')}</Table.Th>
                <Table.Th scope="col">{t('settings.invitations.invitedBy')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('settings.members.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Text size="sm">{invitation.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{tShell(`roles.${invitation.role}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {invitation.client ? (
                      <Anchor component={Link} to={paths.client(invitation.client.id)} size="sm">
                        {invitation.client.name}
                      </Anchor>
                    ) : (
                      <Text size="sm" c={invitation.clientId ? 'dimmed' : undefined}>
                        {invitation.clientId ? t('settings.invitations.clientGone') : '—'}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={statusColor[invitation.status]}>
                      {t(`settings.invitations.statuses.${invitation.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatMoment(new Date(invitation.expiresAt), locale)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{invitation.invitedBy?.displayName ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    {invitation.status === 'PENDING' ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red.9"
                        onClick={() => onRevoke(invitation)}
                        aria-label={t('settings.invitations.revokeNamed', { email: invitation.email })}
                      >
                        {t('settings.invitations.revoke')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Text size="xs" c="dimmed" mt="sm">
        {t('settings.invitations.linkNote')}
      </Text>
    </Stack>
  );
};
