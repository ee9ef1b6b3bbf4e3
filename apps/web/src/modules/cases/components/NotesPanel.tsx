import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { TimelineEntry, TimelineResponse } from '@waiji/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { casesApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

export type NotesPanelProps = { caseId: string; events: readonly TimelineEntry[]; canEdit: boolean };

/** Free-text notes of the helpers (stored as NOTE events in the timeline), newest first. */
export const NotesPanel = ({ caseId, events, canEdit }: NotesPanelProps) => {
  const { t } = useCasesTranslation();
  const { locale } = useLanguage();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: (text: string) => casesApi.addNote(caseId, text),
    onSuccess: (entry) => {
      setBody('');
      queryClient.setQueryData<TimelineResponse>(caseKeys.events(caseId), (data) =>
        data ? { items: [...data.items, entry] } : data,
      );
      void queryClient.invalidateQueries({ queryKey: caseKeys.events(caseId) });
    },
  });
  const notes = events.filter((entry) => entry.action === 'NOTE').sort((a, b) => b.at.localeCompare(a.at));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (body.trim() !== '') add.mutate(body.trim());
  };

  return (
    <Panel title={t('casePage.notes.title')} testId="notes">
      {canEdit && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <GrowingTextarea
              label={t('casePage.notes.label')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              minRows={2}
              maxRows={8}
              maxLength={10000}
            />
            <Group justify="flex-end">
              <Button type="submit" size="xs" loading={add.isPending} disabled={body.trim() === ''}>
                {t('casePage.notes.add')}
              </Button>
            </Group>
            {add.isError && (
              <Alert color="red" variant="light" p="xs">
                {add.error.message}
              </Alert>
            )}
          </Stack>
        </form>
      )}
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('casePage.notes.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {notes.map((note) => (
            <li key={note.id}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {typeof note.data['body'] === 'string' ? note.data['body'] : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {note.actor?.displayName ?? t('casePage.timeline.system')} ·{' '}
                <time dateTime={note.at}>{formatMoment(new Date(note.at), locale)}</time>
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Panel>
  );
};
