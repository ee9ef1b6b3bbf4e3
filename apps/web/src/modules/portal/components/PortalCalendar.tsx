import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { CalendarFeed } from '../../settings/components/CalendarFeed';

/**
 * A client's own calendar feed: their case's deadlines meant for them, in their language. Opened on request, so the
 * portal asks for the feed's status only when the client wants one.
 */
export const PortalCalendar = () => {
  const { t } = useAccountTranslation();
  const [open, setOpen] = useState(false);
  if (open) return <CalendarFeed scopes={[]} />;
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">{t('portal.calendar.body')}</Text>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('portal.calendar.open')}
      </Button>
    </Stack>
  );
};
