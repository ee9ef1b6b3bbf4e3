import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useSignOut } from '../../session/hooks/useSessionActions';

/** Signed in, but removed from every organization: nothing to show but a way out. */
export const NoOrganizationPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('session.noOrganizationTitle')}</Title>
      <Text>{t('session.noOrganizationBody')}</Text>
      <Group>
        <Button
          onClick={() => signOut.mutate('this-device', { onSettled: () => void navigate(paths.signUp) })}
          loading={signOut.isPending}
        >
          {t('account.signOut')}
        </Button>
        <Button component={Link} to={paths.tools} variant="subtle">
          {t('nav.tools')}
        </Button>
      </Group>
    </Stack>
  );
};
