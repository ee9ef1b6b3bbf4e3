import { Stack, Text, Tooltip } from '@mantine/core';
import type { GlossaryEntry } from '@waiji/domain';
import type { ReactNode } from 'react';
import { findGlossaryEntry } from '../utils/glossaryIndex';
import classes from './GlossaryTerm.module.css';

export type GlossaryTermProps = {
  /** The Chinese term as written in Alipay, e.g. 立即认证; any spelling of a glossary entry. */
  term: string;
  /** What to show inline; the term itself by default. */
  children?: ReactNode;
  /** An entry to use instead of looking `term` up. */
  entry?: GlossaryEntry;
};

const GlossaryCard = ({ term, entry }: { term: string; entry: GlossaryEntry }) => (
  <Stack gap={2}>
    <Text className={classes.zh} lang="zh-CN" inherit>
      {term}
    </Text>
    <Text size="sm" lang="zh-Latn-pinyin" inherit>
      {entry.pinyin}
    </Text>
    <Text size="sm" lang="en" inherit>
      {entry.en}
    </Text>
  </Stack>
);

/**
 * A Chinese Alipay term with its pinyin and English in a tooltip. Focusable, so keyboard and touch
 * users get the tooltip too; the tooltip describes the term to screen readers (aria-describedby).
 * Unknown terms render as plain text.
 */
export const GlossaryTerm = ({ term, children, entry }: GlossaryTermProps) => {
  const found = entry ?? findGlossaryEntry(term);
  if (!found) {
    return <span lang="zh-CN">{children ?? term}</span>;
  }
  return (
    <Tooltip
      label={<GlossaryCard term={term} entry={found} />}
      events={{ hover: true, focus: true, touch: true }}
      withArrow
      multiline
      maw={260}
      color="dark"
    >
      <span className={classes.term} lang="zh-CN" tabIndex={0} data-glossary-term={found.zh}>
        {children ?? term}
      </span>
    </Tooltip>
  );
};
