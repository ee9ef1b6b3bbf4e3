import { Anchor, Badge, Group, Text } from '@mantine/core';
import { caseTypeLabels } from '@waiji/domain';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useConversationsTranslation } from '../../../i18n/useConversationsTranslation';
import { PlainList, QueryPanel } from '../../../ui/QueryPanel';
import { useSession } from '../../session/hooks/useSession';
import { useUnreadMessages } from '../hooks/useConversation';

/** Today: the cases whose client wrote and nobody of those who answer for them has read it yet. */
export const UnreadMessagesToday = () => {
  const { t } = useConversationsTranslation();
  const pick = useBilingual();
  const { locale } = useLanguage();
  // An individual's own organization has no portal clients.
  const relevant = !useSession().isPersonal;
  const query = useUnreadMessages('helper', relevant);
  if (!relevant) return null;
  return (
    <QueryPanel
      title={t('today.title')}
      testId="today-messages"
      query={query}
      count={(data) => data.total}
      isEmpty={(data) => data.cases.length === 0}
      labels={{
        loading: t('loading'),
        error: t('today.error', { message: query.error?.message ?? '' }),
        retry: t('retry'),
        empty: t('today.empty'),
      }}
    >
      {(data) => (
        <PlainList>
          {data.cases.map((item) => (
            <Group
              component="li"
              key={item.caseId}
              justify="space-between"
              wrap="wrap"
              gap="xs"
              py="xs"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={paths.case(item.caseId)} fw={600}>
                  {item.clientName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {pick(caseTypeLabels[item.type])}
                </Text>
              </Group>
              <Group gap="xs" wrap="wrap">
                <Badge color="orange">{t('newMessages', { count: item.unread })}</Badge>
                <Text size="xs" c="dimmed">
                  <time dateTime={item.latestAt}>{formatMoment(new Date(item.latestAt), locale)}</time>
                </Text>
              </Group>
            </Group>
          ))}
        </PlainList>
      )}
    </QueryPanel>
  );
};

/** The portal's case list: how many messages from the helpers on this case are unread (nothing when none). */
export const PortalUnreadBadge = ({ caseId }: { caseId: string }) => {
  const { t } = useConversationsTranslation();
  const query = useUnreadMessages('client', useSession().isClient);
  const unread = query.data?.cases.find((item) => item.caseId === caseId)?.unread ?? 0;
  return unread > 0 ? (
    <Badge color="orange" tt="none">
      {t('newMessages', { count: unread })}
    </Badge>
  ) : null;
};
