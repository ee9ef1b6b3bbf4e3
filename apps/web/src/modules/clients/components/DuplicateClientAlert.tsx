import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { DuplicateClientMatch } from '@waiji/contract';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { isApiError } from '../../api';
import { isRecord } from '../../api/ApiError';

/** The matches of a 409 DUPLICATE_CLIENT, or null for any other error. */
export const duplicateMatchesOf = (error: unknown): DuplicateClientMatch[] | null => {
  if (!isApiError(error) || error.code !== 'DUPLICATE_CLIENT') return null;
  const matches = error.detailRecord['matches'];
  return Array.isArray(matches) ? (matches.filter(isRecord) as DuplicateClientMatch[]) : [];
};

export type DuplicateClientAlertProps = {
  matches: DuplicateClientMatch[];
  onCreateAnyway: () => void;
  pending: boolean;
};

/** "This client may already exist": each match with a way to it, and "Create anyway" for a different person. */
export const DuplicateClientAlert = ({ matches, onCreateAnyway, pending }: DuplicateClientAlertProps) => {
  const { t } = useRecordsTranslation();
  return (
    <Alert color="orange" variant="light" role="alert" title={t('duplicate.title')} data-testid="duplicate-client">
      <Stack gap="sm">
        <Text size="sm">{t('duplicate.body')}</Text>
        <Stack component="ul" gap="xs" m={0} p={0}>
          {matches.map((match) => (
            <Stack component="li" key={match.id} gap={2} style={{ listStyle: 'none' }}>
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {match.passportName}
                {match.passportLast4 ? ` · ····${match.passportLast4}` : ''}
                {match.email ? ` · ${match.email}` : ''}
              </Text>
              <Text size="xs">
                {[
                  ...match.matchedOn.map((reason) => t(`duplicate.matchedOn.${reason}`)),
                  t('duplicate.openCases', { count: match.openCases }),
                  ...(match.archivedAt ? [t('duplicate.archived')] : []),
                ].join(' · ')}
              </Text>
              <Group gap="md">
                <Anchor component={Link} to={paths.client(match.id)} size="sm" underline="always">
                  {t('duplicate.open')}
                </Anchor>
                {!match.archivedAt && (
                  <Anchor component={Link} to={paths.caseNewFor(match.id)} size="sm" underline="always">
                    {t('duplicate.newCase')}
                  </Anchor>
                )}
              </Group>
            </Stack>
          ))}
        </Stack>
        <Group gap="sm" align="center">
          <Button variant="default" onClick={onCreateAnyway} loading={pending}>
            {t('duplicate.createAnyway')}
          </Button>
          <Text size="xs">{t('duplicate.createAnywayHint')}</Text>
        </Group>
      </Stack>
    </Alert>
  );
};
