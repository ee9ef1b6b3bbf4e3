import { Alert, Badge, Button, Card, Code, CopyButton, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import {
  bankCodes,
  banks,
  type CaseType,
  documentKindLabels,
  documentKinds,
  type Finding,
  type FindingCode,
  nameVariants,
  type Severity,
} from '@waiji/domain';
import { useId, useState } from 'react';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { useBilingual } from '../../../i18n/useBilingual';
import { SourceTags } from '../../sources/components/SourceTags';

export type ApplicationChecksProps = {
  /** The domain's `checkApplication` result. */
  findings: readonly Finding[];
  /** The name as it will be typed; offers spellings to try when no finding already does. */
  name?: string | null;
  caseType?: CaseType | null;
  /** Heading level of the severity groups, to fit the page around it. */
  headingOrder?: 2 | 3 | 4;
};

const severities: Severity[] = ['block', 'warn', 'info'];
const severityColor: Record<Severity, string> = { block: 'red.9', warn: 'yellow', info: 'blue.9' };
const borderColor: Record<Severity, string> = {
  block: 'var(--mantine-color-red-8)',
  warn: 'var(--mantine-color-yellow-7)',
  info: 'var(--mantine-color-blue-7)',
};

// Suggestion values are codes for these findings and literal text (names, numbers) for the rest.
const bankValueFindings: FindingCode[] = ['NAME_TOO_LONG_FOR_BANK', 'BANK_NOT_SUPPORTED'];
const documentValueFindings: FindingCode[] = ['DOCUMENT_MISSING'];

type ValueChipProps = { value: string; copyable: boolean };

const ValueChip = ({ value, copyable }: ValueChipProps) => {
  const { t } = useFeatureTranslation();
  if (!copyable) {
    return (
      <Badge variant="default" tt="none" size="lg" radius="sm" fw={500}>
        {value}
      </Badge>
    );
  }
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <UnstyledButton onClick={copy} aria-label={t('checks.copy', { value })} title={t('checks.copy', { value })}>
          <Code fz="sm" c={copied ? 'teal.9' : undefined}>
            {copied ? `✓ ${value}` : value}
          </Code>
        </UnstyledButton>
      )}
    </CopyButton>
  );
};

const SHORT_LIST = 6;

type ValueListProps = { values: string[]; copyable: boolean };

/** Values to try or add; long lists (name spellings) start short, the likeliest first. */
const ValueList = ({ values, copyable }: ValueListProps) => {
  const { t } = useFeatureTranslation();
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? values : values.slice(0, SHORT_LIST);
  return (
    <Group gap={6} wrap="wrap">
      {visible.map((value) => (
        <ValueChip key={value} value={value} copyable={copyable} />
      ))}
      {values.length > SHORT_LIST && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setExpanded((previous) => !previous)}
          aria-expanded={expanded}
        >
          {expanded ? t('checks.showFewer') : t('checks.showAll', { count: values.length })}
        </Button>
      )}
    </Group>
  );
};

const FindingCard = ({ finding }: { finding: Finding }) => {
  const { t } = useFeatureTranslation();
  const text = useBilingual();
  const { suggestion } = finding;
  const valueLabel = (value: string): string => {
    if (bankValueFindings.includes(finding.code) && (bankCodes as readonly string[]).includes(value)) {
      return text(banks[value as (typeof bankCodes)[number]].name);
    }
    if (documentValueFindings.includes(finding.code) && (documentKinds as readonly string[]).includes(value)) {
      return text(documentKindLabels[value as (typeof documentKinds)[number]]);
    }
    return value;
  };
  const literal = !bankValueFindings.includes(finding.code) && !documentValueFindings.includes(finding.code);

  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      radius="md"
      style={{ borderInlineStart: `4px solid ${borderColor[finding.severity]}` }}
      data-code={finding.code}
      data-severity={finding.severity}
    >
      <Stack gap={6}>
        {finding.field && (
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t(`checks.field.${finding.field}`)}
          </Text>
        )}
        <Text size="sm">{text(finding.message)}</Text>
        {suggestion && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {text(suggestion)}
            </Text>
            {suggestion.values && suggestion.values.length > 0 && (
              <ValueList values={suggestion.values.map(valueLabel)} copyable={literal} />
            )}
          </Stack>
        )}
        <SourceTags tags={finding.source} />
      </Stack>
    </Card>
  );
};

/**
 * Pre-submission findings grouped by severity: what Alipay will refuse, what may fail (often where
 * the sources disagree) and what is good to know, each with its fix and its sources.
 */
export const ApplicationChecks = ({ findings, name, caseType, headingOrder = 3 }: ApplicationChecksProps) => {
  const { t } = useFeatureTranslation();
  const baseId = useId();
  const counts = Object.fromEntries(
    severities.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length]),
  ) as Record<Severity, number>;
  // NAME_BANK_MISMATCH carries the spellings already; otherwise offer them for when Alipay refuses the name.
  const variants =
    caseType === 'BANK_CARD_VERIFICATION' && name && !findings.some((finding) => finding.code === 'NAME_BANK_MISMATCH')
      ? nameVariants(name).slice(1)
      : [];

  return (
    <Stack gap="md">
      {findings.length === 0 ? (
        <Alert color="teal" variant="light" title={t('checks.noneTitle')}>
          {t('checks.noneBody')}
        </Alert>
      ) : (
        <Text size="sm" role="status">
          {t('checks.summary', { block: counts.block, warn: counts.warn, info: counts.info })}
        </Text>
      )}

      {severities
        .filter((severity) => counts[severity] > 0)
        .map((severity) => (
          <section key={severity} aria-labelledby={`${baseId}-${severity}`} data-severity-group={severity}>
            <Stack gap="xs">
              <Group gap="xs">
                <Title order={headingOrder} size="h5" id={`${baseId}-${severity}`}>
                  {t(`checks.severity.${severity}`)}
                </Title>
                <Badge variant="filled" color={severityColor[severity]} size="sm" aria-hidden="true">
                  {counts[severity]}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {t(`checks.severityHint.${severity}`)}
              </Text>
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {findings
                  .filter((finding) => finding.severity === severity)
                  .map((finding, index) => (
                    <FindingCard key={`${finding.code}-${finding.field ?? ''}-${index}`} finding={finding} />
                  ))}
              </Stack>
            </Stack>
          </section>
        ))}

      {variants.length > 0 && (
        <section aria-labelledby={`${baseId}-variants`}>
          <Stack gap="xs">
            <Title order={headingOrder} size="h5" id={`${baseId}-variants`}>
              {t('checks.variantsTitle')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('checks.variantsHint')}
            </Text>
            <ValueList values={variants} copyable />
          </Stack>
        </section>
      )}
    </Stack>
  );
};
