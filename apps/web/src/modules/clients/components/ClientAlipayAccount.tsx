import { Alert, Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { ClientResponse } from '@waiji/contract';
import {
  type AccountTier,
  accountTierInfo,
  accountTiers,
  type IdentityDocumentType,
  identityDocumentTypeLabels,
  identityDocumentTypes,
  offerDocumentUpdate,
  oneOf,
  paymentLimitsText,
} from '@waiji/domain';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useAlipay2026Translation } from '../../../i18n/useAlipay2026Translation';
import { useBilingual } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { SourceTags } from '../../sources/components/SourceTags';
import { useCasePage } from '../../cases';
import { useUpdateClient } from '../hooks/useClientRecords';

const tierColor: Record<AccountTier, string> = {
  UNVERIFIED: 'gray.8',
  PASSPORT_VERIFIED: 'blue.9',
  FACE_VERIFIED: 'indigo.9',
  INTERNATIONAL_CARD_BOUND: 'grape.9',
  MAINLAND_CARD_BOUND: 'teal.9',
};

/**
 * The client's Alipay account (issue 18): its tier (raised by approvals, set by hand for an account verified
 * elsewhere), the document it is verified with, the limits and fee that apply, earlier passports, and — when the
 * passport expires within 60 days — a link to open a document update.
 */
export const ClientAlipayAccount = ({ client, canEdit }: { client: ClientResponse; canEdit: boolean }) => {
  const { t } = useAlipay2026Translation();
  const text = useBilingual();
  const update = useUpdateClient(client.id);
  const [tier, setTier] = useState<AccountTier>(client.accountTier);
  const [documentType, setDocumentType] = useState<IdentityDocumentType>(client.documentType);
  const query = useMemo(
    () => new URLSearchParams({ clientId: client.id, type: 'DOCUMENT_UPDATE', limit: '1' }),
    [client.id],
  );
  const openUpdates = useCasePage(query);
  const expiry = client.passportExpiry ? new Date(`${client.passportExpiry}T00:00:00Z`) : null;
  const offer =
    openUpdates.isSuccess &&
    offerDocumentUpdate(
      expiry,
      new Date(),
      openUpdates.data.items.some((item) => item.state !== 'APPROVED' && item.archivedAt === null),
    );
  const changed = tier !== client.accountTier || documentType !== client.documentType;
  const info = accountTierInfo[client.accountTier];

  return (
    <Panel
      title={t('account.title')}
      testId="client-alipay-account"
      aside={
        <Badge variant="filled" color={tierColor[client.accountTier]} tt="none" data-tier={client.accountTier}>
          {text(info.label)}
        </Badge>
      }
    >
      <Text size="sm">
        {text(info.allows)} <SourceTags tags={info.source} />
      </Text>
      {offer && expiry && (
        <Alert color="orange" variant="light" data-testid="document-update-offer">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t(expiry.getTime() < Date.now() ? 'account.updateOfferExpired' : 'account.updateOffer', {
                date: client.passportExpiry,
              })}
            </Text>
            <Button
              component={Link}
              to={`${paths.caseNewFor(client.id)}&type=DOCUMENT_UPDATE`}
              size="xs"
              variant="light"
            >
              {t('account.openUpdate')}
            </Button>
          </Stack>
        </Alert>
      )}
      {canEdit && (
        <Stack gap="xs">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('account.tier')}
              description={t('account.tierHint')}
              value={tier}
              data={accountTiers.map((value) => ({ value, label: text(accountTierInfo[value].label) }))}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (oneOf(accountTiers, value)) setTier(value);
              }}
            />
            <NativeSelect
              label={t('account.documentType')}
              value={documentType}
              data={identityDocumentTypes.map((value) => ({ value, label: text(identityDocumentTypeLabels[value]) }))}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (oneOf(identityDocumentTypes, value)) setDocumentType(value);
              }}
            />
            <Button
              disabled={!changed}
              loading={update.isPending}
              onClick={() => update.mutate({ accountTier: tier, documentType })}
            >
              {t('account.save')}
            </Button>
          </Group>
          {update.isSuccess && !changed && (
            <Text size="sm" c="teal.9" role="status">
              {t('account.saved')}
            </Text>
          )}
          {update.isError && (
            <Text size="sm" c="red.9" role="alert">
              {t('account.saveFailed', { message: update.error.message })}
            </Text>
          )}
        </Stack>
      )}
      {!canEdit && (
        <Text size="sm">{`${t('account.documentType')}: ${text(identityDocumentTypeLabels[client.documentType])}`}</Text>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('account.limits')}
        </Text>
        <Text size="sm">
          {text(paymentLimitsText.text)} <SourceTags tags={paymentLimitsText.source} />
        </Text>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('account.history')}
        </Text>
        {client.passportHistory.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('account.noHistory')}
          </Text>
        ) : (
          <Stack component="ul" gap={2} m={0} pl="md">
            {client.passportHistory.map((entry) => (
              <Text component="li" size="sm" key={entry.replacedAt}>
                {entry.expiry
                  ? t('account.historyItem', {
                      last4: entry.last4 ?? '????',
                      expiry: entry.expiry,
                      replaced: entry.replacedAt.slice(0, 10),
                    })
                  : t('account.historyNoExpiry', {
                      last4: entry.last4 ?? '????',
                      replaced: entry.replacedAt.slice(0, 10),
                    })}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Panel>
  );
};
