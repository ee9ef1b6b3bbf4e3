import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { useSession } from '../../session';

/** From a case to its client's page; an individual (their own client) has no clients page. */
export const OpenClientLink = ({ clientId }: { clientId: string }) => {
  const { t } = useRecordsTranslation();
  if (useSession().isPersonal) return null;
  return (
    <Anchor component={Link} to={paths.client(clientId)} size="sm">
      {t('caseDetails.openClient')}
    </Anchor>
  );
};
