import { Alert, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { currentLanguage } from '../../../i18n/i18n';
import { isLanguage, type Language } from '../../../i18n/languages';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useSession } from '../../session/hooks/useSession';
import { useUpdateProfile } from '../hooks/useAccount';
import { useOrganizationSettings, useUpdateOrganization } from '../hooks/useSettings';
import { isTimeZone, timeZoneOptions } from '../utils/timeZones';
import { SectionError, SectionHeader, SectionLoading } from './SectionStates';

// Each language named in itself, so a reader who cannot read the current one still finds theirs.
const languageNames: Record<Language, string> = { en: 'English', zh: '中文' };

/** An individual's own organization is theirs alone: its time zone is simply their time zone. */
const PersonalTimeZone = () => {
  const { t } = useAccountTranslation();
  const organization = useOrganizationSettings();
  const update = useUpdateOrganization();
  const current = organization.data?.timezone;
  const zones = useMemo(() => (current ? timeZoneOptions(current) : []), [current]);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  if (organization.isPending) return <SectionLoading />;
  if (organization.isError)
    return <SectionError error={organization.error} onRetry={() => void organization.refetch()} />;
  return (
    <Stack gap="xs">
      <Select
        label={t('settings.language.timezone')}
        description={t('settings.language.timezoneHint')}
        searchable
        data={zones}
        value={current ?? null}
        onChange={(zone) => {
          if (!zone || !isTimeZone(zone)) {
            setProblem(t('settings.organization.timezoneInvalid'));
            return;
          }
          setProblem(undefined);
          if (zone !== current) update.mutate({ timezone: zone });
        }}
        limit={50}
        error={problem}
        maw={520}
      />
      {update.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('accountCommon.saveError', { message: update.error.message })}
        </Alert>
      ) : null}
      {update.isSuccess ? (
        <Text size="sm" c="teal.9" role="status">
          {t('accountCommon.saved')}
        </Text>
      ) : null}
    </Stack>
  );
};

/**
 * The language of this app (kept in this browser) and of the emails Waiji sends the person (kept in their account):
 * one choice sets both; an account whose emails still go out in the other language is offered to follow.
 */
export const LanguageSection = () => {
  const { t, i18n } = useAccountTranslation();
  const { user, isPersonal } = useSession();
  const update = useUpdateProfile();
  const shown = currentLanguage(i18n);
  const emails = user && isLanguage(user.locale) ? user.locale : 'en';

  const choose = (value: string) => {
    if (!isLanguage(value)) return;
    void i18n.changeLanguage(value);
    if (user && value !== user.locale) update.mutate({ locale: value });
  };

  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.language.title')} description={t('settings.language.description')} />
      <Stack gap="lg" maw={520}>
        <Radio.Group label={t('settings.language.label')} value={shown} onChange={choose}>
          <Group gap="lg" mt="xs">
            {(Object.keys(languageNames) as Language[]).map((language) => (
              <Radio
                key={language}
                value={language}
                label={languageNames[language]}
                lang={language === 'zh' ? 'zh-CN' : 'en'}
              />
            ))}
          </Group>
        </Radio.Group>
        <Stack gap={6}>
          <Text size="sm" data-testid="email-language">
            {t('settings.language.emails', { language: languageNames[emails] })}
          </Text>
          {emails !== shown ? (
            <Group>
              <Button
                size="xs"
                variant="light"
                loading={update.isPending}
                onClick={() => update.mutate({ locale: shown })}
              >
                {t('settings.language.emailsFollow', { language: languageNames[shown] })}
              </Button>
            </Group>
          ) : null}
          {update.isError ? (
            <Alert color="red" variant="light" role="alert">
              {t('accountCommon.saveError', { message: update.error.message })}
            </Alert>
          ) : null}
        </Stack>
        {isPersonal ? <PersonalTimeZone /> : null}
      </Stack>
    </Stack>
  );
};
