import { Button, Card, Group, List, NativeSelect, Radio, Stack, Text, Title } from '@mantine/core';
import {
  type CaseType,
  caseTypeLabels,
  caseTypes,
  type CaseTypeAnswers,
  type ChooserQuestion,
  chooserQuestions,
  oneOf,
  questionsFor,
  recommendCaseType,
  stayKinds,
  stayLabels,
  yesNoLabels,
} from '@waiji/domain';
import { useId, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { GlossaryText } from '../../glossary/components/GlossaryText';
import { SourceTags } from '../../sources/components/SourceTags';

export type CaseTypeChooserProps = {
  onChoose: (type: CaseType) => void;
  /** Answers to start from (going back from the form keeps them). */
  initialAnswers?: CaseTypeAnswers;
  onAnswersChange?: (answers: CaseTypeAnswers) => void;
};

const yesNo = (value: boolean | undefined): string => (value === undefined ? '' : value ? 'yes' : 'no');

/** One question as a pair of radios, its hint underneath; the answer is kept as the domain's value. */
const Question = ({
  question,
  answers,
  onAnswer,
}: {
  question: ChooserQuestion;
  answers: CaseTypeAnswers;
  onAnswer: (next: CaseTypeAnswers) => void;
}) => {
  const pick = useBilingual();
  const { question: label, hint } = chooserQuestions[question];
  const options =
    question === 'stay'
      ? stayKinds.map((stay) => ({ value: stay, label: pick(stayLabels[stay]) }))
      : (['yes', 'no'] as const).map((value) => ({ value, label: pick(yesNoLabels[value]) }));
  const value = question === 'stay' ? (answers.stay ?? '') : yesNo(answers[question]);
  return (
    <Radio.Group
      label={pick(label)}
      description={<GlossaryText>{pick(hint.text)}</GlossaryText>}
      value={value}
      onChange={(chosen) => {
        if (question === 'stay') {
          if (oneOf(stayKinds, chosen)) onAnswer({ ...answers, stay: chosen });
        } else {
          onAnswer({ ...answers, [question]: chosen === 'yes' });
        }
      }}
    >
      <Group gap="lg" mt="xs">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} />
        ))}
      </Group>
    </Radio.Group>
  );
};

/**
 * "Which case do I need?": plain questions (restricted? a mainland card? visiting or living?), the domain's
 * recommendation with its reasons and sources, and a way to pick a type directly for those who know.
 */
export const CaseTypeChooser = ({ onChoose, initialAnswers = {}, onAnswersChange }: CaseTypeChooserProps) => {
  const { t } = useCasesTranslation();
  const pick = useBilingual();
  const headingId = useId();
  const [answers, setAnswers] = useState<CaseTypeAnswers>(initialAnswers);
  const [direct, setDirect] = useState('');
  const recommendation = recommendCaseType(answers);

  const answer = (next: CaseTypeAnswers) => {
    setAnswers(next);
    onAnswersChange?.(next);
  };

  return (
    <Stack gap="lg">
      <Text>{t('individualCase.chooserIntro')}</Text>
      <Stack gap="md">
        {questionsFor(answers).map((question) => (
          <Question key={question} question={question} answers={answers} onAnswer={answer} />
        ))}
      </Stack>

      {recommendation ? (
        <Card
          withBorder
          radius="md"
          padding="md"
          component="section"
          aria-labelledby={headingId}
          data-testid="case-type-recommendation"
          data-type={recommendation.type}
          aria-live="polite"
        >
          <Stack gap="sm">
            <div>
              <Text size="sm" c="dimmed">
                {t('individualCase.suggested')}
              </Text>
              <Title order={2} size="h3" id={headingId}>
                {pick(caseTypeLabels[recommendation.type])}
              </Title>
            </div>
            <List size="sm" spacing={6}>
              {recommendation.reasons.map((reason, index) => (
                <List.Item key={index}>
                  <GlossaryText>{pick(reason.text)}</GlossaryText> <SourceTags tags={reason.source} />
                </List.Item>
              ))}
            </List>
            {recommendation.alternative ? (
              <Text size="sm">
                <GlossaryText>{pick(recommendation.alternative.when)}</GlossaryText>
              </Text>
            ) : null}
            <Stack gap="xs" align="flex-start">
              <Button onClick={() => onChoose(recommendation.type)}>{t('individualCase.useSuggested')}</Button>
              {recommendation.alternative ? (
                <Button
                  variant="default"
                  onClick={() => recommendation.alternative && onChoose(recommendation.alternative.type)}
                  styles={{ root: { height: 'auto', minHeight: 36 }, label: { whiteSpace: 'normal' } }}
                  py={6}
                >
                  {t('individualCase.useAlternative', {
                    type: pick(caseTypeLabels[recommendation.alternative.type]),
                  })}
                </Button>
              ) : null}
            </Stack>
          </Stack>
        </Card>
      ) : (
        <Text size="sm" c="dimmed" role="status">
          {t('individualCase.pending')}
        </Text>
      )}

      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('individualCase.directLabel')}
          value={direct}
          onChange={(event) => setDirect(event.currentTarget.value)}
          data={[
            { value: '', label: t('individualCase.directPlaceholder') },
            ...caseTypes.map((type) => ({ value: type, label: pick(caseTypeLabels[type]) })),
          ]}
          style={{ flex: '1 1 240px', minWidth: 0 }}
        />
        <Button
          variant="default"
          disabled={!oneOf(caseTypes, direct)}
          onClick={() => oneOf(caseTypes, direct) && onChoose(direct)}
        >
          {t('individualCase.directContinue')}
        </Button>
      </Group>
    </Stack>
  );
};
