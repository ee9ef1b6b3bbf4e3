import { Alert, Anchor, Badge, Box, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { InboundMessageResponse } from '@waiji/contract';
import { caseActionLabels, type DocumentKind, documentKindLabels, documentKinds, oneOf } from '@waiji/domain';
import { useState, type ReactNode } from 'react';
import { BEIJING_TIME_ZONE, formatDay, formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useInboxTranslation } from '../../../i18n/useInboxTranslation';
import { isApiError } from '../../api';
import { inboxApi } from '../api/inboxApi';
import { useInboxActions } from '../hooks/useInbox';

const statusColor = { MATCHED: 'blue', UNMATCHED: 'orange', APPLIED: 'teal', DISMISSED: 'gray' } as const;

const kilobytes = (size: number) => (size < 1024 ? `${size} B` : `${Math.round(size / 1024)} KB`);

/** Keep an attachment as one of the case's documents (checked and stored by the documents feature). */
const KeepAttachment = ({
  messageId,
  attachment,
}: {
  messageId: string;
  attachment: { id: string; filename: string };
}) => {
  const { t } = useInboxTranslation();
  const text = useBilingual();
  const { saveAttachment } = useInboxActions();
  const [kind, setKind] = useState<DocumentKind>('PASSPORT_BIO');
  const mine = saveAttachment.variables?.attachmentId === attachment.id;
  if (mine && saveAttachment.isSuccess)
    return (
      <Text size="xs" c="teal.9" role="status">
        {t('common.kept', { kind: text(documentKindLabels[kind]) })}
      </Text>
    );
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          size="xs"
          label={t('common.keepAs', { file: attachment.filename })}
          value={kind}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (oneOf(documentKinds, value)) setKind(value);
          }}
          data={documentKinds.map((value) => ({ value, label: text(documentKindLabels[value]) }))}
        />
        <Button
          size="xs"
          variant="light"
          loading={mine && saveAttachment.isPending}
          onClick={() => saveAttachment.mutate({ messageId, attachmentId: attachment.id, kind })}
        >
          {t('common.keep')}
        </Button>
      </Group>
      {mine && saveAttachment.isError && (
        <ActionError
          message={isApiError(saveAttachment.error) ? saveAttachment.error.message : String(saveAttachment.error)}
        />
      )}
    </Stack>
  );
};

type EmailMessageCardProps = {
  message: InboundMessageResponse;
  /** Staff who may change the case: attachments can be kept as its documents. */
  canKeepAttachments?: boolean;
  /** Below the reading: Apply, or the inbox's filing controls. */
  children?: ReactNode;
};

/** One received email: who sent it and when, its text (or the sanitised HTML on request), attachments and reading. */
export const EmailMessageCard = ({ message, canKeepAttachments = false, children }: EmailMessageCardProps) => {
  const { t } = useInboxTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const [asHtml, setAsHtml] = useState(false);
  const when = new Date(message.sentAt ?? message.receivedAt);
  return (
    <Stack
      component="li"
      gap={6}
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="inbound-email"
      data-status={message.status}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {message.subject || t('common.noSubject')}
        </Text>
        <Badge variant="light" color={statusColor[message.status]} tt="none">
          {message.autoApplied ? t('common.autoApplied') : t(`common.status.${message.status}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('common.from', { from: message.fromName ? `${message.fromName} <${message.from}>` : message.from })}
        {' · '}
        <time dateTime={when.toISOString()}>{t('common.sent', { when: formatMoment(when, locale) })}</time>
      </Text>
      {message.originalFrom && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('common.forwardedFrom', { from: message.originalFrom })}
        </Text>
      )}
      {asHtml && message.html ? (
        <Stack gap={4}>
          <Box
            component="iframe"
            // No scripts, forms or same-origin access even if something slipped past the server's sanitiser.
            sandbox=""
            srcDoc={message.html}
            title={message.subject || t('common.noSubject')}
            style={{ width: '100%', height: 260, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
          />
          <Text size="xs" c="dimmed">
            {t('common.htmlNote')}
          </Text>
        </Stack>
      ) : (
        <Text
          size="sm"
          lang="zh-CN"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 220, overflowY: 'auto' }}
        >
          {message.body}
        </Text>
      )}
      {message.html && (
        <Anchor component="button" type="button" size="xs" onClick={() => setAsHtml(!asHtml)} ta="left">
          {asHtml ? t('common.showText') : t('common.showHtml')}
        </Anchor>
      )}
      {message.attachments.length > 0 && (
        <Group gap="xs" wrap="wrap" aria-label={t('common.attachments')}>
          {message.attachments.map((attachment) => (
            <Anchor
              key={attachment.id}
              href={inboxApi.attachmentUrl(message.id, attachment.id)}
              size="xs"
              download={attachment.filename}
            >
              📎 {attachment.filename} ({kilobytes(attachment.size)})
            </Anchor>
          ))}
        </Group>
      )}
      {canKeepAttachments &&
        message.case &&
        message.attachments.map((attachment) => (
          <KeepAttachment key={attachment.id} messageId={message.id} attachment={attachment} />
        ))}
      <Stack gap={2} data-testid="inbound-reading">
        <Text size="xs" fw={600}>
          {t('common.reading')}
        </Text>
        {message.interpretations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('common.notRecognised')}
          </Text>
        ) : (
          message.interpretations.map((item) => (
            <Text size="sm" key={item.code} data-code={item.code}>
              {text(item.meaning)}
              {item.retryAfter ? ` — ${formatDay(new Date(item.retryAfter), locale, BEIJING_TIME_ZONE)}` : ''}
            </Text>
          ))
        )}
        {message.suggestedAction && (
          <Text size="sm" fw={600}>
            {t('common.suggested', { action: text(caseActionLabels[message.suggestedAction]) })}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
};

/** A refused action's message, under the card. */
export const ActionError = ({ message }: { message: string }) => {
  const { t } = useInboxTranslation();
  return (
    <Alert color="red" variant="light" role="alert" p="xs">
      <Text size="sm">{t('common.failed', { message })}</Text>
    </Alert>
  );
};

/** Apply the suggested step (one click); set aside. */
export const ApplyButtons = ({
  message,
  busy,
  onApply,
  onDismiss,
}: {
  message: InboundMessageResponse;
  busy: boolean;
  onApply?: () => void;
  onDismiss?: () => void;
}) => {
  const { t } = useInboxTranslation();
  const text = useBilingual();
  if (message.status === 'APPLIED' || message.status === 'DISMISSED') return null;
  return (
    <Group gap="xs" wrap="wrap">
      {message.suggestedAction && onApply && (
        <Button size="xs" onClick={onApply} loading={busy} data-testid="inbound-apply">
          {t('common.apply', { action: text(caseActionLabels[message.suggestedAction]) })}
        </Button>
      )}
      {onDismiss && (
        <Button size="xs" variant="subtle" color="gray.8" onClick={onDismiss} disabled={busy}>
          {t('common.dismiss')}
        </Button>
      )}
    </Group>
  );
};
