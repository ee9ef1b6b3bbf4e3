import { Anchor, Button, Checkbox, Combobox, Group, Stack, Text, TextInput, Title, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { InboundMessageResponse } from '@waiji/contract';
import { caseStateLabels, caseTypeLabels } from '@waiji/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useBilingual } from '../../../i18n/useBilingual';
import { useInboxTranslation } from '../../../i18n/useInboxTranslation';
import { PlainList, QueryPanel } from '../../../ui/QueryPanel';
import { isApiError } from '../../api';
import { useSession } from '../../session';
import { useCaseSearch, useInboxActions, useUnmatchedMail } from '../hooks/useInbox';
import { ActionError, EmailMessageCard } from './EmailMessageCard';

type CaseChoice = {
  id: string;
  clientName: string;
  type: InboundMessageResponse['candidates'][number]['type'];
  state: InboundMessageResponse['candidates'][number]['state'];
};

/** Find a live case by client name, passport last 4 or tag. */
const CaseFinder = ({ onPick }: { onPick: (choice: CaseChoice) => void }) => {
  const { t } = useInboxTranslation();
  const text = useBilingual();
  const [value, setValue] = useState('');
  const [q] = useDebouncedValue(value, 250);
  const search = useCaseSearch(q);
  const combobox = useCombobox();
  const options = (search.data ?? []).map((found) => ({
    id: found.id,
    clientName: found.client.passportName,
    type: found.type,
    state: found.state,
  }));
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const chosen = options.find((option) => option.id === id);
        if (chosen) onPick(chosen);
        setValue('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={t('inbox.search')}
          placeholder={t('inbox.searchHint')}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={q.trim().length < 2}>
        <Combobox.Options>
          {options.length === 0 ? (
            <Combobox.Empty>{t('inbox.searchNone')}</Combobox.Empty>
          ) : (
            options.map((option) => (
              <Combobox.Option value={option.id} key={option.id}>
                {option.clientName} · {text(caseTypeLabels[option.type])} · {text(caseStateLabels[option.state])}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
};

/** Filing one unmatched email: the client's candidate cases as buttons, or any case found by search. */
const FileEmail = ({ message }: { message: InboundMessageResponse }) => {
  const { t } = useInboxTranslation();
  const text = useBilingual();
  const { assign, dismiss } = useInboxActions();
  const [remember, setRemember] = useState(true);
  const [picked, setPicked] = useState<CaseChoice | null>(null);
  const busy =
    (assign.isPending && assign.variables.messageId === message.id) ||
    (dismiss.isPending && dismiss.variables === message.id);
  const put = (caseId: string) => assign.mutate({ messageId: message.id, body: { caseId, remember } });
  return (
    <Stack gap="xs">
      {message.candidates.length > 0 && (
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            {t('inbox.candidates')}
          </Text>
          <Group gap="xs" wrap="wrap">
            {message.candidates.map((candidate) => (
              <Button key={candidate.id} size="xs" variant="light" disabled={busy} onClick={() => put(candidate.id)}>
                {t('inbox.putOn', {
                  name: `${candidate.clientName} · ${text(caseTypeLabels[candidate.type])}`,
                })}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      <CaseFinder onPick={setPicked} />
      {picked && (
        <Group gap="xs" wrap="wrap">
          <Button size="xs" onClick={() => put(picked.id)} loading={busy} data-testid="inbound-assign">
            {t('inbox.putOn', { name: `${picked.clientName} · ${text(caseTypeLabels[picked.type])}` })}
          </Button>
          <Anchor component={Link} to={paths.case(picked.id)} size="xs">
            {t('inbox.openCase')}
          </Anchor>
        </Group>
      )}
      <Checkbox
        size="xs"
        label={t('inbox.remember')}
        checked={remember}
        onChange={(event) => setRemember(event.currentTarget.checked)}
      />
      <Group>
        <Button size="xs" variant="subtle" color="gray.8" disabled={busy} onClick={() => dismiss.mutate(message.id)}>
          {t('common.dismiss')}
        </Button>
      </Group>
      {assign.isError && assign.variables.messageId === message.id && (
        <ActionError message={isApiError(assign.error) ? assign.error.message : String(assign.error)} />
      )}
    </Stack>
  );
};

/** /inbox — emails Waiji could not put on a case, for a helper to file. */
export const InboxPage = () => {
  const { t } = useInboxTranslation();
  const session = useSession();
  const query = useUnmatchedMail();
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>{t('inbox.title')}</Title>
      <Text size="sm">{t('inbox.intro')}</Text>
      <QueryPanel
        title={t('inbox.waiting')}
        testId="unmatched-emails"
        query={query}
        count={(items) => items.length}
        isEmpty={(items) => items.length === 0}
        labels={{
          loading: t('common.loading'),
          error: t('common.error'),
          retry: t('common.retry'),
          empty: t('inbox.empty'),
        }}
      >
        {(items) => (
          <PlainList>
            {items.map((message) => (
              <EmailMessageCard key={message.id} message={message}>
                {session.canEdit && <FileEmail message={message} />}
              </EmailMessageCard>
            ))}
          </PlainList>
        )}
      </QueryPanel>
    </Stack>
  );
};
