import { Alert, Badge, Button, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { type DocumentKind, documentKinds, oneOf } from '@waiji/domain';
import { useId, useState } from 'react';
import { useClientWords } from '../../../i18n/useClientWords';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';
import { useSession } from '../../session/hooks/useSession';
import type { CaseDocument, DocumentRequest } from '../api/documentsApi';
import { useCaseDocuments, useDocument, useDocumentObjectUrl } from '../hooks/useDocuments';
import { type UploadItem, type UploadTarget, useUploads } from '../hooks/useUploads';
import { requestStatusColor } from './statusColors';
import { FilePicker } from './FilePicker';
import { FindingsList, hasBlockingFinding } from './FindingsList';
import { PhotoGuide } from './PhotoGuide';
import { UploadList } from './UploadList';

/** The photo as sent (fetched only when asked for; the object URL goes when it is hidden). */
const SentFile = ({ document }: { document: CaseDocument }) => {
  const { t } = useDocumentsTranslation();
  const file = useDocumentObjectUrl(document.id);
  if (file.isError)
    return (
      <Text size="sm" c="red.9" role="alert">
        {t('review.imageError', { message: file.error.message })}
      </Text>
    );
  if (!file.url) return <Loader size="xs" aria-label={t('review.imageLoading')} />;
  if (document.mime === 'application/pdf')
    return (
      <Button component="a" href={file.url} target="_blank" rel="noopener" variant="light" size="xs">
        {t('review.openPdf')}
      </Button>
    );
  return <img src={file.url} alt={t('portal.sentAlt')} style={{ maxWidth: '100%', borderRadius: 4 }} />;
};

const SeeSentFile = ({ document }: { document: CaseDocument }) => {
  const { t } = useDocumentsTranslation();
  const [open, setOpen] = useState(false);
  if (document.purgedAt) return null;
  return (
    <Stack gap={6} align="flex-start">
      <Button size="compact-sm" variant="subtle" onClick={() => setOpen((shown) => !shown)} aria-expanded={open}>
        {open ? t('portal.hideSent') : t('portal.seeSent')}
      </Button>
      {open ? <SentFile document={document} /> : null}
    </Stack>
  );
};

/** What the checks said about the file just sent, and "Retake" when one of them means it will not do. */
const AfterUpload = ({ document, personal }: { document: CaseDocument; personal: boolean }) => {
  const { t } = useDocumentsTranslation();
  const blocking = hasBlockingFinding(document.findings);
  const shown = document.findings.filter((finding) => finding.severity !== 'info');
  return (
    <Stack gap={6} data-testid="after-upload" data-blocking={blocking ? 'true' : 'false'}>
      <Text size="sm" fw={600}>
        {t('portal.afterUpload')}
      </Text>
      {shown.length > 0 ? <FindingsList findings={document.findings} label={t('portal.afterUpload')} /> : null}
      {document.mrz.status === 'PENDING' ? (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm">{t('review.reading')}</Text>
        </Group>
      ) : blocking ? (
        <Text size="sm" fw={600} c="red.9">
          {t('portal.blocked')}
        </Text>
      ) : shown.length === 0 ? (
        <Text size="sm" c="green">
          {personal ? t('portal.allGoodPersonal') : t('portal.allGood')}
        </Text>
      ) : null}
    </Stack>
  );
};

type ItemProps = {
  request: DocumentRequest;
  latest: CaseDocument | null;
  uploads: UploadItem[];
  onUpload: (files: File[], target: UploadTarget) => void;
  onRetry: (key: string) => void;
  onDismiss: (key: string) => void;
};

const RequestItem = ({ request, latest: listed, uploads, onUpload, onRetry, onDismiss }: ItemProps) => {
  const { t } = useDocumentsTranslation();
  // A file waiting for review is followed on its own (GET /documents/:id) until its passport lines are read.
  const followed = useDocument(listed && request.status === 'UPLOADED' ? listed.id : null, listed ?? undefined);
  const latest = listed && followed.data?.id === listed.id ? followed.data : listed;
  const words = useClientWords();
  const { isPersonal } = useSession();
  const titleId = useId();
  const label = words.request(request.label, request.anyOf);
  const [kind, setKind] = useState<DocumentKind>(request.anyOf[0] ?? 'PASSPORT_BIO');
  const target: UploadTarget = { kind, requestId: request.id };
  const settled = request.status === 'ACCEPTED' || request.status === 'WAIVED';
  // A file the checks refused, or one whose review is still to come, can be replaced; an accepted one is done.
  const blocking = latest !== null && request.status === 'UPLOADED' && hasBlockingFinding(latest.findings);
  const showAfter = latest !== null && request.status === 'UPLOADED';
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      aria-labelledby={titleId}
      data-document={request.document}
      data-status={request.status}
      data-testid="portal-request"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Group gap={6} style={{ flex: '1 1 10rem' }}>
            <Title order={3} size="h5" id={titleId}>
              {label}
            </Title>
            {request.required ? null : (
              <Badge size="xs" variant="outline" color="gray.8" tt="none">
                {t('common.optional')}
              </Badge>
            )}
          </Group>
          <Badge color={requestStatusColor[request.status]} tt="none" data-testid="request-status">
            {words.checklistStatus(request.status)}
          </Badge>
        </Group>
        {request.helperNote ? <Text size="sm">{request.helperNote}</Text> : null}
        {request.status === 'REJECTED' && request.rejectionReason ? (
          <Alert color="red" variant="light" p="xs" data-testid="rejection-reason">
            {t('portal.rejectedBecause', { reason: request.rejectionReason })}
          </Alert>
        ) : null}
        {/* Accepted and waived say so in their badge; an upload waiting for review says what comes next. */}
        {request.status === 'UPLOADED' && !blocking ? (
          <Text size="sm">{isPersonal ? t('portal.waitingPersonal') : t('portal.waiting')}</Text>
        ) : null}

        {showAfter && latest ? <AfterUpload document={latest} personal={isPersonal} /> : null}
        {latest && request.status !== 'WAIVED' ? <SeeSentFile key={latest.id} document={latest} /> : null}
        <UploadList items={uploads} onRetry={onRetry} onDismiss={onDismiss} />

        {settled ? null : (
          <>
            <PhotoGuide kind={kind} />
            {request.anyOf.length > 1 ? (
              <NativeSelect
                label={t('kinds.label')}
                value={kind}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (oneOf(documentKinds, value)) setKind(value);
                }}
                data={request.anyOf.map((option) => ({ value: option, label: words.document(option) }))}
              />
            ) : null}
            <Stack gap="xs">
              <FilePicker
                camera
                fullWidth
                size="md"
                onFiles={(files) => onUpload(files, target)}
                label={blocking ? t('portal.retake') : t('portal.takePhotoOf', { document: label })}
                testId={`photo-input-${request.document}`}
              >
                {blocking ? t('portal.retake') : t('portal.takePhoto')}
              </FilePicker>
              <FilePicker
                variant="default"
                fullWidth
                size="md"
                onFiles={(files) => onUpload(files, target)}
                label={t('portal.chooseFileFor', { document: label })}
                testId={`file-input-${request.document}`}
              >
                {t('portal.chooseFile')}
              </FilePicker>
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
};

/**
 * The portal's documents (a client on their phone, an individual on their own case): what is asked, why a file was
 * refused, how a good photo looks; take a photo or choose a file, see it go up and what the checks found.
 */
export const PortalDocuments = ({ caseId }: { caseId: string }) => {
  const { t } = useDocumentsTranslation();
  const { isPersonal } = useSession();
  const titleId = useId();
  const documents = useCaseDocuments(caseId, { pollWhileReading: false });
  const uploads = useUploads(caseId);
  const latestOf = (request: DocumentRequest): CaseDocument | null => request.latestDocument ?? null;
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      p={{ base: 'sm', xs: 'md' }}
      data-testid="portal-documents"
    >
      <Title order={2} size="h4" id={titleId} mb="sm">
        {t('portal.title')}
      </Title>
      {documents.isPending ? (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text size="sm">{t('portal.loading')}</Text>
        </Group>
      ) : documents.isError ? (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('portal.error')}</Text>
            <Button size="xs" variant="light" onClick={() => void documents.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : documents.data.requests.length === 0 ? (
        <Text size="sm">{t('portal.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{isPersonal ? t('portal.introPersonal') : t('portal.intro')}</Text>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {documents.data.requests.map((request) => (
              <RequestItem
                key={request.document}
                request={request}
                latest={latestOf(request)}
                uploads={uploads.items.filter(
                  // Once sent, the file shows as the request's latest (with what the checks found) instead.
                  (item) =>
                    item.phase !== 'done' &&
                    (request.id ? item.requestId === request.id : request.anyOf.includes(item.kind)),
                )}
                onUpload={uploads.start}
                onRetry={uploads.retry}
                onDismiss={uploads.dismiss}
              />
            ))}
          </Stack>
        </Stack>
      )}
    </Paper>
  );
};
