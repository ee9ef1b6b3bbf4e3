import { Alert, Badge, Blockquote, Button, Card, Group, List, Stack, Text, TextInput } from '@mantine/core';
import {
  type Bilingual,
  type Interpretation,
  type InterpretationKind,
  interpretAlipayMessage,
  reasonCodeLabels,
} from '@waiji/domain';
import { type ReactNode, useDeferredValue, useId, useMemo, useState } from 'react';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import {
  BEIJING_TIME_ZONE,
  formatDay,
  formatMoment,
  fromDateTimeLocalValue,
  toDateTimeLocalValue,
} from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useClientWords } from '../../../i18n/useClientWords';
import { GlossaryText } from '../../glossary/components/GlossaryText';
import { SourceTags } from '../../sources/components/SourceTags';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

/** What was pasted, for callers that record the message itself (the case page's apply-message). */
export type PastedMessage = { message: string; receivedAt: Date | null };

export type MessageInterpreterProps = {
  /** Shows an "Apply to case" button on each interpretation. */
  onApply?: (interpretation: Interpretation, pasted: PastedMessage) => void;
  /** While an apply is being saved: its buttons show progress and take no second click. */
  applying?: boolean;
  /** The apply button's words; "Apply to case" by default. */
  applyLabel?: string;
  /** Text already pasted, e.g. from a stored event. */
  defaultMessage?: string;
  /** When the message arrived; "N days later" counts from it. Editable; now by default. */
  defaultReceivedAt?: Date;
  /** Clock for "has this date passed"; tests pin it. */
  now?: () => Date;
  /** Another way to fill the message (the screenshot reader): drawn above it, `put` replaces the text. */
  imageInput?: (put: (text: string) => void) => ReactNode;
};

// Shade 9 keeps white badge text above 4.5:1.
const kindColor: Record<InterpretationKind, string> = { error: 'red.9', status: 'blue.9', restriction: 'orange' };

const systemClock = (): Date => new Date();

type ResultCardProps = {
  interpretation: Interpretation;
  onApply: ((interpretation: Interpretation) => void) | undefined;
  applying: boolean;
  applyLabel: string | undefined;
  now: Date;
};

