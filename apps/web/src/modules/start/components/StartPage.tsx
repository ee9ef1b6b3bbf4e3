import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { HealthCard } from '../../health/components/HealthCard';

export const StartPage = () => {
  const { t } = useTranslation();

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('start.title')}</Title>
        <Text size="lg">{t('start.intro')}</Text>
        {/* The header offers only sign-in; a first-time visitor (often an individual) needs a way in from here. */}
        <Group gap="sm" align="center">
          <Button component={Link} to={paths.signUp} size="md">
            {t('start.signUp')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('start.signUpHint')}
          </Text>
        </Group>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="start-how">
        <Title order={2} size="h3" id="start-how">
          {t('start.howTitle')}
        </Title>
        <List spacing="xs">
          <List.Item>{t('start.howCases')}</List.Item>
          <List.Item>{t('start.howDeadlines')}</List.Item>
          <List.Item>{t('start.howMessages')}</List.Item>
        </List>
      </Stack>
      <HealthCard />
    </Stack>
  );
};
