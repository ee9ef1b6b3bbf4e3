import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { OrganizationSettings } from '@waiji/contract';
import { type FormEvent, useMemo, useState } from 'react';
import { formatDay } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useTranslation } from 'react-i18next';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { DocumentRetentionSection } from '../../documents/lazy';
import { OrganizationSecurityPanel } from '../../security/lazy';
import { ClientReportsSetting } from '../../proposals/components/ClientReportsSetting';
import { useSession } from '../../session/hooks/useSession';
import { useOrganizationSettings, useUpdateOrganization } from '../hooks/useSettings';
import { isTimeZone, timeZoneOptions } from '../utils/timeZones';
import { ReadOnlyNote, SaveOutcome, SectionError, SectionHeader, SectionLoading } from './SectionStates';

type UpdateMutation = ReturnType<typeof useUpdateOrganization>;

const OrganizationForm = ({ organization, update }: { organization: OrganizationSettings; update: UpdateMutation }) => {
  const { t } = useAccountTranslation();
  const [name, setName] = useState(organization.name);
  const [timezone, setTimezone] = useState<string | null>(organization.timezone);
  const [problems, setProblems] = useState<{ name?: string; timezone?: string }>({});
  const zones = useMemo(() => timeZoneOptions(organization.timezone), [organization.timezone]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const found = {
      ...(trimmed === ''
        ? { name: t('auth.problems.required') }
        : trimmed.length > 120
          ? { name: t('auth.problems.tooLong') }
          : {}),
      ...(!timezone || !isTimeZone(timezone) ? { timezone: t('settings.organization.timezoneInvalid') } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0 || !timezone) return;
    const body = {
      ...(trimmed !== organization.name ? { name: trimmed } : {}),
      ...(timezone !== organization.timezone ? { timezone } : {}),
    };
    if (Object.keys(body).length === 0) return;
    update.mutate(body, {
      // The optimistic value was put back; show it in the form too.
      onError: () => {
        setName(organization.name);
        setTimezone(organization.timezone);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={520}>
        <SaveOutcome save={update} />
        <TextInput
          label={t('settings.organization.name')}
          required
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problems.name}
        />
        <Select
          label={t('settings.organization.timezone')}
          description={t('settings.organization.timezoneHint')}
          searchable
          required
          data={zones}
          value={timezone}
          onChange={setTimezone}
          limit={50}
          error={problems.timezone}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('accountCommon.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

export const OrganizationSection = () => {
  const { t } = useAccountTranslation();
  const { t: tShell } = useTranslation();
  const { locale } = useLanguage();
  const { canManage } = useSession();
  const organization = useOrganizationSettings();
  const update = useUpdateOrganization();

  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.organization.title')} description={t('settings.organization.description')} />
      {canManage ? null : <ReadOnlyNote />}
      {organization.isPending ? <SectionLoading /> : null}
      {organization.isError ? (
        <SectionError error={organization.error} onRetry={() => void organization.refetch()} />
      ) : null}
      {organization.data ? (
        <Stack gap="md">
          {canManage ? (
            <OrganizationForm organization={organization.data} update={update} />
          ) : (
            <Paper withBorder p="md" maw={520}>
              <Stack gap="xs">
                <Text size="sm">
                  <strong>{t('settings.organization.name')}:</strong> {organization.data.name}
                </Text>
                <Text size="sm">
                  <strong>{t('settings.organization.timezone')}:</strong> {organization.data.timezone}
                </Text>
              </Stack>
            </Paper>
          )}
          <ClientReportsSetting organization={organization.data} canManage={canManage} />
          <DocumentRetentionSection canManage={canManage} />
          <OrganizationSecurityPanel canManage={canManage} />
          <Text size="sm" c="dimmed">
            {t('settings.organization.kindSince', {
              kind: tShell(`organizationKinds.${organization.data.kind}`),
              date: formatDay(new Date(organization.data.createdAt), locale),
            })}
          </Text>
        </Stack>
      ) : null}
    </Stack>
  );
};
