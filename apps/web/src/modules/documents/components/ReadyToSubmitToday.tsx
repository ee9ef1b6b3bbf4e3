import { Anchor, Group, Stack, Text } from '@mantine/core';
import { caseTypeLabels } from '@waiji/domain';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';
import { PlainList, QueryPanel } from '../../../ui/QueryPanel';
import { useCasePage } from '../../cases';

const SHOWN = 10;

/** The case list's query for cases still being prepared whose required documents are all accepted or waived. */
export const readyToSubmitQuery = (assignee: 'me' | 'none' | undefined) =>
  new URLSearchParams({
    state: 'PREPARING',
    documentsReady: 'true',
    sort: 'updatedAt',
    order: 'desc',
    limit: String(SHOWN),
    ...(assignee ? { assignee } : {}),
  });

/** Today: cases in preparation with every required document accepted or waived — the next step is to submit. */
export const ReadyToSubmitToday = ({ assignee }: { assignee: 'me' | 'none' | undefined }) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const params = useMemo(() => readyToSubmitQuery(assignee), [assignee]);
  const query = useCasePage(params);
  return (
    <QueryPanel
      title={t('today.title')}
      testId="today-ready"
      query={query}
      count={(data) => data.items.length}
      isEmpty={(data) => data.items.length === 0}
      labels={{
        loading: t('today.loading'),
        error: t('today.error'),
        retry: t('common.retry'),
        empty: t('today.empty'),
      }}
    >
      {(data) => (
        <PlainList>
          {data.items.map((item) => (
            <Stack
              component="li"
              key={item.id}
              gap={2}
              py="xs"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Group gap="xs" wrap="wrap" justify="space-between">
                <Anchor
                  component={Link}
                  to={paths.case(item.id)}
                  fw={600}
                  size="sm"
                  aria-label={t('today.openCase', { name: item.client.passportName })}
                >
                  {item.client.passportName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatMoment(new Date(item.updatedAt), locale)}
                </Text>
              </Group>
              <Text size="xs">
                {text(caseTypeLabels[item.type])} · {t('today.allAccepted')}
              </Text>
            </Stack>
          ))}
        </PlainList>
      )}
    </QueryPanel>
  );
};
