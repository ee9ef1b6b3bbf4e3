import { Alert, Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useInboxTranslation } from '../../../i18n/useInboxTranslation';
import { useSession } from '../../session';
import { useUnmatchedMail } from '../hooks/useInbox';

/** Today's line "3 emails wait for a case", linking to the unmatched inbox; nothing when none waits. */
export const UnmatchedMailToday = () => {
  const { t } = useInboxTranslation();
  const { isPersonal } = useSession();
  const query = useUnmatchedMail(!isPersonal);
  const count = query.data?.length ?? 0;
  if (isPersonal || count === 0) return null;
  return (
    <Alert color="orange" variant="light" data-testid="unmatched-emails-today">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('inbox.today', { count })}
        </Text>
        <Anchor component={Link} to={paths.inbox} size="sm" underline="always">
          {t('inbox.todayLink')}
        </Anchor>
      </Group>
    </Alert>
  );
};