const ResultCard = ({ interpretation, onApply, applying, applyLabel, now }: ResultCardProps) => {
  const { t } = useFeatureTranslation();
  const pick = useBilingual();
  const own = useClientWords();
  // What the message means, its causes and steps: in a client's own language where its table has them, else en/zh.
  const text = (source: Bilingual) => own.read(source).text;
  const { locale } = useLanguage();
  const titleId = useId();
  const { retryAfter, retryAfterDays, dueAt } = interpretation;

  return (
    <Card
      component="article"
      withBorder
      padding="md"
      radius="md"
      aria-labelledby={titleId}
      data-code={interpretation.code}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Badge variant="filled" color={kindColor[interpretation.kind]}>
            {t(`interpreter.kind.${interpretation.kind}`)}
          </Badge>
          <Text component="h3" fw={700} m={0} id={titleId}>
            {pick(reasonCodeLabels[interpretation.code])}
          </Text>
        </Group>

        <Blockquote
          p="xs"
          radius="sm"
          color="gray"
          lang={interpretation.language === 'zh' ? 'zh-CN' : 'en'}
          cite={t('interpreter.matched')}
        >
          {interpretation.matchedText}
        </Blockquote>

        <div>
          <Text fw={600} size="sm">
            {t('interpreter.meaning')}
          </Text>
          <Text>
            <GlossaryText>{text(interpretation.meaning)}</GlossaryText>
          </Text>
        </div>

        {retryAfter && (
          <Alert variant="light" color="blue" title={t('interpreter.retryAfter')} data-testid="retry-after">
            <Stack gap={2}>
              <Text fw={700}>
                {formatDay(retryAfter, locale, BEIJING_TIME_ZONE)}{' '}
                <Text span size="sm" c="dimmed">
                  ({t('common.beijingTime')})
                </Text>
              </Text>
              {retryAfterDays !== undefined && (
                <Text size="sm">{t('interpreter.retryAfterDays', { count: retryAfterDays })}</Text>
              )}
              <Text size="sm">
                {retryAfter.getTime() <= now.getTime() ? t('interpreter.retryPassed') : t('interpreter.retryAhead')}
              </Text>
            </Stack>
          </Alert>
        )}
        {!retryAfter && retryAfterDays !== undefined && (
          <Alert variant="light" color="blue" title={t('interpreter.retryAfter')}>
            {t('interpreter.retryAfterDaysOnly', { count: retryAfterDays })}
          </Alert>
        )}
        {dueAt && (
          <Alert variant="light" color="blue" title={t('interpreter.dueAt')}>
            <Text fw={700}>{formatMoment(dueAt, locale)}</Text>
          </Alert>
        )}

        {interpretation.causes.length > 0 && (
          <div>
            <Text fw={600} size="sm">
              {t('interpreter.causes')}
            </Text>
            <List size="sm" spacing={4}>
              {interpretation.causes.map((cause, index) => (
                <List.Item key={index}>
                  <GlossaryText>{text(cause)}</GlossaryText>
                </List.Item>
              ))}
            </List>
          </div>
        )}

        {interpretation.nextSteps.length > 0 && (
          <div>
            <Text fw={600} size="sm">
              {t('interpreter.nextSteps')}
            </Text>
            <List type="ordered" size="sm" spacing={4}>
              {interpretation.nextSteps.map((step, index) => (
                <List.Item key={index}>
                  <GlossaryText>{text(step)}</GlossaryText>
                </List.Item>
              ))}
            </List>
          </div>
        )}

        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <SourceTags tags={interpretation.source} />
          {onApply && (
            <Button size="sm" onClick={() => onApply(interpretation)} loading={applying}>
              {applyLabel ?? t('interpreter.apply')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
};

/**
 * "Paste an Alipay message": recognises it as you type (the domain's interpreter) and explains each
 * message found — meaning, likely causes, next steps, the retry or review date in the reader's locale.
 */
export const MessageInterpreter = ({
  onApply,
  applying = false,
  applyLabel,
  defaultMessage = '',
  defaultReceivedAt,
  now = systemClock,
  imageInput,
}: MessageInterpreterProps) => {
  const { t } = useFeatureTranslation();
  const [message, setMessage] = useState(defaultMessage);
  const [receivedAtValue, setReceivedAtValue] = useState(() => toDateTimeLocalValue(defaultReceivedAt ?? now()));
  const deferredMessage = useDeferredValue(message);
  const receivedAt = fromDateTimeLocalValue(receivedAtValue);

  const interpretations = useMemo(
    () =>
      deferredMessage.trim() === '' ? [] : interpretAlipayMessage(deferredMessage, receivedAt ? { receivedAt } : {}),
    // The Date is rebuilt every render; its input string is the stable dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deferredMessage, receivedAtValue],
  );

  const renderResults = () => {
    if (deferredMessage.trim() === '') {
      return (
        <Text c="dimmed" size="sm">
          {t('interpreter.empty')}
        </Text>
      );
    }
    if (interpretations.length === 0) {
      return (
        <Alert color="yellow" variant="light" title={t('interpreter.notRecognisedTitle')}>
          {t('interpreter.notRecognisedBody')}
        </Alert>
      );
    }
    const at = now();
    return interpretations.map((interpretation) => (
      <ResultCard
        key={interpretation.code}
        interpretation={interpretation}
        onApply={onApply ? (chosen) => onApply(chosen, { message: deferredMessage, receivedAt }) : undefined}
        applying={applying}
        applyLabel={applyLabel}
        now={at}
      />
    ));
  };

  return (
    <Stack gap="md">
      {imageInput?.(setMessage)}
      <GrowingTextarea
        label={t('interpreter.label')}
        description={t('interpreter.description')}
        placeholder={t('interpreter.placeholder')}
        minRows={3}
        maxRows={10}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
      />
      <TextInput
        type="datetime-local"
        label={t('interpreter.receivedAt')}
        description={t('interpreter.receivedAtHint')}
        value={receivedAtValue}
        onChange={(event) => setReceivedAtValue(event.currentTarget.value)}
        maw={320}
      />
      <Text size="sm" role="status" aria-live="polite">
        {deferredMessage.trim() === '' ? '' : t('interpreter.count', { count: interpretations.length })}
      </Text>
      {renderResults()}
    </Stack>
  );
};
