import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { checkName } from '../../auth/utils/validation';
import { problemText } from '../../auth/utils/errorText';
import { isApiError } from '../../api';
import { useSession } from '../../session/hooks/useSession';
import { useUpdateProfile } from '../hooks/useAccount';
import { SaveOutcome, SectionHeader, SectionLoading } from './SectionStates';

/** The person's own name (shown to others and in the header) and their email address, which signs them in. */
export const ProfileSection = () => {
  const { t } = useAccountTranslation();
  const { user } = useSession();
  const update = useUpdateProfile();
  const [name, setName] = useState(user?.displayName ?? '');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  if (!user) return <SectionLoading />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problemText(t, checkName(name, 100));
    setProblem(found);
    if (found || name.trim() === user.displayName) return;
    update.mutate(
      { displayName: name.trim() },
      { onError: (error) => setProblem(isApiError(error) ? error.fieldErrors['displayName'] : undefined) },
    );
  };

  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.profile.title')} description={t('settings.profile.description')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={520}>
          <SaveOutcome save={update} hideError={Boolean(problem)} />
          <TextInput
            label={t('settings.profile.name')}
            description={t('settings.profile.nameHint')}
            required
            maxLength={100}
            autoComplete="name"
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setProblem(undefined);
            }}
            error={problem}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('settings.profile.email')}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="profile-email">
                {user.email}
              </Text>
              <Badge variant="light" color={user.emailVerified ? 'teal' : 'yellow'} tt="none">
                {user.emailVerified ? t('settings.profile.verified') : t('settings.profile.unverified')}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {t('settings.profile.emailHint')}
            </Text>
          </Stack>
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('accountCommon.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};
