import { ActionIcon, Drawer, Indicator } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouteFallback } from '../../shell/components/RouteFallback';
import { notificationKeys } from '../api/notificationsApi';
import { useUnreadCount } from '../hooks/useUnreadCount';
import { BellIcon } from './BellIcon';

// The list, its strings and its mutations load when the drawer first opens, not with the header.
const NotificationPanel = lazy(() => import('./NotificationPanel').then((m) => ({ default: m.NotificationPanel })));

/** The header's bell: the unread count (polled), and a drawer listing notifications. */
export const NotificationBell = ({ caseLink }: { caseLink: (caseId: string) => string }) => {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount(true);
  const queryClient = useQueryClient();
  const count = unread.data?.count ?? 0;
  const latestAt = unread.data?.latestAt ?? null;
  const seenLatest = useRef(latestAt);

  // Something new arrived: the list (if loaded) is stale.
  useEffect(() => {
    if (seenLatest.current !== latestAt) {
      seenLatest.current = latestAt;
      void queryClient.invalidateQueries({ queryKey: notificationKeys.list() });
    }
  }, [latestAt, queryClient]);

  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  return (
    <>
      {/* The count is in the button's name; the badge itself is decoration. */}
      <Indicator
        label={<span aria-hidden="true">{count > 99 ? '99+' : count}</span>}
        size={18}
        disabled={count === 0}
        color="red.8"
        offset={4}
      >
        <ActionIcon
          variant="subtle"
          color="gray.8"
          size="lg"
          aria-label={label}
          aria-haspopup="dialog"
          aria-expanded={opened}
          onClick={() => setOpened(true)}
        >
          <BellIcon />
        </ActionIcon>
      </Indicator>
      {/* Mounted only while open: closed, Mantine's drawer still mounted a portal that re-rendered after every page's
          first commit. */}
      {opened ? (
        <Drawer
          opened
          onClose={() => setOpened(false)}
          position="right"
          title={t('notifications.bell')}
          size="md"
          // Mantine's close button is an icon alone: without a name a screen reader announces just "button".
          closeButtonProps={{ 'aria-label': t('notifications.close') }}
        >
          <Suspense fallback={<RouteFallback />}>
            <NotificationPanel caseLink={caseLink} onNavigate={() => setOpened(false)} />
          </Suspense>
        </Drawer>
      ) : null}
    </>
  );
};
