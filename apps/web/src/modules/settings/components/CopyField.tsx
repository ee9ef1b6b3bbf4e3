import { Button, Group, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useAuthTranslation } from '../../../i18n/useAuthTranslation';

/**
 * A read-only value (a secret shown once, a feed or inbound address) with a copy button that says when it worked;
 * on a narrow screen the button goes under the field.
 */
export const CopyField = ({
  label,
  value,
  description,
  testId,
}: {
  label: string;
  value: string;
  description?: string;
  testId?: string;
}) => {
  const { t } = useAuthTranslation();
  const clipboard = useClipboard({ timeout: 2000 });
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: '1 1 260px', minWidth: 0 }}
        data-testid={testId}
      />
      <Button variant="light" onClick={() => clipboard.copy(value)} aria-live="polite">
        {clipboard.copied ? t('accountCommon.copied') : t('accountCommon.copy')}
      </Button>
    </Group>
  );
};
