import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ClientListItem, ClientListResponse } from '@waiji/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { api } from '../../api/client';
import { settingsKeys } from '../api/settingsApi';

/** What the invitation form takes from the chosen client: the address to invite and the email's language. */
export type PickedClient = Pick<ClientListItem, 'id' | 'email' | 'preferredLanguage'>;

type ClientPickerProps = {
  value: string | null;
  onChange: (clientId: string | null, client: PickedClient | null) => void;
  error?: string | undefined;
};

/** The client record a CLIENT invitation links to, searched by name, passport last 4 or reference. */
export const ClientPicker = ({ value, onChange, error }: ClientPickerProps) => {
  const { t } = useAccountTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const clients = useQuery({
    queryKey: [...settingsKeys.clients, debounced],
    queryFn: ({ signal }) =>
      api.get<ClientListResponse>('/clients', { query: { q: debounced || undefined, limit: 20 }, signal }),
    placeholderData: (previous) => previous,
  });
  const data = (clients.data?.items ?? []).map((client) => ({
    value: client.id,
    label: client.passportLast4 ? `${client.passportName} · ${client.passportLast4}` : client.passportName,
  }));

  return (
    <Select
      label={t('settings.invitations.client')}
      description={t('settings.invitations.clientHint')}
      placeholder={t('settings.invitations.clientPlaceholder')}
      searchable
      required
      clearable
      data={data}
      value={value}
      onChange={(clientId) => onChange(clientId, clients.data?.items.find((client) => client.id === clientId) ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={clients.isFetching ? t('accountCommon.loading') : t('settings.invitations.noClients')}
      error={error ?? (clients.isError ? clients.error.message : undefined)}
    />
  );
};
