import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { ClientResponse } from '@waiji/contract';
import { caseTypeLabels } from '@waiji/domain';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { dateTimeFormat } from '../../../i18n/intlCache';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { Panel } from '../../../ui/Panel';
import { isApiError } from '../../api';
import { StateBadge, useCasePage, useClient } from '../../cases';
import { ClientDataSection } from '../../documents/lazy';
import { useSession } from '../../session';
import { useArchiveClient } from '../hooks/useClientRecords';
import { ClientAlipayAccount } from './ClientAlipayAccount';
import { ClientDetailsForm } from './ClientDetailsForm';
import { ConfirmDialog } from './ConfirmDialog';
import { Loading } from './Loading';

/** Every case of the client, archived ones too, newest first. */
const ClientCases = ({ clientId }: { clientId: string }) => {
  const { t } = useRecordsTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const query = useMemo(
    () => new URLSearchParams({ clientId, archived: 'include', sort: 'createdAt', order: 'desc', limit: '200' }),
    [clientId],
  );
  const cases = useCasePage(query);
  return (
    <Loading query={cases}>
      {() =>
        (cases.data?.items.length ?? 0) === 0 ? (
          <Text size="sm">{t('clientPage.casesEmpty')}</Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0}>
            {cases.data?.items.map((item) => (
              <Group
                component="li"
                key={item.id}
                gap="xs"
                wrap="wrap"
                justify="space-between"
                style={{ listStyle: 'none' }}
              >
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Anchor
                    component={Link}
                    to={paths.case(item.id)}
                    size="sm"
                    fw={600}
                    aria-label={t('clientPage.openCase', { type: text(caseTypeLabels[item.type]) })}
                  >
                    {text(caseTypeLabels[item.type])}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('clientPage.createdOn', {
                      date: dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(item.createdAt)),
                    })}
                  </Text>
                </Stack>
                <Group gap={6}>
                  <StateBadge state={item.state} />
                  {item.archivedAt && (
                    <Badge color="gray" variant="light" size="sm">
                      {t('common.archived')}
                    </Badge>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        )
      }
    </Loading>
  );
};

const ClientView = ({ client }: { client: ClientResponse }) => {
  const { t } = useRecordsTranslation();
  const { canEdit } = useSession();
  const [confirming, setConfirming] = useState(false);
  const archive = useArchiveClient(client.id);
  const archived = client.archivedAt !== null;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.clients} size="sm">
          ← {t('clientPage.back')}
        </Anchor>
        <Group gap="sm" wrap="wrap">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {client.passportName}
          </Title>
          {archived && (
            <Badge color="gray" variant="light">
              {t('common.archived')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {[
            client.passportLast4
              ? `${t('clientPage.passportNumber')} ${t('clientPage.passportNumberValue', { last4: client.passportLast4 })}`
              : null,
            client.externalRef ? `${t('clientPage.externalRef')} ${client.externalRef}` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      {canEdit && (
        <Group gap="sm" wrap="wrap">
          {!archived && (
            <Button component={Link} to={paths.caseNewFor(client.id)}>
              {t('clientPage.newCase')}
            </Button>
          )}
          {archived ? (
            <Button variant="default" onClick={() => archive.mutate(false)} loading={archive.isPending}>
              {t('clientPage.restore')}
            </Button>
          ) : (
            <Button
              variant="default"
              color="red.8"
              onClick={() => {
                archive.reset();
                setConfirming(true);
              }}
            >
              {t('clientPage.archive')}
            </Button>
          )}
        </Group>
      )}
      {archived && (
        <Alert color="gray" variant="light" role="status">
          {t('clientPage.archivedNotice')}
        </Alert>
      )}
      {archived && archive.isError && (
        <Alert color="red" variant="light" role="alert">
          {t('clientPage.restoreFailed', { message: archive.error.message })}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Panel title={t('clientPage.detailsTitle')} testId="client-details">
            <ClientDetailsForm client={client} canEdit={canEdit} />
          </Panel>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Panel title={t('clientPage.casesTitle')} testId="client-cases">
              <ClientCases clientId={client.id} />
            </Panel>
            <ClientDataSection client={client} />
            <ClientAlipayAccount client={client} canEdit={canEdit} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={confirming}
        title={t('clientPage.archiveTitle', { name: client.passportName })}
        body={t('clientPage.archiveBody')}
        confirmLabel={t('clientPage.archiveConfirm')}
        pending={archive.isPending}
        error={archive.isError ? t('clientPage.archiveFailed', { message: archive.error.message }) : null}
        onClose={() => setConfirming(false)}
        onConfirm={() => archive.mutate(true, { onSuccess: () => setConfirming(false) })}
      />
    </Stack>
  );
};

/** /clients/:clientId — one client: details edited in place, archive / restore, all their cases, a new case. */
export const ClientPage = () => {
  const { t } = useRecordsTranslation();
  const { clientId = '' } = useParams();
  const client = useClient(clientId);
  if (client.isError && isApiError(client.error) && (client.error.isNotFound || client.error.isForbidden))
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('clientPage.notFoundTitle')}</Title>
        <Text>{t('clientPage.notFoundBody')}</Text>
        <Anchor component={Link} to={paths.clients} underline="always">
          {t('clientPage.back')}
        </Anchor>
      </Stack>
    );
  return <Loading query={client}>{() => (client.data ? <ClientView client={client.data} /> : null)}</Loading>;
};
