import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSecurityTranslation } from '../../../i18n/useSecurityTranslation';

/** The ten recovery codes, shown once right after they are made. */
export const RecoveryCodes = ({ codes, onDone }: { codes: string[]; onDone: () => void }) => {
  const { t } = useSecurityTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(codes.join('\n')).then(() => setCopied(true));
  };
  return (
    <Alert color="yellow" variant="light" title={t('codes.title')} role="status">
      <Stack gap="sm">
        <Text size="sm">{t('codes.intro')}</Text>
        <List spacing={2} ff="monospace" data-testid="recovery-codes" listStyleType="none">
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
        <Group gap="sm">
          <Button variant="default" onClick={copy}>
            {copied ? t('codes.copied') : t('codes.copy')}
          </Button>
          <Button onClick={onDone}>{t('codes.done')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
};
