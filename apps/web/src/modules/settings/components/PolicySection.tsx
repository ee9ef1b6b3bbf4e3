import {
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { OrganizationPolicyResponse, PolicyDuration } from '@waiji/contract';
import {
  defaultPolicy,
  durationUnits,
  isPolicyDurationField,
  oneOf,
  type PolicyField,
  policyFields,
  policyOffWhenZero,
  policySources,
  validatePolicy,
} from '@waiji/domain';
import { type FormEvent, useState } from 'react';
import { useBilingual } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { SourceTags } from '../../sources/components/SourceTags';
import { useSession } from '../../session/hooks/useSession';
import { usePolicy, useUpdatePolicy } from '../hooks/useSettings';
import { draftFrom, overridesFrom, type PolicyDraft } from '../utils/policy';
import { ReadOnlyNote, SaveOutcome, SectionError, SectionHeader, SectionLoading } from './SectionStates';

const useDurationText = () => {
  const { t } = useAccountTranslation();
  return (duration: PolicyDuration) => t(`settings.policy.units.${duration.unit}`, { count: duration.amount });
};

type PolicyDefaults = OrganizationPolicyResponse['defaults'];

/** The default of a field, why it is what it is, and its sources. */
const DefaultCell = ({ field, defaults }: { field: PolicyField; defaults: PolicyDefaults }) => {
  const { t } = useAccountTranslation();
  const durationText = useDurationText();
  const pick = useBilingual();
  const source = policySources[field];
  const text =
    field === 'depositChaseLimit'
      ? t('settings.policy.times', { count: defaults.depositChaseLimit })
      : policyOffWhenZero.includes(field) && defaults[field].amount === 0
        ? t('settings.policy.off')
        : durationText(defaults[field]);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {text}
      </Text>
      <Text size="xs" c="dimmed">
        {pick(source.note)}
      </Text>
      <SourceTags tags={source.source} />
    </Stack>
  );
};

