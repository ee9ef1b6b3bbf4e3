import { Alert, Button, Group, Text } from '@mantine/core';
import type { CaseResponse, ClientResponse } from '@waiji/contract';
import { banks } from '@waiji/domain';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { OpenClientLink } from '../../clients/components/OpenClientLink';
import { clientsApi } from '../api/casesApi';
import { useClient } from '../hooks/useCaseQueries';
import { QueryState } from './QueryState';

export type ClientSummaryProps = {
  caseRecord: CaseResponse;
  /** HELPER and above may reveal the passport number (the API audits every reveal). */
  canReveal: boolean;
};

/** Who the case is for: names, documents and contact, the passport number masked unless revealed. */
export const ClientSummary = ({ caseRecord, canReveal }: ClientSummaryProps) => {
  const { t } = useCasesTranslation();
  const client = useClient(caseRecord.clientId);
  return (
    <Panel
      title={t('casePage.client.title')}
      testId="client-summary"
      aside={<OpenClientLink clientId={caseRecord.clientId} client={client.data} />}
    >
      <QueryState query={client}>
        {() =>
          client.data ? <ClientFacts client={client.data} caseRecord={caseRecord} canReveal={canReveal} /> : null
        }
      </QueryState>
    </Panel>
  );
};

type FactsProps = { client: ClientResponse; caseRecord: CaseResponse; canReveal: boolean };

const ClientFacts = ({ client, caseRecord, canReveal }: FactsProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const [revealed, setRevealed] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: () => clientsApi.revealPassport(client.id),
    onSuccess: (answer) => setRevealed(answer.passportNumber),
  });

  const facts: [string, ReactNode][] = [];
  const add = (label: string, value: ReactNode | null | undefined) =>
    facts.push([
      label,
      value ?? (
        <Text span c="dimmed" size="sm">
          {t('casePage.client.notRecorded')}
        </Text>
      ),
    ]);

  add(t('casePage.client.bankName'), client.bankName);
  add(
    t('casePage.client.passportNumber'),
    client.hasPassportNumber ? (
      <Group gap="xs" wrap="wrap">
        <Text span ff="monospace" size="sm" data-testid="passport-number">
          {revealed ?? `···· ${client.passportLast4 ?? ''}`}
        </Text>
        {canReveal &&
          (revealed === null ? (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => reveal.mutate()}
              loading={reveal.isPending}
              title={t('casePage.client.revealHint')}
            >
              {t('casePage.client.reveal')}
            </Button>
          ) : (
            <Button size="compact-xs" variant="subtle" onClick={() => setRevealed(null)}>
              {t('casePage.client.hide')}
            </Button>
          ))}
      </Group>
    ) : null,
  );
  add(t('casePage.client.passportExpiry'), client.passportExpiry);
  add(t('casePage.client.nationality'), client.nationality);
  add(t('casePage.client.birthDate'), client.birthDate);
  add(t('casePage.client.visa'), client.visaType);
  add(t('casePage.client.visaExpiry'), client.visaExpiry);
  add(t('casePage.client.phone'), client.phone);
  add(t('casePage.client.email'), client.email);
  if (client.externalRef) add(t('casePage.client.externalRef'), client.externalRef);
  if (caseRecord.bank || caseRecord.cardLast4) {
    const bank = caseRecord.bank ? text(banks[caseRecord.bank].name) : '';
    add(t('casePage.client.card'), t('casePage.client.cardValue', { bank, last4: caseRecord.cardLast4 ?? '····' }));
  }

  return (
    <>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(8rem, auto) 1fr', gap: '0.35rem 0.75rem' }}>
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </div>
        ))}
      </dl>
      {canReveal && client.hasPassportNumber && (
        <Text size="xs" c="dimmed">
          {t('casePage.client.revealHint')}
        </Text>
      )}
      {reveal.isError && (
        <Alert color="red" variant="light">
          {reveal.error.message}
        </Alert>
      )}
    </>
  );
};
