import { Group, NativeSelect, Text } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import { oneOf, priorities, type Priority, priorityLabels } from '@waiji/domain';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { isApiError } from '../../api';
import { useCaseUpdate } from '../hooks/useCaseEdits';
import { useMembers } from '../hooks/useCaseQueries';
import { PriorityBadge } from './PriorityBadge';

export type CaseAssignmentProps = { caseRecord: CaseResponse; canEdit: boolean };

const mostUrgentFirst: Priority[] = [...priorities].reverse();
/** Who may be given a case: the people who work cases (as the bulk assign offers them). */
const assignableRoles = new Set(['HELPER', 'ADMIN', 'OWNER']);

/**
 * Who works on the case and how urgent it is, in the case page's header: two selects that save at once (PATCH
 * /cases/:id, recorded on the timeline), or the values as text for someone who may not change them.
 */
export const CaseAssignment = ({ caseRecord, canEdit }: CaseAssignmentProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const members = useMembers(canEdit);
  const update = useCaseUpdate();

  if (!canEdit) {
    return (
      <Group gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('casePage.assignee')}: {caseRecord.assigneeName ?? t('caseCommon.unassigned')}
        </Text>
        <PriorityBadge priority={caseRecord.priority} size="sm" />
      </Group>
    );
  }

  const team = (members.data?.members ?? []).filter((member) => assignableRoles.has(member.role));
  // The current assignee stays choosable even if they are not (or not yet) in the list: the select shows the truth.
  const current =
    caseRecord.assigneeId && !team.some((member) => member.userId === caseRecord.assigneeId)
      ? [{ value: caseRecord.assigneeId, label: caseRecord.assigneeName ?? caseRecord.assigneeId }]
      : [];
  const assigneeOptions = [
    { value: '', label: t('caseCommon.unassigned') },
    ...current,
    ...team.map((member) => ({ value: member.userId, label: member.displayName })),
  ];
  const error = update.error ?? members.error;

  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <NativeSelect
        size="xs"
        label={t('casePage.assignee')}
        data={assigneeOptions}
        value={caseRecord.assigneeId ?? ''}
        disabled={update.isPending}
        onChange={(event) => {
          const value = event.currentTarget.value;
          update.mutate({ caseId: caseRecord.id, change: { assigneeId: value === '' ? null : value } });
        }}
        w={200}
        data-testid="assignee-select"
      />
      <NativeSelect
        size="xs"
        label={t('casePage.priority')}
        data={mostUrgentFirst.map((priority) => ({ value: priority, label: text(priorityLabels[priority]) }))}
        value={caseRecord.priority}
        disabled={update.isPending}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (oneOf(priorities, value)) update.mutate({ caseId: caseRecord.id, change: { priority: value } });
        }}
        w={130}
        data-testid="priority-select"
      />
      {members.isPending && (
        <Text size="xs" c="dimmed" mb={6}>
          {t('casePage.assignment.loadingTeam')}
        </Text>
      )}
      {error && (
        <Text size="xs" c="red.9" role="alert" mb={6}>
          {update.error
            ? t('casePage.assignment.notSaved', { message: isApiError(error) ? error.message : String(error) })
            : t('casePage.assignment.teamError', { message: isApiError(error) ? error.message : String(error) })}
        </Text>
      )}
    </Group>
  );
};
