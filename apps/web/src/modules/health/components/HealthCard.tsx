import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLang, isLanguage } from '../../../i18n/languages';
import { HealthCheckError } from '../api/fetchHealth';
import { useHealth } from '../hooks/useHealth';
import type { HealthResponse } from '../types/health';
import { formatUptime } from '../utils/formatUptime';

// Shade 9 keeps white badge text above 4.5:1 (WCAG AA for small bold text).
const statusColor: Record<HealthResponse['status'], string> = { ok: 'teal.9', degraded: 'red.9' };

type FactProps = { term: string; value: string };

const Fact = ({ term, value }: FactProps) => (
  <div>
    <Text component="dt" size="sm" c="dimmed">
      {term}
    </Text>
    <Text component="dd" fw={500} m={0}>
      {value}
    </Text>
  </div>
);

export const HealthCard = () => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const health = useHealth();
  const locale = isLanguage(i18n.resolvedLanguage) ? htmlLang[i18n.resolvedLanguage] : 'en';

  const renderBody = () => {
    if (health.isPending) {
      return (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('health.loading')}</Text>
        </Group>
      );
    }

    // A failed refresh outranks older data: showing "Operational" for an API that stopped answering would lie.
    if (health.isError) {
      const reason = health.error instanceof HealthCheckError ? health.error.reason : 'unreachable';
      return (
        <Alert color="red" variant="light" title={t('health.error.title')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              {reason === 'invalid-response' ? t('health.error.invalidResponse') : t('health.error.unreachable')}
            </Text>
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              loading={health.isFetching}
              onClick={() => void health.refetch()}
            >
              {t('health.retry')}
            </Button>
          </Stack>
        </Alert>
      );
    }

    const { status, db, version, uptimeSeconds } = health.data;
    const checkedAt = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(health.dataUpdatedAt);
    return (
      <Stack gap="md">
        <Group gap="sm">
          <Badge size="lg" variant="filled" color={statusColor[status]}>
            {t(`health.status.${status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('health.checkedAt', { time: checkedAt })}
          </Text>
        </Group>
        {status === 'degraded' && <Text size="sm">{t('health.degradedHint')}</Text>}
        <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="md" m={0}>
          <Fact term={t('health.db.label')} value={t(`health.db.${db}`)} />
          <Fact term={t('health.version')} value={version} />
          <Fact term={t('health.uptime')} value={formatUptime(t, uptimeSeconds)} />
        </SimpleGrid>
      </Stack>
    );
  };

  return (
    <Card component="section" withBorder radius="md" padding="lg" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={titleId}>
          {t('health.title')}
        </Title>
        {renderBody()}
      </Stack>
    </Card>
  );
};
