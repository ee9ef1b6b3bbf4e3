import { Alert, Badge, Button, Group, Modal, NativeSelect, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MemberResponse, RoleName } from '@waiji/contract';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/useBilingual';
import { useTranslation } from 'react-i18next';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useSession } from '../../session/hooks/useSession';
import { useChangeRole, useMembers, useRemoveMember } from '../hooks/useSettings';
import { ReadOnlyNote, SectionError, SectionHeader, SectionLoading } from './SectionStates';
import { dateTimeFormat } from '../../../i18n/intlCache';

const formatJoined = (iso: string, locale: string) =>
  dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

const staffRoleOrder: readonly RoleName[] = ['OWNER', 'ADMIN', 'HELPER', 'VIEWER'];

/** Only an owner makes or unmakes owners (the API refuses otherwise); CLIENT needs a client record, set by invitation. */
const assignableRoles = (myRole: RoleName | null): RoleName[] =>
  staffRoleOrder.filter((role) => role !== 'OWNER' || myRole === 'OWNER');

type Feedback = { kind: 'error' | 'success'; text: string } | null;

export const MembersSection = () => {
  const { t } = useAccountTranslation();
  const { t: tShell } = useTranslation();
  const { locale } = useLanguage();
  const { canManage, role: myRole, user } = useSession();
  const members = useMembers();
  const changeRole = useChangeRole();
  const removeMember = useRemoveMember();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [removing, setRemoving] = useState<MemberResponse | null>(null);
  const roles = assignableRoles(myRole);

  const onRoleChange = (member: MemberResponse, role: RoleName) => {
    setFeedback(null);
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () =>
          setFeedback({
            kind: 'success',
            text: t('settings.members.roleChanged', { name: member.displayName, role: tShell(`roles.${role}`) }),
          }),
        onError: (error) =>
          setFeedback({
            kind: 'error',
            text: t('settings.members.roleRefused', { name: member.displayName, message: error.message }),
          }),
      },
    );
  };

  const confirmRemove = () => {
    if (!removing) return;
    const member = removing;
    setRemoving(null);
    setFeedback(null);
    removeMember.mutate(member.userId, {
      onSuccess: () =>
        setFeedback({ kind: 'success', text: t('settings.members.removed', { name: member.displayName }) }),
      onError: (error) =>
        setFeedback({
          kind: 'error',
          text: t('settings.members.removeRefused', { name: member.displayName, message: error.message }),
        }),
    });
  };

  return (
    <Stack gap={0}>
      <SectionHeader
        title={t('settings.members.title')}
        description={t('settings.members.description')}
        id="members-title"
      />
      {canManage ? null : <ReadOnlyNote />}
      {feedback ? (
        <Alert
          color={feedback.kind === 'error' ? 'red' : 'green'}
          variant="light"
          mb="md"
          role={feedback.kind === 'error' ? 'alert' : 'status'}
        >
          {feedback.text}
        </Alert>
      ) : null}
      {members.isPending ? <SectionLoading /> : null}
      {members.isError ? <SectionError error={members.error} onRetry={() => void members.refetch()} /> : null}
      {members.data && members.data.members.length === 0 ? <Text c="dimmed">{t('settings.members.empty')}</Text> : null}
      {members.data && members.data.members.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-labelledby="members-title" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('settings.members.name')}</Table.Th>
                <Table.Th scope="col">{t('settings.members.role')}</Table.Th>
                <Table.Th scope="col">{t('settings.members.joined')}</Table.Th>
                {canManage ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('settings.members.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.members.map((member) => {
                const isMe = member.userId === user?.id;
                const editable =
                  canManage && member.role !== 'CLIENT' && (member.role !== 'OWNER' || myRole === 'OWNER');
                const pending = changeRole.isPending && changeRole.variables?.userId === member.userId;
                return (
                  <Table.Tr key={member.userId}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {member.displayName}
                        {isMe ? (
                          <Text span c="dimmed" size="sm" fw={400}>
                            {' '}
                            {t('settings.members.you')}
                          </Text>
                        ) : null}
                      </Text>
                      <Group gap={6}>
                        <Text size="xs" c="dimmed">
                          {member.email}
                        </Text>
                        {member.emailVerified ? null : (
                          <Badge size="xs" variant="outline" color="yellow">
                            {t('settings.members.unverified')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <NativeSelect
                          size="xs"
                          w={150}
                          aria-label={t('settings.members.roleOf', { name: member.displayName })}
                          value={member.role}
                          disabled={pending}
                          data={roles.map((role) => ({ value: role, label: tShell(`roles.${role}`) }))}
                          onChange={(event) => onRoleChange(member, event.currentTarget.value as RoleName)}
                        />
                      ) : (
                        <Badge
                          variant="outline"
                          tt="none"
                          size="md"
                          color={member.role === 'OWNER' ? 'blue.8' : 'gray.7'}
                        >
                          {tShell(`roles.${member.role}`)}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        <time dateTime={member.joinedAt}>{formatJoined(member.joinedAt, locale)}</time>
                      </Text>
                    </Table.Td>
                    {canManage ? (
                      <Table.Td>
                        {isMe || (member.role === 'OWNER' && myRole !== 'OWNER') ? null : (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red.9"
                            onClick={() => setRemoving(member)}
                            aria-label={t('settings.members.removeNamed', { name: member.displayName })}
                          >
                            {t('settings.members.remove')}
                          </Button>
                        )}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('settings.members.removeTitle')}
        centered
      >
        <Stack gap="md">
          <Text>{removing ? t('settings.members.removeBody', { name: removing.displayName }) : null}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('accountCommon.cancel')}
            </Button>
            <Button color="red.8" onClick={confirmRemove}>
              {t('settings.members.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
};
