import { Checkbox, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  type ApplicationInput,
  bankCodes,
  cardKinds,
  caseTypeLabels,
  type CaseType,
  caseTypes,
  checkApplication,
  documentChecklist,
  type DocumentKind,
  documentKindLabels,
  oneOf,
} from '@waiji/domain';
import { useMemo, useState } from 'react';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { fromDateValue } from '../../../i18n/formatDate';
import { useBilingual } from '../../../i18n/useBilingual';
import { useCatalogOptions } from '../../catalog/hooks/useCatalogOptions';
import { ApplicationChecks } from '../../checks/components/ApplicationChecks';

type CheckFormValues = {
  caseType: CaseType;
  name: string;
  bankName: string;
  bank: string;
  cardKind: string;
  passportNumber: string;
  phone: string;
  passportExpiry: string;
  visaExpiry: string;
  documents: DocumentKind[];
};

const initialValues: CheckFormValues = {
  caseType: 'BANK_CARD_VERIFICATION',
  name: '',
  bankName: '',
  bank: '',
  cardKind: '',
  passportNumber: '',
  phone: '',
  passportExpiry: '',
  visaExpiry: '',
  documents: [],
};

type TextField = Exclude<keyof CheckFormValues, 'caseType' | 'documents'>;

// Which fields matter for which kind of case (ALIPAY.md §1–2): bank details only for the bank-card route.
const fieldsFor: Record<CaseType, TextField[]> = {
  BANK_CARD_VERIFICATION: [
    'name',
    'bankName',
    'bank',
    'cardKind',
    'passportNumber',
    'phone',
    'passportExpiry',
    'visaExpiry',
  ],
  APP_PASSPORT_VERIFICATION: ['name', 'bankName', 'passportNumber', 'phone', 'passportExpiry'],
  RESTRICTION_APPEAL: ['name', 'passportNumber', 'phone', 'passportExpiry'],
  PASSPORT_SCAN_VERIFICATION: ['name', 'passportNumber', 'phone', 'passportExpiry'],
  // The "name as the bank stores it" box is the cardholder name here: it must match the passport (W8).
  INTERNATIONAL_CARD_BINDING: ['name', 'bankName', 'phone', 'passportExpiry'],
  MAINLAND_CARD_QUICK_BINDING: ['name', 'bankName', 'bank', 'cardKind', 'passportNumber', 'phone', 'passportExpiry'],
  DOCUMENT_UPDATE: ['name', 'passportNumber', 'passportExpiry'],
  RESTRICTION_APPEAL_AGENT: ['name', 'passportNumber', 'phone', 'passportExpiry'],
};

const toInput = (values: CheckFormValues): ApplicationInput => {
  const shown = new Set(fieldsFor[values.caseType]);
  const textOf = (field: TextField) => (shown.has(field) && values[field].trim() !== '' ? values[field] : null);
  const bank = textOf('bank');
  const cardKind = textOf('cardKind');
  const passportExpiry = textOf('passportExpiry');
  const visaExpiry = textOf('visaExpiry');
  return {
    caseType: values.caseType,
    name: textOf('name'),
    bankName: textOf('bankName'),
    ...(values.caseType === 'INTERNATIONAL_CARD_BINDING' ? { cardholderName: textOf('bankName') } : {}),
    bank: bank !== null && oneOf(bankCodes, bank) ? bank : null,
    cardKind: cardKind !== null && oneOf(cardKinds, cardKind) ? cardKind : null,
    passportNumber: textOf('passportNumber'),
    phone: textOf('phone'),
    passportExpiry: passportExpiry === null ? null : fromDateValue(passportExpiry),
    visaExpiry: visaExpiry === null ? null : fromDateValue(visaExpiry),
    documents: values.documents,
  };
};

const isPristine = (values: CheckFormValues): boolean =>
  values.documents.length === 0 && fieldsFor[values.caseType].every((field) => values[field].trim() === '');

export type PreSubmissionCheckProps = { now?: () => Date };

const systemClock = (): Date => new Date();

/** A small application form that runs the domain's `checkApplication` as you type. Nothing leaves the browser. */
export const PreSubmissionCheck = ({ now = systemClock }: PreSubmissionCheckProps) => {
  const { t } = useFeatureTranslation();
  const text = useBilingual();
  const { bankOptions } = useCatalogOptions();
  const [values, setValues] = useState<CheckFormValues>(initialValues);

  const set = <Field extends keyof CheckFormValues>(field: Field, value: CheckFormValues[Field]) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const pristine = isPristine(values);
  const findings = useMemo(() => (pristine ? [] : checkApplication(toInput(values), now())), [pristine, values, now]);
  const shown = new Set(fieldsFor[values.caseType]);
  const documentOptions = [...new Set(documentChecklist(values.caseType).flatMap((item) => item.anyOf))];
  const textInput = (
    field: TextField,
    props: { type?: string; inputMode?: 'numeric' | 'tel' | 'text'; autoComplete?: string } = {},
  ) =>
    shown.has(field) ? (
      <TextInput
        label={t(`tools.check.${field}`)}
        description={
          field === 'bankName' ? t(`tools.check.bankNameHint.${values.caseType}`) : t(`tools.check.hint.${field}`)
        }
        value={values[field]}
        onChange={(event) => set(field, event.currentTarget.value)}
        {...props}
      />
    ) : null;

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
      <Stack
        gap="sm"
        component="form"
        aria-label={t('tools.check.formLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <NativeSelect
          label={t('tools.check.caseType')}
          data={caseTypes.map((type) => ({ value: type, label: text(caseTypeLabels[type]) }))}
          value={values.caseType}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (oneOf(caseTypes, next)) setValues((previous) => ({ ...previous, caseType: next, documents: [] }));
          }}
        />
        {textInput('name', { autoComplete: 'off' })}
        {textInput('bankName', { autoComplete: 'off' })}
        {shown.has('bank') && (
          <NativeSelect
            label={t('tools.check.bank')}
            data={bankOptions}
            value={values.bank}
            onChange={(event) => set('bank', event.currentTarget.value)}
          />
        )}
        {shown.has('cardKind') && (
          <NativeSelect
            label={t('tools.check.cardKind')}
            data={[
              { value: '', label: t('common.choose') },
              ...cardKinds.map((kind) => ({ value: kind, label: t(`tools.check.cardKinds.${kind}`) })),
            ]}
            value={values.cardKind}
            onChange={(event) => set('cardKind', event.currentTarget.value)}
          />
        )}
        {textInput('passportNumber', { autoComplete: 'off' })}
        {textInput('phone', { type: 'tel', inputMode: 'tel', autoComplete: 'off' })}
        {textInput('passportExpiry', { type: 'date' })}
        {textInput('visaExpiry', { type: 'date' })}
        <Checkbox.Group
          label={t('tools.check.documents')}
          description={t('tools.check.hint.documents')}
          value={values.documents}
          onChange={(next) =>
            set(
              'documents',
              next.filter((kind): kind is DocumentKind => oneOf(documentOptions, kind)),
            )
          }
        >
          <Stack gap={6} mt={6}>
            {documentOptions.map((kind) => (
              <Checkbox key={kind} value={kind} label={text(documentKindLabels[kind])} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Stack>

      <Stack gap="sm">
        {pristine ? (
          <Text c="dimmed" size="sm">
            {t('tools.check.empty')}
          </Text>
        ) : (
          <ApplicationChecks findings={findings} name={values.name} caseType={values.caseType} headingOrder={3} />
        )}
      </Stack>
    </SimpleGrid>
  );
};
