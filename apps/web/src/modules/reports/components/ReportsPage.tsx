import {
  Alert,
  Anchor,
  Autocomplete,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReportSummaryResponse } from '@waiji/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type BankCode,
  banks,
  type CaseState,
  caseStateLabels,
  type CaseType,
  caseTypes,
  oneOf,
  type ReasonCode,
  reasonCodeLabels,
} from '@waiji/domain';
import { type ReactNode, useMemo, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { Panel } from '../../../ui/Panel';
import { QueryState } from '../../cases';
import { useSession } from '../../session';
import { type ReportRange, reportKeys, reportsApi, type ReportTable } from '../api/reportsApi';
import { addDays, daysInRange, isDay, todayIn } from '../utils/dates';
import { BarChart, type ChartSeries } from './BarChart';
import { LineChart } from './LineChart';

// Bars and lines need 3:1 against white; shade 8 of these has it.
const colors = {
  primary: 'var(--mantine-color-blue-8)',
  second: 'var(--mantine-color-orange-9)',
  good: 'var(--mantine-color-teal-8)',
  bad: 'var(--mantine-color-red-8)',
};

export type ReportColumn = { key: string; label: string; numeric?: boolean };

type NumbersTableProps = { caption: string; columns: readonly ReportColumn[]; rows: readonly (readonly ReactNode[])[] };

/** The chart's numbers, as a real table (caption, column headers, row headers). */
export const NumbersTable = ({ caption, columns, rows }: NumbersTableProps) => (
  <Table.ScrollContainer
    minWidth={280}
    maxHeight={360}
    // A long table scrolls inside its box: keyboard users reach it with Tab and scroll it with the arrow keys (a
    // group, not a region: the panel around it is the landmark of that name).
    scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'group', 'aria-label': caption } }}
  >
    <Table striped withTableBorder fz="sm" captionSide="top">
      <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.key} scope="col" style={column.numeric ? { textAlign: 'end' } : undefined}>
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, rowIndex) => (
          <Table.Tr key={rowIndex}>
            {row.map((cell, cellIndex) =>
              cellIndex === 0 ? (
                <Table.Th key={cellIndex} scope="row" fw={500}>
                  {cell}
                </Table.Th>
              ) : (
                <Table.Td
                  key={cellIndex}
                  style={
                    columns[cellIndex]?.numeric ? { textAlign: 'end', fontVariantNumeric: 'tabular-nums' } : undefined
                  }
                >
                  {cell}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);

type ChartPanelProps = {
  table: ReportTable;
  title: string;
  caption: string;
  range: ReportRange;
  chart: ReactNode;
  numbers: ReactNode;
  empty: boolean;
};

const ChartPanel = ({ table, title, caption, range, chart, numbers, empty }: ChartPanelProps) => {
  const { t } = useCasesTranslation();
  return (
    <Panel
      title={title}
      testId={`report-${table}`}
      aside={
        <Anchor
          href={reportsApi.csvUrl(range, table)}
          download
          size="sm"
          underline="always"
          aria-label={t('reports.download', { table: title })}
        >
          CSV
        </Anchor>
      }
    >
      <Text size="sm" c="dimmed">
        {caption}
      </Text>
      {empty ? (
        <Text size="sm">{t('reports.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {chart}
          {numbers}
        </SimpleGrid>
      )}
    </Panel>
  );
};

type ReportViewProps = {
  report: ReportSummaryResponse;
  range: ReportRange;
  /** Narrows the report to one tag (a row of the by-tag table offers it). */
  onTag?: (tag: string) => void;
};

/** The seven parts of the summary, each a chart beside its numbers, with a CSV link. */
export const ReportView = ({ report, range, onTag }: ReportViewProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const none = t('reports.none');
  const rate = (value: number | null) => (value === null ? none : percent.format(value));
  const days = (value: number | null) => (value === null ? none : t('reports.days', { value: decimal.format(value) }));
  const stateName = (state: CaseState) => text(caseStateLabels[state]);
  const bankName = (bank: BankCode | null) => (bank === null ? t('reports.byBank.noBank') : text(banks[bank].name));
  const reasonName = (reason: ReasonCode | null) =>
    reason === null ? t('reports.byReason.noReason') : text(reasonCodeLabels[reason]);
  const asOf = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: report.range.timezone }).format(
    new Date(report.casesByState.asOf),
  );

  const single = (label: string, color = colors.primary): ChartSeries[] => [{ key: 'value', label, color }];

  const byState = report.casesByState.counts;
  const funnel = report.funnel;
  const timeInState = report.timeInState;
  const byBank = report.outcomesByBank;
  const byType = report.outcomesByType;
  const byReason = report.outcomesByReason;
  const overdue = report.overdue;
  const byTag = report.byTag;
  const tagName = (tag: string | null) => tag ?? t('reports.byTag.noTag');

  return (
    <Stack gap="md">
      <ChartPanel
        table="casesByState"
        range={range}
        title={t('reports.casesByState.title')}
        caption={t('reports.casesByState.caption', { date: asOf, total: report.casesByState.total })}
        empty={report.casesByState.total === 0}
        chart={
          <BarChart
            summary={`${t('reports.casesByState.title')}: ${byState.map((row) => `${stateName(row.state)} ${row.count}`).join(', ')}`}
            series={single(t('reports.casesByState.count'))}
            rows={byState.map((row) => ({ label: stateName(row.state), values: [row.count] }))}
            format={(value) => integer.format(value)}
          />
        }
        numbers={
          <NumbersTable
            caption={t('reports.casesByState.title')}
            columns={[
              { key: 'state', label: t('reports.casesByState.state') },
              { key: 'count', label: t('reports.casesByState.count'), numeric: true },
            ]}
            rows={byState.map((row) => [stateName(row.state), integer.format(row.count)])}
          />
        }
      />
      <ChartPanel
        table="byTag"
        range={range}
        title={t('reports.byTag.title')}
        caption={t('reports.byTag.caption')}
        empty={byTag.length === 0}
        chart={
          <BarChart
            summary={`${t('reports.byTag.title')}: ${byTag
              .map(
                (row) =>
                  `${tagName(row.tag)} ${t('reports.byTag.approved')} ${row.approved}, ${t('reports.byTag.rejected')} ${row.rejected}, ${t('reports.byTag.inProgress')} ${row.inProgress}`,
              )
              .join('; ')}`}
            series={[
              { key: 'approved', label: t('reports.byTag.approved'), color: colors.good },
              { key: 'rejected', label: t('reports.byTag.rejected'), color: colors.bad },
              { key: 'inProgress', label: t('reports.byTag.inProgress'), color: colors.primary },
            ]}
            rows={byTag.map((row) => ({
              label: tagName(row.tag),
              values: [row.approved, row.rejected, row.inProgress],
            }))}
            format={(value) => integer.format(value)}
          />
        }
        numbers={
          <NumbersTable
            caption={t('reports.byTag.title')}
            columns={[
              { key: 'tag', label: t('reports.byTag.tag') },
              { key: 'cases', label: t('reports.byTag.cases'), numeric: true },
              { key: 'approved', label: t('reports.byTag.approved'), numeric: true },
              { key: 'rejected', label: t('reports.byTag.rejected'), numeric: true },
              { key: 'inProgress', label: t('reports.byTag.inProgress'), numeric: true },
              { key: 'share', label: t('reports.byTag.share'), numeric: true },
            ]}
            rows={byTag.map((row) => [
              row.tag !== null && onTag && row.tag !== range.tag ? (
                <UnstyledButton
                  key="tag"
                  onClick={() => row.tag !== null && onTag(row.tag)}
                  aria-label={t('reports.byTag.only', { tag: row.tag })}
                  td="underline"
                  fz="sm"
                  fw={500}
                >
                  {row.tag}
                </UnstyledButton>
              ) : (
                tagName(row.tag)
              ),
              integer.format(row.cases),
              integer.format(row.approved),
              integer.format(row.rejected),
              integer.format(row.inProgress),
              rate(row.shareApproved),
            ])}
          />
        }
      />
      <ChartPanel
        table="funnel"
        range={range}
        title={t('reports.funnel.title')}
        caption={t('reports.funnel.caption')}
        empty={(funnel[0]?.cases ?? 0) === 0}
        chart={
          <BarChart
            summary={`${t('reports.funnel.title')}: ${funnel.map((row) => `${stateName(row.stage)} ${row.cases}`).join(', ')}`}
            series={single(t('reports.funnel.cases'), colors.good)}
            rows={funnel.map((row) => ({ label: stateName(row.stage), values: [row.cases] }))}
            format={(value) => integer.format(value)}
          />
        }
        numbers={
          <NumbersTable
            caption={t('reports.funnel.title')}
            columns={[
              { key: 'stage', label: t('reports.funnel.stage') },
              { key: 'cases', label: t('reports.funnel.cases'), numeric: true },
              { key: 'share', label: t('reports.funnel.share'), numeric: true },
            ]}
            rows={funnel.map((row) => [stateName(row.stage), integer.format(row.cases), rate(row.shareOfSubmitted)])}
          />
        }
      />
      <ChartPanel
        table="timeInState"
        range={range}
        title={t('reports.timeInState.title')}
        caption={t('reports.timeInState.caption')}
        empty={timeInState.every((row) => row.stays === 0)}
        chart={
          <BarChart
            summary={`${t('reports.timeInState.title')}: ${timeInState
              .map(
                (row) =>
                  `${stateName(row.state)} ${t('reports.timeInState.median')} ${days(row.medianDays)}, ${t('reports.timeInState.p90')} ${days(row.p90Days)}`,
              )
              .join('; ')}`}
            series={[
              { key: 'median', label: t('reports.timeInState.median'), color: colors.primary },
              { key: 'p90', label: t('reports.timeInState.p90'), color: colors.second },
            ]}
            rows={timeInState.map((row) => ({ label: stateName(row.state), values: [row.medianDays, row.p90Days] }))}
            format={(value) => decimal.format(value)}
          />
        }
        numbers={
          <NumbersTable
            caption={t('reports.timeInState.title')}
            columns={[
              { key: 'state', label: t('reports.timeInState.state') },
              { key: 'median', label: t('reports.timeInState.median'), numeric: true },
              { key: 'p90', label: t('reports.timeInState.p90'), numeric: true },
              { key: 'stays', label: t('reports.timeInState.stays'), numeric: true },
              { key: 'open', label: t('reports.timeInState.open'), numeric: true },
            ]}
            rows={timeInState.map((row) => [
              stateName(row.state),
              days(row.medianDays),
              days(row.p90Days),
              integer.format(row.stays),
              integer.format(row.openStays),
            ])}
          />
        }
      />
      <ChartPanel
        table="outcomesByType"
        range={range}
        title={t('reports.byType.title')}
        caption={t('reports.byType.caption')}
        empty={byType.length === 0}
        chart={
          <BarChart
            summary={`${t('reports.byType.title')}: ${byType
              .map(
                (row) =>
                  `${t(`caseCommon.typeShort.${row.type}`)} ${t('reports.byType.succeeded')} ${row.succeeded}, ${t('reports.byType.failed')} ${row.failed}`,
              )
              .join('; ')}`}
            series={[
              { key: 'succeeded', label: t('reports.byType.succeeded'), color: colors.good },
              { key: 'failed', label: t('reports.byType.failed'), color: colors.bad },
            ]}
            rows={byType.map((row) => ({
              label: t(`caseCommon.typeShort.${row.type}`),
              values: [row.succeeded, row.failed],
            }))}
            format={(value) => integer.format(value)}
          />
        }
        numbers={
          <NumbersTable
            caption={t('reports.byType.title')}
            columns={[
              { key: 'type', label: t('reports.byType.type') },
              { key: 'succeeded', label: t('reports.byType.succeeded'), numeric: true },
              { key: 'failed', label: t('reports.byType.failed'), numeric: true },
              { key: 'successRate', label: t('reports.byType.successRate'), numeric: true },
            ]}
            rows={byType.map((row) => [
              t(`caseCommon.typeShort.${row.type}`),
              integer.format(row.succeeded),
              integer.format(row.failed),
              rate(row.successRate),
            ])}
          />
        }
      />
      <ChartPanel
        table="outcomesByBank"
        range={range}
        title={t('reports.byBank.title')}
        caption={t('reports.byBank.caption')}
        empty={byBank.length === 0}
        chart={
          <BarChart
            summary={`${t('reports.byBank.title')}: ${byBank
              .map(
                (row) =>
                  `${bankName(row.bank)} ${t('reports.byBank.approvals')} ${row.approvals}, ${t('reports.byBank.rejections')} ${row.rejections}`,
              )
              .join('; ')}`}
            series={[
              { key: 'approvals', label: t('reports.byBank.approvals'), color: colors.good },
              { key: 'rejections', label: t('reports.byBank.rejections'), color: colors.bad },
            ]}
            rows={byBank.map((row) => ({ label: bankName(row.bank), values: [row.approvals, row.rejections] }))}
            format={(value) => integer.format(value)}
          />
        }
        numbers={
          <NumbersTable
            caption={t('reports.byBank.title')}
            columns={[
              { key: 'bank', label: t('reports.byBank.bank') },
              { key: 'approvals', label: t('reports.byBank.approvals'), numeric: true },
              { key: 'rejections', label: t('reports.byBank.rejections'), numeric: true },
              { key: 'approvalRate', label: t('reports.byBank.approvalRate'), numeric: true },
              { key: 'rejectionRate', label: t('reports.byBank.rejectionRate'), numeric: true },
            ]}
            rows={byBank.map((row) => [
              bankName(row.bank),
              integer.format(row.approvals),
              integer.format(row.rejections),
              rate(row.approvalRate),
              rate(row.rejectionRate),
            ])}
          />
        }
      />
      <ChartPanel
        table="outcomesByReason"
        range={range}
        title={t('reports.byReason.title')}
        caption={t('reports.byReason.caption')}
        empty={byReason.length === 0}
        chart={
          <BarChart
            summary={`${t('reports.byReason.title')}: ${byReason.map((row) => `${reasonName(row.reasonCode)} ${row.rejections}`).join(', ')}`}
            series={single(t('reports.byReason.rejections'), colors.bad)}
            rows={byReason.map((row) => ({ label: reasonName(row.reasonCode), values: [row.rejections] }))}
            format={(value) => integer.format(value)}
          />
        }
        numbers={
          <NumbersTable
            caption={t('reports.byReason.title')}
            columns={[
              { key: 'reason', label: t('reports.byReason.reason') },
              { key: 'rejections', label: t('reports.byReason.rejections'), numeric: true },
              { key: 'share', label: t('reports.byReason.share'), numeric: true },
              { key: 'rate', label: t('reports.byReason.rate'), numeric: true },
            ]}
            rows={byReason.map((row) => [
              reasonName(row.reasonCode),
              integer.format(row.rejections),
              rate(row.shareOfRejections),
              rate(row.rateOfDecisions),
            ])}
          />
        }
      />
      <ChartPanel
        table="overdue"
        range={range}
        title={t('reports.overdue.title')}
        caption={t('reports.overdue.caption')}
        empty={overdue.length === 0}
        chart={
          <LineChart
            summary={`${t('reports.overdue.title')}: ${overdue
              .filter((row) => row.cases !== null)
              .map((row) => `${row.date} ${row.cases}`)
              .join(', ')}`}
            series={[
              { key: 'cases', label: t('reports.overdue.cases'), color: colors.bad },
              { key: 'reminders', label: t('reports.overdue.reminders'), color: colors.primary },
            ]}
            points={overdue.map((row) => ({ label: row.date, values: [row.cases, row.reminders] }))}
            tick={(label) => label.slice(5)}
          />
        }
        numbers={
          <NumbersTable
            caption={t('reports.overdue.title')}
            columns={[
              { key: 'date', label: t('reports.overdue.date') },
              { key: 'cases', label: t('reports.overdue.cases'), numeric: true },
              { key: 'reminders', label: t('reports.overdue.reminders'), numeric: true },
            ]}
            rows={overdue.map((row) => [
              row.date,
              row.cases === null ? none : integer.format(row.cases),
              row.reminders === null ? none : integer.format(row.reminders),
            ])}
          />
        }
      />
    </Stack>
  );
};

/** /reports: the organization's summary for a range of days, charts with their numbers and CSV. */
export const ReportsPage = () => {
  const { t } = useCasesTranslation();
  const session = useSession();
  const timeZone = session.organization?.timezone ?? 'Asia/Shanghai';
  const today = useMemo(() => todayIn(timeZone), [timeZone]);
  const [from, setFrom] = useState(() => addDays(today, -29));
  const [to, setTo] = useState(today);
  const [type, setType] = useState<CaseType | null>(null);
  const [tagText, setTagText] = useState('');
  const [typedTag] = useDebouncedValue(tagText.trim(), 400);
  const tag = typedTag === '' ? null : typedTag.slice(0, 40);
  const tags = useQuery({
    queryKey: reportKeys.tags(typedTag),
    queryFn: ({ signal }) => reportsApi.tags(typedTag, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const valid = isDay(from) && isDay(to) && daysInRange(from, to) >= 1 && daysInRange(from, to) <= 366;
  const range: ReportRange = { from, to, type, tag };
  const report = useQuery({
    queryKey: reportKeys.summary(range),
    queryFn: ({ signal }) => reportsApi.summary(range, signal),
    enabled: valid,
  });

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('reports.title')}</Title>
        <Text size="sm">{t('reports.intro')}</Text>
      </Stack>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('reports.from')}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          max={to}
        />
        <TextInput
          type="date"
          label={t('reports.to')}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          min={from}
        />
        <NativeSelect
          label={t('reports.type')}
          value={type ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setType(oneOf(caseTypes, value) ? value : null);
          }}
          data={[
            { value: '', label: t('reports.allTypes') },
            ...caseTypes.map((value) => ({ value, label: t(`caseCommon.typeShort.${value}`) })),
          ]}
        />
        <Autocomplete
          label={t('reports.tag')}
          placeholder={t('reports.tagPlaceholder')}
          description={t('reports.tagHint')}
          value={tagText}
          onChange={setTagText}
          data={[...new Set((tags.data?.items ?? []).map((item) => item.tag))]}
          maxLength={40}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
        {valid && (
          <Anchor href={reportsApi.csvUrl(range)} download underline="always" size="sm" mb={8}>
            {t('reports.downloadAll')}
          </Anchor>
        )}
      </Group>
      {!valid ? (
        <Alert color="red" variant="light">
          {t('reports.rangeInvalid')}
        </Alert>
      ) : (
        <QueryState query={report}>
          {() => (report.data ? <ReportView report={report.data} range={range} onTag={setTagText} /> : null)}
        </QueryState>
      )}
    </Stack>
  );
};
