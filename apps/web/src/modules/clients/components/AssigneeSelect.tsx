import { NativeSelect } from '@mantine/core';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { useMembers } from '../../cases';

export type AssigneeSelectProps = {
  /** A user id, or '' for nobody. */
  value: string;
  onChange: (userId: string) => void;
  error?: string | undefined;
};

/** Who works the case: the organization's staff (never a portal client), or nobody. */
export const AssigneeSelect = ({ value, onChange, error }: AssigneeSelectProps) => {
  const { t } = useRecordsTranslation();
  const members = useMembers();
  const staff = (members.data?.members ?? []).filter((member) => member.role !== 'CLIENT');
  return (
    <NativeSelect
      label={t('assignee.label')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t('assignee.nobody') },
        ...staff.map((member) => ({ value: member.userId, label: member.displayName })),
      ]}
      error={error ?? (members.isError ? t('assignee.loadError') : undefined)}
      rightSectionPointerEvents="none"
    />
  );
};
