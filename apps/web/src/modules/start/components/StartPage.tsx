import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HealthCard } from '../../health/components/HealthCard';

export const StartPage = () => {
  const { t } = useTranslation();

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('start.title')}</Title>
        <Text size="lg">{t('start.intro')}</Text>
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
