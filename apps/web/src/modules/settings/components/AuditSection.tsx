import { Code, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { AuditEntry } from '@waiji/contract';
import { useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useSession } from '../../session/hooks/useSession';
import { useAuditPage } from '../hooks/useSettings';
import { CursorPager, useCursorPages } from './CursorPager';
import { ReadOnlyNote, SectionError, SectionHeader, SectionLoading } from './SectionStates';

const summary = (entry: AuditEntry): string => {
  const parts = Object.entries(entry.data)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
    .slice(0, 4)
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.join(' · ');
};

/** Newest first, 50 a page (useCursorPages). */
export const AuditSection = () => {
  const { t } = useAccountTranslation();
  const { locale } = useLanguage();
  const { canManage } = useSession();
  const [filter, setFilter] = useState('');
  const [action] = useDebouncedValue(filter.trim(), 300);
  const pages = useCursorPages();
  const [currentAction, setCurrentAction] = useState(action);
  if (currentAction !== action) {
    setCurrentAction(action);
    pages.reset();
  }
  const page = useAuditPage(canManage ? pages.cursor : undefined, action);

  if (!canManage) {
    return (
      <Stack gap={0}>
        <SectionHeader title={t('settings.audit.title')} />
        <ReadOnlyNote>{t('settings.audit.managersOnly')}</ReadOnlyNote>
      </Stack>
    );
  }

  const entries = page.data?.entries ?? [];
  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.audit.title')} description={t('settings.audit.description')} id="audit-title" />
      <TextInput
        label={t('settings.audit.filter')}
        description={t('settings.audit.filterHint')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={360}
        mb="md"
      />
      {page.isPending ? <SectionLoading /> : null}
      {page.isError ? <SectionError error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.data && entries.length === 0 ? <Text c="dimmed">{t('settings.audit.empty')}</Text> : null}
      {entries.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped aria-labelledby="audit-title" aria-busy={page.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('settings.audit.when')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.who')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.action')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.details')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.ip')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={entry.at}>{formatMoment(new Date(entry.at), locale)}</time>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {entry.actor ? (
                      <>
                        <Text size="sm">{entry.actor.displayName}</Text>
                        <Text size="xs" c="dimmed">
                          {entry.actor.email}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('settings.audit.system')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{summary(entry)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {entry.ip ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {page.data ? (
        <CursorPager
          pages={pages}
          nextCursor={page.data.nextCursor}
          waiting={page.isPlaceholderData}
          labels={{
            page: t('settings.audit.page', { page: pages.page }),
            newer: t('settings.audit.newer'),
            older: t('settings.audit.older'),
          }}
        />
      ) : null}
    </Stack>
  );
};
