import { Group, Text } from '@mantine/core';
import type { ChartSeries } from './BarChart';

export type LinePoint = { label: string; values: (number | null)[] };

export type LineChartProps = {
  summary: string;
  series: readonly ChartSeries[];
  points: readonly LinePoint[];
  /** Short label of a point on the x axis (e.g. "11-03"). */
  tick: (label: string) => string;
};

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 36;
const BOTTOM = 24;
const TOP = 10;
const RIGHT = 10;

/** Lines over days (null = no data, e.g. days still ahead): SVG, one image to assistive technology. */
export const LineChart = ({ summary, series, points, tick }: LineChartProps) => {
  const largest = Math.max(1, ...points.flatMap((point) => point.values.map((value) => value ?? 0)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) => LEFT + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => TOP + plotHeight - (value / largest) * plotHeight;
  const tickEvery = Math.max(1, Math.ceil(points.length / 8));
  const gridValues = [0, Math.round(largest / 2), largest];

  const pathFor = (seriesIndex: number): string => {
    let path = '';
    let drawing = false;
    points.forEach((point, index) => {
      const value = point.values[seriesIndex];
      if (value === null || value === undefined) {
        drawing = false;
        return;
      }
      path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)},${y(value).toFixed(1)} `;
      drawing = true;
    });
    return path.trim();
  };

  return (
    <div>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        {gridValues.map((value) => (
          <g key={value}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(value)}
              y2={y(value)}
              stroke="var(--mantine-color-gray-3)"
              strokeWidth="1"
            />
            <text
              x={LEFT - 6}
              y={y(value)}
              textAnchor="end"
              dominantBaseline="central"
              fontSize="11"
              fill="var(--mantine-color-text)"
            >
              {value}
            </text>
          </g>
        ))}
        {points.map((point, index) =>
          (index % tickEvery === 0 && points.length - 1 - index >= tickEvery / 2) || index === points.length - 1 ? (
            <text
              key={point.label}
              x={x(index)}
              y={HEIGHT - 6}
              textAnchor="middle"
              fontSize="10"
              fill="var(--mantine-color-text)"
            >
              {tick(point.label)}
            </text>
          ) : null,
        )}
        {series.map((item, seriesIndex) => (
          <path
            key={item.key}
            d={pathFor(seriesIndex)}
            fill="none"
            stroke={item.color}
            strokeWidth="2"
            strokeDasharray={seriesIndex === 1 ? '5 3' : undefined}
          />
        ))}
      </svg>
      <Group gap="md" mt={4} aria-hidden="true">
        {series.map((item, index) => (
          <Group key={item.key} gap={4}>
            <svg width="20" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="20"
                y1="4"
                y2="4"
                stroke={item.color}
                strokeWidth="2"
                strokeDasharray={index === 1 ? '5 3' : undefined}
              />
            </svg>
            <Text size="xs">{item.label}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
};
