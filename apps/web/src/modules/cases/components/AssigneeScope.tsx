import { Chip, Group, Text } from '@mantine/core';
import { memo, useId } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';

/** Whose cases a list shows: `me`, `none` (unassigned) or everyone (no assignee filter). */
export type AssigneeScopeValue = 'me' | 'none' | undefined;

const EVERYONE = 'everyone';

type AssigneeScopeProps = {
  /** The list's assignee filter: `me`, `none`, a member's id (then no choice is marked) or none at all. */
  value: string | undefined;
  onChange: (value: AssigneeScopeValue) => void;
};

/**
 * "Mine / Unassigned / Everyone": the assignee filter in one tap (Today, the case list and the board). Radio chips, so
 * the keyboard moves between them with the arrow keys; a particular member stays the filters' assignee select.
 */
export const AssigneeScope = memo(function AssigneeScope({ value, onChange }: AssigneeScopeProps) {
  const { t } = useCasesTranslation();
  const name = useId();
  const checked = value === undefined ? EVERYONE : value;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      {/* Floated, the legend sits on the chips' line (a legend is otherwise drawn on the fieldset's border). */}
      <Text component="legend" size="sm" fw={500} p={0} mr="xs" lh="26px" style={{ float: 'left' }}>
        {t('caseList.scope.label')}
      </Text>
      <Chip.Group value={checked} onChange={(next) => onChange(next === 'me' || next === 'none' ? next : undefined)}>
        <Group gap={6} wrap="wrap">
          <Chip value="me" name={name} size="sm" variant="outline">
            {t('caseList.scope.mine')}
          </Chip>
          <Chip value="none" name={name} size="sm" variant="outline">
            {t('caseList.scope.unassigned')}
          </Chip>
          <Chip value={EVERYONE} name={name} size="sm" variant="outline">
            {t('caseList.scope.everyone')}
          </Chip>
        </Group>
      </Chip.Group>
    </fieldset>
  );
});
