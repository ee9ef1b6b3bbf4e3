import { Stack, Text, Tooltip } from '@mantine/core';
import type { GlossaryEntry } from '@waiji/domain';
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useClientLanguage } from '../../../i18n/useBilingual';
import { useClientWords } from '../../../i18n/useClientWords';
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

type Meaning = { text: string; lang: string };

const GlossaryCard = ({ term, entry, meaning }: { term: string; entry: GlossaryEntry; meaning: Meaning }) => (
  <Stack gap={2}>
    <Text className={classes.zh} lang="zh-CN" inherit>
      {term}
    </Text>
    <Text size="sm" lang="zh-Latn-pinyin" inherit>
      {entry.pinyin}
    </Text>
    <Text size="sm" lang={meaning.lang} dir="auto" inherit>
      {meaning.text}
    </Text>
  </Stack>
);

/** What the term means in the reader's language where the client glossary has it (from the language pack), else English. */
const useMeaning = (term: string, entry: GlossaryEntry | undefined): Meaning => {
  const words = useClientWords();
  const { tag } = useClientLanguage();
  if (!entry) return { text: '', lang: 'en' };
  const own = words.meaning(entry.zh) ?? words.meaning(term);
  return own === null ? { text: entry.en, lang: 'en' } : { text: own, lang: tag };
};

/**
 * A Chinese Alipay term with its pinyin and meaning in a tooltip: the meaning in the client's language where the
 * client glossary has the term, else English. Focusable, so keyboard and touch users get the tooltip too; the pinyin
 * and meaning describe the term to screen readers (aria-describedby).
 * Unknown terms render as plain text.
 *
 * The tooltip is attached to the term (`target`) rather than wrapped around it, and mounted, open, when the term is
 * first focused, pointed at or touched. A Tooltip around its element keeps that element in floating-ui state, set
 * while React commits, which re-renders it synchronously: a first screen with a few terms (the portal's next steps)
 * turned the commit that drew it into one long task, and mounting them when the page was idle still cost the loading
 * page a task for tooltips most visits never open. The term itself stays where it is (no element swapped, so the
 * focus stays).
 */
export const GlossaryTerm = ({ term, children, entry }: GlossaryTermProps) => {
  const found = entry ?? findGlossaryEntry(term);
  const meaning = useMeaning(term, found);
  const termRef = useRef<HTMLSpanElement>(null);
  const descriptionId = useId();
  const [mounted, setMounted] = useState(false);
  const [opened, setOpened] = useState(false);
  if (!found) {
    return <span lang="zh-CN">{children ?? term}</span>;
  }
  const show = () => {
    setMounted(true);
    setOpened(true);
  };
  const hide = () => setOpened(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide();
  };
  return (
    <>
      <span
        ref={termRef}
        className={classes.term}
        lang="zh-CN"
        tabIndex={0}
        data-glossary-term={found.zh}
        aria-describedby={descriptionId}
        onFocus={show}
        onBlur={hide}
        onMouseEnter={show}
        onMouseLeave={hide}
        onTouchStart={show}
        onKeyDown={onKeyDown}
      >
        {children ?? term}
      </span>
      <span id={descriptionId} hidden>
        {`${found.pinyin} — ${meaning.text}`}
      </span>
      {mounted ? (
        <Tooltip
          target={termRef}
          // It closes when the term loses the pointer or the focus; hiding it when the term leaves the viewport
          // read jsdom's zero-sized boxes as "left" and hid it there.
          hideDetached={false}
          opened={opened}
          label={<GlossaryCard term={term} entry={found} meaning={meaning} />}
          withArrow
          multiline
          maw={260}
          color="dark"
        />
      ) : null}
    </>
  );
};
