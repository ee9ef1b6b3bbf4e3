import { Alert, Anchor, Button, Checkbox, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import type { ImportJobResponse } from '@waiji/contract';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useLanguage } from '../../../i18n/useBilingual';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { ImportWarnings } from '../../clients/components/ImportWarnings';
import { useSession } from '../../session';
import { importsApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { PortalInviteSummary } from './PortalInviteAction';
import { regionalDateOrder } from '../utils/dateOrder';

const ImportColumnsHelp = lazy(() => import('./ImportColumnsHelp').then((m) => ({ default: m.ImportColumnsHelp })));

/** What the API stores of a file's problems; past it the list says it shows the first ones. */
const MAX_STORED_ERRORS = 1_000;

/** A list that scrolls inside the dialog instead of running off it, on a phone as on a desktop. */
const scrollList = {
  maxHeight: 'min(40vh, 320px)',
  overflowY: 'auto',
  overflowWrap: 'anywhere',
  border: '1px solid var(--mantine-color-default-border)',
} as const;

/** A long button label ("Import the 27 valid rows, skip the others") wraps on a phone instead of being cut. */
const wrappingLabel = { label: { whiteSpace: 'normal', textAlign: 'center', paddingBlock: 6 } } as const;

export type ImportReportProps = { job: ImportJobResponse };

/**
 * The dry run's result: how many rows can go in, how many rows have problems, and every problem in plain words (row,
 * column, value, "did you mean") in a list that scrolls.
 */
export const ImportReport = ({ job }: ImportReportProps) => {
  const { t } = useCasesTranslation();
  const listId = useId();
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
            {t('caseImport.rowsWithProblems', { count: job.errorCount })}
          </Text>
          <Text size="sm" id={listId}>
            {job.errors.length >= MAX_STORED_ERRORS
              ? t('caseImport.problemsCapped', { count: job.errors.length })
              : t('caseImport.problemsListed', { count: job.errors.length })}
          </Text>
          <Stack
            component="ul"
            gap={4}
            m={0}
            p="xs"
            aria-labelledby={listId}
            tabIndex={0}
            style={{ ...scrollList, listStyle: 'none' }}
          >
            {job.errors.map((error, index) => (
              <Text component="li" size="sm" key={`${error.line}-${error.field ?? ''}-${index}`}>
                {error.message}
              </Text>
            ))}
          </Stack>
        </>
      )}
      <ImportWarnings warnings={job.warnings} />
    </Stack>
  );
};

/** Where to start: the template in either language and, on demand, every column with its allowed values. */
const ImportHelp = () => {
  const { t } = useCasesTranslation();
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  return (
    <Stack gap={6}>
      <Group gap="md" wrap="wrap">
        <Anchor href={importsApi.templateUrl(language)} download size="sm" underline="always">
          {t('caseImport.template')}
        </Anchor>
        <Anchor href={importsApi.templateUrl(language === 'en' ? 'zh' : 'en')} download size="sm">
          {t('caseImport.templateOther')}
        </Anchor>
      </Group>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
          {t('caseImport.columnsTitle')}
        </Text>
        {open && (
          // It scrolls in its box: reachable with Tab so the arrow keys scroll it.
          <div
            style={{ ...scrollList, marginTop: 6, padding: 'var(--mantine-spacing-xs)' }}
            tabIndex={0}
            role="group"
            aria-label={t('caseImport.columnsTitle')}
          >
            <Suspense fallback={<Loader size="xs" aria-label={t('caseImport.columnsLoading')} />}>
              <ImportColumnsHelp />
            </Suspense>
          </div>
        )}
      </details>
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
 * CSV import in two steps: upload = dry run (nothing saved, each problem in words), then commit,
 * whose progress is read from the import job while the commit request runs.
 */
export const ImportDialog = ({ opened, onClose, pollInterval = 500 }: ImportDialogProps) => {
  const { t } = useCasesTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Owners and admins may have the new clients invited to the portal once they exist.
  const { canManage, isPersonal } = useSession();
  const mayInvite = canManage && !isPersonal;
  const [invitePortal, setInvitePortal] = useState(false);
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
    setInvitePortal(false);
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
      const job = await importsApi.upload(file, file.name, { lang: language, dateOrder: regionalDateOrder() });
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
      const finished = await importsApi.commit(job.id, job.errorCount > 0, mayInvite && invitePortal);
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
      // Mantine's close button is an icon alone: without a name a screen reader announces just "button".
      closeButtonProps={{ 'aria-label': t('caseImport.close') }}
    >
      <Stack gap="md">
        {(phase.kind === 'choose' || phase.kind === 'checking') && (
          <>
            <Text size="sm">{t('caseImport.intro')}</Text>
            <ImportHelp />
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
            {mayInvite && phase.job.validRows > 0 && (
              <Checkbox
                label={t('caseImport.invitePortal')}
                description={t('caseImport.invitePortalHint')}
                checked={invitePortal}
                onChange={(event) => setInvitePortal(event.currentTarget.checked)}
              />
            )}
            <Group justify="flex-end" wrap="wrap">
              <Button variant="default" onClick={reset}>
                {t('caseImport.another')}
              </Button>
              {phase.job.validRows > 0 && (
                <Button onClick={() => void commit(phase.job)} h="auto" mih={36} styles={wrappingLabel}>
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
            {phase.kind === 'finished' && phase.job.portalInvitations && (
              <PortalInviteSummary result={phase.job.portalInvitations} />
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
