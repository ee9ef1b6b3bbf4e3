import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { ClientResponse, UpdateClientRequest } from '@waiji/contract';
import { type ClientLanguage, clientLanguageInfo, clientLanguageOf, clientLanguages } from '@waiji/domain';
import { type FormEvent, useState } from 'react';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';
import { isApiError } from '../../api';
import { emailPattern } from '../../auth/utils/validation';
import { useUpdateClient } from '../hooks/useClientRecords';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

/** The fields a helper edits on the client page, as text (dates as YYYY-MM-DD, the consent as a flag). */
export type ClientFields = {
  passportName: string;
  bankName: string;
  nationality: string;
  birthDate: string;
  passportExpiry: string;
  visaType: string;
  visaExpiry: string;
  phone: string;
  email: string;
  preferredLanguage: ClientLanguage;
  emailConsent: boolean;
  notes: string;
};

type TextField = Exclude<keyof ClientFields, 'preferredLanguage' | 'emailConsent'>;

export const fieldsOf = (client: ClientResponse): ClientFields => ({
  passportName: client.passportName,
  bankName: client.bankName ?? '',
  nationality: client.nationality ?? '',
  birthDate: client.birthDate ?? '',
  passportExpiry: client.passportExpiry ?? '',
  visaType: client.visaType ?? '',
  visaExpiry: client.visaExpiry ?? '',
  phone: client.phone ?? '',
  email: client.email ?? '',
  preferredLanguage: clientLanguageOf(client.preferredLanguage),
  emailConsent: client.emailConsent,
  notes: client.notes ?? '',
});

/** Only what changed, as the API's PATCH takes it: an emptied field becomes null (the name cannot be emptied). */
export const toUpdateRequest = (before: ClientFields, after: ClientFields): UpdateClientRequest => {
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ClientFields)[]) {
    const value = after[key];
    if (value === before[key]) continue;
    if (typeof value === 'string' && key !== 'preferredLanguage') {
      const trimmed = value.trim();
      if (trimmed === before[key]) continue;
      body[key] = trimmed === '' && key !== 'passportName' ? null : trimmed;
    } else {
      body[key] = value;
    }
  }
  return body as UpdateClientRequest;
};

type Errors = Partial<Record<keyof ClientFields, string>>;

type ClientDetailsFormProps = { client: ClientResponse; canEdit: boolean };

const sameFields = (a: ClientFields, b: ClientFields) =>
  (Object.keys(a) as (keyof ClientFields)[]).every((key) => a[key] === b[key]);

/**
 * The client's details, edited in place: every field is an input holding the stored value; "Save changes" sends
 * only the fields changed since editing began, and the API's refusals appear under their fields.
 */
export const ClientDetailsForm = ({ client, canEdit }: ClientDetailsFormProps) => {
  const { t } = useRecordsTranslation();
  const stored = fieldsOf(client);
  // What the edits started from; a newer answer (a refetch) replaces it, and the fields, while nothing is edited.
  const [base, setBase] = useState<ClientFields>(stored);
  const [fields, setFields] = useState<ClientFields>(stored);
  if (!sameFields(base, stored) && sameFields(base, fields)) {
    setBase(stored);
    setFields(stored);
  }
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const update = useUpdateClient(client.id);
  const changes = toUpdateRequest(base, fields);
  const dirty = Object.keys(changes).length > 0;

  const set = <K extends keyof ClientFields>(key: K, value: ClientFields[K]) => {
    setFields((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [key]: undefined }));
    setSaved(false);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (fields.passportName.trim() === '') found.passportName = t('common.required');
    if (fields.email.trim() !== '' && !emailPattern.test(fields.email.trim())) found.email = t('common.invalidEmail');
    setErrors(found);
    if (Object.keys(found).length > 0 || !dirty) return;
    update.mutate(changes, {
      onSuccess: (updated) => {
        setBase(fieldsOf(updated));
        setFields(fieldsOf(updated));
        setSaved(true);
      },
      onError: (error) => {
        if (isApiError(error)) setErrors(error.fieldErrors as Errors);
      },
    });
  };

  const input = (key: TextField, extra: { type?: string; description?: string; required?: boolean } = {}) => (
    <TextInput
      label={t(`clientPage.fields.${key}`)}
      value={fields[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={errors[key]}
      withAsterisk={extra.required}
      readOnly={!canEdit}
      autoComplete="off"
      {...(extra.type ? { type: extra.type } : {})}
      {...(extra.description ? { description: extra.description } : {})}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('clientPage.detailsTitle')}>
      <Stack gap="sm">
        {canEdit && (
          <Text size="xs" c="dimmed">
            {t('clientPage.detailsHint')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {input('passportName', { required: true })}
          {input('bankName', { description: t('clientPage.bankNameHint') })}
          {input('nationality')}
          {input('birthDate', { type: 'date' })}
          {input('passportExpiry', { type: 'date' })}
          {input('visaType')}
          {input('visaExpiry', { type: 'date' })}
          {input('phone', { type: 'tel' })}
          {input('email', { type: 'email' })}
          <NativeSelect
            label={t('clientPage.fields.preferredLanguage')}
            value={fields.preferredLanguage}
            onChange={(event) => set('preferredLanguage', clientLanguageOf(event.currentTarget.value))}
            disabled={!canEdit}
            error={errors.preferredLanguage}
            // Each language by its own name (a helper may be choosing with the client beside them).
            data={clientLanguages.map((code) => ({ value: code, label: clientLanguageInfo[code].own }))}
          />
        </SimpleGrid>
        <Checkbox
          label={t('clientPage.fields.emailConsent')}
          checked={fields.emailConsent}
          onChange={(event) => set('emailConsent', event.currentTarget.checked)}
          disabled={!canEdit}
          error={errors.emailConsent}
        />
        <GrowingTextarea
          label={t('clientPage.fields.notes')}
          value={fields.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={errors.notes}
          readOnly={!canEdit}
          minRows={2}
          maxLength={5000}
        />
        {update.isError && Object.keys(errors).length === 0 && (
          <Alert color="red" variant="light" role="alert" title={t('common.notSaved')}>
            {update.error.message}
          </Alert>
        )}
        {canEdit && (
          <Group justify="flex-end" gap="sm">
            {saved && !dirty && (
              <Text size="sm" c="teal.9" role="status">
                {t('common.saved')}
              </Text>
            )}
            {dirty && (
              <Button
                variant="default"
                onClick={() => {
                  setBase(stored);
                  setFields(stored);
                  setErrors({});
                }}
              >
                {t('common.discard')}
              </Button>
            )}
            <Button type="submit" disabled={!dirty} loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
};
