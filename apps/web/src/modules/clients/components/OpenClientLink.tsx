import { Anchor, Button, Modal } from '@mantine/core';
import type { ClientResponse } from '@waiji/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { useSession } from '../../session';
import { ClientDetailsForm } from './ClientDetailsForm';

/**
 * An individual is their own client and has no clients page: they change their names, passport and contact details
 * here, beside their case, in the same form staff use on the client page.
 */
const EditMyDetails = ({ client }: { client: ClientResponse }) => {
  const { t } = useRecordsTranslation();
  const { canEdit } = useSession();
  const [open, setOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={() => setOpen(true)}>
        {t('caseDetails.editMine')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('caseDetails.editMineTitle')} size="lg">
        <ClientDetailsForm client={client} canEdit />
      </Modal>
    </>
  );
};

/** From a case to its client's page; an individual gets "Change my details" instead (with `client` loaded). */
export const OpenClientLink = ({ clientId, client }: { clientId: string; client?: ClientResponse | undefined }) => {
  const { t } = useRecordsTranslation();
  if (useSession().isPersonal) return client ? <EditMyDetails client={client} /> : null;
  return (
    <Anchor component={Link} to={paths.client(clientId)} size="sm">
      {t('caseDetails.openClient')}
    </Anchor>
  );
};
