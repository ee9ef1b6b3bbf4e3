import { Stack } from '@mantine/core';
import { type CalendarScope, calendarScopes } from '@waiji/domain';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useSession } from '../../session/hooks/useSession';
import { CalendarFeed } from './CalendarFeed';
import { SectionHeader } from './SectionStates';

/** Owners and admins may follow the whole organization; an individual's feed is simply theirs. */
const scopesFor = ({ canManage, isPersonal }: { canManage: boolean; isPersonal: boolean }): readonly CalendarScope[] =>
  isPersonal ? [] : calendarScopes.filter((scope) => canManage || scope !== 'ORGANIZATION');

/** Settings → Calendar feed: the signer's secret ICS address. */
export const CalendarSection = () => {
  const { t } = useAccountTranslation();
  const session = useSession();

  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.calendar.title')} description={t('settings.calendar.description')} />
      <CalendarFeed scopes={scopesFor(session)} />
    </Stack>
  );
};
