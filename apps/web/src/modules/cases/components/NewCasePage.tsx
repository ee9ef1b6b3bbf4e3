import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CaseResponse, CreateCaseRequest, CreateClientRequest } from '@waiji/contract';
import {
  bankCodes,
  type CaseType,
  caseTypeLabels,
  caseTypes,
  checkApplication,
  oneOf,
  priorities,
  type Priority,
  type ClientLanguage,
  clientLanguageInfo,
  clientLanguageOf,
  clientLanguages,
} from '@waiji/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useDeferredValue, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { fromDateValue } from '../../../i18n/formatDate';
import { useBilingual } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { isApiError } from '../../api';
import { emailPattern } from '../../auth/utils/validation';
import { useCatalogOptions } from '../../catalog/hooks/useCatalogOptions';
import { ApplicationChecks } from '../../checks/components/ApplicationChecks';
import { casesApi, clientsApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { useClient } from '../hooks/useCaseQueries';
import { useSession } from '../../session/hooks/useSession';
import { IndividualNewCase } from './IndividualNewCase';
import { AssigneeSelect } from '../../clients/components/AssigneeSelect';
import { ClientChoice, type ClientMode } from '../../clients/components/ClientChoice';
import { DuplicateClientAlert, duplicateMatchesOf } from '../../clients/components/DuplicateClientAlert';

type ClientForm = {
  passportName: string;
  bankName: string;
  nationality: string;
  birthDate: string;
  passportNumber: string;
  passportExpiry: string;
  visaType: string;
  visaExpiry: string;
  phone: string;
  email: string;
  preferredLanguage: ClientLanguage;
  externalRef: string;
};

type CaseForm = {
  type: CaseType;
  bank: string;
  cardLast4: string;
  priority: Priority;
  tags: string;
  assigneeId: string;
};

const emptyClient: ClientForm = {
  passportName: '',
  bankName: '',
  nationality: '',
  birthDate: '',
  passportNumber: '',
  passportExpiry: '',
  visaType: '',
  visaExpiry: '',
  phone: '',
  email: '',
  preferredLanguage: 'en',
  externalRef: '',
};

type FieldErrors = Partial<Record<keyof ClientForm | keyof CaseForm | 'clientId', string>>;

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The form's client as the API takes it; empty fields are left out. */
export const toCreateClientRequest = (form: ClientForm): CreateClientRequest => {
  const body: CreateClientRequest = {
    passportName: form.passportName.trim(),
    preferredLanguage: form.preferredLanguage,
  };
  const fields = [
    'bankName',
    'nationality',
    'birthDate',
    'passportNumber',
    'passportExpiry',
    'visaType',
    'visaExpiry',
    'phone',
    'email',
    'externalRef',
  ] as const;
  for (const field of fields) {
    const value = optional(form[field]);
    if (value !== undefined) body[field] = value;
  }
  return body;
};

export const toCreateCaseRequest = (clientId: string, form: CaseForm): CreateCaseRequest => {
  const tags = form.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return {
    clientId,
    type: form.type,
    priority: form.priority,
    ...(oneOf(bankCodes, form.bank) ? { bank: form.bank } : {}),
    ...(form.cardLast4.trim() !== '' ? { cardLast4: form.cardLast4.trim() } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(form.assigneeId ? { assigneeId: form.assigneeId } : {}),
  };
};

const validate = (client: ClientForm | null, caseForm: CaseForm): FieldErrors => {
  const errors: FieldErrors = {};
  if (client) {
    if (client.passportName.trim() === '') errors.passportName = 'required';
    if (client.email.trim() !== '' && !emailPattern.test(client.email.trim())) errors.email = 'email';
    if (client.passportNumber.trim() !== '' && !/^[A-Za-z0-9\s-]{3,24}$/.test(client.passportNumber.trim()))
      errors.passportNumber = 'passport';
  }
  if (caseForm.cardLast4.trim() !== '' && !/^\d{4}$/.test(caseForm.cardLast4.trim())) errors.cardLast4 = 'card';
  return errors;
};

/** /cases/new: an individual (PERSONAL account) chooses their case type and fills in a form about themselves. */
export const NewCasePage = () => (useSession().isPersonal ? <IndividualNewCase /> : <AgencyNewCase />);

/** A new client and their first case; with ?clientId=… a further case for a stored client. */
const AgencyNewCase = () => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const existingClientId = searchParams.get('clientId') ?? undefined;
  const [clientMode, setClientMode] = useState<ClientMode>('new');
  const existing = useClient(existingClientId);
  const { bankOptions } = useCatalogOptions();
  const [client, setClient] = useState<ClientForm>(emptyClient);
  const [caseForm, setCaseForm] = useState<CaseForm>({
    // ?type=… preselects a type (a client page's "Open a document update", issue 18).
    type: oneOf(caseTypes, searchParams.get('type'))
      ? (searchParams.get('type') as CaseType)
      : 'BANK_CARD_VERIFICATION',
    bank: '',
    cardLast4: '',
    priority: 'NORMAL',
    tags: '',
    assigneeId: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [createdClientId, setCreatedClientId] = useState<string | undefined>(undefined);

  const create = useMutation({
    // allowDuplicate: "Create anyway" after the API's 409 DUPLICATE_CLIENT.
    mutationFn: async ({ allowDuplicate = false }: { allowDuplicate?: boolean } = {}): Promise<CaseResponse> => {
      let clientId = existingClientId ?? createdClientId;
      if (!clientId) {
        const created = await clientsApi.create({
          ...toCreateClientRequest(client),
          ...(allowDuplicate ? { allowDuplicate } : {}),
        });
        clientId = created.id;
        // A failure of the case after this keeps the client, so a retry does not create it twice.
        setCreatedClientId(created.id);
      }
      return casesApi.create(toCreateCaseRequest(clientId, caseForm));
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void navigate(paths.case(created.id));
    },
    onError: (error) => {
      if (isApiError(error)) setErrors((previous) => ({ ...previous, ...(error.fieldErrors as FieldErrors) }));
    },
  });

  const duplicates = duplicateMatchesOf(create.error);
  const deferredClient = useDeferredValue(client);
  const deferredCase = useDeferredValue(caseForm);
  const findings = useMemo(() => {
    const source = existing.data
      ? {
          passportName: existing.data.passportName,
          bankName: existing.data.bankName ?? '',
          phone: existing.data.phone ?? '',
          passportExpiry: existing.data.passportExpiry ?? '',
          visaExpiry: existing.data.visaExpiry ?? '',
          visaType: existing.data.visaType ?? '',
          birthDate: existing.data.birthDate ?? '',
          passportNumber: '',
        }
      : deferredClient;
    return checkApplication({
      caseType: deferredCase.type,
      name: optional(source.passportName) ?? null,
      bankName: optional(source.bankName) ?? null,
      bank: oneOf(bankCodes, deferredCase.bank) ? deferredCase.bank : null,
      passportNumber: optional(source.passportNumber) ?? null,
      passportExpiry: fromDateValue(source.passportExpiry),
      visaType: optional(source.visaType) ?? null,
      visaExpiry: fromDateValue(source.visaExpiry),
      phone: optional(source.phone) ?? null,
      birthDate: fromDateValue(source.birthDate),
    });
  }, [deferredClient, deferredCase, existing.data]);

  const setClientField = <K extends keyof ClientForm>(key: K, value: ClientForm[K]) => {
    setClient((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [key]: undefined }));
  };
  const setCaseField = <K extends keyof CaseForm>(key: K, value: CaseForm[K]) => {
    setCaseForm((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [key]: undefined }));
  };

  const errorText = (key: keyof FieldErrors): string | undefined => {
    const error = errors[key];
    if (!error) return undefined;
    if (error === 'required') return t('caseCommon.required');
    if (error === 'email') return t('newCase.invalidEmail');
    if (error === 'card') return t('newCase.invalidCard');
    if (error === 'passport') return t('newCase.invalidPassport');
    return error;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(existingClientId || createdClientId || clientMode === 'existing' ? null : client, caseForm);
    if (!existingClientId && !createdClientId && clientMode === 'existing') found.clientId = 'required';
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate({});
  };

  const input = (
    key: keyof ClientForm & string,
    extra: { type?: string; description?: string; required?: boolean; autoComplete?: string } = {},
  ) => (
    <TextInput
      label={t(`newCase.${key as Exclude<keyof ClientForm, 'preferredLanguage'>}`)}
      value={client[key]}
      onChange={(event) => setClientField(key, event.currentTarget.value as ClientForm[typeof key])}
      error={errorText(key)}
      withAsterisk={extra.required}
      autoComplete={extra.autoComplete ?? 'off'}
      {...(extra.type ? { type: extra.type } : {})}
      {...(extra.description ? { description: extra.description } : {})}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1}>
            {existing.data ? t('newCase.forClient', { name: existing.data.passportName }) : t('newCase.title')}
          </Title>
          <Text size="sm">{t('newCase.intro')}</Text>
        </Stack>
        <ClientChoice
          chosenClientId={existingClientId}
          mode={clientMode}
          onModeChange={setClientMode}
          onPick={(clientId) => setSearchParams({ clientId })}
          onClear={() => {
            setClientMode('existing');
            setSearchParams({});
          }}
          error={errorText('clientId')}
        />
        {!existingClientId && clientMode === 'new' && (
          <Panel title={t('newCase.clientSection')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {input('passportName', { required: true })}
              {input('bankName', { description: t('newCase.bankNameHint') })}
              {input('passportNumber', { description: t('newCase.passportNumberHint') })}
              {input('passportExpiry', { type: 'date' })}
              {input('nationality')}
              {input('birthDate', { type: 'date' })}
              {input('visaType')}
              {input('visaExpiry', { type: 'date' })}
              {input('phone', { type: 'tel' })}
              {input('email', { type: 'email' })}
              <NativeSelect
                label={t('newCase.preferredLanguage')}
                value={client.preferredLanguage}
                onChange={(event) => setClientField('preferredLanguage', clientLanguageOf(event.currentTarget.value))}
                data={clientLanguages.map((code) => ({ value: code, label: clientLanguageInfo[code].own }))}
              />
              {input('externalRef')}
            </SimpleGrid>
          </Panel>
        )}
        <Panel title={t('newCase.caseSection')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('newCase.caseType')}
              value={caseForm.type}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (oneOf(caseTypes, value)) setCaseField('type', value);
              }}
              data={caseTypes.map((type) => ({ value: type, label: text(caseTypeLabels[type]) }))}
            />
            <NativeSelect
              label={t('newCase.priority')}
              value={caseForm.priority}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (oneOf(priorities, value)) setCaseField('priority', value);
              }}
              data={priorities.map((priority) => ({ value: priority, label: t(`caseCommon.priority.${priority}`) }))}
            />
            <NativeSelect
              label={t('newCase.bank')}
              value={caseForm.bank}
              onChange={(event) => setCaseField('bank', event.currentTarget.value)}
              data={bankOptions}
            />
            <TextInput
              label={t('newCase.cardLast4')}
              description={t('newCase.cardLast4Hint')}
              value={caseForm.cardLast4}
              onChange={(event) => setCaseField('cardLast4', event.currentTarget.value)}
              inputMode="numeric"
              maxLength={4}
              autoComplete="off"
              error={errorText('cardLast4')}
            />
            <TextInput
              label={t('newCase.tags')}
              description={t('newCase.tagsHint')}
              value={caseForm.tags}
              onChange={(event) => setCaseField('tags', event.currentTarget.value)}
            />
            <AssigneeSelect
              value={caseForm.assigneeId}
              onChange={(value) => setCaseField('assigneeId', value)}
              error={errorText('assigneeId')}
            />
          </SimpleGrid>
        </Panel>
        <Panel title={t('newCase.checksTitle')}>
          <Text size="xs" c="dimmed">
            {t('newCase.checksHint')}
          </Text>
          <ApplicationChecks
            findings={findings}
            name={optional(existing.data?.passportName ?? deferredClient.passportName) ?? null}
            caseType={deferredCase.type}
          />
        </Panel>
        {duplicates && !existingClientId && (
          <DuplicateClientAlert
            matches={duplicates}
            pending={create.isPending}
            onCreateAnyway={() => create.mutate({ allowDuplicate: true })}
          />
        )}
        {create.isError && !duplicates && (
          <Alert color="red" variant="light" role="alert" title={t('caseCommon.notSaved')}>
            {create.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('newCase.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
