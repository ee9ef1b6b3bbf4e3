import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { useClientSearch } from '../hooks/useClientRecords';

export type ExistingClientPickerProps = {
  onPick: (clientId: string) => void;
  error?: string | undefined;
};

/** Finds an active client by name, passport last 4 or email, for a further case. */
export const ExistingClientPicker = ({ onPick, error }: ExistingClientPickerProps) => {
  const { t } = useRecordsTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const clients = useClientSearch(debounced);
  const data = (clients.data?.items ?? []).map((client) => ({
    value: client.id,
    label: [client.passportName, client.passportLast4 ? `····${client.passportLast4}` : null, client.email]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <Select
      label={t('clientChoice.pick')}
      description={t('clientChoice.pickHint')}
      placeholder={t('clientChoice.pickPlaceholder')}
      searchable
      data={data}
      value={null}
      onChange={(value) => {
        if (value) onPick(value);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={clients.isFetching ? t('common.loading') : t('clientChoice.nothingFound')}
      error={error ?? (clients.isError ? t('common.loadError', { message: clients.error.message }) : undefined)}
    />
  );
};
