import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientResponse } from '@waiji/contract';
import { type FormEvent, useId, useState } from 'react';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';
import { DialogActions } from '../../../ui/DialogActions';
import { Panel } from '../../../ui/Panel';
import { useSession } from '../../session/hooks/useSession';
import { documentsApi } from '../api/documentsApi';

/** The typed confirmation: the client's name, ignoring case and the spaces around it. */
export const confirmsName = (typed: string, name: string) =>
  typed.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase() && name.trim() !== '';

const EraseDialog = ({ client, onClose }: { client: ClientResponse; onClose: () => void }) => {
  const { t } = useDocumentsTranslation();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const erase = useMutation({
    mutationFn: () => documentsApi.eraseClient(client.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmsName(typed, client.passportName)) {
      setMismatch(true);
      return;
    }
    erase.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('client.eraseConfirmTitle', { name: client.passportName })} centered>
      {erase.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="light" role="status">
            {t('client.erased', { cases: erase.data.anonymisedCases, files: erase.data.deletedDocuments })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('client.eraseBody')}</Text>
            <TextInput
              label={t('client.eraseTyped', { name: client.passportName })}
              value={typed}
              onChange={(event) => {
                setTyped(event.currentTarget.value);
                setMismatch(false);
              }}
              error={mismatch ? t('client.eraseMismatch') : undefined}
              autoComplete="off"
              data-autofocus
            />
            <DialogActions
              error={erase.isError ? t('common.failed', { message: erase.error.message }) : null}
              cancelLabel={t('common.cancel')}
              onCancel={onClose}
              confirmLabel={t('client.eraseConfirm')}
              color="red.8"
              pending={erase.isPending}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
};

/**
 * A client's page, for owners and admins: the subject-access export (a ZIP of JSON and files) and erasure, which
 * keeps only anonymised case outcomes.
 */
export const ClientDataActions = ({ client }: { client: ClientResponse }) => {
  const { t } = useDocumentsTranslation();
  const { canManage } = useSession();
  const exportId = useId();
  const eraseId = useId();
  const [erasing, setErasing] = useState(false);
  if (!canManage) return null;
  return (
    <Panel title={t('client.title')} testId="client-data">
      <Stack gap="md">
        <Stack gap={4} component="section" aria-labelledby={exportId} align="flex-start">
          <Title order={3} size="h6" id={exportId}>
            {t('client.exportTitle')}
          </Title>
          <Text size="sm">{t('client.exportBody')}</Text>
          <Button component="a" href={documentsApi.exportUrl(client.id)} download variant="default" size="sm">
            {t('client.export')}
          </Button>
        </Stack>
        <Stack gap={4} component="section" aria-labelledby={eraseId} align="flex-start">
          <Title order={3} size="h6" id={eraseId}>
            {t('client.eraseTitle')}
          </Title>
          <Text size="sm">{t('client.eraseBody')}</Text>
          <Button variant="outline" color="red.9" size="sm" onClick={() => setErasing(true)}>
            {t('client.erase')}
          </Button>
        </Stack>
      </Stack>
      {erasing ? <EraseDialog client={client} onClose={() => setErasing(false)} /> : null}
    </Panel>
  );
};
