import { Checkbox } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import {
  type CaseState,
  type CaseType,
  caseStateLabels,
  caseTypes,
  caseStates,
  priorities,
  type Priority,
  priorityLabels,
} from '@waiji/domain';
import { type CSSProperties, useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useLanguage } from '../../../i18n/useBilingual';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { PriorityChip } from '../../../ui/PriorityChip';
import { VirtualRows } from '../../../ui/VirtualRows';
import { describeDue, DueLabel } from './DueText';
import { stateColorVar } from './StateBadge';
import classes from './CaseTable.module.css';

export const CASE_ROW_HEIGHT = 60;

const HEIGHT = 'min(70vh, 720px)';

/** HEIGHT in pixels: how many rows to draw before the table has been measured. */
const heightInPixels = (): number =>
  typeof window === 'undefined' || !window.innerHeight ? 800 : Math.min(window.innerHeight * 0.7, 720);

export type CaseTableProps = {
  cases: readonly CaseResponse[];
  selected: ReadonlySet<string>;
  onToggle: (caseId: string) => void;
  onToggleAll: (select: boolean) => void;
  /** The next page exists and is not already loading: scrolling near the end asks for it. */
  onEndReached?: () => void;
  /** False while more pages exist: the table then tells assistive technology its size is unknown (-1). */
  complete?: boolean;
  selectable?: boolean;
  now?: Date;
};

/**
 * The case list as an ARIA table whose rows are windowed: only what is on screen is in the DOM, so
 * 10,000 loaded cases scroll like 50. aria-rowcount / aria-rowindex tell screen readers the real size.
 * Rows are plain elements styled by CaseTable.module.css (a native checkbox, a link, two kinds of chip):
 * with Mantine's Checkbox, Anchor and Badge in every cell, drawing 20 rows took ~0.3 s of main thread on a
 * phone-class CPU (Lighthouse's 4× slowdown).
 */
export const CaseTable = ({
  cases,
  selected,
  onToggle,
  onToggleAll,
  onEndReached,
  complete = true,
  selectable = true,
  now = new Date(),
}: CaseTableProps) => {
  const { t } = useCasesTranslation();
  const { language, locale } = useLanguage();
  // Labels every row repeats, translated once per language rather than once per row.
  const labels = useMemo(
    () => ({
      type: Object.fromEntries(caseTypes.map((type) => [type, t(`caseCommon.typeShort.${type}`)])) as Record<
        CaseType,
        string
      >,
      state: Object.fromEntries(caseStates.map((state) => [state, caseStateLabels[state][language]])) as Record<
        CaseState,
        string
      >,
      priority: Object.fromEntries(
        priorities.map((priority) => [priority, priorityLabels[priority][language]]),
      ) as Record<Priority, string>,
      unassigned: t('caseCommon.unassigned'),
      archived: t('caseList.archivedMark'),
    }),
    [t, language],
  );
  const allSelected = cases.length > 0 && cases.every((item) => selected.has(item.id));
  const someSelected = !allSelected && cases.some((item) => selected.has(item.id));

  const renderRow = useCallback(
    (item: CaseResponse, index: number, style: CSSProperties) => {
      const isSelected = selected.has(item.id);
      const name = item.client.passportName;
      return (
        <div
          role="row"
          aria-rowindex={index + 2}
          aria-selected={selectable ? isSelected : undefined}
          className={classes.row}
          style={style}
          data-case-id={item.id}
        >
          <div role="cell" className={`${classes.cell} ${classes.select}`}>
            {selectable && (
              <input
                type="checkbox"
                className={classes.check}
                aria-label={t('caseList.select', { name })}
                checked={isSelected}
                onChange={() => onToggle(item.id)}
              />
            )}
          </div>
          <div role="cell" className={`${classes.cell} ${classes.client}`}>
            <PriorityChip
              priority={item.priority}
              label={labels.priority[item.priority]}
              className={`${classes.chip} ${classes.priority}`}
            />
            <Link to={paths.case(item.id)} className={classes.name}>
              {name}
            </Link>
            <span className={classes.sub}>
              <span className={classes.phoneOnly}>{labels.type[item.type]} · </span>
              {item.client.passportLast4 ? t('caseCommon.passportMasked', { last4: item.client.passportLast4 }) : ''}
              {item.archivedAt ? ` · ${labels.archived}` : ''}
            </span>
          </div>
          <div role="cell" className={`${classes.cell} ${classes.type}`}>
            {labels.type[item.type]}
          </div>
          <div role="cell" className={`${classes.cell} ${classes.state}`}>
            <span
              className={`${classes.chip} ${classes.stateChip}`}
              style={{ backgroundColor: stateColorVar(item.state) }}
              data-state={item.state}
            >
              {labels.state[item.state]}
            </span>
          </div>
          <div role="cell" className={`${classes.cell} ${classes.due}`}>
            <DueLabel due={describeDue(item.nextDueAt, now, locale, t)} locale={locale} />
          </div>
          <div role="cell" className={`${classes.cell} ${classes.assignee}`}>
            {item.assigneeName ?? labels.unassigned}
          </div>
          <div role="cell" className={`${classes.cell} ${classes.tags}`}>
            {item.tags.slice(0, 3).map((tag) => (
              <span key={tag} className={`${classes.chip} ${classes.tag}`}>
                {tag}
              </span>
            ))}
          </div>
        </div>
      );
    },
    [selected, selectable, onToggle, t, labels, locale, now],
  );

  const header = (
    <div role="rowgroup" className={classes.header} style={{ position: 'sticky', top: 0, zIndex: 1 }}>
      <div role="row" aria-rowindex={1} className={`${classes.row} ${classes.header}`}>
        <div role="columnheader" className={`${classes.cell} ${classes.select}`}>
          {selectable && (
            <Checkbox
              aria-label={t('caseList.selectAll')}
              checked={allSelected}
              indeterminate={someSelected}
              onChange={() => onToggleAll(!allSelected)}
              size="sm"
              disabled={cases.length === 0}
            />
          )}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.client}`}>
          {t('caseList.columns.client')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.type}`}>
          {t('caseList.columns.type')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.state}`}>
          {t('caseList.columns.state')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.due}`}>
          {t('caseList.columns.due')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.assignee}`}>
          {t('caseList.columns.assignee')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.tags}`}>
          {t('caseList.columns.tags')}
        </div>
      </div>
    </div>
  );

  return (
    <VirtualRows
      role="table"
      aria-label={t('caseList.tableLabel')}
      aria-rowcount={complete ? cases.length + 1 : -1}
      className={classes.table}
      items={cases}
      rowHeight={CASE_ROW_HEIGHT}
      height={HEIGHT}
      getKey={(item) => item.id}
      renderRow={renderRow}
      header={header}
      fallbackViewport={heightInPixels()}
      {...(onEndReached ? { onEndReached } : {})}
    />
  );
};
