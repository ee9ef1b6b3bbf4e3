import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ClientListItem } from '@waiji/contract';
import { oneOf } from '@waiji/domain';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { useSession } from '../../session';
import { type ArchivedFilter, archivedFilters } from '../api/clientsApi';
import { useClientList } from '../hooks/useClientRecords';

const ClientRow = ({ client }: { client: ClientListItem }) => {
  const { t } = useRecordsTranslation();
  return (
    <Paper component="li" withBorder radius="sm" p="sm" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={paths.client(client.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
              {client.passportName}
            </Anchor>
            {client.archivedAt && (
              <Badge color="gray" variant="light" size="sm">
                {t('common.archived')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {[
              client.passportLast4 ? t('clientList.passport', { last4: client.passportLast4 }) : null,
              client.email,
              client.bankName,
            ]
              .filter((part): part is string => Boolean(part))
              .join(' · ')}
          </Text>
        </Stack>
        <Text size="sm">
          {t('clientList.cases', { count: client.caseCount })}
          {client.openCases > 0 && ` · ${t('clientList.open', { count: client.openCases })}`}
        </Text>
      </Group>
    </Paper>
  );
};

/** /clients — everyone the organization works for: search, archived filter, case counts. */
export const ClientListPage = () => {
  const { t } = useRecordsTranslation();
  const { canEdit } = useSession();
  const [params, setParams] = useSearchParams();
  const archivedParam = params.get('archived');
  const archived: ArchivedFilter = oneOf(archivedFilters, archivedParam) ? archivedParam : 'exclude';
  const q = (params.get('q') ?? '').trim().slice(0, 100);
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 300);

  // The back button may change the query under the input.
  useEffect(() => setSearch(q), [q]);
  useEffect(() => {
    if (debounced === q) return;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (debounced === '') next.delete('q');
        else next.set('q', debounced);
        return next;
      },
      { replace: true },
    );
  }, [debounced, q, setParams]);

  const list = useClientList(q, archived);
  const clients = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={1}>{t('clientList.title')}</Title>
        {canEdit && (
          <Button component={Link} to={paths.caseNew}>
            {t('clientList.newClient')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('clientList.intro')}</Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('clientList.search')}
          placeholder={t('clientList.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maxLength={100}
          style={{ flex: '1 1 16rem' }}
        />
        <NativeSelect
          label={t('clientList.show')}
          value={archived}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setParams((previous) => {
              const next = new URLSearchParams(previous);
              if (value === 'exclude' || !oneOf(archivedFilters, value)) next.delete('archived');
              else next.set('archived', value);
              return next;
            });
          }}
          data={archivedFilters.map((value) => ({ value, label: t(`clientList.archivedFilter.${value}`) }))}
        />
      </Group>
      {list.isPending ? (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm">{t('common.loading')}</Text>
        </Group>
      ) : list.isError ? (
        <Alert color="red" variant="light" title={t('common.loadError', { message: list.error.message })}>
          <Button size="xs" variant="light" color="red.9" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : clients.length === 0 ? (
        <Text size="sm" role="status">
          {q || archived !== 'exclude' ? t('clientList.noMatch') : t('clientList.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} aria-label={t('clientList.listLabel')}>
          {clients.map((client) => (
            <ClientRow key={client.id} client={client} />
          ))}
        </Stack>
      )}
      {list.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('clientList.loadMore')}
        </Button>
      )}
    </Stack>
  );
};
