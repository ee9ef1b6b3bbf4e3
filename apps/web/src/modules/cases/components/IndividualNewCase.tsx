import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { CaseResponse, CreateClientRequest } from '@waiji/contract';
import { bankCodes, type CaseType, caseTypeLabels, type CaseTypeAnswers, checkApplication, oneOf } from '@waiji/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useDeferredValue, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { fromDateValue } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { Panel } from '../../../ui/Panel';
import { isApiError } from '../../api';
import { useCatalogOptions } from '../../catalog/hooks/useCatalogOptions';
import { ApplicationChecks } from '../../checks/components/ApplicationChecks';
import { useSession } from '../../session/hooks/useSession';
import { casesApi, clientsApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { CaseTypeChooser } from './CaseTypeChooser';

/** The types that bind a mainland card: the form asks for the bank, the card's last 4 and the bank's spelling. */
const withMainlandCard = (type: CaseType): boolean =>
  type === 'BANK_CARD_VERIFICATION' || type === 'MAINLAND_CARD_QUICK_BINDING';

export type IndividualForm = {
  passportName: string;
  bankName: string;
  passportNumber: string;
  passportExpiry: string;
  phone: string;
  bank: string;
  cardLast4: string;
};

type FieldErrors = Partial<Record<keyof IndividualForm, 'required' | 'card' | 'passport' | string>>;

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The person as the API takes a client: only what they typed, and their language for messages. */
export const toIndividualClient = (
  form: IndividualForm,
  language: 'en' | 'zh',
  type: CaseType,
): CreateClientRequest => {
  const body: CreateClientRequest = { passportName: form.passportName.trim(), preferredLanguage: language };
  const bankName = withMainlandCard(type) ? optional(form.bankName) : undefined;
  if (bankName) body.bankName = bankName;
  const passportNumber = optional(form.passportNumber);
  if (passportNumber) body.passportNumber = passportNumber;
  const passportExpiry = optional(form.passportExpiry);
  if (passportExpiry) body.passportExpiry = passportExpiry;
  const phone = optional(form.phone);
  if (phone) body.phone = phone;
  return body;
};

const validate = (form: IndividualForm, withPerson: boolean, type: CaseType): FieldErrors => {
  const errors: FieldErrors = {};
  if (withPerson) {
    if (form.passportName.trim() === '') errors.passportName = 'required';
    if (form.passportNumber.trim() !== '' && !/^[A-Za-z0-9\s-]{3,24}$/.test(form.passportNumber.trim()))
      errors.passportNumber = 'passport';
  }
  if (withMainlandCard(type) && form.cardLast4.trim() !== '' && !/^\d{4}$/.test(form.cardLast4.trim()))
    errors.cardLast4 = 'card';
  return errors;
};

/** The person already on record: the client of their first case, so a second case does not make them twice. */
const useOwnClient = () =>
  useQuery({
    queryKey: [...caseKeys.all, 'individual', 'own-client'] as const,
    queryFn: async ({ signal }) => {
      const page = await casesApi.list(new URLSearchParams({ limit: '1', sort: 'createdAt', order: 'asc' }), signal);
      const first = page.items[0];
      return first ? { clientId: first.clientId, name: first.client.passportName } : null;
    },
  });

type FormProps = { type: CaseType; onChangeType: () => void };

const IndividualCaseForm = ({ type, onChangeType }: FormProps) => {
  const { t } = useCasesTranslation();
  const pick = useBilingual();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const { bankOptions } = useCatalogOptions();
  const own = useOwnClient();
  const [form, setForm] = useState<IndividualForm>(() => ({
    passportName: user?.displayName ?? '',
    bankName: '',
    passportNumber: '',
    passportExpiry: '',
    phone: '',
    bank: '',
    cardLast4: '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [createdClientId, setCreatedClientId] = useState<string | undefined>(undefined);
  const existingClientId = own.data?.clientId ?? createdClientId;
  const withCard = withMainlandCard(type);

  const create = useMutation({
    mutationFn: async (): Promise<CaseResponse> => {
      let clientId = existingClientId;
      if (!clientId) {
        const created = await clientsApi.create(toIndividualClient(form, language, type));
        clientId = created.id;
        // A failure of the case after this keeps the person, so a retry does not record them twice.
        setCreatedClientId(created.id);
      }
      return casesApi.create({
        clientId,
        type,
        priority: 'NORMAL',
        ...(withCard && oneOf(bankCodes, form.bank) ? { bank: form.bank } : {}),
        ...(withCard && form.cardLast4.trim() !== '' ? { cardLast4: form.cardLast4.trim() } : {}),
      });
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void navigate(paths.case(created.id));
    },
    onError: (error) => {
      if (isApiError(error)) setErrors((previous) => ({ ...previous, ...(error.fieldErrors as FieldErrors) }));
    },
  });

  const deferred = useDeferredValue(form);
  const findings = useMemo(
    () =>
      checkApplication({
        caseType: type,
        name: optional(own.data?.name ?? deferred.passportName) ?? null,
        bankName: withCard ? (optional(deferred.bankName) ?? null) : null,
        bank: withCard && oneOf(bankCodes, deferred.bank) ? deferred.bank : null,
        passportNumber: optional(deferred.passportNumber) ?? null,
        passportExpiry: fromDateValue(deferred.passportExpiry),
        visaType: null,
        visaExpiry: null,
        phone: optional(deferred.phone) ?? null,
        birthDate: null,
      }),
    [deferred, type, withCard, own.data],
  );

  const set = (key: keyof IndividualForm, value: string) => {
    setForm((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [key]: undefined }));
  };

  const errorText = (key: keyof IndividualForm): string | undefined => {
    const error = errors[key];
    if (!error) return undefined;
    if (error === 'required') return t('caseCommon.required');
    if (error === 'card') return t('newCase.invalidCard');
    if (error === 'passport') return t('newCase.invalidPassport');
    return error;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(form, !existingClientId, type);
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate();
  };

  const field = (
    key: Exclude<keyof IndividualForm, 'bank'>,
    extra: {
      type?: string;
      description?: string;
      required?: boolean;
      autoComplete?: string;
      inputMode?: 'numeric';
    } = {},
  ) => (
    <TextInput
      label={t(`individualCase.${key}`)}
      value={form[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={errorText(key)}
      withAsterisk={extra.required}
      autoComplete={extra.autoComplete ?? 'off'}
      {...(extra.type ? { type: extra.type } : {})}
      {...(extra.description ? { description: extra.description } : {})}
      {...(extra.inputMode ? { inputMode: extra.inputMode, maxLength: 4 } : {})}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Group justify="space-between" align="center" wrap="wrap" gap="xs" data-testid="chosen-type" data-type={type}>
          <div>
            <Text size="sm" c="dimmed">
              {t('individualCase.chosenType')}
            </Text>
            <Text fw={600}>{pick(caseTypeLabels[type])}</Text>
          </div>
          <Button variant="subtle" onClick={onChangeType}>
            {t('individualCase.changeType')}
          </Button>
        </Group>

        {own.isPending ? (
          <Center py="md" role="status" aria-label={t('individualCase.loading')}>
            <Loader size="sm" aria-hidden="true" />
          </Center>
        ) : own.isError ? (
          <Alert color="red" variant="light" role="alert" title={t('individualCase.loadError')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{own.error.message}</Text>
              <Button size="xs" variant="light" onClick={() => void own.refetch()}>
                {t('individualCase.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <>
            <Panel title={t('individualCase.aboutYou')}>
              {own.data ? (
                <Text size="sm">{t('individualCase.savedDetails', { name: own.data.name })}</Text>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  {field('passportName', {
                    required: true,
                    autoComplete: 'name',
                    description: t('individualCase.passportNameHint'),
                  })}
                  {withCard ? field('bankName', { description: t('individualCase.bankNameHint') }) : null}
                  {field('passportNumber', { description: t('individualCase.passportNumberHint') })}
                  {field('passportExpiry', { type: 'date' })}
                  {field('phone', { type: 'tel', autoComplete: 'tel' })}
                </SimpleGrid>
              )}
            </Panel>
            {withCard ? (
              <Panel title={t('individualCase.cardSection')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <NativeSelect
                    label={t('individualCase.bank')}
                    value={form.bank}
                    onChange={(event) => set('bank', event.currentTarget.value)}
                    data={bankOptions}
                  />
                  {field('cardLast4', { description: t('individualCase.cardLast4Hint'), inputMode: 'numeric' })}
                </SimpleGrid>
              </Panel>
            ) : null}
            <Panel title={t('individualCase.checksTitle')}>
              <Text size="xs" c="dimmed">
                {t('individualCase.checksHint')}
              </Text>
              <ApplicationChecks
                findings={findings}
                name={optional(own.data?.name ?? deferred.passportName) ?? null}
                caseType={type}
              />
            </Panel>
            {create.isError ? (
              <Alert color="red" variant="light" role="alert" title={t('caseCommon.notSaved')}>
                {create.error.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending}>
                {t('individualCase.submit')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
};

/** /cases/new for an individual (a PERSONAL account): which case fits, then a short form about themselves. */
export const IndividualNewCase = () => {
  const { t } = useCasesTranslation();
  const [type, setType] = useState<CaseType | null>(null);
  const [answers, setAnswers] = useState<CaseTypeAnswers>({});

  return (
    <Stack gap="md">
      <Title order={1}>{t('individualCase.title')}</Title>
      {type ? (
        <IndividualCaseForm type={type} onChangeType={() => setType(null)} />
      ) : (
        <CaseTypeChooser onChoose={setType} initialAnswers={answers} onAnswersChange={setAnswers} />
      )}
    </Stack>
  );
};
