import { Alert, Badge, Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { ConversationMessage } from '@waiji/contract';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { type ConversationsT, useConversationsTranslation } from '../../../i18n/useConversationsTranslation';
import { Panel } from '../../../ui/Panel';
import { useSession } from '../../session/hooks/useSession';
import { type ConversationSide, messageMaxLength } from '../api/conversationsApi';
import { useConversation, useMarkConversationRead, useSendMessage } from '../hooks/useConversation';
import classes from './ConversationPanel.module.css';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

export type ConversationPanelProps = { caseId: string; side: ConversationSide; canWrite: boolean };

const authorOf = (message: ConversationMessage, side: ConversationSide, t: ConversationsT): string => {
  if (message.mine) return t('you');
  if (message.author) return message.author.displayName;
  if (message.fromClient) return t('client');
  return side === 'client' ? t('yourHelper') : t('unknownAuthor');
};

const MessageItem = ({
  message,
  side,
  isNew,
}: {
  message: ConversationMessage;
  side: ConversationSide;
  isNew: boolean;
}) => {
  const { t } = useConversationsTranslation();
  const { locale } = useLanguage();
  return (
    <li className={classes.message} data-mine={message.mine || undefined} data-new={isNew || undefined}>
      <Group gap={6} wrap="wrap" align="baseline">
        <Text size="sm" fw={600}>
          {authorOf(message, side, t)}
        </Text>
        <Badge size="xs" variant="outline" color={message.fromClient ? 'grape.9' : 'blue.9'}>
          {message.fromClient ? t('client') : t('helper')}
        </Badge>
        {isNew ? (
          <Badge size="xs" color="orange">
            {t('new')}
          </Badge>
        ) : null}
        <Text size="xs" c="dimmed">
          <time dateTime={message.createdAt}>{formatMoment(new Date(message.createdAt), locale)}</time>
        </Text>
      </Group>
      <Text size="sm" className={classes.body}>
        {message.body}
      </Text>
    </li>
  );
};

const Composer = ({ caseId, side }: { caseId: string; side: ConversationSide }) => {
  const { t } = useConversationsTranslation();
  const send = useSendMessage(side, caseId);
  const [body, setBody] = useState('');
  const text = body.trim();
  const submit = () => {
    if (text === '' || send.isPending) return;
    send.mutate(text, { onSuccess: () => setBody('') });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
  // Enter writes a new line (messages are often several); Ctrl/⌘+Enter sends.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="xs">
        <GrowingTextarea
          label={t('label')}
          placeholder={side === 'client' ? t('placeholderClient') : t('placeholderHelper')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          minRows={2}
          maxRows={8}
          maxLength={messageMaxLength}
          description={
            body.length > messageMaxLength * 0.9
              ? t('counter', { count: body.length, max: messageMaxLength })
              : undefined
          }
        />
        {send.isError ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {t('sendError', { message: send.error.message })}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={send.isPending} disabled={text === ''}>
            {t('send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/**
 * A case's conversation between its client and the helpers: the messages oldest first, who wrote each and when, a
 * box to write, and the caller's unread messages marked read once shown (those stay marked "New" while the panel is
 * open). Used on the helper's case page (side "helper") and in the client's portal (side "client").
 */
export const ConversationPanel = ({ caseId, side, canWrite }: ConversationPanelProps) => {
  const { t } = useConversationsTranslation();
  const conversation = useConversation(side, caseId);
  const markRead = useMarkConversationRead(side, caseId);
  const listRef = useRef<HTMLOListElement>(null);
  // What was read before this panel opened: later messages of the other side are the new ones.
  const [readBefore, setReadBefore] = useState<{ at: string | null } | null>(null);
  const data = conversation.data;
  const items = data?.items ?? [];
  const newest = items.at(-1)?.createdAt;
  const unread = data?.unread ?? 0;

  useEffect(() => {
    if (data && readBefore === null) setReadBefore({ at: data.lastReadAt });
  }, [data, readBefore]);

  // Shown means read: up to the newest message on screen, so one that arrives meanwhile stays unread.
  const { mutate: markReadUpTo } = markRead;
  useEffect(() => {
    if (unread > 0 && newest) markReadUpTo(newest);
  }, [unread, newest, markReadUpTo]);

  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [items.length]);

  const fromOtherSide = (message: ConversationMessage) => message.fromClient === (side === 'helper');
  const isNew = (message: ConversationMessage) =>
    readBefore !== null &&
    !message.mine &&
    fromOtherSide(message) &&
    (readBefore.at === null || message.createdAt > readBefore.at);
  const newCount = items.filter(isNew).length;

  return (
    <Panel
      title={side === 'client' ? t('titleClient') : t('titleHelper')}
      testId="conversation"
      aside={
        newCount > 0 ? (
          <Badge color="orange" data-testid="conversation-unread">
            {t('unread', { count: newCount })}
          </Badge>
        ) : null
      }
    >
      {conversation.isPending ? (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm">{t('loading')}</Text>
        </Group>
      ) : conversation.isError ? (
        <Alert color="red" variant="light" role="alert" title={t('loadError', { message: conversation.error.message })}>
          <Button size="xs" variant="light" color="red.9" onClick={() => void conversation.refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {side === 'client' ? t('emptyClient') : t('emptyHelper')}
        </Text>
      ) : (
        <ol ref={listRef} className={classes.list} aria-label={t('listLabel')} tabIndex={0}>
          {items.map((message) => (
            <MessageItem key={message.id} message={message} side={side} isNew={isNew(message)} />
          ))}
        </ol>
      )}
      {!conversation.isError && !conversation.isPending ? (
        canWrite ? (
          <Composer caseId={caseId} side={side} />
        ) : (
          <Box>
            <Text size="sm" c="dimmed">
              {t('readOnly')}
            </Text>
          </Box>
        )
      ) : null}
    </Panel>
  );
};

/** The case page's conversation: staff write (HELPER and up) or read (VIEWER); an individual has no one to write to. */
export const CaseConversation = ({ caseId }: { caseId: string }) => {
  const { isPersonal, canEdit } = useSession();
  return isPersonal ? null : <ConversationPanel caseId={caseId} side="helper" canWrite={canEdit} />;
};

/** The portal's conversation, for a client (an individual's portal is their own case; they have no helper). */
export const PortalConversation = ({ caseId }: { caseId: string }) =>
  useSession().isClient ? <ConversationPanel caseId={caseId} side="client" canWrite /> : null;
