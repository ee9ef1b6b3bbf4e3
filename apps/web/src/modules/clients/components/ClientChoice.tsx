import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { ExistingClientPicker } from './ExistingClientPicker';

export type ClientMode = 'new' | 'existing';

export type ClientChoiceProps = {
  /** The stored client already chosen (the form's ?clientId=), if any. */
  chosenClientId: string | undefined;
  mode: ClientMode;
  onModeChange: (mode: ClientMode) => void;
  onPick: (clientId: string) => void;
  onClear: () => void;
  error?: string | undefined;
};

/** The new-case form's first question: a new client, or one already stored (then a picker). */
export const ClientChoice = ({ chosenClientId, mode, onModeChange, onPick, onClear, error }: ClientChoiceProps) => {
  const { t } = useRecordsTranslation();
  const labelId = useId();
  if (chosenClientId)
    return (
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={onClear}>
          {t('clientChoice.change')}
        </Button>
      </Group>
    );
  return (
    <Stack gap="xs">
      <Text id={labelId} size="sm" fw={500}>
        {t('clientChoice.label')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={mode}
        onChange={(value) => onModeChange(value === 'existing' ? 'existing' : 'new')}
        data={[
          { value: 'new', label: t('clientChoice.newClient') },
          { value: 'existing', label: t('clientChoice.existingClient') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {mode === 'existing' && <ExistingClientPicker onPick={onPick} error={error} />}
    </Stack>
  );
};
