import { Alert, Button, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import type { NotificationItem } from '@waiji/contract';
import { useNavigate } from 'react-router';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useMarkAllRead, useMarkRead, useNotificationList } from '../hooks/useNotifications';
import classes from './NotificationPanel.module.css';

type PanelProps = { caseLink: (caseId: string) => string; onNavigate: () => void };

const Row = ({
  item,
  onOpen,
  onMarkRead,
  markReadLabel,
}: {
  item: NotificationItem;
  onOpen: () => void;
  onMarkRead: () => void;
  markReadLabel: string;
}) => {
  const { locale } = useLanguage();
  const unread = item.readAt === null;
  return (
    <li className={classes.item} data-unread={unread || undefined}>
      <UnstyledButton className={classes.open} onClick={onOpen}>
        <Text fw={unread ? 700 : 500} size="sm">
          {item.title}
        </Text>
        {item.body ? (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {item.body}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          <time dateTime={item.createdAt}>{formatMoment(new Date(item.createdAt), locale)}</time>
        </Text>
      </UnstyledButton>
      {unread ? (
        <Button variant="subtle" size="compact-xs" onClick={onMarkRead} aria-label={`${markReadLabel}: ${item.title}`}>
          {markReadLabel}
        </Button>
      ) : null}
    </li>
  );
};

export const NotificationPanel = ({ caseLink, onNavigate }: PanelProps) => {
  const { t } = useAccountTranslation();
  const navigate = useNavigate();
  const list = useNotificationList();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const anyUnread = items.some((item) => item.readAt === null);
  const failure = markRead.error ?? markAllRead.error;

  if (list.isPending) return <Loader size="sm" aria-label={t('notificationPanel.loading')} />;
  if (list.isError) {
    return (
      <Alert color="red" role="alert" title={t('notificationPanel.loadError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{list.error.message}</Text>
          <Button size="xs" variant="light" onClick={() => void list.refetch()}>
            {t('accountCommon.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (items.length === 0) return <Text c="dimmed">{t('notificationPanel.empty')}</Text>;

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button
          variant="light"
          size="xs"
          onClick={() => markAllRead.mutate()}
          disabled={!anyUnread}
          loading={markAllRead.isPending}
        >
          {t('notificationPanel.markAllRead')}
        </Button>
      </Group>
      {failure ? (
        <Alert color="red" role="alert">
          {t('notificationPanel.markFailed', { message: failure.message })}
        </Alert>
      ) : null}
      <ul className={classes.list} aria-label={t('notificationPanel.listLabel')}>
        {items.map((item) => (
          <Row
            key={item.id}
            item={item}
            markReadLabel={t('notificationPanel.markRead')}
            onMarkRead={() => markRead.mutate(item.id)}
            onOpen={() => {
              if (!item.readAt) markRead.mutate(item.id);
              if (item.caseId) {
                onNavigate();
                void navigate(caseLink(item.caseId));
              }
            }}
          />
        ))}
      </ul>
      {list.hasNextPage ? (
        <Button variant="subtle" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('notificationPanel.more')}
        </Button>
      ) : null}
    </Stack>
  );
};
