import { Alert, Badge, Button, Checkbox, Group, Loader, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import type { CaseResponse, ClientResponse } from '@waiji/contract';
import {
  checklistStatusLabels,
  type DocumentKind,
  documentKindLabels,
  documentKinds,
  documentStatusLabels,
  oneOf,
  settledChecklistStatuses,
} from '@waiji/domain';
import { type DragEvent, type FormEvent, useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { DialogActions } from '../../../ui/DialogActions';
import { Panel } from '../../../ui/Panel';
import type { CaseDocument, CaseDocuments, DocumentRequest } from '../api/documentsApi';
import {
  useAddDocumentRequest,
  useCaseDocuments,
  useDeleteDocument,
  useUpdateDocumentRequest,
} from '../hooks/useDocuments';
import { type UploadTarget, useUploads } from '../hooks/useUploads';
import { DocumentReviewDialog } from './DocumentReview';
import classes from './Documents.module.css';
import { FilePicker } from './FilePicker';
import { hasBlockingFinding } from './FindingsList';
import { documentStatusColor, requestStatusColor } from './statusColors';
import { UploadList } from './UploadList';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

/** The files answering a request, newest first: those it names, or (an item not stored yet) those of its kinds. */
export const filesOf = (request: DocumentRequest, documents: readonly CaseDocument[]): CaseDocument[] =>
  documents.filter((document) =>
    request.id ? document.requestId === request.id : request.anyOf.includes(document.kind),
  );

/** Required requests neither accepted nor waived. */
export const openRequired = (data: CaseDocuments) =>
  data.requests.filter((request) => request.required && !settledChecklistStatuses.includes(request.status)).length;

const filesFrom = (event: DragEvent) => Array.from(event.dataTransfer?.files ?? []);

/** Dragging files over an element: a highlight while over it, the files on drop. */
const useDropTarget = (onFiles: (files: File[]) => void, enabled: boolean) => {
  const [over, setOver] = useState(false);
  const props = enabled
    ? {
        'data-over': over ? 'true' : 'false',
        onDragOver: (event: DragEvent) => {
          if (!Array.from(event.dataTransfer?.types ?? []).includes('Files')) return;
          event.preventDefault();
          setOver(true);
        },
        onDragLeave: () => setOver(false),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setOver(false);
          const files = filesFrom(event);
          if (files.length > 0) onFiles(files);
        },
      }
    : {};
  return { over, props };
};

type RowProps = {
  request: DocumentRequest;
  files: CaseDocument[];
  canEdit: boolean;
  onUpload: (files: File[], target: UploadTarget) => void;
  onReview: (document: CaseDocument) => void;
  onDelete: (document: CaseDocument) => void;
  onWaive: (request: DocumentRequest) => void;
  onAskAgain: (request: DocumentRequest) => void;
  askingAgain: boolean;
};

const RequestRow = ({
  request,
  files,
  canEdit,
  onUpload,
  onReview,
  onDelete,
  onWaive,
  onAskAgain,
  askingAgain,
}: RowProps) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const label = text(request.label);
  const [kind, setKind] = useState<DocumentKind>(request.anyOf[0] ?? 'PASSPORT_BIO');
  const target = { kind, requestId: request.id };
  const drop = useDropTarget((dropped) => onUpload(dropped, target), canEdit && request.status !== 'WAIVED');
  return (
    <Stack
      component="li"
      gap={6}
      className={classes.requestRow}
      data-document={request.document}
      data-status={request.status}
      aria-label={label}
      {...drop.props}
    >
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Group gap={6}>
            <Text fw={600} size="sm">
              {label}
            </Text>
            <Badge size="xs" variant="outline" color={request.required ? 'red.9' : 'gray.8'} tt="none">
              {request.required ? t('common.required') : t('common.optional')}
            </Badge>
          </Group>
          {request.helperNote ? <Text size="xs">{t('panel.helperNote', { note: request.helperNote })}</Text> : null}
          {request.status === 'REJECTED' && request.rejectionReason ? (
            <Text size="xs" c="red.9">
              {t('panel.rejectedBecause', { reason: request.rejectionReason })}
            </Text>
          ) : null}
        </Stack>
        <Badge color={requestStatusColor[request.status]} tt="none" data-testid="request-status">
          {text(checklistStatusLabels[request.status])}
        </Badge>
      </Group>

      {files.length > 0 ? (
        <Stack
          component="ul"
          gap={4}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('panel.files', { count: files.length })}
        >
          {files.map((file) => {
            const when = formatMoment(new Date(file.createdAt), locale);
            const blocking = hasBlockingFinding(file.findings);
            const blockingCount = file.findings.filter((finding) => finding.severity === 'block').length;
            const warningCount = file.findings.filter((finding) => finding.severity === 'warn').length;
            return (
              <Stack
                component="li"
                key={file.id}
                gap={4}
                p={6}
                data-testid="document-file"
                style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
              >
                <Group gap={6} wrap="wrap">
                  <Badge size="sm" color={documentStatusColor[file.status]} tt="none">
                    {text(documentStatusLabels[file.status])}
                  </Badge>
                  <Text size="xs" c="dimmed" style={{ minWidth: 0 }}>
                    {t('panel.uploadedBy', { name: file.uploadedBy?.displayName ?? '—', when })}
                    {file.uploadedBy?.fromClient ? ` · ${t('panel.fromClient')}` : ''}
                  </Text>
                </Group>
                <Group gap="xs" wrap="wrap" justify="space-between">
                  <Group gap={6} wrap="wrap">
                    {blockingCount > 0 ? (
                      <Text size="xs" fw={600} c="red.9">
                        {t('panel.toFix', { count: blockingCount })}
                      </Text>
                    ) : null}
                    {warningCount > 0 ? (
                      <Text size="xs" fw={600} c="orange">
                        {t('panel.toCheck', { count: warningCount })}
                      </Text>
                    ) : null}
                    {blocking || warningCount > 0 ? null : (
                      <Text size="xs" c="dimmed">
                        {t('panel.nothingFound')}
                      </Text>
                    )}
                    {file.mrz.status === 'PENDING' ? (
                      <Group gap={4}>
                        <Loader size={12} aria-hidden="true" />
                        <Text size="xs">{t('panel.reading')}</Text>
                      </Group>
                    ) : null}
                  </Group>
                  <Group gap={4}>
                    <Button
                      size="compact-xs"
                      variant={file.status === 'UPLOADED' && canEdit ? 'filled' : 'light'}
                      onClick={() => onReview(file)}
                      aria-label={
                        canEdit
                          ? t('panel.reviewNamed', { document: label })
                          : t('panel.openNamed', { document: label })
                      }
                      disabled={file.purgedAt !== null}
                    >
                      {canEdit ? t('panel.review') : t('panel.open')}
                    </Button>
                    {canEdit ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red.9"
                        onClick={() => onDelete(file)}
                        aria-label={t('panel.deleteNamed', { when })}
                      >
                        {t('panel.deleteFile')}
                      </Button>
                    ) : null}
                  </Group>
                </Group>
              </Stack>
            );
          })}
        </Stack>
      ) : null}

      {canEdit ? (
        <Group gap="xs" wrap="wrap">
          {request.status === 'WAIVED' ? (
            <Button size="compact-sm" variant="light" loading={askingAgain} onClick={() => onAskAgain(request)}>
              {t('panel.askAgain')}
            </Button>
          ) : (
            <>
              {request.anyOf.length > 1 ? (
                <NativeSelect
                  size="xs"
                  aria-label={t('kinds.label')}
                  value={kind}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    if (oneOf(documentKinds, value)) setKind(value);
                  }}
                  data={request.anyOf.map((option) => ({ value: option, label: text(documentKindLabels[option]) }))}
                />
              ) : null}
              <FilePicker
                size="compact-sm"
                variant="light"
                multiple
                onFiles={(chosen) => onUpload(chosen, target)}
                label={t('panel.uploadNamed', { document: label })}
                testId={`upload-input-${request.document}`}
              >
                {t('panel.upload')}
              </FilePicker>
              {request.status !== 'ACCEPTED' ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="gray.8"
                  onClick={() => onWaive(request)}
                  aria-label={t('panel.waiveNamed', { document: label })}
                >
                  {t('panel.waive')}
                </Button>
              ) : null}
            </>
          )}
        </Group>
      ) : null}
    </Stack>
  );
};

