import { Group, Text } from '@mantine/core';

export type ChartSeries = { key: string; label: string; color: string };
export type BarRow = { label: string; values: (number | null)[] };

export type BarChartProps = {
  /** One sentence saying what the chart shows; the table beside it has the numbers. */
  summary: string;
  series: readonly ChartSeries[];
  rows: readonly BarRow[];
  format: (value: number) => string;
  /** The scale's end; the largest value when omitted. */
  max?: number;
};

const WIDTH = 520;
const LABEL = 170;
const VALUE = 64;
const BAR = 14;
const GAP = 10;

/**
 * Horizontal bars, one group per row and one bar per series, drawn as SVG without a chart library.
 * The drawing is a single image to assistive technology; the numbers live in the table next to it.
 */
export const BarChart = ({ summary, series, rows, format, max }: BarChartProps) => {
  const largest = max ?? Math.max(0, ...rows.flatMap((row) => row.values.map((value) => value ?? 0)));
  const scale = (value: number) => (largest > 0 ? (value / largest) * (WIDTH - LABEL - VALUE) : 0);
  const groupHeight = series.length * BAR + GAP;
  const height = rows.length * groupHeight + GAP;

  return (
    <div>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        {rows.map((row, rowIndex) => {
          const top = GAP + rowIndex * groupHeight;
          return (
            <g key={row.label}>
              <title>{row.label}</title>
              <text
                x={LABEL - 8}
                y={top + (series.length * BAR) / 2}
                textAnchor="end"
                dominantBaseline="central"
                fontSize="12"
                fill="var(--mantine-color-text)"
              >
                {row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label}
              </text>
              {series.map((item, seriesIndex) => {
                const value = row.values[seriesIndex] ?? null;
                const y = top + seriesIndex * BAR;
                const width = value === null ? 0 : Math.max(value > 0 ? 2 : 0, scale(value));
                return (
                  <g key={item.key}>
                    <rect x={LABEL} y={y + 1} width={width} height={BAR - 2} fill={item.color} rx="2" />
                    <text
                      x={LABEL + width + 4}
                      y={y + BAR / 2}
                      dominantBaseline="central"
                      fontSize="11"
                      fill="var(--mantine-color-text)"
                    >
                      {value === null ? '—' : format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line
          x1={LABEL}
          x2={LABEL}
          y1={GAP / 2}
          y2={height - GAP / 2}
          stroke="var(--mantine-color-gray-6)"
          strokeWidth="1"
        />
      </svg>
      {series.length > 1 && (
        <Group gap="md" mt={4} aria-hidden="true">
          {series.map((item) => (
            <Group key={item.key} gap={4}>
              <span
                style={{ width: 12, height: 12, background: item.color, display: 'inline-block', borderRadius: 2 }}
              />
              <Text size="xs">{item.label}</Text>
            </Group>
          ))}
        </Group>
      )}
    </div>
  );
};
