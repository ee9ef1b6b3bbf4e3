import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useIntegrationsTranslation } from '../../../i18n/useIntegrationsTranslation';
import { CopyField } from '../../settings/components/CopyField';

/** A secret the server returns once (a new API token, a webhook's signing secret): copy it now, then Done. */
export const SecretShownOnce = ({
  title,
  note,
  label,
  value,
  onDone,
}: {
  title?: string;
  note: string;
  label: string;
  value: string;
  onDone: () => void;
}) => {
  const { t } = useIntegrationsTranslation();
  return (
    <Alert color="green" variant="light" role="status" title={title}>
      <Stack gap="xs">
        <Text size="sm">{note}</Text>
        <CopyField label={label} value={value} />
        <Group>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('common.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
};
