import { Anchor, Stack, Text } from '@mantine/core';
import type { ImportWarning } from '@waiji/contract';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';

const MAX_SHOWN = 200;

/** The import preview's rows that look like clients already stored, each with links to those clients. */
export const ImportWarnings = ({ warnings }: { warnings: readonly ImportWarning[] }) => {
  const { t } = useRecordsTranslation();
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="import-warnings">
      <Text size="sm" c="orange" fw={600}>
        {t('importWarnings.title', { count: warnings.length })}
      </Text>
      <Text size="xs">{t('importWarnings.hint')}</Text>
      <Stack component="ul" gap={4} m={0} p={0} mah={240} style={{ overflowY: 'auto' }}>
        {warnings.slice(0, MAX_SHOWN).map((warning) => (
          <Text component="li" size="sm" key={warning.line} style={{ listStyle: 'none', overflowWrap: 'anywhere' }}>
            {t('importWarnings.line')} {warning.line} — {t('importWarnings.matches')}{' '}
            {warning.matches.map((match, index) => (
              <span key={match.id}>
                {index > 0 && ', '}
                <Anchor component={Link} to={paths.client(match.id)} size="sm" target="_blank">
                  {match.passportName}
                  {match.passportLast4 ? ` ····${match.passportLast4}` : ''}
                </Anchor>
              </span>
            ))}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
};
