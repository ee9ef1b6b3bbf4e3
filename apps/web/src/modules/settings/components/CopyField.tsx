import { Button, Group, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';

/** A read-only value with a copy button that says when it worked. */
export const CopyField = ({ label, value }: { label: string; value: string }) => {
  const { t } = useAccountTranslation();
  const clipboard = useClipboard({ timeout: 2000 });
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
      />
      <Button variant="light" onClick={() => clipboard.copy(value)} aria-live="polite">
        {clipboard.copied ? t('accountCommon.copied') : t('accountCommon.copy')}
      </Button>
    </Group>
  );
};
