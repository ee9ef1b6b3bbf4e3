import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { CaseResponse, UpdateCaseRequest } from '@waiji/contract';
import { type BankCode, bankCodes, oneOf } from '@waiji/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { Panel } from '../../../ui/Panel';
import { isApiError } from '../../api';
import { ConfirmDialog } from '../../clients/components/ConfirmDialog';
import { casesApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { useCatalogOptions } from '../../catalog/hooks/useCatalogOptions';
import { useCaseUpdate } from '../hooks/useCaseEdits';
import { CaseCardFacts } from './CaseCardFacts';
import { putCaseInCache } from '../utils/caseCache';

type Fields = { bank: string; cardLast4: string; tags: string };

const fieldsOf = (caseRecord: CaseResponse): Fields => ({
  bank: caseRecord.bank ?? '',
  cardLast4: caseRecord.cardLast4 ?? '',
  tags: caseRecord.tags.join(', '),
});

const tagsOf = (text: string): string[] => [
  ...new Set(
    text
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  ),
];

/** What changed, as PATCH /cases/:id takes it; the card only while preparing (the API refuses it later). */
export const toCaseChange = (caseRecord: CaseResponse, fields: Fields): UpdateCaseRequest => {
  const change: UpdateCaseRequest = {};
  if (caseRecord.state === 'PREPARING') {
    const bank: BankCode | null = oneOf(bankCodes, fields.bank) ? fields.bank : null;
    if (bank !== caseRecord.bank) change.bank = bank;
    const card = fields.cardLast4.trim() === '' ? null : fields.cardLast4.trim();
    if (card !== caseRecord.cardLast4) change.cardLast4 = card;
  }
  const tags = tagsOf(fields.tags);
  if (tags.join('\n') !== caseRecord.tags.join('\n')) change.tags = tags;
  return change;
};

/** Archive or restore; the answer goes everywhere the case is shown, and the lists ask again. */
export const useCaseArchive = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, archived }: { caseId: string; archived: boolean }) => casesApi.setArchived(caseId, archived),
    onSuccess: (updated) => {
      putCaseInCache(queryClient, updated);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
    },
  });
};

type Props = { caseRecord: CaseResponse; canEdit: boolean };

/** At the top of an archived case: what that means, and Restore. */
export const CaseArchivedNotice = ({ caseRecord, canEdit }: Props) => {
  const { t } = useRecordsTranslation();
  const restore = useCaseArchive();
  if (!caseRecord.archivedAt) return null;
  return (
    <Alert color="gray" variant="light" role="status" data-testid="case-archived">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{t('caseDetails.archivedNotice')}</Text>
        {canEdit && (
          <Button
            size="xs"
            variant="default"
            loading={restore.isPending}
            onClick={() => restore.mutate({ caseId: caseRecord.id, archived: false })}
          >
            {t('caseDetails.restore')}
          </Button>
        )}
      </Group>
      {restore.isError && (
        <Text size="sm" c="red.9" role="alert" mt="xs">
          {t('caseDetails.restoreFailed', { message: restore.error.message })}
        </Text>
      )}
    </Alert>
  );
};

/**
 * The case's own fields besides assignee and priority (those sit in the header): the card while preparing, and tags,
 * saved together (PATCH /cases/:id, recorded on the timeline); and archiving, after a confirmation.
 */
export const CaseDetailsPanel = ({ caseRecord, canEdit }: Props) => {
  const { t } = useRecordsTranslation();
  const { bankOptions } = useCatalogOptions();
  const stored = fieldsOf(caseRecord);
  const [base, setBase] = useState<Fields>(stored);
  const [fields, setFields] = useState<Fields>(stored);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const update = useCaseUpdate();
  const archive = useCaseArchive();
  // A newer answer (a transition, a refetch) replaces what is shown while nothing is edited.
  const edited = fields.bank !== base.bank || fields.cardLast4 !== base.cardLast4 || fields.tags !== base.tags;
  if (!edited && (stored.bank !== base.bank || stored.cardLast4 !== base.cardLast4 || stored.tags !== base.tags)) {
    setBase(stored);
    setFields(stored);
  }
  const change = toCaseChange(caseRecord, fields);
  const dirty = Object.keys(change).length > 0;
  const preparing = caseRecord.state === 'PREPARING';

  if (!canEdit) return null;

  const set = (key: keyof Fields, value: string) => {
    setFields((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [key]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fields.cardLast4.trim() !== '' && !/^\d{4}$/.test(fields.cardLast4.trim())) {
      setErrors({ cardLast4: t('common.invalidCard') });
      return;
    }
    if (!dirty) return;
    update.mutate(
      { caseId: caseRecord.id, change },
      {
        onSuccess: (updated) => {
          setBase(fieldsOf(updated));
          setFields(fieldsOf(updated));
        },
        onError: (error) => {
          if (isApiError(error)) setErrors(error.fieldErrors);
        },
      },
    );
  };

  return (
    <Panel title={t('caseDetails.title')} testId="case-details">
      <form onSubmit={submit} noValidate aria-label={t('caseDetails.title')}>
        <Stack gap="sm">
          <Text size="xs" c="dimmed">
            {t('caseDetails.hint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              label={t('caseDetails.bank')}
              value={fields.bank}
              onChange={(event) => set('bank', event.currentTarget.value)}
              data={bankOptions}
              disabled={!preparing}
              error={errors.bank}
            />
            <TextInput
              label={t('caseDetails.cardLast4')}
              value={fields.cardLast4}
              onChange={(event) => set('cardLast4', event.currentTarget.value)}
              inputMode="numeric"
              maxLength={4}
              autoComplete="off"
              disabled={!preparing}
              error={errors.cardLast4}
            />
          </SimpleGrid>
          <CaseCardFacts caseRecord={caseRecord} />
          {!preparing && (
            <Text size="xs" c="dimmed">
              {t('caseDetails.cardLocked')}
            </Text>
          )}
          <TextInput
            label={t('caseDetails.tags')}
            description={t('caseDetails.tagsHint')}
            value={fields.tags}
            onChange={(event) => set('tags', event.currentTarget.value)}
            error={errors.tags}
          />
          {update.isError && Object.values(errors).every((error) => !error) && (
            <Alert color="red" variant="light" role="alert" title={t('common.notSaved')}>
              {update.error.message}
            </Alert>
          )}
          <Group justify="space-between" gap="sm" wrap="wrap">
            {caseRecord.archivedAt ? (
              <span />
            ) : (
              <Button
                variant="subtle"
                color="red.8"
                onClick={() => {
                  archive.reset();
                  setConfirming(true);
                }}
              >
                {t('caseDetails.archive')}
              </Button>
            )}
            <Group gap="sm">
              {dirty && (
                <Button
                  variant="default"
                  onClick={() => {
                    setFields(base);
                    setErrors({});
                  }}
                >
                  {t('common.discard')}
                </Button>
              )}
              <Button type="submit" disabled={!dirty} loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming}
        title={t('caseDetails.archiveTitle')}
        body={t('caseDetails.archiveBody')}
        confirmLabel={t('caseDetails.archiveConfirm')}
        pending={archive.isPending}
        error={archive.isError ? t('caseDetails.archiveFailed', { message: archive.error.message }) : null}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          archive.mutate({ caseId: caseRecord.id, archived: true }, { onSuccess: () => setConfirming(false) })
        }
      />
    </Panel>
  );
};
