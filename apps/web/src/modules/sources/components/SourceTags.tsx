import { Anchor, Badge, Group, Popover, Stack, Text } from '@mantine/core';
import { type SourceTag, sources } from '@waiji/domain';
import { useLayoutEffect, useRef, useState } from 'react';
import { useBilingual } from '../../../i18n/useBilingual';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';

export type SourceTagsProps = { tags: readonly SourceTag[] };

/** The public page of a source, opened in a new tab. */
const PageLink = ({ tag }: { tag: SourceTag }) => {
  const { t } = useFeatureTranslation();
  const { url } = sources[tag];
  if (!url) return null;
  return (
    <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
      {t('sourceInfo.open')}
    </Anchor>
  );
};

/** What the chip opens: the source's name, what it is, its page (or, for the later pages, each of them). */
const SourceDetails = ({ tag }: { tag: SourceTag }) => {
  const { t } = useFeatureTranslation();
  const pick = useBilingual();
  const info = sources[tag];
  return (
    <Stack gap={6} data-source-details>
      <Text size="sm" fw={700}>
        {pick(info.name)}
        {info.official ? (
          <Text span size="xs" c="dimmed" fw={400}>
            {' · '}
            {t('sourceInfo.official')}
          </Text>
        ) : null}
      </Text>
      <Text size="sm">{pick(info.about)}</Text>
      {info.url ? <PageLink tag={tag} /> : null}
      {info.pages ? (
        <Stack component="ul" gap={4} m={0} pl="md">
          {info.pages.map((page) => (
            <li key={page}>
              <Anchor
                href={sources[page].url}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                {pick(sources[page].name)}
              </Anchor>
            </li>
          ))}
        </Stack>
      ) : null}
      {!info.url && !info.pages ? (
        <Text size="xs" c="dimmed">
          {t('sourceInfo.noPage')}
        </Text>
      ) : null}
    </Stack>
  );
};

/**
 * One source as a chip with its readable name; a tap, click or Enter opens what it is and its public page. The
 * Popover mounts only while open (a mounted one keeps floating-ui state that costs every commit of the page; see
 * ui/DeferredMenu.tsx), and the chip keeps the focus when it does.
 */
const SourceChip = ({ tag }: { tag: SourceTag }) => {
  const pick = useBilingual();
  const { t } = useFeatureTranslation();
  const [opened, setOpened] = useState(false);
  const chipRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const name = pick(sources[tag].name);

  // The focus is on the chip or in its details (a link, after Tab): it stays with the chip when this closes.
  const focusedHere = () => {
    const active = document.activeElement;
    return active !== null && (active === chipRef.current || active.closest('[data-source-details]') !== null);
  };
  const toggle = () => {
    refocus.current = focusedHere();
    setOpened((open) => !open);
  };
  // Opening or closing draws the chip anew (inside or outside the Popover): a chip that had the focus keeps it.
  useLayoutEffect(() => {
    if (refocus.current) chipRef.current?.focus();
    refocus.current = false;
  }, [opened]);

  const chip = (
    <Badge
      ref={chipRef}
      component="button"
      type="button"
      size="sm"
      variant="outline"
      color="gray.7"
      radius="sm"
      tt="none"
      fw={500}
      maw="100%"
      aria-haspopup="dialog"
      aria-expanded={opened}
      aria-label={t('sourceInfo.label', { name })}
      data-source={tag}
      onClick={toggle}
      onKeyDown={(event) => {
        // The Popover closes on Escape from inside its dropdown; from the chip, this does.
        if (event.key !== 'Escape' || !opened) return;
        event.preventDefault();
        toggle();
      }}
      style={{ cursor: 'pointer' }}
    >
      {name}
    </Badge>
  );
  if (!opened) return chip;
  return (
    <Popover
      opened
      onChange={(open) => {
        if (open) return;
        refocus.current = focusedHere();
        setOpened(false);
      }}
      position="bottom-start"
      withArrow
      shadow="md"
      width={320}
      styles={{ dropdown: { maxWidth: 'calc(100vw - 2rem)' } }}
      // The chip is often near the end of a card that scrolls on a phone: keep the explanation up while reading it.
      hideDetached={false}
    >
      <Popover.Target>{chip}</Popover.Target>
      <Popover.Dropdown>
        <SourceDetails tag={tag} />
      </Popover.Dropdown>
    </Popover>
  );
};

/** Where a fact comes from, each source by its readable name (the tags are in docs/domain.md). */
export const SourceTags = ({ tags }: SourceTagsProps) => {
  const { t } = useFeatureTranslation();
  if (tags.length === 0) return null;
  return (
    // Chips wrapped onto several lines keep 8 px between lines: their 24 px touch circles must not overlap (axe).
    <Group gap={4} wrap="wrap" style={{ rowGap: 8 }}>
      <Text size="xs" c="dimmed" component="span">
        {t('common.sources')}
      </Text>
      {tags.map((tag) => (
        <SourceChip key={tag} tag={tag} />
      ))}
    </Group>
  );
};
