import { Button, Group, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useInboxTranslation } from '../../../i18n/useInboxTranslation';

/** An inbound address, read-only, with a copy button that says when it worked. */
export const CopyAddress = ({
  label,
  address,
  description,
}: {
  label: string;
  address: string;
  description?: string;
}) => {
  const { t } = useInboxTranslation();
  const clipboard = useClipboard({ timeout: 2000 });
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        label={label}
        description={description}
        value={address}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: '1 1 260px', minWidth: 0 }}
        data-testid="inbound-address"
      />
      <Button variant="light" onClick={() => clipboard.copy(address)} aria-live="polite">
        {clipboard.copied ? t('common.copied') : t('common.copy')}
      </Button>
    </Group>
  );
};
