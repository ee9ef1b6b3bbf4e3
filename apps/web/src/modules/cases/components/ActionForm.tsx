import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import {
  type ActionPayload,
  type CaseAction,
  cardNetworkLabels,
  cardNetworks,
  type CaseSnapshot,
  type CaseState,
  caseStateLabels,
  type CaseType,
  interpretAlipayMessage,
  type PayloadField,
  type PayloadFieldName,
  reasonCodeLabels,
  type Transition,
} from '@waiji/domain';
import { type FormEvent, useState } from 'react';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { BEIJING_TIME_ZONE, formatDay, fromDateTimeLocalValue } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useCatalogOptions } from '../../catalog/hooks/useCatalogOptions';
import {
  type ActionFormErrors,
  type ActionFormProblem,
  type ActionFormValues,
  emptyActionFormValues,
  isFieldShown,
  previewSnapshot,
  transitionFor,
  validateActionForm,
} from '../utils/actionForm';
import { type ActionSubmitError, toActionSubmitError } from '../utils/submitError';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

export type ActionSubmit = (action: CaseAction, payload: ActionPayload) => Promise<unknown>;

export type ActionFormProps = {
  opened: boolean;
  onClose: () => void;
  caseType: CaseType;
  state: CaseState;
  action: CaseAction;
  /** Saves the action; reject (e.g. with the API's 409 body) to keep the form open with the reason shown. */
  onSubmit: ActionSubmit;
  /** The stored case, for checks that need it (the same-card cooldown); a bare preview is used without it. */
  snapshot?: CaseSnapshot;
  /** Values to start from, e.g. a pasted Alipay message already interpreted. */
  initialValues?: Partial<ActionFormValues>;
  /** Clock for validation; tests pin it. */
  now?: () => Date;
};

const systemClock = (): Date => new Date();

type BodyProps = Omit<ActionFormProps, 'opened' | 'action'> & { transition: Transition };

