import { TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, memo, useEffect, useId, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { casesApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import classes from './TagFilterInput.module.css';

type TagFilterInputProps = {
  /** The tag the list is filtered by. */
  value: string | undefined;
  /** Filters by exactly this tag (undefined: no tag filter). */
  onApply: (tag: string | undefined) => void;
  /** Typing waits this long before asking for suggestions. */
  suggestDelay?: number;
};

/**
 * The list's tag filter: a combobox whose suggestions are the organization's tags containing what is typed, with how
 * many cases carry each (GET /api/cases/tags). The filter itself is one exact tag — chosen from the list, or typed and
 * confirmed with Enter or by leaving the field — so a saved view or a shared link means exactly that tag, and "vip"
 * never brings "former-vip"; matching part of a word is what the suggestions (and the search box) are for.
 * A listbox of our own rather than Mantine's Combobox: the filters bar is on the cases list's first screen.
 */
export const TagFilterInput = memo(function TagFilterInput({
  value,
  onApply,
  suggestDelay = 200,
}: TagFilterInputProps) {
  const { t } = useCasesTranslation();
  const listId = useId();
  const [text, setText] = useState(value ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [asked, setAsked] = useState((value ?? '').trim());

  // A saved view or the back button may change the filter under the field.
  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => {
    const wanted = text.trim();
    if (wanted === asked) return undefined;
    const timer = setTimeout(() => setAsked(wanted), suggestDelay);
    return () => clearTimeout(timer);
  }, [text, asked, suggestDelay]);

  const suggestions = useQuery({
    queryKey: caseKeys.tags(asked),
    queryFn: ({ signal }) => casesApi.tags(asked, signal),
    enabled: open,
    staleTime: 30_000,
  });
  const items = open ? (suggestions.data?.items ?? []) : [];
  const optionId = (index: number) => `${listId}-${index}`;

  const apply = (tag: string) => {
    const wanted = tag.trim();
    setText(wanted);
    setOpen(false);
    setActive(-1);
    if (wanted !== (value ?? '')) onApply(wanted === '' ? undefined : wanted);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      if (items.length === 0) return;
      // From the field (-1) down through the options and back to the field, either way round.
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => {
        const next = current + step;
        if (next < -1) return items.length - 1;
        return next >= items.length ? -1 : next;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = items[active];
      apply(chosen ? chosen.tag : text);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status = (): string | null => {
    if (!open) return null;
    if (suggestions.isPending || (suggestions.isFetching && items.length === 0)) return t('caseList.tagLoading');
    if (suggestions.isError) return t('caseCommon.loadError', { message: suggestions.error.message });
    if (items.length === 0 && asked !== '') return t('caseList.tagNone', { text: asked });
    return null;
  };
  const statusText = status();
  const expanded = open && (items.length > 0 || statusText !== null);

  return (
    <div className={classes.wrapper}>
      <TextInput
        label={t('caseList.tag')}
        placeholder={t('caseList.tagHint')}
        value={text}
        maxLength={40}
        w={190}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={expanded && items[active] ? optionId(active) : undefined}
        autoComplete="off"
        onChange={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => apply(text)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <div className={classes.popup}>
          {items.length > 0 && (
            <ul id={listId} role="listbox" aria-label={t('caseList.tagSuggestions')} className={classes.list}>
              {items.map((item, index) => (
                <li
                  key={item.tag}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={classes.option}
                  // Keeps the focus in the field, so choosing does not first apply what was typed.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => apply(item.tag)}
                >
                  <span className={classes.tag}>{item.tag}</span>
                  <span className={classes.count}>{t('caseList.tagCount', { count: item.count })}</span>
                </li>
              ))}
            </ul>
          )}
          {statusText && (
            <div role="status" className={classes.status}>
              {statusText}
            </div>
          )}
        </div>
      )}
    </div>
  );
});