/** Everyone but owners and admins: the API shows them nothing, so the domain's defaults stand in, marked as such. */
const DefaultsOnly = () => {
  const { t } = useAccountTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('settings.policy.field')}</Table.Th>
            <Table.Th scope="col">{t('settings.policy.default')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policyFields.map((field) => (
            <Table.Tr key={field}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={600}>
                  {t(`settings.policy.fields.${field}.label`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`settings.policy.fields.${field}.help`)}
                </Text>
              </Table.Th>
              <Table.Td>
                <DefaultCell field={field} defaults={defaultPolicy} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

const PolicyForm = ({ policy }: { policy: OrganizationPolicyResponse }) => {
  const { t } = useAccountTranslation();
  const update = useUpdatePolicy();
  const [draft, setDraft] = useState<PolicyDraft>(() => draftFrom(policy));
  const [invalid, setInvalid] = useState<string | null>(null);
  const defaults = policy.defaults;

  const setValue = <F extends PolicyField>(field: F, value: PolicyDraft['values'][F]) =>
    setDraft((current) => ({ ...current, values: { ...current.values, [field]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const overrides = overridesFrom(draft, defaults);
    const checked = validatePolicy(overrides);
    const quiet = draft.quietHours;
    const quietProblem =
      quiet && (!/^\d{2}:\d{2}$/.test(quiet.start) || !/^\d{2}:\d{2}$/.test(quiet.end) || quiet.start === quiet.end);
    if (!checked.ok) {
      setInvalid(checked.error.field);
      return;
    }
    if (quietProblem) {
      setInvalid('quietHours');
      return;
    }
    setInvalid(null);
    update.mutate(
      { timeZone: policy.timeZone, quietHours: quiet, policy: overrides },
      { onSuccess: (saved) => setDraft(draftFrom(saved)) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveOutcome
          save={update}
          saved={update.isSuccess ? t('settings.policy.saved', { count: update.data.replannedCases ?? 0 }) : null}
        />
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('settings.policy.field')}</Table.Th>
                <Table.Th scope="col">{t('settings.policy.value')}</Table.Th>
                <Table.Th scope="col">{t('settings.policy.default')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {policyFields.map((field) => {
                const label = t(`settings.policy.fields.${field}.label`);
                const error =
                  invalid === field
                    ? t(
                        field === 'depositChaseLimit'
                          ? 'settings.policy.invalidLimit'
                          : field === 'depositChaseEvery'
                            ? 'settings.policy.invalidChase'
                            : 'settings.policy.invalidDuration',
                      )
                    : undefined;
                let custom: boolean;
                let editor;
                if (isPolicyDurationField(field)) {
                  const value = draft.values[field];
                  custom = value.amount !== defaults[field].amount || value.unit !== defaults[field].unit;
                  editor = (
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <NumberInput
                        aria-label={t('settings.policy.amountOf', { field: label })}
                        w={90}
                        min={0}
                        max={3650}
                        step={1}
                        decimalScale={value.unit === 'hours' ? 2 : 0}
                        value={value.amount}
                        onChange={(amount) =>
                          setValue(field, {
                            ...value,
                            amount: typeof amount === 'number' ? amount : Number(amount) || 0,
                          })
                        }
                        error={error}
                      />
                      <NativeSelect
                        aria-label={t('settings.policy.unitOf', { field: label })}
                        value={value.unit}
                        onChange={(event) => {
                          const unit = event.currentTarget.value;
                          if (oneOf(durationUnits, unit)) setValue(field, { ...value, unit });
                        }}
                        data={durationUnits.map((unit) => ({
                          value: unit,
                          label: t(`settings.policy.unitNames.${unit}`),
                        }))}
                      />
                    </Group>
                  );
                } else {
                  const value = draft.values.depositChaseLimit;
                  custom = value !== defaults.depositChaseLimit;
                  editor = (
                    <NumberInput
                      aria-label={label}
                      w={90}
                      min={0}
                      max={100}
                      allowDecimal={false}
                      value={value}
                      onChange={(amount) =>
                        setValue('depositChaseLimit', typeof amount === 'number' ? amount : Number(amount) || 0)
                      }
                      error={error}
                    />
                  );
                }
                return (
                  <Table.Tr key={field}>
                    <Table.Th scope="row" fw={500} maw={240}>
                      <Text size="sm" fw={600}>
                        {label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`settings.policy.fields.${field}.help`)}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        {editor}
                        {custom ? (
                          <Group gap={6}>
                            <Badge size="xs" variant="outline" color="orange">
                              {t('settings.policy.custom')}
                            </Badge>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setValue(field, defaults[field])}
                              aria-label={t('settings.policy.resetNamed', { field: label })}
                            >
                              {t('settings.policy.reset')}
                            </Button>
                          </Group>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td maw={340}>
                      <DefaultCell field={field} defaults={defaults} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>

        <Paper withBorder p="md">
          <Stack gap="sm">
            <Switch
              label={t('settings.policy.quietHours')}
              description={t('settings.policy.quietHoursHint', { timeZone: policy.timeZone })}
              checked={draft.quietHours !== null}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setDraft((current) => ({
                  ...current,
                  quietHours: on ? (current.quietHours ?? { start: '21:00', end: '08:00' }) : null,
                }));
              }}
            />
            {draft.quietHours ? (
              <Group gap="sm" align="flex-start">
                <TextInput
                  type="time"
                  label={t('settings.policy.quietStart')}
                  value={draft.quietHours.start}
                  onChange={(event) => {
                    const start = event.currentTarget.value;
                    setDraft((current) => ({
                      ...current,
                      quietHours: current.quietHours ? { ...current.quietHours, start } : null,
                    }));
                  }}
                  w={140}
                />
                <TextInput
                  type="time"
                  label={t('settings.policy.quietEnd')}
                  value={draft.quietHours.end}
                  onChange={(event) => {
                    const end = event.currentTarget.value;
                    setDraft((current) => ({
                      ...current,
                      quietHours: current.quietHours ? { ...current.quietHours, end } : null,
                    }));
                  }}
                  error={invalid === 'quietHours' ? t('settings.policy.invalidQuiet') : undefined}
                  w={140}
                />
              </Group>
            ) : null}
          </Stack>
        </Paper>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('accountCommon.save')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('settings.policy.replanNote')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
};

export const PolicySection = () => {
  const { t } = useAccountTranslation();
  const { canManage } = useSession();
  const policy = usePolicy(canManage);

  return (
    <Stack gap={0}>
      <SectionHeader title={t('settings.policy.title')} description={t('settings.policy.description')} />
      {canManage ? null : (
        <>
          <ReadOnlyNote>{t('settings.policy.defaultsOnly')}</ReadOnlyNote>
          <DefaultsOnly />
        </>
      )}
      {canManage && policy.isPending ? <SectionLoading /> : null}
      {canManage && policy.isError ? <SectionError error={policy.error} onRetry={() => void policy.refetch()} /> : null}
      {canManage && policy.data ? <PolicyForm policy={policy.data} /> : null}
    </Stack>
  );
};
