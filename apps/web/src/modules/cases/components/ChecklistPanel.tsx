import { Alert, Badge, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { ChecklistItemResponse } from '@waiji/contract';
import { checklistStatuses, oneOf } from '@waiji/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { casesApi, type ChecklistStatus } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { useChecklist } from '../hooks/useCaseQueries';
import { QueryState } from './QueryState';

const statusColor: Record<ChecklistStatus, string> = {
  REQUESTED: 'gray.8',
  UPLOADED: 'blue.9',
  ACCEPTED: 'teal.9',
  REJECTED: 'red.9',
  WAIVED: 'gray.7',
};

type ItemProps = { caseId: string; item: ChecklistItemResponse; canEdit: boolean };

const ChecklistRow = ({ caseId, item, canEdit }: ItemProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (status: ChecklistStatus) => casesApi.setChecklistItem(caseId, item.document, status),
    onSuccess: (checklist) => {
      queryClient.setQueryData(caseKeys.checklist(caseId), checklist);
      void queryClient.invalidateQueries({ queryKey: caseKeys.events(caseId) });
      // Documents count in the pre-submission checks.
      void queryClient.invalidateQueries({ queryKey: ['cases', 'checks', caseId] });
    },
  });
  const label = text(item.label);
  return (
    <Stack
      component="li"
      gap={4}
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      data-document={item.document}
    >
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ flex: '1 1 12rem' }}>
          <Group gap={6}>
            <Text fw={600} size="sm">
              {label}
            </Text>
            <Badge size="xs" variant="outline" color={item.required ? 'red.9' : 'gray.8'} tt="none">
              {item.required ? t('casePage.checklist.required') : t('casePage.checklist.optional')}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {text(item.note)}
          </Text>
          <Text size="xs" c="dimmed">
            {item.changedBy && item.updatedAt
              ? t('casePage.checklist.changedBy', {
                  name: item.changedBy.displayName,
                  when: formatMoment(new Date(item.updatedAt), locale),
                })
              : t('casePage.checklist.unchanged')}
          </Text>
        </Stack>
        {canEdit ? (
          <NativeSelect
            aria-label={t('casePage.checklist.statusOf', { document: label })}
            size="xs"
            value={item.status}
            disabled={update.isPending}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (oneOf(checklistStatuses, value)) update.mutate(value);
            }}
            data={checklistStatuses.map((status) => ({
              value: status,
              label: t(`casePage.checklist.status.${status}`),
            }))}
          />
        ) : (
          <Badge color={statusColor[item.status]} tt="none">
            {t(`casePage.checklist.status.${item.status}`)}
          </Badge>
        )}
      </Group>
      {update.isError && (
        <Alert color="red" variant="light" p="xs">
          {update.error.message}
        </Alert>
      )}
    </Stack>
  );
};

export type ChecklistPanelProps = { caseId: string; canEdit: boolean };

/** The documents this case type needs, each with its status and who changed it last. */
export const ChecklistPanel = ({ caseId, canEdit }: ChecklistPanelProps) => {
  const { t } = useCasesTranslation();
  const checklist = useChecklist(caseId);
  return (
    <Panel title={t('casePage.checklist.title')} testId="checklist">
      <QueryState query={checklist}>
        {() => (
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
            {(checklist.data?.items ?? []).map((item) => (
              <ChecklistRow key={item.document} caseId={caseId} item={item} canEdit={canEdit} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Panel>
  );
};
