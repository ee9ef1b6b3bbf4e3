import { Alert, Button, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import type { MemberResponse } from '@waiji/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useSession } from '../../session';
import { casesApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { PortalInviteAction } from './PortalInviteAction';

export type BulkActionsBarProps = {
  selectedIds: readonly string[];
  members: readonly Pick<MemberResponse, 'userId' | 'displayName' | 'role'>[];
  onClear: () => void;
};

const MAX_BULK = 500;

/**
 * Assign or tag every selected case in one request each; the list reloads afterwards. Owners and admins also invite
 * the selected cases' clients to the portal. Memoised: the list page
 * re-renders whenever a page of cases arrives (the reload too), which changes none of these props.
 */
export const BulkActionsBar = memo(function BulkActionsBar({ selectedIds, members, onClear }: BulkActionsBarProps) {
  const { t } = useCasesTranslation();
  const { canManage, isPersonal } = useSession();
  const queryClient = useQueryClient();
  const [assignee, setAssignee] = useState('');
  const [tag, setTag] = useState('');
  const [done, setDone] = useState<number | null>(null);

  const run = useMutation({
    mutationFn: (
      change: { kind: 'assign'; assigneeId: string | null } | { kind: 'tag'; add: string[]; remove: string[] },
    ) =>
      change.kind === 'assign'
        ? casesApi.bulkAssign([...selectedIds], change.assigneeId)
        : casesApi.bulkTags([...selectedIds], change.add, change.remove),
    onSuccess: (result) => {
      setDone(result.updated);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });

  const tooMany = selectedIds.length > MAX_BULK;
  const disabled = run.isPending || tooMany;
  const trimmedTag = tag.trim();

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={t('caseList.bulk.label')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text fw={600} size="sm" role="status" mb={8}>
          {t('caseList.selected', { count: selectedIds.length })}
        </Text>
        <NativeSelect
          label={t('caseList.bulk.assignTo')}
          value={assignee}
          onChange={(event) => setAssignee(event.currentTarget.value)}
          data={[
            { value: '', label: t('caseCommon.unassigned') },
            ...members
              .filter((member) => member.role !== 'CLIENT' && member.role !== 'VIEWER')
              .map((member) => ({ value: member.userId, label: member.displayName })),
          ]}
        />
        <Button
          onClick={() => run.mutate({ kind: 'assign', assigneeId: assignee === '' ? null : assignee })}
          disabled={disabled}
        >
          {t('caseList.bulk.assign')}
        </Button>
        <TextInput
          label={t('caseList.bulk.tag')}
          value={tag}
          maxLength={40}
          onChange={(event) => setTag(event.currentTarget.value)}
          w={160}
        />
        <Button
          variant="default"
          onClick={() => run.mutate({ kind: 'tag', add: [trimmedTag], remove: [] })}
          disabled={disabled || trimmedTag === ''}
        >
          {t('caseList.bulk.addTag')}
        </Button>
        <Button
          variant="default"
          onClick={() => run.mutate({ kind: 'tag', add: [], remove: [trimmedTag] })}
          disabled={disabled || trimmedTag === ''}
        >
          {t('caseList.bulk.removeTag')}
        </Button>
        <Button variant="subtle" onClick={onClear}>
          {t('caseList.clearSelection')}
        </Button>
      </Group>
      {canManage && !isPersonal ? <PortalInviteAction caseIds={selectedIds} disabled={tooMany} /> : null}
      {tooMany && (
        <Text size="sm" c="red.9" mt="xs">
          {t('caseList.bulk.tooMany')}
        </Text>
      )}
      {run.isError && (
        <Alert color="red" variant="light" mt="xs">
          {run.error.message}
        </Alert>
      )}
      {done !== null && !run.isError && (
        <Text size="sm" mt="xs" role="status">
          {t('caseList.bulk.done', { count: done })}
        </Text>
      )}
    </Paper>
  );
});