/** "Not needed", with the note the client reads. */
const WaiveDialog = ({
  caseId,
  request,
  onClose,
}: {
  caseId: string;
  request: DocumentRequest;
  onClose: () => void;
}) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  const update = useUpdateDocumentRequest(caseId);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') {
      setMissing(true);
      return;
    }
    update.mutate(
      { document: request.document, body: { status: 'WAIVED', note: note.trim() } },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('panel.waiveTitle', { document: text(request.label) })} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <GrowingTextarea
            label={t('panel.waiveNote')}
            description={t('panel.waiveNoteHint')}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('panel.waiveNoteRequired') : undefined}
            maxLength={500}
            minRows={2}
            required
            data-autofocus
          />
          <DialogActions
            error={update.isError ? t('common.failed', { message: update.error.message }) : null}
            cancelLabel={t('common.cancel')}
            onCancel={onClose}
            confirmLabel={t('panel.waiveSave')}
            pending={update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
};

/** A request for documents the case type does not list. */
const AddRequestDialog = ({ caseId, onClose }: { caseId: string; onClose: () => void }) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  const add = useAddDocumentRequest(caseId);
  const [kinds, setKinds] = useState<DocumentKind[]>([]);
  const [required, setRequired] = useState(true);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kinds.length === 0) {
      setMissing(true);
      return;
    }
    add.mutate(
      { anyOf: kinds, required, ...(note.trim() === '' ? {} : { note: note.trim() }) },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('add.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Checkbox.Group
            label={t('add.kinds')}
            description={t('add.kindsHint')}
            value={kinds}
            onChange={(values) => {
              setKinds(values.filter((value): value is DocumentKind => oneOf(documentKinds, value)));
              setMissing(false);
            }}
            error={missing ? t('add.chooseOne') : undefined}
          >
            <Stack gap={6} mt={6}>
              {documentKinds.map((kind) => (
                <Checkbox key={kind} value={kind} label={text(documentKindLabels[kind])} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox
            label={t('add.required')}
            checked={required}
            onChange={(event) => setRequired(event.currentTarget.checked)}
          />
          <GrowingTextarea
            label={t('add.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={500}
            minRows={2}
          />
          <DialogActions
            error={add.isError ? t('common.failed', { message: add.error.message }) : null}
            cancelLabel={t('common.cancel')}
            onCancel={onClose}
            confirmLabel={t('add.save')}
            pending={add.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
};

const DeleteDialog = ({
  caseId,
  document,
  onClose,
}: {
  caseId: string;
  document: CaseDocument;
  onClose: () => void;
}) => {
  const { t } = useDocumentsTranslation();
  const remove = useDeleteDocument(caseId);
  return (
    <ConfirmModal
      title={t('panel.deleteTitle')}
      body={t('panel.deleteBody')}
      error={remove.isError ? t('common.failed', { message: remove.error.message }) : null}
      cancelLabel={t('common.cancel')}
      onClose={onClose}
      confirmLabel={t('panel.deleteConfirm')}
      color="red.8"
      pending={remove.isPending}
      onConfirm={() => remove.mutate(document.id, { onSuccess: onClose })}
    />
  );
};

/** Drop files anywhere here (or choose them) to upload them, as the chosen kind, for its request. */
const DropZone = ({
  requests,
  onUpload,
}: {
  requests: DocumentRequest[];
  onUpload: (files: File[], target: UploadTarget) => void;
}) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  const open = requests.filter((request) => request.status !== 'WAIVED');
  const kinds = [...new Set(open.flatMap((request) => request.anyOf))];
  const firstOpen = open.find((request) => !settledChecklistStatuses.includes(request.status));
  const [kind, setKind] = useState<DocumentKind | undefined>(firstOpen?.anyOf[0] ?? kinds[0]);
  const chosen = kind && kinds.includes(kind) ? kind : kinds[0];
  const upload = (files: File[]) => {
    if (!chosen) return;
    // The request it answers: an open one of that kind first.
    const request =
      open.find(
        (candidate) => candidate.anyOf.includes(chosen) && !settledChecklistStatuses.includes(candidate.status),
      ) ?? open.find((candidate) => candidate.anyOf.includes(chosen));
    onUpload(files, { kind: chosen, requestId: request?.id ?? null });
  };
  const drop = useDropTarget(upload, chosen !== undefined);
  if (!chosen)
    return (
      <Text size="sm" c="dimmed">
        {t('drop.noRequests')}
      </Text>
    );
  return (
    <div className={classes.dropZone} {...drop.props} data-testid="drop-zone">
      <Stack gap="xs" align="center">
        <Text size="sm" fw={600}>
          {drop.over ? t('drop.over') : t('drop.label')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('drop.hint')}
        </Text>
        <Group gap="xs" justify="center" wrap="wrap">
          <NativeSelect
            size="xs"
            aria-label={t('kinds.label')}
            value={chosen}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (oneOf(documentKinds, value)) setKind(value);
            }}
            data={kinds.map((option) => ({ value: option, label: text(documentKindLabels[option]) }))}
          />
          <FilePicker size="xs" multiple onFiles={upload} testId="upload-input">
            {t('drop.choose')}
          </FilePicker>
        </Group>
      </Stack>
    </div>
  );
};

export type DocumentRequestsPanelProps = {
  caseRecord: CaseResponse;
  client: ClientResponse | undefined;
  canEdit: boolean;
};

/**
 * The case page's documents: each request (the case type's checklist and those a helper added) with its status and
 * files; upload on the client's behalf (drop several files at once, each with its progress); review side by side;
 * add, waive, ask again; delete a file.
 */
export const DocumentRequestsPanel = ({ caseRecord, client, canEdit }: DocumentRequestsPanelProps) => {
  const { t } = useDocumentsTranslation();
  const caseId = caseRecord.id;
  const documents = useCaseDocuments(caseId);
  const uploads = useUploads(caseId);
  const update = useUpdateDocumentRequest(caseId);
  const [reviewing, setReviewing] = useState<CaseDocument | null>(null);
  const [deleting, setDeleting] = useState<CaseDocument | null>(null);
  const [waiving, setWaiving] = useState<DocumentRequest | null>(null);
  const [adding, setAdding] = useState(false);
  const data = documents.data;
  const open = data ? openRequired(data) : 0;

  return (
    <Panel
      title={t('panel.title')}
      testId="documents"
      aside={
        data && data.requests.length > 0 ? (
          <Badge color={data.readyToSubmit ? 'green' : 'gray.8'} tt="none" data-testid="documents-ready">
            {data.readyToSubmit ? t('today.title') : t('panel.notReady', { count: open })}
          </Badge>
        ) : null
      }
    >
      {documents.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : documents.isError ? (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('common.error', { message: documents.error.message })}</Text>
            <Button size="xs" variant="light" onClick={() => void documents.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Stack gap="sm">
          {documents.data.readyToSubmit && documents.data.requests.length > 0 ? (
            <Text size="sm" c="green" role="status">
              {t('panel.ready')}
            </Text>
          ) : null}
          {canEdit ? <DropZone requests={documents.data.requests} onUpload={uploads.start} /> : null}
          <UploadList items={uploads.items} onRetry={uploads.retry} onDismiss={uploads.dismiss} />
          {documents.data.requests.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('panel.empty')}
            </Text>
          ) : (
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('panel.title')}>
              {documents.data.requests.map((request) => (
                <RequestRow
                  key={request.document}
                  request={request}
                  files={filesOf(request, documents.data.documents)}
                  canEdit={canEdit}
                  onUpload={uploads.start}
                  onReview={setReviewing}
                  onDelete={setDeleting}
                  onWaive={setWaiving}
                  onAskAgain={(item) => update.mutate({ document: item.document, body: { status: 'REQUESTED' } })}
                  askingAgain={update.isPending && update.variables.document === request.document}
                />
              ))}
            </Stack>
          )}
          {update.isError ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {t('common.failed', { message: update.error.message })}
            </Alert>
          ) : null}
          {canEdit ? (
            <Group>
              <Button size="xs" variant="default" onClick={() => setAdding(true)}>
                {t('add.open')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
      {reviewing ? (
        <DocumentReviewDialog
          document={reviewing}
          caseId={caseId}
          client={client}
          canEdit={canEdit}
          onClose={() => setReviewing(null)}
        />
      ) : null}
      {deleting ? <DeleteDialog caseId={caseId} document={deleting} onClose={() => setDeleting(null)} /> : null}
      {waiving ? <WaiveDialog caseId={caseId} request={waiving} onClose={() => setWaiving(null)} /> : null}
      {adding ? <AddRequestDialog caseId={caseId} onClose={() => setAdding(false)} /> : null}
    </Panel>
  );
};