const ActionFormBody = ({
  caseType,
  state,
  transition,
  onSubmit,
  onClose,
  snapshot,
  initialValues,
  now = systemClock,
}: BodyProps) => {
  const { t } = useFeatureTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const { bankOptions, reasonOptions } = useCatalogOptions();
  const [values, setValues] = useState<ActionFormValues>({ ...emptyActionFormValues, ...initialValues });
  const [errors, setErrors] = useState<ActionFormErrors>({});
  const [problem, setProblem] = useState<ActionFormProblem | null>(null);
  const [serverError, setServerError] = useState<ActionSubmitError | null>(null);
  const [pending, setPending] = useState(false);

  const setValue = <Name extends PayloadFieldName>(name: Name, value: ActionFormValues[Name]) => {
    setValues((previous) => {
      const next = { ...previous, [name]: value };
      // A pasted card-check message says the reason by itself; fill it in unless the helper chose one.
      if (name === 'originalMessage' && typeof value === 'string' && previous.reasonCode === '') {
        const recognised = interpretAlipayMessage(value).find((found) => found.suggestedAction === 'reject');
        if (recognised) next.reasonCode = recognised.code;
      }
      return next;
    });
    setErrors((previous) => ({ ...previous, [name]: undefined }));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setServerError(null);
    setProblem(null);
    const at = now();
    const result = validateActionForm(transition, values, snapshot ?? previewSnapshot(caseType, state, at), at);
    if (!result.ok) {
      setErrors(result.errors);
      setProblem(result.problem ?? null);
      return;
    }
    setPending(true);
    try {
      await onSubmit(transition.action, result.payload);
      onClose();
    } catch (reason) {
      const error = toActionSubmitError(reason);
      setServerError(error);
      const blamed = transition.payload.find((field) => field.name === error.field);
      if (blamed) setErrors((previous) => ({ ...previous, [blamed.name]: 'invalid' }));
    } finally {
      setPending(false);
    }
  };

  const errorFor = (name: PayloadFieldName): string | undefined => {
    const found = errors[name];
    if (found === 'required') return t('actions.errors.required');
    if (found === 'invalid') return t(`actions.invalid.${name}`);
    return undefined;
  };

  const recognised = values.originalMessage.trim()
    ? interpretAlipayMessage(values.originalMessage, {
        receivedAt: fromDateTimeLocalValue(values.receivedAt) ?? now(),
      })
    : [];

  const renderField = (field: PayloadField) => {
    const common = {
      label: text(field.label),
      withAsterisk: field.required || (field.name === 'reasonText' && values.reasonCode === 'OTHER'),
      error: errorFor(field.name),
      description:
        field.requiredWhen && field.name !== 'reasonText'
          ? t('actions.requiredWhen', { when: text(field.requiredWhen) })
          : undefined,
    };
    const stringValue = (name: PayloadFieldName): string => {
      const value = values[name];
      return typeof value === 'string' ? value : '';
    };
    switch (field.type) {
      case 'bank':
        return (
          <NativeSelect
            {...common}
            data={bankOptions}
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'reasonCode':
        return (
          <NativeSelect
            {...common}
            data={reasonOptions}
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'cardNetwork':
        return (
          <NativeSelect
            {...common}
            data={[
              { value: '', label: t('common.choose') },
              ...cardNetworks.map((network) => ({ value: network, label: text(cardNetworkLabels[network]) })),
            ]}
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'country':
        return (
          <TextInput
            {...common}
            autoComplete="off"
            maxLength={2}
            placeholder="GB"
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'cardLast4':
        return (
          <TextInput
            {...common}
            description={t('actions.hint.cardLast4')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'decimal':
        return (
          <TextInput
            {...common}
            description={t('actions.hint.amount')}
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.0974"
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'integer':
        return (
          <TextInput
            {...common}
            inputMode="numeric"
            autoComplete="off"
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'date':
        return field.name === 'retryAfter' ? (
          <TextInput
            {...common}
            type="date"
            description={[common.description, t('actions.hint.beijingDate')].filter(Boolean).join(' ')}
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        ) : (
          <TextInput
            {...common}
            type="datetime-local"
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'text':
        return field.name === 'originalMessage' ? (
          <Stack gap={4}>
            <GrowingTextarea
              {...common}
              description={t('actions.hint.originalMessage')}
              minRows={3}
              maxRows={8}
              value={stringValue(field.name)}
              onChange={(event) => setValue(field.name, event.currentTarget.value)}
            />
            {recognised.map((found) => (
              <Text key={found.code} size="sm" c="dimmed" role="status">
                {t('actions.recognised', { reason: text(reasonCodeLabels[found.code]) })}
                {found.retryAfter
                  ? ` ${t('actions.recognisedRetry', { date: formatDay(found.retryAfter, locale, BEIJING_TIME_ZONE) })}`
                  : ''}
              </Text>
            ))}
          </Stack>
        ) : (
          <TextInput
            {...common}
            value={stringValue(field.name)}
            onChange={(event) => setValue(field.name, event.currentTarget.value)}
          />
        );
      case 'boolean':
        return (
          <Checkbox
            label={common.label}
            checked={values.reuploadOffered}
            onChange={(event) => setValue('reuploadOffered', event.currentTarget.checked)}
          />
        );
    }
  };

  const serverTitle = (error: ActionSubmitError): string => {
    if (error.status === 409) return t('actions.server.conflictTitle');
    if (error.status === 422) return t('actions.server.ruleTitle');
    return t('actions.server.title');
  };

  const serverMessage = (error: ActionSubmitError): string => {
    if (error.code === 'COOLDOWN_ACTIVE' && error.retryAfter) {
      return t('actions.cooldown', { date: formatDay(error.retryAfter, locale, BEIJING_TIME_ZONE) });
    }
    return error.message || t('actions.server.unknown');
  };

  const shown = transition.payload.filter((field) => isFieldShown(field.name, values));

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('actions.moves', { from: text(caseStateLabels[state]), to: text(caseStateLabels[transition.to]) })}
        </Text>
        {shown.map((field) => (
          <div key={field.name}>{renderField(field)}</div>
        ))}
        {problem && (
          <Alert color="red" variant="light" title={t('actions.refusedTitle')}>
            {problem.kind === 'cooldown'
              ? t('actions.cooldown', { date: formatDay(problem.retryAfter, locale, BEIJING_TIME_ZONE) })
              : t('actions.illegal')}
          </Alert>
        )}
        {serverError && (
          <Alert color="red" variant="light" title={serverTitle(serverError)}>
            <Stack gap={4}>
              <Text size="sm">{serverMessage(serverError)}</Text>
              {serverError.status === 409 && serverError.code !== 'COOLDOWN_ACTIVE' && (
                <Text size="sm">{t('actions.server.conflictHint')}</Text>
              )}
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('actions.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/**
 * A modal form for one action, built from the machine's payload fields. Validates in the browser with
 * the domain's own rules, then calls `onSubmit`; a rejected promise keeps the form open and shows why.
 */
export const ActionForm = ({ opened, action, caseType, state, onClose, ...rest }: ActionFormProps) => {
  const { t } = useFeatureTranslation();
  const text = useBilingual();
  const transition = transitionFor(caseType, state, action);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={transition ? text(transition.label) : t('actions.unavailableTitle')}
      centered
      size="lg"
    >
      {transition ? (
        <ActionFormBody caseType={caseType} state={state} transition={transition} onClose={onClose} {...rest} />
      ) : (
        <Alert color="red" variant="light">
          {t('actions.illegal')}
        </Alert>
      )}
    </Modal>
  );
};
