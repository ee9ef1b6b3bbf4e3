import { Textarea, type TextareaProps } from '@mantine/core';
import type { CSSProperties } from 'react';
import classes from './GrowingTextarea.module.css';

export type GrowingTextareaProps = Omit<
  TextareaProps,
  'autosize' | 'minRows' | 'maxRows' | 'rows' | 'classNames' | 'styles'
> & {
  minRows: number;
  /** Beyond this many lines the text scrolls (20 when not given). */
  maxRows?: number;
};

/**
 * The app's multi-line input: Mantine's Textarea grown by CSS (field-sizing) instead of Mantine's `autosize`, which
 * measures the text with getComputedStyle on every render and forced a layout of the whole page each time a form
 * was drawn (~70 ms of a phone's first screen of a case in the portal).
 */
export const GrowingTextarea = ({ minRows, maxRows = 20, ...props }: GrowingTextareaProps) => (
  <Textarea
    {...props}
    rows={minRows}
    classNames={{ input: classes.input }}
    styles={{ input: { '--growing-min-rows': minRows, '--growing-max-rows': maxRows } as CSSProperties }}
  />
);
