import { Alert, Button, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import type { ImportJobResponse } from '@waiji/contract';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { ImportWarnings } from '../../clients/components/ImportWarnings';
import { importsApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';

// The contract's `importColumns` without its zod module; the first two are required.
const optionalColumns = [
  'bankName',
  'nationality',
  'birthDate',
  'passportNumber',
  'passportExpiry',
  'visaType',
  'visaExpiry',
  'phone',
  'email',
  'preferredLanguage',
  'caseType',
  'bank',
  'cardLast4',
  'tags',
  'priority',
];

const MAX_ERRORS_SHOWN = 200;

export type ImportReportProps = { job: ImportJobResponse };

/** The dry run's result: how many rows can go in, and each problem with its line number. */
export const ImportReport = ({ job }: ImportReportProps) => {
  const { t } = useCasesTranslation();
  const shown = job.errors.slice(0, MAX_ERRORS_SHOWN);
  return (
    <Stack gap="xs">
      <Text fw={700} role="status">
        {t('caseImport.dryRunTitle', { valid: job.validRows, total: job.totalRows })}
      </Text>
      {job.errorCount === 0 ? (
        <Text size="sm">{t('caseImport.noErrors')}</Text>
      ) : (
        <>
          <Text size="sm" c="red.9" fw={600}>
            {t('caseImport.errors', { count: job.errorCount })}
          </Text>
          <Table.ScrollContainer minWidth={400} maxHeight={320}>
            <Table striped withTableBorder stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('caseImport.line')}</Table.Th>
                  <Table.Th scope="col">{t('caseImport.column')}</Table.Th>
                  <Table.Th scope="col">{t('caseImport.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((error, index) => (
                  <Table.Tr key={`${error.line}-${error.field ?? ''}-${index}`}>
                    <Table.Td>{error.line}</Table.Td>
                    <Table.Td>{error.field ?? '—'}</Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {job.errorCount > shown.length && (
            <Text size="xs" c="dimmed">
              {t('caseImport.errorsShown', { shown: shown.length, count: job.errorCount })}
            </Text>
          )}
        </>
      )}
      <ImportWarnings warnings={job.warnings} />
    </Stack>
  );
};

export type ImportDialogProps = {
  opened: boolean;
  onClose: () => void;
  /** How often the commit's progress is read, in ms. */
  pollInterval?: number;
};

type Phase =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'checked'; job: ImportJobResponse }
  | { kind: 'running'; job: ImportJobResponse }
  | { kind: 'finished'; job: ImportJobResponse };

/**
 * CSV import in two steps: upload = dry run (nothing saved, row errors with line numbers), then commit,
 * whose progress is read from the import job while the commit request runs.
 */
export const ImportDialog = ({ opened, onClose, pollInterval = 500 }: ImportDialogProps) => {
  const { t } = useCasesTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const polling = useRef<ReturnType<typeof setInterval> | null>(null);

  const stopPolling = () => {
    if (polling.current !== null) clearInterval(polling.current);
    polling.current = null;
  };
  useEffect(() => stopPolling, []);

  const reset = () => {
    stopPolling();
    setPhase({ kind: 'choose' });
    setFile(null);
    setError(null);
  };

  const close = () => {
    if (phase.kind === 'running') return;
    reset();
    onClose();
  };

  const check = async () => {
    if (!file) return;
    setError(null);
    setPhase({ kind: 'checking' });
    try {
      const job = await importsApi.upload(file, file.name);
      setPhase({ kind: 'checked', job });
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
      setPhase({ kind: 'choose' });
    }
  };

  const commit = async (job: ImportJobResponse) => {
    setError(null);
    setPhase({ kind: 'running', job: { ...job, status: 'RUNNING' } });
    polling.current = setInterval(() => {
      importsApi.get(job.id).then(
        (latest) => setPhase((current) => (current.kind === 'running' ? { kind: 'running', job: latest } : current)),
        () => undefined,
      );
    }, pollInterval);
    try {
      const finished = await importsApi.commit(job.id, job.errorCount > 0);
      setPhase({ kind: 'finished', job: finished });
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
      const latest = await importsApi.get(job.id).catch(() => job);
      setPhase({ kind: 'finished', job: { ...latest, status: 'FAILED' } });
    } finally {
      stopPolling();
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.currentTarget.files?.[0] ?? null);
    setError(null);
  };

  const progressOf = (job: ImportJobResponse) => {
    const total = job.validRows || 1;
    return Math.min(100, Math.round((job.processedRows / total) * 100));
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('caseImport.title')}
      size="xl"
      centered
      closeOnClickOutside={phase.kind !== 'running'}
    >
      <Stack gap="md">
        {(phase.kind === 'choose' || phase.kind === 'checking') && (
          <>
            <Text size="sm">{t('caseImport.intro', { columns: optionalColumns.join(', ') })}</Text>
            <div>
              <Text component="label" htmlFor={inputId} size="sm" fw={500} display="block">
                {t('caseImport.file')}
              </Text>
              <Text size="xs" c="dimmed" id={`${inputId}-hint`}>
                {t('caseImport.fileHint')}
              </Text>
              <input
                id={inputId}
                type="file"
                accept=".csv,text/csv"
                onChange={onFile}
                aria-describedby={`${inputId}-hint`}
              />
            </div>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('caseImport.close')}
              </Button>
              <Button onClick={() => void check()} disabled={!file} loading={phase.kind === 'checking'}>
                {t('caseImport.check')}
              </Button>
            </Group>
          </>
        )}
        {phase.kind === 'checking' && (
          <Text size="sm" role="status">
            {t('caseImport.checking')}
          </Text>
        )}
        {phase.kind === 'checked' && (
          <>
            <ImportReport job={phase.job} />
            <Group justify="flex-end" wrap="wrap">
              <Button variant="default" onClick={reset}>
                {t('caseImport.another')}
              </Button>
              {phase.job.validRows > 0 && (
                <Button onClick={() => void commit(phase.job)}>
                  {phase.job.errorCount > 0
                    ? t('caseImport.commitValid', { count: phase.job.validRows })
                    : t('caseImport.commit', { count: phase.job.validRows })}
                </Button>
              )}
            </Group>
          </>
        )}
        {(phase.kind === 'running' || phase.kind === 'finished') && (
          <Stack gap="xs">
            <Progress
              value={phase.kind === 'finished' && phase.job.status === 'COMPLETED' ? 100 : progressOf(phase.job)}
              aria-label={t('caseImport.progressLabel')}
              size="lg"
              animated={phase.kind === 'running'}
            />
            <Text size="sm" role="status">
              {t('caseImport.progress', { processed: phase.job.processedRows, total: phase.job.validRows })}
            </Text>
            {phase.kind === 'finished' && phase.job.status === 'COMPLETED' && (
              <Alert color="teal" variant="light">
                {t('caseImport.done', { created: phase.job.createdRows, skipped: phase.job.skippedRows })}
              </Alert>
            )}
            {phase.kind === 'finished' && phase.job.status === 'FAILED' && (
              <Alert color="red" variant="light">
                {t('caseImport.failed')}
              </Alert>
            )}
            {phase.kind === 'finished' && (
              <Group justify="flex-end">
                <Button variant="default" onClick={reset}>
                  {t('caseImport.another')}
                </Button>
                <Button onClick={close}>{t('caseImport.close')}</Button>
              </Group>
            )}
          </Stack>
        )}
        {error && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
      </Stack>
    </Modal>
  );
};
