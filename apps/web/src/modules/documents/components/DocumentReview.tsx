import { Alert, Anchor, Badge, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import type { ClientResponse } from '@waiji/contract';
import { documentKindLabels, documentStatusLabels } from '@waiji/domain';
import { type FormEvent, useId, useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import type { CaseDocument } from '../api/documentsApi';
import { useApplyMrz, useDocument, useDocumentObjectUrl, useReviewDocument } from '../hooks/useDocuments';
import classes from './Documents.module.css';
import { FindingsList } from './FindingsList';
import { documentStatusColor } from './statusColors';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

/** The file itself, fetched with the session and shown from an object URL that is revoked when this goes. */
const FileViewer = ({ document, alt }: { document: CaseDocument; alt: string }) => {
  const { t } = useDocumentsTranslation();
  const file = useDocumentObjectUrl(document.id);
  return (
    <div className={classes.viewer} data-testid="document-viewer">
      {file.isError ? (
        <Alert color="red" variant="light" role="alert" m="sm">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('review.imageError', { message: file.error.message })}</Text>
            <Button size="xs" variant="light" onClick={() => void file.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : !file.url ? (
        <Loader size="sm" aria-label={t('review.imageLoading')} />
      ) : document.mime === 'application/pdf' ? (
        <Stack gap="xs" align="center" p="md">
          <Text size="sm">{t('review.pdf')}</Text>
          <Button component="a" href={file.url} target="_blank" rel="noopener" variant="light">
            {t('review.openPdf')}
          </Button>
        </Stack>
      ) : (
        <img src={file.url} alt={alt} />
      )}
    </div>
  );
};

const Field = ({ label, value }: { label: string; value: string | null | undefined }) => {
  const { t } = useDocumentsTranslation();
  return (
    <>
      <dt>{label}</dt>
      <dd>{value && value !== '' ? value : t('review.recordNone')}</dd>
    </>
  );
};

/** The client's record beside what the passport's machine-readable lines say, and the offer to copy them over. */
const RecordAndMrz = ({
  document,
  client,
  caseId,
  canEdit,
}: {
  document: CaseDocument;
  client: ClientResponse | undefined;
  caseId: string;
  canEdit: boolean;
}) => {
  const { t } = useDocumentsTranslation();
  const recordId = useId();
  const mrzId = useId();
  const apply = useApplyMrz(caseId, client?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const fields = document.mrz.status === 'READ' ? document.mrz.fields : undefined;
  return (
    <Stack gap="sm">
      <section aria-labelledby={recordId}>
        <Title order={3} size="h6" id={recordId} mb={4}>
          {t('review.record')}
        </Title>
        {client ? (
          <dl className={classes.recordList} data-testid="client-record">
            <Field label={t('review.recordName')} value={client.passportName} />
            <Field label={t('review.recordPassport')} value={client.passportLast4} />
            <Field label={t('review.recordNationality')} value={client.nationality} />
            <Field label={t('review.recordBirthDate')} value={client.birthDate} />
            <Field label={t('review.recordExpiry')} value={client.passportExpiry} />
          </dl>
        ) : (
          <Loader size="xs" aria-label={t('common.loading')} />
        )}
      </section>
      {fields ? (
        <section aria-labelledby={mrzId}>
          <Title order={3} size="h6" id={mrzId} mb={4}>
            {t('review.mrz')}
          </Title>
          <dl className={classes.recordList} data-testid="mrz-fields">
            <Field label={t('review.mrzName')} value={`${fields.surname} ${fields.givenNames}`.trim()} />
            <Field label={t('review.mrzNumber')} value={fields.documentNumberLast4} />
            <Field label={t('review.recordNationality')} value={fields.nationality} />
            <Field label={t('review.recordBirthDate')} value={fields.birthDate} />
            <Field label={t('review.recordExpiry')} value={fields.expiryDate} />
          </dl>
          {canEdit && client ? (
            <Stack gap={6} mt="xs" align="flex-start">
              <Button size="xs" variant="light" onClick={() => setConfirming(true)}>
                {t('review.applyMrz')}
              </Button>
              {apply.isSuccess ? (
                <Text size="sm" c="green" role="status">
                  {apply.data.changed.length === 0
                    ? t('review.appliedNone')
                    : t('review.applied', { count: apply.data.changed.length })}
                </Text>
              ) : null}
            </Stack>
          ) : null}
        </section>
      ) : null}
      {confirming ? (
        <ConfirmModal
          title={t('review.applyTitle')}
          body={t('review.applyBody')}
          error={apply.isError ? t('common.failed', { message: apply.error.message }) : null}
          cancelLabel={t('common.cancel')}
          onClose={() => setConfirming(false)}
          confirmLabel={t('review.applyConfirm')}
          pending={apply.isPending}
          onConfirm={() => apply.mutate(document.id, { onSuccess: () => setConfirming(false) })}
        />
      ) : null}
    </Stack>
  );
};

/** Accept, or reject with a reason the client reads. */
const Decision = ({ document, caseId }: { document: CaseDocument; caseId: string }) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const review = useReviewDocument(caseId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reject = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    review.mutate(
      { documentId: document.id, body: { decision: 'reject', reason: reason.trim() } },
      { onSuccess: () => setRejecting(false) },
    );
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge color={documentStatusColor[document.status]} tt="none" data-testid="document-status">
          {text(documentStatusLabels[document.status])}
        </Badge>
        {document.reviewedBy && document.reviewedAt ? (
          <Text size="xs" c="dimmed">
            {t('review.reviewedBy', {
              status: text(documentStatusLabels[document.status]),
              name: document.reviewedBy.displayName,
              when: formatMoment(new Date(document.reviewedAt), locale),
            })}
          </Text>
        ) : null}
      </Group>
      {document.reviewReason ? <Text size="sm">{document.reviewReason}</Text> : null}
      {rejecting ? (
        <form onSubmit={reject} noValidate>
          <Stack gap="xs">
            <GrowingTextarea
              label={t('review.reason')}
              description={t('review.reasonHint')}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('review.reasonRequired') : undefined}
              minRows={2}
              maxLength={500}
              required
              data-autofocus
            />
            <Group gap="xs">
              <Button type="submit" color="red.8" loading={review.isPending}>
                {t('review.rejectSave')}
              </Button>
              <Button variant="default" onClick={() => setRejecting(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group gap="xs">
          <Button
            color="green"
            loading={review.isPending}
            disabled={document.status === 'ACCEPTED'}
            onClick={() => review.mutate({ documentId: document.id, body: { decision: 'accept' } })}
          >
            {t('review.accept')}
          </Button>
          <Button variant="outline" color="red.9" onClick={() => setRejecting(true)}>
            {t('review.reject')}
          </Button>
        </Group>
      )}
      {review.isError ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {t('common.failed', { message: review.error.message })}
        </Alert>
      ) : null}
    </Stack>
  );
};

export type DocumentReviewProps = {
  document: CaseDocument;
  caseId: string;
  client: ClientResponse | undefined;
  canEdit: boolean;
};

/** Side by side: the file; what the checks found, the client's record and the passport's lines; the decision. */
export const DocumentReview = ({ document: initial, caseId, client, canEdit }: DocumentReviewProps) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  // Asked again while the passport's lines are read after the upload.
  const latest = useDocument(initial.id, initial);
  const document = latest.data ?? initial;
  const kind = text(documentKindLabels[document.kind]);
  const findingsId = useId();
  return (
    <div className={classes.reviewGrid} data-testid="document-review">
      {document.purgedAt ? (
        <Text size="sm" c="dimmed">
          {t('panel.purged')}
        </Text>
      ) : (
        <FileViewer document={document} alt={t('review.imageAlt', { document: kind })} />
      )}
      <Stack gap="md">
        <section aria-labelledby={findingsId}>
          <Title order={3} size="h6" id={findingsId} mb={4}>
            {t('review.findings')}
          </Title>
          <Stack gap={6}>
            <FindingsList findings={document.findings} label={t('review.findings')} />
            {document.mrz.status === 'PENDING' ? (
              <Group gap="xs" role="status">
                <Loader size="xs" aria-hidden="true" />
                <Text size="sm">{t('review.reading')}</Text>
              </Group>
            ) : null}
            {document.findings.every((finding) => finding.severity === 'info') && document.mrz.status !== 'PENDING' ? (
              <Text size="sm" c="green">
                {t('review.noFindings')}
              </Text>
            ) : null}
          </Stack>
        </section>
        <RecordAndMrz document={document} client={client} caseId={caseId} canEdit={canEdit} />
        {canEdit ? <Decision document={document} caseId={caseId} /> : null}
      </Stack>
    </div>
  );
};

/** The review in a dialog as wide as the screen allows; mounted only while open. */
export const DocumentReviewDialog = ({ onClose, ...props }: DocumentReviewProps & { onClose: () => void }) => {
  const { t } = useDocumentsTranslation();
  const text = useBilingual();
  return (
    <Modal
      opened
      onClose={onClose}
      size="min(1100px, 96vw)"
      title={t('review.title', { document: text(documentKindLabels[props.document.kind]) })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <DocumentReview {...props} />
      <Group justify="flex-end" mt="md">
        <Anchor component="button" type="button" size="sm" onClick={onClose}>
          {t('common.close')}
        </Anchor>
      </Group>
    </Modal>
  );
};
